import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { seedDemo } from '../../src/demo/seed.js';
import { seedRectifyDemo } from '../../src/modules/rectify/demo.js';
import { verifyDisclosureChain } from '../../src/modules/rectify/disclosure.js';

// The demo's rectification runs over the demo city (for src/demo/seed.ts to call).
describe.each(databaseKinds)('the rectify demo (%s)', (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await freshDatabase(kind);
  });
  afterAll(async () => d.drop());

  it('seeds problems from opinions, measures at every stage, a drive, rules, commitments and a published version', async () => {
    await seedDemo(d.db);
    const campaign = await d.db.selectFrom('campaigns').selectAll().executeTakeFirstOrThrow();
    const r = await seedRectifyDemo(d.db, campaign);
    expect(r).toMatchObject({ problems: 4, measures: 7 });
    const statuses = (await d.db.selectFrom('rectify_measures').select('status').execute()).map((m) => m.status).sort();
    expect(new Set(statuses)).toEqual(new Set(['verified', 'overdue', 'in_progress', 'not_started']));
    const accepted = await d.db.selectFrom('rectify_problem_opinions').select('opinion_id').execute();
    expect(accepted.length).toBeGreaterThan(0);
    const problem = await d.db.selectFrom('rectify_problems').selectAll().where('id', '=', r.disclosedProblemId).executeTakeFirstOrThrow();
    expect(await verifyDisclosureChain(d.db, problem)).toEqual({ ok: true, versions: 1 });
  });
});
