import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { idNumberCheckChar } from '../../../contracts/china-ids.js';
import { demoAccountList, demoPassword } from '../../demo-accounts.js';
import { createDirectoryModule } from '../directory/index.js';
import { queryRows } from '../../platform/db/database.js';
import { createIdentityRepository } from './identity.repository.js';
import { createIdentityService, SESSION_CACHE_TTL_MS, type IdentityService } from './identity.service.js';

const config = { SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 12 };
const client = { ipAddress: '127.0.0.1', userAgent: 'vitest' };
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let seq = 0;
function citizenForm() {
  const first17 = `51060319880914${String(++seq).padStart(3, '0')}`;
  return {
    realName: '王晓梅',
    idNumber: first17 + idNumberCheckChar(first17),
    mobile: `136${String(seq).padStart(8, '0')}`,
    password: 'jinjiang-river-2026',
  };
}

/**
 * Session resolution as each request does it, on a clock the test moves: what is served from
 * this process's memory, for how long, and what always goes back to the database.
 */
describe.each(databaseKinds())('session resolution and its cache on %s', (kind) => {
  let test: TestDatabase;
  let clock = Date.now();
  const directoryOf = () => createDirectoryModule({ database: test.database });

  function service(sessionCacheTtlMs = SESSION_CACHE_TTL_MS): IdentityService {
    return createIdentityService({
      database: test.database,
      config,
      directory: directoryOf(),
      repository: createIdentityRepository(),
      now: () => new Date(clock),
      sessionCacheTtlMs,
    });
  }

  async function register(identity: IdentityService) {
    const form = citizenForm();
    const signedIn = await identity.registerCitizen({ form, context: { previousToken: null, client } });
    return { form, token: signedIn.token, accountId: signedIn.session.account.id };
  }

  const sessionRow = async (accountId: string) =>
    (
      await queryRows<{ last_seen_ms: number }>(
        test.database.db,
        sql`select (extract(epoch from last_seen_at) * 1000)::float8 as last_seen_ms
            from sessions where account_id = ${accountId}`,
      )
    )[0] ?? null;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await directoryOf().seedDirectory();
    await service().seedDemoAccounts({ accounts: demoAccountList, password: demoPassword });
  });
  afterAll(() => test.dispose());

  it('serves a session ended by another process until the cache TTL passes, then refuses it', async () => {
    clock = Date.now();
    const identity = service();
    const { token, accountId } = await register(identity);
    expect((await identity.resolveSession(token))?.actor.userId).toBe(accountId);
    // Another process signs the session out: only the database knows.
    await test.database.db.execute(sql`delete from sessions where account_id = ${accountId}`);
    clock += SESSION_CACHE_TTL_MS - SECOND;
    expect((await identity.resolveSession(token))?.actor.userId).toBe(accountId);
    clock += SECOND;
    expect(await identity.resolveSession(token)).toBeNull();
  });

  it('refuses a disabled account once the cache TTL has passed, and deletes its session', async () => {
    clock = Date.now();
    const identity = service();
    const { token, accountId } = await register(identity);
    expect(await identity.resolveSession(token)).not.toBeNull();
    await test.database.db.execute(sql`update accounts set disabled_at = now() where id = ${accountId}`);
    clock += SESSION_CACHE_TTL_MS;
    expect(await identity.resolveSession(token)).toBeNull();
    expect(await sessionRow(accountId)).toBeNull();
  });

  it('forgets a session signed out in this process at once', async () => {
    clock = Date.now();
    const identity = service();
    const { token } = await register(identity);
    const resolved = await identity.resolveSession(token);
    if (!resolved) throw new Error('the new session did not resolve');
    await identity.signOut(resolved);
    expect(await identity.resolveSession(token)).toBeNull();
  });

  it('forgets the old session at once when the same browser signs in again', async () => {
    clock = Date.now();
    const identity = service();
    const { token, form } = await register(identity);
    expect(await identity.resolveSession(token)).not.toBeNull();
    const again = await identity.signIn({
      account: form.mobile,
      password: form.password,
      context: { previousToken: token, client },
    });
    expect(await identity.resolveSession(token)).toBeNull();
    expect(await identity.resolveSession(again.token)).not.toBeNull();
  });

  it('writes last_seen_at at most once a minute, whether the session was cached or read', async () => {
    clock = Date.now();
    const identity = service();
    const { token, accountId } = await register(identity);
    const start = clock;
    clock = start + 59 * SECOND;
    await identity.resolveSession(token); // read from the database: 59 s idle, nothing written
    expect((await sessionRow(accountId))?.last_seen_ms).toBeCloseTo(start, -1);
    clock = start + 61 * SECOND;
    await identity.resolveSession(token); // served from memory, but a minute has passed: written
    expect((await sessionRow(accountId))?.last_seen_ms).toBeCloseTo(start + 61 * SECOND, -1);
    clock = start + 62 * SECOND;
    await identity.resolveSession(token);
    expect((await sessionRow(accountId))?.last_seen_ms).toBeCloseTo(start + 61 * SECOND, -1);
  });

  it('checks the idle limit of a cached session against the clock and deletes the session', async () => {
    clock = Date.now();
    const identity = service(2 * 60 * MINUTE);
    const { token, accountId } = await register(identity);
    expect(await identity.resolveSession(token)).not.toBeNull();
    clock += 30 * MINUTE;
    expect(await identity.resolveSession(token)).toBeNull();
    expect(await sessionRow(accountId)).toBeNull();
  });

  it('checks the absolute limit of a cached session however busy it is', async () => {
    clock = Date.now();
    const identity = service(2 * 60 * MINUTE);
    const { token, accountId } = await register(identity);
    const start = clock;
    // A request every 20 minutes keeps it from idling out, until the 12 hours are over.
    for (clock = start; clock < start + 12 * 60 * MINUTE; clock += 20 * MINUTE) {
      expect(await identity.resolveSession(token)).not.toBeNull();
    }
    expect(await identity.resolveSession(token)).toBeNull();
    expect(await sessionRow(accountId)).toBeNull();
  });

  it('gives staff their roles and organisations from the same single read', async () => {
    clock = Date.now();
    const identity = service();
    const signedIn = await identity.signIn({
      account: 'cd.gjj.officer',
      password: demoPassword,
      context: { previousToken: null, client },
    });
    const [org] = await queryRows<{ id: string }>(
      test.database.db,
      sql`select id from organisations where city_code = '510100' and key = 'gjj'`,
    );
    const resolved = await identity.resolveSession(signedIn.token);
    expect(resolved?.actor).toMatchObject({
      kind: 'staff',
      roles: ['case_officer'],
      cityCode: '510100',
      orgIds: [org?.id],
    });
  });

  it('hands every request its own copy of the actor', async () => {
    clock = Date.now();
    const identity = service();
    const { token } = await register(identity);
    const first = await identity.resolveSession(token);
    first?.actor.orgIds.push('not-an-organisation');
    expect((await identity.resolveSession(token))?.actor.orgIds).toEqual([]);
  });
});
