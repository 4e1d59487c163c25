import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type DbKind, type OpenDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

// Fresh, migrated databases for one benchmark case: a SQLite file in a temporary directory
// (a file, not :memory:, so the read pool's worker threads can open it) or a new
// PostgreSQL schema. `drop()` removes everything.

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase extends OpenDatabase {
  label: string;
  drop(): Promise<void>;
}

/** The PostgreSQL URL to use, or null when none is configured and the default does not answer. */
export async function resolvePostgresUrl(): Promise<{ url: string | null; reason: string }> {
  const configured = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const url = configured || DEFAULT_PG_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url, reason: configured ? 'configured' : 'default answered' };
  } catch (err) {
    if (configured) throw new Error(`PostgreSQL at ${redact(url)} does not answer: ${(err as Error).message}`);
    return { url: null, reason: `default ${redact(url)} did not answer` };
  } finally {
    await client.end().catch(() => {});
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export async function serverVersion(kind: DbKind, open: OpenDatabase): Promise<string> {
  if (kind === 'postgres') {
    const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(open.db);
    return `PostgreSQL ${r.rows[0]?.v}`;
  }
  const r = await sql<{ v: string }>`select sqlite_version() as v`.execute(open.db);
  return `SQLite ${r.rows[0]?.v}`;
}

let counter = 0;

export async function freshDatabase(kind: DbKind, pgUrl: string | null): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-bench-'));
    const file = path.join(dir, 'bench.sqlite');
    const opened = openDatabase({ sqliteFile: file });
    await migrateToLatest(opened.db);
    return {
      ...opened,
      label: file,
      async drop() {
        await opened.close().catch(() => {});
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!pgUrl) throw new Error('no PostgreSQL URL');
  const schema = `bench_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await adminQuery(pgUrl, `create schema ${schema}`);
  const opened = openDatabase({ databaseUrl: pgUrl, pgSchema: schema });
  try {
    await migrateToLatest(opened.db, schema);
  } catch (err) {
    await opened.close().catch(() => {});
    await adminQuery(pgUrl, `drop schema ${schema} cascade`).catch(() => {});
    throw err;
  }
  return {
    ...opened,
    label: `${redact(pgUrl)} schema ${schema}`,
    async drop() {
      await opened.close().catch(() => {});
      await adminQuery(pgUrl, `drop schema if exists ${schema} cascade`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * PostgreSQL: refresh statistics and the visibility map after bulk loading, as autovacuum
 * would within a minute or so in production. SQLite is left as the application leaves it
 * (Massline never runs ANALYZE there), so its plans are the ones users get.
 */
export async function settle(open: OpenDatabase, tables: string[]): Promise<void> {
  if (open.kind !== 'postgres') return;
  for (const t of tables) await sql.raw(`vacuum (analyze) ${t}`).execute(open.db);
}
