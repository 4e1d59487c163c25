import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { createGatewayKey, signGatewayRequest } from '../../src/modules/opinions/gateway-routes.js';
import { smallTree } from '../support/factories.js';

// Kill -9 the server in the middle of a load of submissions (portal form and signed gateway
// deliveries). After a restart, every submission that was acknowledged is stored exactly once;
// gateway deliveries that were not acknowledged can be retried and still land once.

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-kill-'));
const env = { ...process.env, MASSLINE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', MASSLINE_PORTAL_LIMIT: '100000', HOST: '127.0.0.1' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function serve(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve'], { cwd: root, env: { ...env, PORT: String(port) } });
    let out = '';
    const onData = (b: Buffer) => {
      out += b;
      if (out.includes('started')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('durability of intake under kill -9', () => {
  let campaignId: string;
  let orgId: string;
  let key: { id: string; secret: string };
  beforeAll(async () => {
    const open = openDatabase({ sqliteFile: path.join(dataDir, 'massline.sqlite') });
    await migrateToLatest(open.db);
    const t = await smallTree(open.db, 'KILL');
    campaignId = (await createCampaign(open.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '活动', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
    orgId = t.townA.id;
    key = await createGatewayKey(open.db, campaignId, '短信平台');
    await open.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged submission exactly once', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const server = await serve(port);
    const base = `http://127.0.0.1:${port}`;
    const acked = new Set<string>();
    const gatewaySent: string[] = [];
    let stop = false;

    const gateway = (n: number) => {
      const body = JSON.stringify({ idempotencyKey: `kill-${n}`, channel: 'sms', body: `短信意见 kill-${n}` });
      const ts = Math.floor(Date.now() / 1000);
      return fetch(`${base}/api/gateway/opinions`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-massline-key': key.id, 'x-massline-timestamp': String(ts), 'x-massline-signature': signGatewayRequest(key.secret, ts, body) } });
    };
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const n = w * 100000 + i;
        try {
          if (i % 2 === 0) {
            const res = await fetch(`${base}/api/portal/opinions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ campaignId, orgId, body: `网上意见 web-${n}`, targetKind: 'unit', anonymous: true }) });
            if (res.status === 201) acked.add(`网上意见 web-${n}`);
          } else {
            gatewaySent.push(`kill-${n}`);
            const res = await gateway(n);
            if (res.status === 201 || res.status === 200) acked.add(`短信意见 kill-${n}`);
          }
        } catch {
          // the server died under this request: not acknowledged
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    // Kill after 1.5 s of load, or later on a slow machine: the check below needs more than 50
    // acknowledged submissions, and a busy CI machine once acknowledged 49 in 1.5 s.
    const started = Date.now();
    while ((Date.now() - started < 1500 || acked.size <= 60) && Date.now() - started < 30_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exited;
    expect(acked.size).toBeGreaterThan(50);

    // Restart on the same data directory (the dead server's lock is stale and taken over).
    const again = await serve(port);
    try {
      const open = openDatabase({ sqliteFile: path.join(dataDir, 'massline.sqlite') });
      const rows = await open.db.selectFrom('opinions').select('body').execute();
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r.body, (counts.get(r.body) ?? 0) + 1);
      const lost = [...acked].filter((b) => counts.get(b) !== 1);
      expect(lost).toEqual([]);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);

      // Retrying every gateway delivery (acknowledged or not) leaves each stored once.
      for (const k of gatewaySent.slice(0, 200)) {
        const n = Number(k.slice(5));
        const res = await gateway(n);
        expect([200, 201]).toContain(res.status);
      }
      const after = await open.db.selectFrom('opinions').select(['external_key']).where('external_key', 'is not', null).execute();
      const keys = after.map((r) => r.external_key);
      expect(new Set(keys).size).toBe(keys.length);
      await open.close();
    } finally {
      const done = new Promise((r) => again.once('exit', r));
      again.kill('SIGTERM');
      await done;
    }
  });
});
