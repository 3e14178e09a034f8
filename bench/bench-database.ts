import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/server/platform/db/database.js';
import { applyMigrations } from '../src/server/platform/db/migrate.js';

export interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  databaseUrl: string | undefined;
  dataDir: string;
  /** Opens the database for loading; close it before the server starts (PGlite has one owner). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh database for one benchmark run: a new database on the server, or a new PGlite directory. */
export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tongcheng-bench-'));
  let databaseUrl: string | undefined;
  let name = '';
  if (serverUrl) {
    name = `tongcheng_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  return {
    kind: serverUrl ? 'postgres' : 'pglite',
    databaseUrl,
    dataDir,
    async open() {
      const database = await openDatabase({ databaseUrl, dataDir, poolSize: 4 });
      await applyMigrations(database);
      return database;
    },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      if (!serverUrl) return;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
