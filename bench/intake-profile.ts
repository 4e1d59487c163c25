import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createReadPool } from '../src/db/read-pool.js';
import { buildApp } from '../src/http/app.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createCampaign } from '../src/modules/campaigns/commands.js';
import { createGatewayKey } from '../src/modules/opinions/gateway-routes.js';
import { insertTree } from '../src/demo/seed.js';
import { cityTree } from '../src/demo/city.js';

// Where an intake request's time goes (docs/decisions/0013-intake-ceiling.md):
//   npx tsx bench/intake-profile.ts [empty|gateway|web] [connections=50] [seconds=6]
// Same server set-up and load child as the intake benchmark; the server's main thread is
// sampled by the V8 profiler during the load only, and each sample is charged to the first
// frame (leaf upward) that belongs to a known part: SQLite, Kysely, the triage pass, HTTP, …

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
type Frame = ProfileNode['callFrame'];

const PARTS: [string, (f: Frame) => boolean][] = [
  ['idle (waiting for I/O)', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['triage first pass', (f) => f.url.includes('modules/triage/') || f.url.includes('@node-rs/jieba') || f.url.includes('opencc')],
  ['crypto (HMAC, ids)', (f) => f.url.includes('internal/crypto') || f.url.includes('argon2') || f.functionName === 'RandomBytesJob'],
  ['SQLite (statements, COMMIT fsync)', (f) => f.url === '' && ['run', 'all', 'get', 'iterate', 'exec'].includes(f.functionName)],
  ['Kysely (build, compile, driver)', (f) => f.url.includes('node_modules/kysely')],
  ['opinions module', (f) => f.url.includes('/src/')],
  ['Fastify, JSON, validation', (f) => /fastify|ajv|avvio|find-my-way|secure-json-parse/.test(f.url) || f.functionName === 'parse'],
  ['Node HTTP and sockets', (f) => f.url.startsWith('node:') || f.functionName === 'writev' || f.functionName === 'dispatch'],
];

export function breakdown(p: Profile, requests: number): { part: string; share: number; usPerRequest: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  let total = 0;
  p.samples.forEach((sample, i) => {
    let part = 'other';
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const hit = PARTS.find(([, test]) => test(byId.get(id!)!.callFrame));
      if (hit) {
        part = hit[0];
        break;
      }
    }
    totals.set(part, (totals.get(part) ?? 0) + p.timeDeltas[i]);
    total += p.timeDeltas[i];
  });
  return [...totals].sort((a, b) => b[1] - a[1]).map(([part, us]) => ({ part, share: us / total, usPerRequest: us / requests }));
}

async function main() {
  const [mode = 'gateway', conns = '50', secs = '6'] = process.argv.slice(2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-intake-profile-'));
  const open = openDatabase({ sqliteFile: path.join(dir, 'intake.sqlite') });
  const pool = createReadPool(open);
  await migrateToLatest(open.db);
  const rows = await insertTree(open.db, cityTree());
  const unit = rows.find((r) => r.type === 'township')!;
  const campaign = await createCampaign(open.db, SYSTEM_ACTOR, { orgId: rows[0].id, name: '基准活动', batch: 2, startsOn: '2026-01-01', endsOn: '2030-12-31' });
  const key = await createGatewayKey(open.db, campaign.id, 'bench');
  const app = await buildApp({ db: open.db, dbKind: open.kind, pool, config: { ...loadConfig({}), portalSubmitLimit: 1e9 } }, { logger: false, webDir: path.join(dir, 'no-web') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const cpu0 = process.cpuUsage();
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'intake-child.ts');
  const out = await new Promise<string>((resolve, reject) => {
    const c = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify({ mode, origin, connections: Number(conns), durationSec: Number(secs), campaignId: campaign.id, orgId: unit.id, keyId: key.id, secret: key.secret, tag: `p${Date.now()}` })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let o = '';
    c.stdout.on('data', (d) => (o += d));
    c.on('exit', (code) => (code === 0 ? resolve(o) : reject(new Error(`load child exited ${code}`))));
  });
  const cpu = process.cpuUsage(cpu0);
  const { profile } = await session.post('Profiler.stop');
  const r = JSON.parse(out.trim().split('\n').pop()!) as { requestsPerSec: number; total: number; latency: { p50: number; p99: number } };
  console.log(`${mode} × ${conns}: ${Math.round(r.requestsPerSec)} req/s, p50/p99 ${r.latency.p50}/${r.latency.p99} ms, server CPU ${Math.round((cpu.user + cpu.system) / r.total)} µs/request (all threads), load ${os.loadavg()[0].toFixed(1)}`);
  console.log('main thread, per answered request:');
  for (const b of breakdown(profile as unknown as Profile, r.total)) console.log(`  ${b.part.padEnd(36)} ${(100 * b.share).toFixed(1).padStart(5)}%  ${b.usPerRequest.toFixed(0).padStart(5)} µs`);
  await app.close();
  await pool.close();
  await open.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
