import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
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
  const appDb = appPool === ownerPool ? db : (drizzlePg({ client: appPool }) as unknown as Db);
  return buildDatabase('postgres', db, appDb, {
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
  });
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
        return fn(tx);
      }),
    withSystem: (fn) => db.transaction(fn),
    ...parts,
  };
}

/**
 * Transaction-local settings that the row-level security policies read. They are set with
 * is_local = true so nothing leaks to the next transaction on a pooled connection, and the
 * role switch makes the policies apply even when the connection belongs to the schema owner.
 */
function actorSettings(actor: Actor | null) {
  return sql`select
    set_config('app.user_id', ${actor?.userId ?? ''}, true),
    set_config('app.kind', ${actor?.kind ?? 'anonymous'}, true),
    set_config('app.roles', ${actor?.roles.join(',') ?? ''}, true),
    set_config('app.city_code', ${actor?.cityCode ?? ''}, true),
    set_config('app.org_ids', ${actor?.orgIds.join(',') ?? ''}, true),
    set_config('role', ${APP_ROLE}, true)`;
}

/** Rows of a raw query; both drivers answer with { rows }. Cast numbers in SQL, as the drivers differ on bigint. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
