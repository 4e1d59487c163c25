import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The `massline` command as an operator uses it: one server per data directory, online backup,
// restore refused while serving, import from a file, and audit verification that names the
// first tampered row.

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-cli-'));
const env = { ...process.env, MASSLINE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: root, env: { ...env, ...extraEnv } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function serve(port: number): Promise<{ child: ChildProcess; out: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--demo'], { cwd: root, env: { ...env, PORT: String(port), HOST: '127.0.0.1' } });
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 90_000);
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('party_member')) {
        clearTimeout(timer);
        resolve({ child, out: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('massline CLI', () => {
  let server: { child: ChildProcess; out: () => string };
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    server = await serve(port);
  });
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo and prints working logins', async () => {
    expect(server.out()).toMatch(/campaign_office\s+office\s+Massline2026/);
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'office', password: 'Massline2026' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { orgName: string } };
    expect(body.user.orgName).toBe('江州市委');
  });

  it('refuses a second server on the same data directory with a clear message', async () => {
    const second = await cli(['serve'], { PORT: String(await freePort()) });
    expect(second.code).toBe(3);
    expect(second.out).toContain('已被另一个 Massline 进程');
    expect(second.out).toContain(String(server.child.pid));
  });

  it('backs up online, refuses to restore while serving, restores after stop', async () => {
    const backup = path.join(dataDir, 'backup.sqlite');
    const b = await cli(['backup', backup]);
    expect(b.code).toBe(0);
    const copy = new SqliteDatabase(backup, { readonly: true });
    expect((copy.prepare('select count(*) n from organizations').get() as { n: number }).n).toBeGreaterThan(1900);
    copy.close();

    const refused = await cli(['restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('服务正在运行');

    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    // A change after the backup, which the restore must undo.
    const live = new SqliteDatabase(path.join(dataDir, 'massline.sqlite'));
    live.prepare("update organizations set name = '改过的名字' where code = 'JZ'").run();
    live.close();
    const restored = await cli(['restore', backup]);
    expect(restored.code).toBe(0);
    const after = new SqliteDatabase(path.join(dataDir, 'massline.sqlite'), { readonly: true });
    expect((after.prepare("select name from organizations where code = 'JZ'").get() as { name: string }).name).toBe('江州市委');
    after.close();

    const notBackup = path.join(dataDir, 'junk.sqlite');
    fs.writeFileSync(notBackup, 'junk');
    expect((await cli(['restore', notBackup])).code).toBe(1);
  });

  it('imports organizations from a file and reports bad rows in Chinese', async () => {
    const good = path.join(dataDir, 'orgs.csv');
    fs.writeFileSync(good, '编码,名称,上级编码,类型\nCLI-1,新区委,JZ,党委\nCLI-2,新街道,CLI-1,街道\n');
    const ok = await cli(['org', 'import', good]);
    expect(ok.out).toContain('已导入 2 个组织');
    expect(ok.code).toBe(0);
    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(bad, '编码,名称,上级编码,类型\nCLI-3,,JZ,党委\n');
    const refused = await cli(['org', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('第 2 行：「名称」不能为空');
  });

  it('verifies the audit chain and names the first tampered row', async () => {
    const ok = await cli(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('审计链完整');
    const db = new SqliteDatabase(path.join(dataDir, 'massline.sqlite'));
    db.prepare("update audit_log set actor_name = 'someone else' where seq = 3").run();
    db.close();
    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(2);
    expect(broken.out).toMatch(/第 3 条/);
  });
});
