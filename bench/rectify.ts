import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createReadPool } from '../src/db/read-pool.js';
import type { RectifyMeasureTable, RectifyProblemTable, UserTable } from '../src/db/schema.js';
import { buildApp } from '../src/http/app.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createCampaign } from '../src/modules/campaigns/commands.js';
import { publishDisclosure } from '../src/modules/rectify/disclosure.js';
import { writeLedger } from '../src/modules/rectify/ledger.js';
import { addDays } from '../src/modules/rectify/model.js';
import { scanDeadlines } from '../src/modules/rectify/scan.js';
import { chinaDay } from '../src/shared/clock.js';
import { newId } from '../src/shared/ids.js';
import { freshDatabase, resolvePostgresUrl, settle } from './db.js';
import { LoopMonitor } from './eld.js';
import { fmtRate, progress, seededRandom } from './stats.js';
import { buildSpec, insertSpec } from './tree.js';

// Rectification at scale: a generated province (bench/tree.ts), problems and measures spread
// over its villages and townships, then
//  - the deadline scan (reminders, overdue marks, escalation to the superior office),
//  - the ledger export (streamed xlsx) with its rate and the process's peak RSS,
//  - the public disclosure page under load (autocannon in a child process, bench/load-child.ts)
//    beside the same server's empty route GET /api/ping.
// `benchRectify` returns printable lines; `tsx bench/rectify.ts --db sqlite --orgs 10000
// --measures 100000 [--duration 10]` runs it alone.

const LOAD_CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-child.ts');

export interface RectifyBenchOptions {
  db: 'sqlite' | 'postgres';
  orgs: number;
  measures: number;
  /** Seconds per HTTP run (default 10). */
  durationSec?: number;
  connections?: number;
}

interface LoadResult {
  requestsPerSec: number;
  requestsTotal: number;
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

function load(origin: string, paths: string[], connections: number, durationSec: number): Promise<LoadResult> {
  const job = { origin, paths, connections, durationSec, headers: {} };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_CHILD, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load child exited ${code}: ${err.slice(-500)}`))));
  });
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function benchRectify(opts: RectifyBenchOptions): Promise<string[]> {
  const duration = opts.durationSec ?? 10;
  const connections = opts.connections ?? 10;
  const pgUrl = opts.db === 'postgres' ? (await resolvePostgresUrl()).url : null;
  if (opts.db === 'postgres' && !pgUrl) throw new Error('PostgreSQL is not available');
  const database = await freshDatabase(opts.db, pgUrl);
  const { db } = database;
  const lines: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-rectify-bench-'));
  let pool: ReturnType<typeof createReadPool> | undefined;
  try {
    // ---- the province, the campaign, offices and owners --------------------------------
    progress(`rectify: ${fmtRate(opts.orgs)} organizations`);
    const { rows: orgs } = await insertSpec(db, buildSpec(opts.orgs).spec);
    const root = orgs[0];
    const campaign = await createCampaign(db, SYSTEM_ACTOR, { orgId: root.id, name: '基准活动', batch: 2, startsOn: '2026-01-01', endsOn: '2030-12-31' });
    const at = new Date().toISOString();
    const hash = 'bench-no-login';
    const offices = orgs.filter((o) => o.type === 'party_committee' && o.depth <= 2);
    const units = orgs.filter((o) => o.type === 'village' || o.type === 'township');
    const ownerUnits = units.filter((_, i) => i % Math.max(1, Math.floor(units.length / 500)) === 0);
    const users: UserTable[] = [...offices, ...ownerUnits].map((o, i) => ({
      id: newId(), username: `bench.r${i}`, mobile: null, name: `责任人${i}`, org_id: o.id, region_id: root.region_id, position: '', password_hash: hash,
      active: 1, failed_logins: 0, locked_until: null, locale: 'zh-CN', created_at: at, updated_at: at,
    }));
    for (let i = 0; i < users.length; i += 500) await db.insertInto('users').values(users.slice(i, i + 500)).execute();
    await db.insertInto('role_assignments').values(offices.map((o, i) => ({ id: newId(), user_id: users[i].id, role: 'campaign_office', org_id: o.id, org_path: o.path, region_id: root.region_id, supervision_group_id: null, created_at: at }))).execute();
    const ownerOf = new Map(ownerUnits.map((o, i) => [o.id, users[offices.length + i]]));

    // ---- problems and measures, written directly in bulk ---------------------------------
    const today = chinaDay();
    const rand = seededRandom(7);
    const problemCount = Math.max(1, Math.round(opts.measures / 4));
    const t0 = performance.now();
    const problems: RectifyProblemTable[] = [];
    let measures: RectifyMeasureTable[] = [];
    let written = 0;
    const winds = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'];
    const flush = async () => {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < problems.length; i += 400) await trx.insertInto('rectify_problems').values(problems.slice(i, i + 400)).execute();
        for (let i = 0; i < measures.length; i += 400) await trx.insertInto('rectify_measures').values(measures.slice(i, i + 400)).execute();
      });
      written += measures.length;
      problems.length = 0;
      measures = [];
    };
    for (let p = 0; p < problemCount; p++) {
      const unit = ownerUnits[p % ownerUnits.length];
      const owner = ownerOf.get(unit.id)!;
      const problem: RectifyProblemTable = {
        region_id: root.region_id, id: newId(), campaign_id: campaign.id, org_id: unit.id, org_path: unit.path, plan_id: null, source: 'public', wind: winds[p % winds.length],
        org_category_id: null, description: `第${p + 1}个问题：会议多、文件多，办事效率不高，群众反映强烈`, target_kind: 'unit', target_label: '', target_user_id: null,
        severity: 1 + (p % 3), immediate: p % 7 === 0 ? 1 : 0, status: 'rectifying', disclosed_version: 0, created_by: 'bench', created_at: at, updated_at: at,
      };
      problems.push(problem);
      const n = p === problemCount - 1 ? opts.measures - p * 4 : 4;
      for (let k = 0; k < n; k++) {
        const r = rand();
        // 30% past their deadline and open, 10% due within three days, 20% verified, the rest later.
        const due = r < 0.3 ? addDays(today, -1 - Math.floor(rand() * 60)) : r < 0.4 ? addDays(today, Math.floor(rand() * 3)) : addDays(today, 5 + Math.floor(rand() * 120));
        const status = r >= 0.4 && r < 0.6 ? 'verified' : rand() < 0.5 ? 'in_progress' : 'not_started';
        measures.push({
          region_id: root.region_id, id: newId(), campaign_id: campaign.id, problem_id: problem.id, org_id: unit.id, org_path: unit.path,
          text: `整改措施${k + 1}：精简会议文件，推行限时办结，建立台账逐项销号`, owner_org_id: unit.id, owner_org_path: unit.path, owner_user_id: owner.id, owner_name: owner.name,
          starts_on: addDays(today, -90), due_on: due, status, last_progress: status === 'not_started' ? '' : '已完成摸底，正在推进', last_progress_on: status === 'not_started' ? null : addDays(today, -5),
          verified_on: status === 'verified' ? addDays(today, -2) : null, verified_by: status === 'verified' ? '活动办' : null, reminded_for: null, escalated_on: null,
          rating_round: 1, position: k, created_at: at, updated_at: at,
        });
      }
      if (measures.length >= 10_000) await flush();
    }
    await flush();
    const seedMs = performance.now() - t0;
    await settle(database, ['rectify_problems', 'rectify_measures', 'users', 'role_assignments']);
    progress(`rectify: ${fmtRate(written)} measures in ${s(seedMs)}`);

    // ---- the deadline scan -----------------------------------------------------------------
    const s0 = performance.now();
    const scan = await scanDeadlines(db);
    const scanMs = performance.now() - s0;
    progress(`rectify: scan ${s(scanMs)}`);

    // ---- the ledger --------------------------------------------------------------------------
    await settle(database, ['rectify_measures', 'user_notifications', 'rectify_measure_events']);
    const file = path.join(tmp, 'ledger.xlsx');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const l0 = performance.now();
    const out = fs.createWriteStream(file);
    const finished = new Promise<void>((r, j) => out.on('finish', () => r()).on('error', j));
    const rows = await writeLedger(db, out, { regionId: root.region_id, campaignId: campaign.id, orgPath: root.path, actor: null, title: '基准 整改落实台账' });
    await finished;
    const ledgerMs = performance.now() - l0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    progress(`rectify: ledger ${fmtRate(rows)} rows in ${s(ledgerMs)}`);

    // ---- the public disclosure page under load -------------------------------------------------
    const county = offices.find((o) => o.depth === 2)!;
    const published = await db.selectFrom('rectify_problems').select('id').where('region_id', '=', root.region_id).where('org_path', '>=', county.path)
      .where('org_path', '<', county.path.slice(0, -1) + '0').orderBy('id').limit(100).execute();
    for (const p of published) await publishDisclosure(db, SYSTEM_ACTOR, p.id);
    const rated = await db.selectFrom('rectify_measures').select(['id']).where('region_id', '=', root.region_id).where('problem_id', 'in', published.map((p) => p.id)).execute();
    if (rated.length) await db.insertInto('rectify_rating_tallies').values(rated.map((m, i) => ({ region_id: root.region_id, measure_id: m.id, round: 1, satisfied: 10 + (i % 7), basically: 3, dissatisfied: i % 4 }))).execute();
    pool = createReadPool(database);
    const config = { ...loadConfig({}), logLevel: 'silent' };
    const app = await buildApp({ db, dbKind: database.kind, pool, config }, { logger: false, webDir: path.join(tmp, 'no-web') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const pagePath = `/api/portal/rectify/problems?orgId=${county.id}`;
    const check = await fetch(origin + pagePath);
    const page = (await check.json()) as { items: unknown[] };
    if (check.status !== 200 || page.items.length === 0) throw new Error(`portal page answered ${check.status}`);
    let ping: LoadResult;
    let portal: LoadResult;
    let loopP99 = 0;
    try {
      progress(`rectify: GET /api/ping × ${connections} connections, ${duration} s`);
      ping = await load(origin, ['/api/ping'], connections, duration);
      progress(`rectify: GET ${pagePath.replace(county.id, ':county')} × ${connections} connections, ${duration} s`);
      const monitor = new LoopMonitor().start();
      portal = await load(origin, [pagePath], connections, duration);
      loopP99 = monitor.stop().p99;
    } finally {
      await app.close();
    }

    const label = opts.db === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    lines.push(
      '',
      `Rectify — ${label}, ${fmtRate(orgs.length)} organizations, ${written.toLocaleString('en')} measures in ${problemCount.toLocaleString('en')} problems (bulk-written in ${s(seedMs)})`,
      `  deadline scan: ${scan.overdue.toLocaleString('en')} marked overdue (${scan.escalated.toLocaleString('en')} escalated to the superior office), ${scan.reminded.toLocaleString('en')} reminded, in ${s(scanMs)} — ${Math.round((scan.overdue + scan.reminded) / (scanMs / 1000)).toLocaleString('en')} measures/s, with their events and notices`,
      `  ledger export (streamed xlsx, ${fs.statSync(file).size > 0 ? mb(fs.statSync(file).size) : '0 MB'}): ${rows.toLocaleString('en')} rows in ${s(ledgerMs)} — ${Math.round(rows / (ledgerMs / 1000)).toLocaleString('en')} rows/s; peak RSS ${mb(peak)} (${mb(rssBefore)} before, +${mb(peak - rssBefore)})`,
      `  portal disclosure page (${page.items.length} problems of ${published.length} published in a county, with live ratings; answers kept 2 s, dropped on this process's writes), ${connections} connections × ${duration} s, autocannon in a child process:`,
      `    GET /api/ping (empty route)           ${Math.round(ping.requestsPerSec).toLocaleString('en').padStart(7)} req/s  p99 ${ping.latency.p99} ms`,
      `    GET /api/portal/rectify/problems      ${Math.round(portal.requestsPerSec).toLocaleString('en').padStart(7)} req/s  p99 ${portal.latency.p99} ms  (${(portal.requestsPerSec / ping.requestsPerSec).toFixed(2)} of the empty route; non-2xx ${portal.non2xx}, errors ${portal.errors}; server loop delay p99 ${loopP99} ms)`,
    );
    return lines;
  } finally {
    await pool?.close().catch(() => {});
    await database.drop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const kinds = arg('db', 'sqlite') === 'all' ? (['sqlite', 'postgres'] as const) : [arg('db', 'sqlite') as 'sqlite' | 'postgres'];
  for (const kind of kinds) {
    const out = await benchRectify({ db: kind, orgs: Number(arg('orgs', '10000')), measures: Number(arg('measures', '100000')), durationSec: Number(arg('duration', '10')) });
    process.stdout.write(out.join('\n') + '\n');
  }
}

