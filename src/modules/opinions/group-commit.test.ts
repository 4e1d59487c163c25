import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { GroupCommitter } from './group-commit.js';

describe.each(databaseKinds)('group commit on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  it('shares transactions between concurrent writes, and one failure fails only its own write', async () => {
    const committer = new GroupCommitter(t.db);
    let transactions = 0;
    const seen = new Set<unknown>();
    const writes = Array.from({ length: 60 }, (_, i) =>
      committer.run(async (trx) => {
        if (!seen.has(trx)) {
          seen.add(trx);
          transactions++;
        }
        if (i === 17) throw new Error('bad item');
        await trx.insertInto('settings').values({ key: `gc-${kind}-${i}`, value: String(i) }).execute();
        return i;
      }),
    );
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(['bad item']);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(59);
    const stored = await t.db.selectFrom('settings').select('key').where('key', 'like', `gc-${kind}-%`).execute();
    expect(stored).toHaveLength(59);
    // Far fewer transactions than writes when nothing fails… and the failing batch was retried one by one.
    const quiet = new GroupCommitter(t.db);
    let quietTransactions = 0;
    const seen2 = new Set<unknown>();
    await Promise.all(Array.from({ length: 60 }, (_, i) => quiet.run(async (trx) => {
      if (!seen2.has(trx)) {
        seen2.add(trx);
        quietTransactions++;
      }
      await trx.insertInto('settings').values({ key: `gc2-${kind}-${i}`, value: '1' }).execute();
    })));
    expect(quietTransactions).toBeLessThanOrEqual(2);
    expect(transactions).toBeGreaterThan(quietTransactions);
  });
});
