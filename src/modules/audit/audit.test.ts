import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree } from '../../../tests/support/factories.js';
import { updateOrg } from '../organizations/commands.js';
import { SYSTEM_ACTOR, recordAudit, verifyAudit } from './trail.js';

describe.each(databaseKinds)('audit trail on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  it('records actor, action, target, before and after of a write', async () => {
    const tree = await smallTree(t.db);
    await updateOrg(t.db, { userId: 'u000000001', name: '王活动' }, tree.townA.id, { name: '平江街道党工委' });
    const row = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.update').where('target_id', '=', tree.townA.id).executeTakeFirstOrThrow();
    expect(row.actor_name).toBe('王活动');
    expect(row.actor_id).toBe('u000000001');
    expect(JSON.parse(row.before_json!).name).toBe('平江街道');
    expect(JSON.parse(row.after_json!).name).toBe('平江街道党工委');
    expect(row.org_path).toBe(tree.townA.path);
  });

  it('chains rows so that an edit, a deletion or a forged head is found at the first bad row', async () => {
    const tree = await smallTree(t.db);
    for (let i = 0; i < 5; i++) await recordAudit(t.db, SYSTEM_ACTOR, { regionId: tree.city.region_id, action: 'test.write', targetType: 'test', targetId: String(i), after: { i } });
    expect((await verifyAudit(t.db)).ok).toBe(true);
    const rows = await t.db.selectFrom('audit_log').select(['seq', 'after_json']).where('region_id', '=', tree.city.region_id).orderBy('seq').execute();
    const victim = rows[rows.length - 3];

    // Someone edits a past entry in the database directly.
    await t.db.updateTable('audit_log').set({ after_json: '{"i":99}' }).where('region_id', '=', tree.city.region_id).where('seq', '=', victim.seq).execute();
    let result = await verifyAudit(t.db);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ regionId: tree.city.region_id, seq: victim.seq, reason: 'content does not match its hash' });
    await t.db.updateTable('audit_log').set({ after_json: victim.after_json }).where('region_id', '=', tree.city.region_id).where('seq', '=', victim.seq).execute();
    expect((await verifyAudit(t.db)).ok).toBe(true);

    // Someone deletes an entry.
    const saved = await t.db.selectFrom('audit_log').selectAll().where('region_id', '=', tree.city.region_id).where('seq', '=', victim.seq).executeTakeFirstOrThrow();
    await t.db.deleteFrom('audit_log').where('region_id', '=', tree.city.region_id).where('seq', '=', victim.seq).execute();
    result = await verifyAudit(t.db);
    expect(result.firstBad).toMatchObject({ seq: victim.seq });
    await t.db.insertInto('audit_log').values(saved).execute();

    // Someone deletes the newest entries and rewinds nothing else.
    const last = rows[rows.length - 1];
    await t.db.deleteFrom('audit_log').where('region_id', '=', tree.city.region_id).where('seq', '=', last.seq).execute();
    result = await verifyAudit(t.db);
    expect(result.firstBad).toMatchObject({ seq: last.seq });
  });

  it('numbers entries without gaps under concurrent writers, the region\'s first entry included', async () => {
    const region = 'concurrent' + kind;
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.db.transaction().execute((trx) => recordAudit(trx, SYSTEM_ACTOR, { regionId: region, action: 'test.concurrent', targetType: 'test', targetId: String(i) }))));
    const seqs = (await t.db.selectFrom('audit_log').select('seq').where('region_id', '=', region).orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });
});
