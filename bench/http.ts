import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { loadConfig } from '../src/config.js';
import type { DbKind } from '../src/db/database.js';
import type { ReadPool } from '../src/db/read-pool.js';
import type { Database } from '../src/db/schema.js';
import { buildApp } from '../src/http/app.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createUser, grantRole } from '../src/modules/people/commands.js';
import { SESSION_COOKIE } from '../src/modules/people/sessions.js';
import { LoopMonitor, type LoopDelay } from './eld.js';
import { profileRoutes, type RouteProfile } from './profile.js';
import { progress, round, sampleDistinct, seededRandom } from './stats.js';
import type { TreeIndex } from './tree.js';

// HTTP throughput of the real app (buildApp with a read pool) against the same server's empty
// route (GET /api/ping: the app's hooks and plugins, no database), with autocannon in a child
// process so the server keeps its own event loop. A bare Fastify route in the same process is
// printed too, as the ceiling of the machine. The server's event loop is watched in every run.

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-child.ts');
const PASSWORD = 'Massline2026';

export interface LoadRun {
  name: string;
  route: string;
  paths: number;
  requestsPerSec: number;
  requestsTotal: number;
  latency: { p50: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  loopDelay: LoopDelay;
}

export interface HttpResult {
  connections: number;
  durationSec: number;
  runs: LoadRun[];
  ratios: Record<string, number>;
  /** Each route called in-process, one at a time, with the queries of one call. */
  profiles: RouteProfile[];
}

interface Server {
  origin: string;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance): Promise<Server> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

async function runLoad(name: string, route: string, origin: string, paths: string[], opts: { connections: number; durationSec: number; cookie?: string }): Promise<LoadRun> {
  const job = { origin, paths, connections: opts.connections, durationSec: opts.durationSec, headers: opts.cookie ? { cookie: opts.cookie } : {} };
  const monitor = new LoopMonitor().start();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      const s = d.toString();
      if (!stderr.includes('start') && s.includes('start')) monitor.reset(); // the load starts now
      stderr += s;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`load generator exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  const loopDelay = monitor.stop();
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Omit<LoadRun, 'name' | 'route' | 'paths' | 'loopDelay'>;
  return { name, route, paths: paths.length, ...r, loopDelay };
}

async function login(origin: string, username: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie;
}

async function expectOk(origin: string, p: string, cookie?: string): Promise<void> {
  const res = await fetch(origin + p, { headers: cookie ? { cookie } : {} });
  if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  await res.arrayBuffer();
}

export async function benchHttp(
  ctx: { db: Kysely<Database>; dbKind: DbKind; pool: ReadPool },
  tree: TreeIndex,
  campaignId: string,
  opts: { connections: number; durationSec: number; withMatrix: boolean },
): Promise<HttpResult> {
  const user = await createUser(ctx.db, SYSTEM_ACTOR, { username: `bench_office_${Date.now().toString(36)}`, name: '基准活动办', orgId: tree.root.id, password: PASSWORD });
  await grantRole(ctx.db, SYSTEM_ACTOR, user.id, { role: 'campaign_office', orgId: tree.root.id });

  const config = { ...loadConfig({}), logLevel: 'silent' };
  const app = await buildApp({ db: ctx.db, dbKind: ctx.dbKind, pool: ctx.pool, config }, { logger: false, webDir: path.join(os.tmpdir(), 'massline-bench-no-web') });
  const server = await listen(app);
  const empty = Fastify({ logger: false });
  empty.get('/', async () => ({}));
  const emptyServer = await listen(empty);

  try {
    const cookie = await login(server.origin, user.username);
    // organizations a user expands in the tree: ones with children, below the root
    const rand = seededRandom(99);
    const candidates = tree.rows.filter((o) => o.depth >= 1 && o.depth <= 3 && (tree.subtreeSize.get(o.id) ?? 0) > 1);
    const ids = sampleDistinct(candidates, 200, rand).map((o) => o.id);
    const children = ids.map((id) => `/api/orgs/${id}/children`);
    const details = ids.map((id) => `/api/orgs/${id}`);
    const rootDetail = [`/api/orgs/${tree.root.id}`];
    const matrix = [`/api/campaigns/${campaignId}/matrix`];

    await expectOk(emptyServer.origin, '/');
    await expectOk(server.origin, '/api/ping');
    await expectOk(server.origin, '/api/health');
    for (const p of [children[0], details[0], rootDetail[0], ...(opts.withMatrix ? matrix : [])]) await expectOk(server.origin, p, cookie);

    progress('  http: profiling routes in-process');
    const profiles = await profileRoutes(ctx, cookie, [
      { name: 'health', paths: ['/api/health'], public: true },
      { name: 'children', paths: children },
      { name: 'detail', paths: details },
      { name: 'detailRoot', paths: rootDetail },
      ...(opts.withMatrix ? [{ name: 'matrixRoot', paths: matrix }] : []),
    ]);

    const load = { connections: opts.connections, durationSec: opts.durationSec };
    const runs: LoadRun[] = [];
    const plan: [string, string, string, string[], string | undefined][] = [
      ['bare', 'GET / (bare Fastify, other port, reference)', emptyServer.origin, ['/'], undefined],
      ['empty', 'GET /api/ping (same server, empty route)', server.origin, ['/api/ping'], undefined],
      ['health', 'GET /api/health (public, 1 query)', server.origin, ['/api/health'], undefined],
      ['children', 'GET /api/orgs/:id/children (auth)', server.origin, children, cookie],
      ['detail', 'GET /api/orgs/:id (auth)', server.origin, details, cookie],
      ['detailRoot', 'GET /api/orgs/:root (auth, whole-region count)', server.origin, rootDetail, cookie],
    ];
    if (opts.withMatrix) plan.push(['matrixRoot', 'GET /api/campaigns/:id/matrix at root (auth)', server.origin, matrix, cookie]);
    for (const [name, route, origin, paths, c] of plan) {
      progress(`  http ${name}: ${opts.connections} connections × ${opts.durationSec}s`);
      const r = await runLoad(name, route, origin, paths, { ...load, cookie: c });
      runs.push(r);
      progress(`  http ${name}: ${Math.round(r.requestsPerSec)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, loop p99 ${r.loopDelay.p99} ms`);
    }
    const rps = (n: string) => runs.find((r) => r.name === n)?.requestsPerSec ?? Number.NaN;
    const ratios: Record<string, number> = {};
    for (const n of ['health', 'children', 'detail', 'detailRoot', 'matrixRoot']) {
      if (runs.some((r) => r.name === n)) ratios[`${n}/empty`] = round(rps(n) / rps('empty'), 4);
    }
    for (const n of ['children', 'detail']) ratios[`${n}/health`] = round(rps(n) / rps('health'), 4);
    return { connections: opts.connections, durationSec: opts.durationSec, runs, ratios, profiles };
  } finally {
    await server.close();
    await emptyServer.close();
  }
}
