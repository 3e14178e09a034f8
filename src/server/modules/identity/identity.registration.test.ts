import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { creditCodeCheckChar, idNumberCheckChar } from '../../../contracts/china-ids.js';
import { queryRows } from '../../platform/db/database.js';

let seq = 0;
/** A valid, unused 身份证号 (Chengdu 锦江区, born 1990-03-07). */
function newIdNumber(): string {
  const first17 = `51010419900307${String(++seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
function newMobile(): string {
  return `139${String(++seq).padStart(8, '0')}`;
}
function newCreditCode(): string {
  const first17 = `91510100${String(++seq).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}
function citizenForm(overrides: Record<string, unknown> = {}) {
  return {
    realName: '张丽华',
    idNumber: newIdNumber(),
    mobile: newMobile(),
    password: 'jinjiang-river-tea',
    ...overrides,
  };
}
function enterpriseForm(overrides: Record<string, unknown> = {}) {
  return {
    enterpriseName: '四川天府同城科技有限公司',
    creditCode: newCreditCode(),
    legalRepresentative: '王晓梅',
    legalRepresentativeIdNumber: newIdNumber(),
    mobile: newMobile(),
    password: 'tianfu-software-park',
    ...overrides,
  };
}

interface Problem {
  code: string;
  title: string;
  status: number;
  errors?: { field: string; code: string; message: string }[];
}

describe.each(databaseKinds())('registration on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    ({ app } = await buildTestApp(test.database));
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  const registerCitizen = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/identity/citizens', payload: payload as object, headers });
  const fieldCodes = (body: string) =>
    ((JSON.parse(body) as Problem).errors ?? []).map((e) => `${e.field} ${e.code}`).sort();

  it('registers a citizen, signs them in with an HttpOnly Lax cookie and shows them their own data', async () => {
    const form = citizenForm();
    const response = await registerCitizen(form);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.account).toMatchObject({
      kind: 'citizen',
      displayName: '张丽华',
      idNumber: form.idNumber,
      mobile: form.mobile,
      roles: [],
    });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'tc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();

    const session = await app.inject({
      method: 'GET',
      url: '/api/v1/identity/session',
      cookies: { tc_session: cookie?.value ?? '' },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().account.id).toBe(body.account.id);
  });

  it('stores an argon2id hash, never the password itself', async () => {
    const form = citizenForm();
    const response = await registerCitizen(form);
    const [row] = await queryRows<{ password_hash: string }>(
      test.database.db,
      sql`select password_hash from accounts where id = ${response.json().account.id}`,
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(form.password);
  });

  it('accepts an ID number typed with a lower-case x and spaces around it', async () => {
    const first17 = '11010519491231002';
    const response = await registerCitizen(citizenForm({ idNumber: ` ${first17}x ` }));
    expect(response.statusCode).toBe(201);
    expect(response.json().account.idNumber).toBe(`${first17}X`);
  });

  it.each([
    ['a wrong check digit', '510104199003071238', 'identity.id_number_checksum'],
    [
      'an impossible birth date',
      `51010419900230123${idNumberCheckChar('51010419900230123')}`,
      'identity.id_number_birth_date',
    ],
    ['17 characters', '51010419900307123', 'identity.id_number_format'],
    [
      'an unknown region',
      `99010419900307123${idNumberCheckChar('99010419900307123')}`,
      'identity.id_number_region',
    ],
  ])('rejects an ID number with %s, naming the field and the reason', async (_label, idNumber, code) => {
    const response = await registerCitizen(citizenForm({ idNumber }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(fieldCodes(response.body)).toEqual([`body.idNumber ${code}`]);
  });

  it.each([
    ['too short', '123456789', 'identity.password_too_short'],
    ['on the common list', '123456789a', 'identity.password_common'],
    ['on the common list in other case', 'WoAiNi1314', 'identity.password_common'],
    ['too long', 'x'.repeat(129), 'identity.password_too_long'],
  ])('rejects a password that is %s', async (_label, password, code) => {
    const response = await registerCitizen(citizenForm({ password }));
    expect(response.statusCode).toBe(400);
    expect(fieldCodes(response.body)).toEqual([`body.password ${code}`]);
  });

  it('rejects a password that is the citizen’s own mobile number', async () => {
    const mobile = newMobile();
    const response = await registerCitizen(citizenForm({ mobile, password: `${mobile}!` }));
    expect(response.statusCode).toBe(400);
    expect(fieldCodes(response.body)).toEqual(['body.password identity.password_contains_identifier']);
  });

  it('rejects a mobile that is not a mainland number, and a one-character name', async () => {
    const response = await registerCitizen(citizenForm({ mobile: '12345678901', realName: '张' }));
    expect(response.statusCode).toBe(400);
    expect(fieldCodes(response.body)).toEqual([
      'body.mobile identity.mobile_invalid',
      'body.realName identity.name_invalid',
    ]);
  });

  it('rejects unknown fields with a field error for each, so nobody can register as staff', async () => {
    const response = await registerCitizen({ ...citizenForm(), kind: 'staff', roles: ['system_admin'] });
    expect(response.statusCode).toBe(400);
    expect(fieldCodes(response.body)).toEqual(['body.kind unrecognized_key', 'body.roles unrecognized_key']);
  });

  it('answers malformed JSON with a problem, not a crash', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/identity/citizens',
      headers: { 'content-type': 'application/json' },
      payload: '{"realName": "张丽华",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('request.malformed_json');
  });

  it('answers 409 naming the ID number when it is registered already', async () => {
    const form = citizenForm();
    expect((await registerCitizen(form)).statusCode).toBe(201);
    const again = await registerCitizen(citizenForm({ idNumber: form.idNumber }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('identity.already_registered');
    expect(fieldCodes(again.body)).toEqual(['body.idNumber identity.id_number_taken']);
  });

  it('answers 409 naming the mobile when another citizen uses it', async () => {
    const form = citizenForm();
    expect((await registerCitizen(form)).statusCode).toBe(201);
    const again = await registerCitizen(citizenForm({ mobile: form.mobile }));
    expect(again.statusCode).toBe(409);
    expect(fieldCodes(again.body)).toEqual(['body.mobile identity.mobile_taken']);
  });

  it('answers 409, never 500, when two registrations of one ID number race', async () => {
    const idNumber = newIdNumber();
    const responses = await Promise.all([
      registerCitizen(citizenForm({ idNumber })),
      registerCitizen(citizenForm({ idNumber })),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('words problems in English when the browser asks for English', async () => {
    const form = citizenForm();
    await registerCitizen(form);
    const response = await registerCitizen(citizenForm({ idNumber: form.idNumber }), {
      'accept-language': 'en-GB,en;q=0.9',
    });
    const problem = response.json() as Problem;
    expect(problem.title).toBe('An account already exists with these details; you can sign in instead');
    expect(problem.errors?.[0]?.message).toBe('This ID card number is already registered; please sign in');

    const invalid = await registerCitizen(citizenForm({ idNumber: '510104199003071238' }), {
      'accept-language': 'en',
    });
    expect(invalid.json().title).toBe('Some of the information is not valid');
    expect(invalid.json().errors[0].message).toContain('check character does not match');
  });

  it('words problems in Chinese by default', async () => {
    const response = await registerCitizen(citizenForm({ password: 'qq123456789' }));
    expect(response.json().errors[0].message).toBe('这个密码太常见，很容易被猜到，请换一个');
  });

  it('documents every identity route in the OpenAPI document, with closed request bodies', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            tags?: string[];
            requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean } }> };
          }
        >
      >;
    };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/identity/'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ route: `${method} ${path}`, op })),
      );
    expect(operations.map((o) => o.route).sort()).toEqual([
      'delete /api/v1/identity/session',
      'get /api/v1/identity/accounts/{accountId}',
      'get /api/v1/identity/session',
      'post /api/v1/identity/citizens',
      'post /api/v1/identity/enterprises',
      'post /api/v1/identity/sessions',
      'post /api/v1/identity/staff',
    ]);
    for (const { op } of operations) {
      expect(op.tags).toEqual(['identity']);
      const body = op.requestBody?.content['application/json']?.schema;
      if (body) expect(body.additionalProperties).toBe(false);
    }
  });

  describe('of enterprises', () => {
    const registerEnterprise = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/v1/identity/enterprises', payload: payload as object });

    it('registers an enterprise by credit code and signs it in', async () => {
      const form = enterpriseForm();
      const response = await registerEnterprise(form);
      expect(response.statusCode).toBe(201);
      expect(response.json().account).toMatchObject({
        kind: 'enterprise',
        displayName: form.enterpriseName,
        creditCode: form.creditCode,
        legalRepresentative: '王晓梅',
        idNumber: form.legalRepresentativeIdNumber,
      });
      expect(response.cookies.some((c) => c.name === 'tc_session')).toBe(true);
    });

    it('rejects a credit code with a wrong check character', async () => {
      const good = newCreditCode();
      const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
      const response = await registerEnterprise(enterpriseForm({ creditCode: bad }));
      expect(response.statusCode).toBe(400);
      expect(fieldCodes(response.body)).toEqual(['body.creditCode identity.credit_code_checksum']);
    });

    it('rejects a credit code containing the letter O', async () => {
      const response = await registerEnterprise(enterpriseForm({ creditCode: '91510100MA6CJ8K2OJ' }));
      expect(fieldCodes(response.body)).toEqual(['body.creditCode identity.credit_code_format']);
    });

    it('answers 409 when the credit code is registered already', async () => {
      const form = enterpriseForm();
      expect((await registerEnterprise(form)).statusCode).toBe(201);
      const again = await registerEnterprise(enterpriseForm({ creditCode: form.creditCode }));
      expect(again.statusCode).toBe(409);
      expect(fieldCodes(again.body)).toEqual(['body.creditCode identity.credit_code_taken']);
    });

    it('lets one legal representative register two firms with their own ID number and mobile', async () => {
      const person = citizenForm();
      expect((await registerCitizen(person)).statusCode).toBe(201);
      const shared = { legalRepresentativeIdNumber: person.idNumber, mobile: person.mobile };
      expect((await registerEnterprise(enterpriseForm(shared))).statusCode).toBe(201);
      expect((await registerEnterprise(enterpriseForm(shared))).statusCode).toBe(201);
    });
  });
});
