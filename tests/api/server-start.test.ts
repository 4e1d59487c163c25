import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.js';
import { openDatabase } from '../../src/db/database.js';
import { RUN_STALE_AFTER_MS } from '../../src/modules/triage/runs.js';
import { freshDatabase, pgUrl } from '../support/databases.js';

// What a restart does to the work a stopped process left: a backlog run it was executing cannot finish, and the
// campaign's one run (migration 0009) must not stay taken by it.
describe('server start-up', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-start-'));
  const file = path.join(dir, 'massline.sqlite');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('marks a run left running by a stopped process failed, so the campaign can run again', async () => {
    const first = await startServer({ sqliteFile: file, port: 0, logLevel: 'silent', webDir: dir });
    await first.close();
    const { db, close } = openDatabase({ sqliteFile: file });
    // (its heartbeat fresh: on the embedded database no other process can be executing it)
    const now = new Date().toISOString();
    const row = { region_id: 'rgnstartup', campaign_id: 'cmpstartup', total: 10, done: 3, failed: 0, errors: null, started_by: 'system', started_at: now, finished_at: null, heartbeat_at: now };
    await db.insertInto('triage_runs').values([{ ...row, id: 'runleftrun', status: 'running' }, { ...row, id: 'rundonerun', status: 'done' }]).execute();
    await close();

    const second = await startServer({ sqliteFile: file, port: 0, logLevel: 'silent', webDir: dir });
    await second.close();
    const again = openDatabase({ sqliteFile: file });
    const runs = await again.db.selectFrom('triage_runs').select(['id', 'status', 'done', 'finished_at']).orderBy('id').execute();
    await again.close();
    expect(runs).toMatchObject([{ id: 'rundonerun', status: 'done' }, { id: 'runleftrun', status: 'failed', done: 3 }]);
    expect(runs[1].finished_at).not.toBeNull();
  });
});

// PostgreSQL may be shared by several processes: a start-up fails the runs whose heartbeat is stale (their process
// stopped), not those another live process is executing — nor waits an hour for the first.
describe.skipIf(!pgUrl)('server start-up on PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-start-pg-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('marks a run whose heartbeat is stale failed, and leaves one whose heartbeat is fresh running', async () => {
    const d = await freshDatabase('postgres');
    try {
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(d.db)).rows[0].s;
      const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
      const row = { region_id: 'rgnstartup', total: 10, done: 3, failed: 0, errors: null, started_by: 'system', started_at: ago(5 * 60_000), finished_at: null, status: 'running' };
      await d.db.insertInto('triage_runs').values([
        { ...row, id: 'runstopped', campaign_id: 'cmpstopped', heartbeat_at: ago(RUN_STALE_AFTER_MS + 30_000) },
        { ...row, id: 'runrunning', campaign_id: 'cmprunning', heartbeat_at: ago(5_000) },
      ]).execute();
      // (Kysely's migrator reads every schema's catalog: another test file's schema dropped meanwhile fails it; see databases.ts.)
      const start = async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await startServer({ databaseUrl: pgUrl, pgSchema: schema, port: 0, logLevel: 'silent', webDir: dir });
          } catch (err) {
            if (attempt >= 3 || !['42703', '42P01', '3F000'].includes((err as { code?: string }).code ?? '')) throw err;
          }
        }
      };
      await (await start()).close();
      const runs = await d.db.selectFrom('triage_runs').select(['id', 'status', 'done', 'finished_at', 'errors']).orderBy('id').execute();
      expect(runs).toMatchObject([
        { id: 'runrunning', status: 'running', finished_at: null },
        { id: 'runstopped', status: 'failed', done: 3, errors: JSON.stringify([{ id: '', message: 'interrupted: the server stopped during the run' }]) },
      ]);
      expect(runs[1].finished_at).not.toBeNull();
    } finally {
      await d.drop();
    }
  });
});
