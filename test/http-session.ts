import type { FastifyInstance } from 'fastify';
import { idNumberCheckChar } from '../src/contracts/china-ids.js';

/** A signed-in client for app.inject(): the session cookie and the CSRF token to send back. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  accountId: string;
  headers: Record<string, string>;
}

function sessionFrom(res: Awaited<ReturnType<FastifyInstance['inject']>>): TestSession {
  if (res.statusCode >= 300) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'tc_session');
  if (!setCookie) throw new Error('no session cookie was set');
  const body = res.json() as { csrfToken: string; account: { id: string } };
  const cookie = `tc_session=${setCookie.value}`;
  return {
    cookie,
    csrfToken: body.csrfToken,
    accountId: body.account.id,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

export async function signIn(app: FastifyInstance, account: string, password: string): Promise<TestSession> {
  return sessionFrom(
    await app.inject({ method: 'POST', url: '/api/v1/identity/sessions', payload: { account, password } }),
  );
}

let serial = 0;

/** A valid, unused ID number and mobile for a new test citizen. */
export function newCitizenIdentity(): { idNumber: string; mobile: string } {
  serial += 1;
  const unique = (Date.now() % 1000) * 1000 + serial;
  const first17 = `510104198801${String(1 + (serial % 28)).padStart(2, '0')}${String(unique % 1000).padStart(3, '0')}`;
  return {
    idNumber: first17 + idNumberCheckChar(first17),
    mobile: `139${String(unique).padStart(8, '0').slice(-8)}`,
  };
}

export async function registerCitizen(
  app: FastifyInstance,
  realName = '测试市民',
  password = 'Chengdu-Metro-2026',
): Promise<TestSession & { idNumber: string; mobile: string }> {
  const identity = newCitizenIdentity();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/identity/citizens',
    payload: { realName, ...identity, password },
  });
  return { ...sessionFrom(res), ...identity };
}
