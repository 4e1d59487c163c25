import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { createReadPool } from '../../src/db/read-pool.js';
import { freshDatabase, type TestDatabase } from '../support/databases.js';

// The console is served from a build folder: client routes get index.html, a missing asset is
// a 404 (not index.html with a wrong type), and a rebuilt file is served without a restart.
describe('serving the console', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-web-'));
  let d: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Massline</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'a.js'), 'console.log(1)');
    d = await freshDatabase('sqlite');
    app = await buildApp({ db: d.db, dbKind: d.kind, pool: createReadPool(d), config: loadConfig() }, { logger: false, webDir });
  });
  afterAll(async () => {
    await app.close();
    await d.drop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves files, client routes and 404s', async () => {
    expect((await app.inject('/assets/a.js')).statusCode).toBe(200);
    const route = await app.inject('/campaigns/abc');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Massline</title>');
    expect((await app.inject('/assets/gone-1234.js')).statusCode).toBe(404);
    const api = await app.inject('/api/nope');
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('request.not_found');
  });

  it('serves a file added after start', async () => {
    fs.writeFileSync(path.join(webDir, 'assets', 'b.js'), 'console.log(2)');
    expect((await app.inject('/assets/b.js')).statusCode).toBe(200);
  });
});
