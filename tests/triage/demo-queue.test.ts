import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { seedDemo } from '../../src/demo/seed.js';

// The demo campaign as the office first sees its triage queue: work waiting, and nothing shown as
// decided that nobody triaged.
describe.each(databaseKinds)('the demo triage queue (%s)', (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await freshDatabase(kind);
  });
  afterAll(async () => d.drop());

  it('has opinions waiting, none with a category, and triaged ones that say who triaged them', async () => {
    await seedDemo(d.db);
    const rows = await d.db.selectFrom('opinions').select(['status', 'category', 'triaged_by', 'triaged_at', 'suggested_category']).execute();
    const waiting = rows.filter((r) => r.status === 'received');
    expect(waiting.length).toBeGreaterThanOrEqual(10);
    expect(waiting.filter((r) => r.category !== null)).toEqual([]);
    expect(waiting.every((r) => r.suggested_category)).toBe(true);
    const triaged = rows.filter((r) => r.status === 'triaged');
    expect(triaged.length).toBeGreaterThanOrEqual(20);
    for (const r of triaged) expect([r.category, r.triaged_by, r.triaged_at].every(Boolean)).toBe(true);
  });
});
