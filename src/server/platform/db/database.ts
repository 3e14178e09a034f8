import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import type { Actor } from '../actor.js';
import { APP_ROLE } from './roles.js';

export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; repositories take it explicitly so every query runs inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  /** The owner connection: migrations, seeding, authentication plumbing and jobs. Bypasses row-level security. */
  db: Db;
  /** Runs fn in one transaction as the application role, with the actor's row-level security settings. */
  withActor<T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs fn in one transaction as the schema owner (no row-level security); for platform plumbing only. */
  withSystem<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs fn with a dedicated owner connection (used for migrations under an advisory lock). */
  withOwnerConnection<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  appDatabaseUrl?: string | undefined;
  poolSize?: number;
  /** PGlite data directory; 'memory://' for a throw-away database. */
  dataDir?: string;
}

/** Opens PGlite when no URL is given, else a node-postgres pool; both speak the same SQL. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl)
    return openPostgres(options.databaseUrl, options.appDatabaseUrl, options.poolSize ?? 20);
  return openPglite(options.dataDir ?? './data');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite({ client }) as unknown as Db;
  return buildDatabase('pglite', db, db, {
    withOwnerConnection: (fn) => fn(db),
    close: () => client.close(),
  });
}

async function openPostgres(url: string, appUrl: string | undefined, poolSize: number): Promise<Database> {
  const ownerPool = new pg.Pool({ connectionString: url, max: appUrl ? 2 : poolSize });
  const appPool = appUrl ? new pg.Pool({ connectionString: appUrl, max: poolSize }) : ownerPool;
  for (const pool of new Set([ownerPool, appPool])) {
    // An idle client that errors (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
  }
  const db = drizzlePg({ client: ownerPool }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    withActor: (actor, fn) => withActorOnPool(appPool, actor, fn),
    withSystem: (fn) => db.transaction((tx) => runWithCommitStatements(tx, fn)),
    async withOwnerConnection(fn) {
      const client = await ownerPool.connect();
      try {
        return await fn(drizzlePg({ client }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    async close() {
      await ownerPool.end();
      if (appPool !== ownerPool) await appPool.end();
    },
  };
}

const dialect = new PgDialect();

/** Per open transaction, the statements runAtCommit() left for its end. */
const commitStatements = new WeakMap<object, string[]>();

/** Runs fn, then the statements it left for the end, inside the same transaction. */
async function runWithCommitStatements<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const atCommit: string[] = [];
  commitStatements.set(tx, atCommit);
  const result = await fn(tx);
  for (const statement of atCommit) await tx.execute(sql.raw(statement));
  return result;
}

/**
 * Leaves a statement for the end of the transaction: on PostgreSQL it travels in the message that
 * commits, which saves a round trip while the transaction may hold row locks others wait for. The
 * statement is SQL text with its values as escaped literals (pg.escapeLiteral), no parameters.
 * Only for a transaction opened by withActor or withSystem, not a nested savepoint.
 */
export function runAtCommit(tx: Tx, statement: string): void {
  const atCommit = commitStatements.get(tx);
  if (!atCommit) throw new Error('runAtCommit: not a transaction opened by withActor or withSystem');
  atCommit.push(statement);
}

/**
 * A request transaction on PostgreSQL. BEGIN and the actor's settings travel as one simple-protocol
 * message, so opening the transaction costs one round trip instead of two; the settings are
 * literals escaped by the driver. Inside, fn gets the same Drizzle transaction object as
 * db.transaction() would give it (savepoints included).
 */
async function withActorOnPool<T>(
  pool: pg.Pool,
  actor: Actor | null,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`begin; ${actorSettingsText(actor)}`);
    const tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, undefined), undefined);
    const atCommit: string[] = [];
    commitStatements.set(tx, atCommit);
    const result = await fn(tx as unknown as Tx);
    // Statements left for the end go with COMMIT in one message; an error in one skips the COMMIT.
    await client.query([...atCommit, 'commit'].join(';\n'));
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped from the pool rather than reused.
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function buildDatabase(
  kind: DatabaseKind,
  db: Db,
  appDb: Db,
  parts: Pick<Database, 'withOwnerConnection' | 'close'>,
): Database {
  return {
    kind,
    db,
    withActor: (actor, fn) =>
      appDb.transaction(async (tx) => {
        await tx.execute(actorSettings(actor));
        return runWithCommitStatements(tx, fn);
      }),
    withSystem: (fn) => db.transaction((tx) => runWithCommitStatements(tx, fn)),
    ...parts,
  };
}

/**
 * Transaction-local settings that the row-level security policies read. They are set with
 * is_local = true so nothing leaks to the next transaction on a pooled connection, and the
 * role switch makes the policies apply even when the connection belongs to the schema owner.
 */
function actorSettingValues(actor: Actor | null): [string, string][] {
  return [
    ['app.user_id', actor?.userId ?? ''],
    ['app.kind', actor?.kind ?? 'anonymous'],
    ['app.roles', actor?.roles.join(',') ?? ''],
    ['app.city_code', actor?.cityCode ?? ''],
    ['app.org_ids', actor?.orgIds.join(',') ?? ''],
    ['role', APP_ROLE],
  ];
}

/** The settings as one parameterised statement (PGlite, where a round trip costs nothing). */
function actorSettings(actor: Actor | null) {
  const calls = actorSettingValues(actor).map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
  return sql`select ${sql.join(calls, sql`, `)}`;
}

/** The settings as one statement of literals, to share a simple-protocol message with BEGIN. */
function actorSettingsText(actor: Actor | null): string {
  const calls = actorSettingValues(actor).map(
    ([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`,
  );
  return `select ${calls.join(', ')}`;
}

/** Rows of a raw query; both drivers answer with { rows }. Cast numbers in SQL, as the drivers differ on bigint. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
