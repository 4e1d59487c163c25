import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CompiledQuery, Kysely } from 'kysely';
import type { OpenDatabase } from './database.js';

// Heavy reads (roll-ups over a whole region) must not stall the server. better-sqlite3 is
// synchronous, so on SQLite such queries run in worker threads holding their own read-only
// connections (WAL lets them read while the main connection writes). The caller compiles the
// query with Kysely as usual and hands the compiled SQL over; on PostgreSQL the query simply
// goes to the pool, which is asynchronous already.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const cache = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let stmt = cache.get(sql);
    if (!stmt) { stmt = db.prepare(sql); if (cache.size > 200) cache.clear(); cache.set(sql, stmt); }
    const rows = stmt.reader ? stmt.all(...params) : (stmt.run(...params), []);
    parentPort.postMessage({ id, rows });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

export interface ReadPool {
  all<R>(db: Kysely<any>, query: { compile(): CompiledQuery<R> }): Promise<R[]>;
  close(): Promise<void>;
}

export function createReadPool(open: OpenDatabase, size = 2): ReadPool {
  if (open.kind !== 'sqlite' || !open.sqliteFile) {
    return {
      async all(db, query) {
        const result = await db.executeQuery(query.compile());
        return result.rows as any[];
      },
      async close() {},
    };
  }
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: open.sqliteFile } });
    w.unref();
    return w;
  });
  const pending = new Map<number, { resolve(rows: any[]): void; reject(err: Error): void }>();
  for (const w of workers) {
    w.on('message', (m: { id: number; rows?: any[]; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.rows ?? []);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  let next = 0;
  let seq = 0;
  return {
    all(_db, query) {
      const compiled = query.compile();
      const id = ++seq;
      const worker = workers[next++ % workers.length];
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, sql: compiled.sql, params: compiled.parameters.map(toSqliteParam) });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function toSqliteParam(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
