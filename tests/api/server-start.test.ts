import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.js';
import { openDatabase } from '../../src/db/database.js';

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
    const row = { region_id: 'rgnstartup', campaign_id: 'cmpstartup', total: 10, done: 3, failed: 0, errors: null, started_by: 'system', started_at: new Date().toISOString(), finished_at: null };
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
