import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import type { Actor } from '../actor.js';
import { queryRows, runAtCommit } from './database.js';

const officer: Actor = {
  userId: '01936b7e-0000-7000-8000-000000000001',
  kind: 'staff',
  roles: ['case_officer', 'window_clerk'],
  cityCode: '510100',
  orgIds: ['01936b7e-0000-7000-8000-0000000000a1', '01936b7e-0000-7000-8000-0000000000a2'],
  displayName: '陈思远',
};

interface Settings {
  role: string;
  user_id: string;
  kind: string;
  roles: string;
  city_code: string;
  org_ids: string;
}

const readSettings = sql`select current_user as role,
  current_setting('app.user_id', true) as user_id, current_setting('app.kind', true) as kind,
  current_setting('app.roles', true) as roles, current_setting('app.city_code', true) as city_code,
  current_setting('app.org_ids', true) as org_ids`;

/** withActor: the settings row-level security reads, set for one transaction and gone after it. */
describe.each(databaseKinds())('transactions as an actor on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(() => test.dispose());

  it('runs as the application role with the actor’s settings', async () => {
    const [settings] = await test.database.withActor(officer, (tx) => queryRows<Settings>(tx, readSettings));
    expect(settings).toEqual({
      role: 'tongcheng_app',
      user_id: officer.userId,
      kind: 'staff',
      roles: 'case_officer,window_clerk',
      city_code: '510100',
      org_ids: officer.orgIds.join(','),
    });
  });

  it('sets an anonymous transaction apart from any person', async () => {
    const [settings] = await test.database.withActor(null, (tx) => queryRows<Settings>(tx, readSettings));
    expect(settings).toMatchObject({ role: 'tongcheng_app', user_id: '', kind: 'anonymous', roles: '' });
  });

  it('writes settings as data, whatever characters they hold', async () => {
    const odd = { ...officer, cityCode: `51'0\\1; select 1 --` };
    const [settings] = await test.database.withActor(odd, (tx) => queryRows<Settings>(tx, readSettings));
    expect(settings?.city_code).toBe(odd.cityCode);
  });

  it('leaves nothing behind for the next transaction on the connection', async () => {
    for (let i = 0; i < 5; i++) await test.database.withActor(officer, (tx) => queryRows(tx, readSettings));
    const rows = await queryRows<Settings>(test.database.db, readSettings);
    expect(rows[0]?.user_id ?? '').toBe('');
    expect(rows[0]?.role).not.toBe('tongcheng_app');
  });

  it('rolls everything back when the work fails, and the connection serves the next one', async () => {
    await test.database.db.execute(sql`create table if not exists scratch_marks (mark text)`);
    await test.database.db.execute(sql`grant select, insert on scratch_marks to tongcheng_app`);
    await expect(
      test.database.withActor(officer, async (tx) => {
        await tx.execute(sql`insert into scratch_marks values ('rolled back')`);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await test.database.withActor(officer, (tx) =>
      tx.execute(sql`insert into scratch_marks values ('kept')`),
    );
    const marks = await queryRows<{ mark: string }>(test.database.db, sql`select mark from scratch_marks`);
    expect(marks.map((m) => m.mark)).toEqual(['kept']);
  });

  it('keeps a nested savepoint’s rollback to itself', async () => {
    await test.database.db.execute(sql`create table if not exists scratch_steps (step text)`);
    await test.database.db.execute(sql`grant select, insert on scratch_steps to tongcheng_app`);
    await test.database.withActor(officer, async (tx) => {
      await tx.execute(sql`insert into scratch_steps values ('outer')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into scratch_steps values ('inner')`);
          throw new Error('inner refused');
        })
        .catch(() => undefined);
    });
    const steps = await queryRows<{ step: string }>(test.database.db, sql`select step from scratch_steps`);
    expect(steps.map((s) => s.step)).toEqual(['outer']);
  });

  describe('statements left for the commit', () => {
    const notes = async () =>
      (
        await queryRows<{ note: string }>(test.database.db, sql`select note from scratch_notes order by note`)
      ).map((r) => r.note);
    beforeAll(async () => {
      await test.database.db.execute(sql`create table scratch_notes (note text primary key)`);
      await test.database.db.execute(sql`grant select, insert on scratch_notes to tongcheng_app`);
    });

    it('runs them at the end of the transaction, after the work, and keeps them', async () => {
      await test.database.withActor(officer, async (tx) => {
        runAtCommit(tx, `insert into scratch_notes values ('at commit')`);
        // Not yet run while the work goes on: the row is inserted only at the end.
        const seen = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from scratch_notes`);
        expect(seen[0]?.n).toBe(0);
        await tx.execute(sql`insert into scratch_notes values ('during')`);
      });
      await test.database.withSystem(async (tx) =>
        runAtCommit(tx, `insert into scratch_notes values ('system')`),
      );
      expect(await notes()).toEqual(['at commit', 'during', 'system']);
    });

    it('drops them when the work fails', async () => {
      await expect(
        test.database.withActor(officer, async (tx) => {
          runAtCommit(tx, `insert into scratch_notes values ('never')`);
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await notes()).not.toContain('never');
    });

    it('rolls the whole transaction back when one of them fails', async () => {
      await expect(
        test.database.withActor(officer, async (tx) => {
          await tx.execute(sql`insert into scratch_notes values ('work of a failed commit')`);
          runAtCommit(tx, `insert into scratch_notes values ('during')`); // a duplicate key
        }),
      ).rejects.toThrow();
      expect(await notes()).not.toContain('work of a failed commit');
      // The connection is usable again.
      await test.database.withActor(officer, (tx) => tx.execute(sql`select 1`));
    });

    it('refuses a savepoint or a statement outside any transaction', async () => {
      await test.database.withActor(officer, async (tx) => {
        await tx.transaction(async (inner) => {
          expect(() => runAtCommit(inner, 'select 1')).toThrow('runAtCommit');
        });
      });
      expect(() => runAtCommit(test.database.db as never, 'select 1')).toThrow('runAtCommit');
    });
  });
});
