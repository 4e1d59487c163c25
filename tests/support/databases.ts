import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

// The database suite runs on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set
// (CI sets it). Each call gives a fresh, migrated database: a new SQLite file, or a new
// PostgreSQL schema dropped afterwards — no truncation, no shared state between tests.

export const pgUrl = process.env.TEST_DATABASE_URL;

if (process.env.CI && !pgUrl) {
  throw new Error('CI must run the database suite on PostgreSQL too: set TEST_DATABASE_URL');
}

export const databaseKinds: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends OpenDatabase {
  drop(): Promise<void>;
  /** A second, independent connection to the same database (as another process would have). */
  reopen(): OpenDatabase;
}

let counter = 0;

export async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-test-'));
    const file = path.join(dir, 'test.sqlite');
    const opened = openDatabase({ sqliteFile: file });
    await migrateToLatest(opened.db);
    return {
      ...opened,
      reopen: () => openDatabase({ sqliteFile: file }),
      async drop() {
        await opened.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const opened = openDatabase({ databaseUrl: pgUrl, pgSchema: schema });
  // Kysely's migrator first lists the tables of every schema (its introspector reads the whole
  // catalog); a test file migrating or dropping its own schema at that moment can make that read
  // fail with "column … does not exist" (42703), "relation … does not exist" (42P01) or "schema …
  // does not exist" (3F000). Migrations run in one transaction, so a retry is clean.
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(opened.db, schema);
      break;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= 3 || !['42703', '42P01', '3F000'].includes(code ?? '')) throw err;
    }
  }
  return {
    ...opened,
    reopen: () => openDatabase({ databaseUrl: pgUrl, pgSchema: schema }),
    async drop() {
      await opened.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
