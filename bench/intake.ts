import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createReadPool } from '../src/db/read-pool.js';
import { buildApp } from '../src/http/app.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createCampaign } from '../src/modules/campaigns/commands.js';
import { createGatewayKey } from '../src/modules/opinions/gateway-routes.js';
import { applyOpinionImport, planOpinionImport } from '../src/modules/opinions/import.js';
import { insertTree } from '../src/demo/seed.js';
import { cityTree } from '../src/demo/city.js';
import { LoopMonitor } from './eld.js';
import { progress } from './stats.js';

// Intake: durable submissions through the portal form and the signed gateway webhook at 50 and
// 200 connections (autocannon in a child process), beside the same server's empty route; then
// the import rate of a 100,000-row xlsx. SQLite with synchronous=FULL: each 2xx is on disk.

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'intake-child.ts');

interface Run { mode: string; connections: number; cpuUsPerRequest: number; requestsPerSec: number; total: number; ok2xx: number; non2xx: number; errors: number; timeouts: number; latency: { p50: number; p99: number }; loop: { p99: number; max: number } }

function load(job: Record<string, unknown>): Promise<Omit<Run, 'loop' | 'mode' | 'connections'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load child exited ${code}`))));
  });
}

export async function benchIntake(opts: { durationSec: number; importRows: number }): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-intake-'));
  const open = openDatabase({ sqliteFile: path.join(dir, 'intake.sqlite') });
  const pool = createReadPool(open);
  try {
    await migrateToLatest(open.db);
    const rows = await insertTree(open.db, cityTree());
    const root = rows[0];
    const unit = rows.find((r) => r.type === 'township')!;
    const campaign = await createCampaign(open.db, SYSTEM_ACTOR, { orgId: root.id, name: '基准活动', batch: 2, startsOn: '2026-01-01', endsOn: '2030-12-31' });
    const key = await createGatewayKey(open.db, campaign.id, 'bench');
    const config = { ...loadConfig({}), portalSubmitLimit: 1_000_000_000 };
    const app = await buildApp({ db: open.db, dbKind: open.kind, pool, config }, { logger: false, webDir: path.join(dir, 'no-web') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const runs: Run[] = [];
    try {
      for (const connections of [50, 200]) {
        for (const mode of ['empty', 'web', 'gateway'] as const) {
          progress(`  intake ${mode} × ${connections} connections, ${opts.durationSec}s`);
          const monitor = new LoopMonitor();
          monitor.start();
          const cpu0 = process.cpuUsage();
          const r = await load({ mode, origin, connections, durationSec: opts.durationSec, campaignId: campaign.id, orgId: unit.id, keyId: key.id, secret: key.secret, tag: `${mode}${connections}` });
          const loop = monitor.stop();
          // The server's own CPU per answered request (all its threads: argon2 runs in the pool):
          // what the route costs, whatever else the machine is doing.
          const cpu = process.cpuUsage(cpu0);
          runs.push({ mode, connections, ...r, cpuUsPerRequest: (cpu.user + cpu.system) / Math.max(1, r.total), loop: { p99: loop.p99, max: loop.max } });
          progress(`  intake ${mode} × ${connections}: ${Math.round(r.requestsPerSec)}/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
        }
      }
    } finally {
      await app.close();
    }
    // Every acknowledged submission is in the database, once.
    const stored = Number((await open.db.selectFrom('opinions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const acknowledged = runs.filter((r) => r.mode !== 'empty').reduce((a, r) => a + r.ok2xx, 0);

    progress(`  intake: writing a ${opts.importRows}-row xlsx`);
    const file = path.join(dir, 'opinions.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('意见');
    ws.addRow(['单位编码', '渠道', '意见内容', '评议对象', '对象名称', '匿名', '姓名', '手机', '邮箱', '收到日期']).commit();
    const units = rows.filter((r) => r.type === 'village');
    for (let i = 0; i < opts.importRows; i++) {
      ws.addRow([units[i % units.length].code, i % 2 ? '意见箱' : '来信', `导入意见第 ${i} 条：会议太多，检查太多，基层负担重。`, '单位', '', '是', '', '', '', '2014-03-05']).commit();
    }
    await wb.commit();
    const data = fs.readFileSync(file);
    const t0 = performance.now();
    const plan = await planOpinionImport(open.db, campaign, 'opinions.xlsx', data, () => true, SYSTEM_ACTOR);
    const t1 = performance.now();
    const created = await applyOpinionImport(open.db, SYSTEM_ACTOR, campaign, plan, 'opinions.xlsx');
    const t2 = performance.now();

    const empty = (c: number) => runs.find((r) => r.mode === 'empty' && r.connections === c)!.requestsPerSec;
    const lines = [
      '',
      `Intake — SQLite (synchronous=FULL), ${opts.durationSec} s per run, autocannon in a child process; ratio = submissions/s ÷ the same server's empty route (goal ≥ 0.5)`,
      '| route | connections | req/s | ratio | p50 ms | p99 ms | server CPU µs/req | 2xx | non-2xx/err/timeout | loop p99/max ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...runs.map((r) => `| ${r.mode === 'empty' ? 'GET /api/ping (empty)' : r.mode === 'web' ? 'POST /api/portal/opinions' : 'POST /api/gateway/opinions (HMAC)'} | ${r.connections} | ${Math.round(r.requestsPerSec).toLocaleString('en')} | ${(r.requestsPerSec / empty(r.connections)).toFixed(2)}${r.mode === 'empty' ? '' : r.requestsPerSec / empty(r.connections) >= 0.5 ? ' ✓' : ' ✗'} | ${r.latency.p50} | ${r.latency.p99} | ${Math.round(r.cpuUsPerRequest)} | ${r.ok2xx} | ${r.non2xx}/${r.errors}/${r.timeouts} | ${r.loop.p99.toFixed(1)}/${r.loop.max.toFixed(1)} |`),
      // Requests still in flight when a run's time is up are stored but not counted as answered.
      `acknowledged submissions ${acknowledged.toLocaleString('en')}, rows stored ${stored.toLocaleString('en')} (${stored >= acknowledged ? 'none lost ✓' : 'LOST ✗'})`,
      `opinion import of a ${opts.importRows.toLocaleString('en')}-row xlsx: parse+check ${((t1 - t0) / 1000).toFixed(1)} s, write ${((t2 - t1) / 1000).toFixed(1)} s, ${Math.round(created / ((t2 - t0) / 1000)).toLocaleString('en')} rows/s (${created.toLocaleString('en')} rows, ${(data.length / 1048576).toFixed(1)} MB)`,
    ];
    return lines.join('\n');
  } finally {
    await pool.close();
    await open.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
