import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, SqliteDialect, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';

// Opens Massline's one database: embedded SQLite under the data directory by default,
// PostgreSQL when a URL is given. Everything above this file speaks Kysely only.

// COUNT(*) and other int8 results come back from pg as strings; Massline's counts fit a double.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export type DbKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DbKind;
  /** The SQLite file, when embedded (used by backup and the read worker). */
  sqliteFile?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** SQLite file; ':memory:' for throwaway tests. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests isolate themselves in a fresh schema). */
  pgSchema?: string;
}

export function openDatabase(opts: OpenOptions): OpenDatabase {
  if (opts.databaseUrl) {
    // random_page_cost 1.1: Massline's servers use SSDs, where the default (4, for spinning disks)
    // steers counts of large subtrees away from index-only scans of the path index.
    const settings = ['-c random_page_cost=1.1', ...(opts.pgSchema ? [`-c search_path=${opts.pgSchema}`] : [])];
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, options: settings.join(' ') });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const file = opts.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), ...(process.env.MASSLINE_QUERY_LOG ? { log: queryLog } : {}) });
  return { db, kind: 'sqlite', sqliteFile: file === ':memory:' ? undefined : file, close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs as much as running a short
 * indexed read. Kysely builds the same SQL text for the same query shape, so statements are
 * cached by text (bounded; Kysely never iterates a statement, so reuse is safe).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 1000): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * One server process owns an embedded data directory. A second `massline serve` on the same
 * directory would interleave writes through two caches and two audit chain heads, so it is
 * refused with a clear message. A lock left by a crashed process (its pid is gone) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'massline.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      fs.unlinkSync(lockFile); // stale lock from a process that is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `数据目录 ${dataDir} 已被另一个 Massline 进程（pid ${pid}）占用；同一数据目录只能运行一个服务。\n` +
        `The data directory ${dataDir} is in use by another Massline process (pid ${pid}); stop it or use another MASSLINE_DATA_DIR.`,
    );
  }
}

export function isDataDirLocked(dataDir: string): number | null {
  const lockFile = path.join(dataDir, 'massline.lock');
  try {
    const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    return holder && isAlive(holder) ? holder : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** MASSLINE_QUERY_LOG=1: the total time per statement, printed at exit (for profiling). */
const queryTotals = new Map<string, { n: number; ms: number }>();
function queryLog(e: { level: string; query: { sql: string }; queryDurationMillis: number }) {
  if (!queryTotals.size) process.on('exit', () => {
    for (const [q, t] of [...queryTotals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.error(`${t.ms.toFixed(0).padStart(7)} ms ${String(t.n).padStart(7)}× ${q.slice(0, 140)}`);
  });
  const key = e.query.sql.replace(/\(\?(, \?)*\)/g, '(…)');
  const t = queryTotals.get(key) ?? { n: 0, ms: 0 };
  t.n++;
  t.ms += e.queryDurationMillis;
  queryTotals.set(key, t);
}
