import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, type SmallTree } from '../support/factories.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { submitOpinion } from '../../src/modules/opinions/commands.js';
import { moveOrg, PLACED_ROWS } from '../../src/modules/organizations/commands.js';

// A subtree that moves takes every row placed in it along: each table with a hierarchy path
// column must be listed in PLACED_ROWS, or a moved unit's opinions, problems and figures would
// silently stay under the old parent (wrong reach, wrong roll-ups).

describe('rows placed in the hierarchy', () => {
  let d: TestDatabase;
  let t: SmallTree;
  beforeAll(async () => {
    d = await freshDatabase('sqlite');
    t = await smallTree(d.db);
  });
  afterAll(async () => {
    await d.drop();
  });

  it('every path column of every table is rewritten by a move (except the hash-chained audit log)', async () => {
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(d.db)).rows.map((r) => r.name);
    const pathColumns: string[] = [];
    for (const table of tables) {
      const cols = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(d.db)).rows.map((r) => r.name);
      for (const c of cols) if (/(^|_)path$/.test(c)) pathColumns.push(`${table}.${c}`);
    }
    const covered = new Set(PLACED_ROWS.map(([table, column]) => `${table}.${column}`));
    const missing = pathColumns.filter((c) => c !== 'organizations.path' && c !== 'audit_log.org_path' && !covered.has(c));
    expect(missing).toEqual([]);
    expect(pathColumns.length).toBeGreaterThan(10);
  });

  it("moves a township's opinions with it", async () => {
    const campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.city.id, name: '移动测试', batch: 2, startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const { opinion } = await submitOpinion(d.db, { campaignId: campaign.id, orgId: t.villageA.id, channel: 'web', body: '村里的路坏了很久没人修。', targetKind: 'unit', anonymous: true });
    await moveOrg(d.db, SYSTEM_ACTOR, t.townA.id, t.countyB.id);
    const village = await d.db.selectFrom('organizations').select('path').where('id', '=', t.villageA.id).executeTakeFirstOrThrow();
    const row = await d.db.selectFrom('opinions').select('org_path').where('id', '=', opinion.id).executeTakeFirstOrThrow();
    expect(row.org_path).toBe(village.path);
    expect(row.org_path.startsWith((await d.db.selectFrom('organizations').select('path').where('id', '=', t.countyB.id).executeTakeFirstOrThrow()).path)).toBe(true);
  });
});
