import os from 'node:os';
import path from 'node:path';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { loadConfig } from '../src/config.js';
import type { DbKind } from '../src/db/database.js';
import type { ReadPool } from '../src/db/read-pool.js';
import type { Database } from '../src/db/schema.js';
import { buildApp } from '../src/http/app.js';
import { summarize, type Summary } from './stats.js';

// Where an authenticated request's time goes: the real app is built a second time on a
// Kysely that times every query it runs, then each route is called in-process (app.inject,
// one at a time, no network) and the queries of one call are listed with their durations.

interface Timing {
  sql: string;
  ms: number;
}

class TimingPlugin implements KyselyPlugin {
  private started = new Map<unknown, { node: RootOperationNode; queryId: PluginTransformQueryArgs['queryId']; t0: number }>();
  log: Timing[] = [];
  constructor(private db: () => Kysely<Database>) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.started.set(args.queryId, { node: args.node, queryId: args.queryId, t0: performance.now() });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) {
      this.started.delete(args.queryId);
      const compiled = this.db().getExecutor().compileQuery(s.node, args.queryId);
      this.log.push({ sql: compiled.sql, ms: performance.now() - s.t0 });
    }
    return args.result;
  }
  /** Queries built but handed to the read pool (compiled only, never executed here). */
  pending(): string[] {
    return [...this.started.values()].map((s) => this.db().getExecutor().compileQuery(s.node, s.queryId).sql);
  }
  reset(): void {
    this.started.clear();
    this.log = [];
  }
}

export interface RouteProfile {
  name: string;
  path: string;
  inject: Summary;
  queries: number;
  queryMs: number;
  slowest: Timing[];
  viaReadPool: string[];
}

export async function profileRoutes(
  ctx: { db: Kysely<Database>; dbKind: DbKind; pool: ReadPool },
  cookie: string,
  routes: { name: string; paths: string[]; public?: boolean }[],
): Promise<RouteProfile[]> {
  const plugin = new TimingPlugin(() => ctx.db);
  const app = await buildApp(
    { db: ctx.db.withPlugin(plugin), dbKind: ctx.dbKind, pool: ctx.pool, config: { ...loadConfig({}), logLevel: 'silent' } },
    { logger: false, webDir: path.join(os.tmpdir(), 'massline-bench-no-web') },
  );
  await app.ready();
  const out: RouteProfile[] = [];
  try {
    for (const r of routes) {
      const call = async (p: string) => {
        const res = await app.inject({ method: 'GET', url: p, headers: r.public ? {} : { cookie } });
        if (res.statusCode !== 200) throw new Error(`GET ${p} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      };
      for (const p of r.paths.slice(0, 3)) await call(p);
      const samples: number[] = [];
      const n = Math.min(60, Math.max(10, r.paths.length));
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await call(r.paths[i % r.paths.length]);
        samples.push(performance.now() - t0);
      }
      plugin.reset();
      await call(r.paths[0]);
      const log = [...plugin.log];
      out.push({
        name: r.name,
        path: r.paths[0],
        inject: summarize(samples),
        queries: log.length,
        queryMs: log.reduce((s, q) => s + q.ms, 0),
        slowest: [...log].sort((a, b) => b.ms - a.ms).slice(0, 4),
        viaReadPool: plugin.pending(),
      });
    }
  } finally {
    await app.close();
  }
  return out;
}
