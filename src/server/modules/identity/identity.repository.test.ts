import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { newId } from '../../platform/ids.js';
import { createIdentityRepository, scrubDatabaseError, uniqueViolationField } from './identity.repository.js';

const repository = createIdentityRepository();

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

describe.each(databaseKinds())('identity repository errors on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await test.database.withSystem((tx) =>
      repository.insertAccount(tx, {
        id: newId(),
        kind: 'citizen',
        displayName: '张丽华',
        idNumber: '510104199003071237',
        mobile: '13880001234',
        passwordHash: 'x',
      }),
    );
  });
  afterAll(() => test.dispose());

  it('names the field whose unique index a second citizen with the same mobile hits', async () => {
    const error = await failure(() =>
      test.database.withSystem((tx) =>
        repository.insertAccount(tx, {
          id: newId(),
          kind: 'citizen',
          displayName: '李建国',
          idNumber: '512002198506122314',
          mobile: '13880001234',
          passwordHash: 'x',
        }),
      ),
    );
    expect(uniqueViolationField(error)).toBe('mobile');
  });

  it('strips the query parameters, and with them the ID number, from a database error', async () => {
    const error = await failure(() =>
      test.database.withSystem((tx) =>
        repository.insertAccount(tx, {
          id: newId(),
          kind: 'citizen',
          displayName: '王晓梅',
          idNumber: '510603197809154025-too-long',
          mobile: '13881112222',
          passwordHash: 'x',
        }),
      ),
    );
    expect(String((error as Error).message)).toContain('510603197809154025');
    const scrubbed = scrubDatabaseError(error) as Error;
    expect(scrubbed.message).toMatch(/^identity: a database query failed SQLSTATE 22001/);
    expect(
      JSON.stringify({ message: scrubbed.message, stack: scrubbed.stack, cause: scrubbed.cause }),
    ).not.toMatch(/510603|13881112222/);
    expect(uniqueViolationField(error)).toBeNull();
  });

  it('leaves errors that are not database errors alone', () => {
    const error = new Error('something else');
    expect(scrubDatabaseError(error)).toBe(error);
    expect(uniqueViolationField(error)).toBeNull();
  });
});
