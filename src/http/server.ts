import path from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { abandonStaleRuns, RUN_STALE_AFTER_MS } from '../modules/triage/runs.js';
import { createReadPool } from '../db/read-pool.js';
import { seedDemo, type DemoLogin } from '../demo/seed.js';
import { buildApp } from './app.js';
import { Notifier } from '../modules/opinions/notifier.js';

// Starts Massline: open the database, migrate, seed the demo when asked and the database is
// empty, and listen. Used by `massline serve` and by the browser tests.
export interface StartOptions {
  sqliteFile?: string;
  databaseUrl?: string;
  pgSchema?: string;
  port?: number;
  host?: string;
  demo?: boolean;
  webDir?: string;
  logLevel?: string;
  config?: Partial<Config>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  demoLogins: DemoLogin[];
  demoSeeded: boolean;
  database: OpenDatabase;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = { ...loadConfig(), ...opts.config };
  const database = openDatabase({ databaseUrl: opts.databaseUrl, sqliteFile: opts.sqliteFile ?? (opts.databaseUrl ? undefined : ':memory:'), pgSchema: opts.pgSchema });
  await migrateToLatest(database.db, opts.pgSchema);
  // A run a stopped process left "running" would hold its campaign's one run forever (migration 0009). The embedded
  // database has one process (its lock): every such run is a stopped one's. PostgreSQL may have several: those whose
  // heartbeat is stale (a live process's run beats every few seconds, and stays).
  await abandonStaleRuns(database.db, database.kind === 'sqlite' ? 0 : RUN_STALE_AFTER_MS);
  let demoLogins: DemoLogin[] = [];
  let demoSeeded = false;
  if (opts.demo) {
    const result = await seedDemo(database.db, { onlyIfEmpty: true });
    demoLogins = result.logins;
    demoSeeded = result.seeded;
  }
  const pool = createReadPool(database);
  const logger = createLogger(opts.logLevel ?? config.logLevel);
  const app = await buildApp({ db: database.db, dbKind: database.kind, pool, config }, { logger, webDir: opts.webDir ?? path.resolve('web/dist') });
  // Named submitters' notifications go to the SMS / mail platform when one is configured.
  const notifier = config.notifyUrl && config.notifySecret ? new Notifier(database.db, { url: config.notifyUrl, secret: config.notifySecret }).start() : null;
  await app.listen({ port: opts.port ?? config.port, host: opts.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}`,
    demoLogins,
    demoSeeded,
    database,
    async close() {
      notifier?.stop();
      await app.close();
      await pool.close();
      await database.close();
    },
  };
}

/**
 * Request logs hold method, route, status and timing — never client addresses, headers or
 * bodies: people who criticize their superiors must not be traceable through our logs.
 */
export function createLogger(level: string) {
  return pino({
    level,
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({ method: req.method, url: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
