import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { sql } from 'kysely';
import { moveOrg, newOrgRow } from '../../src/modules/organizations/commands.js';
import { getOrg } from '../../src/modules/organizations/queries.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { POLL_MS } from '../../src/modules/organizations/tree-cache.js';

// The server keeps the hierarchy it has read in memory. A change made through this server must
// show on the very next request; one made by another process on the same database within the
// version poll (POLL_MS).
describe.each(databaseKinds)('the tree cache on %s', (kind) => {
  let d: TestDatabase;
  let other: OpenDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let cookie: string;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    other = d.reopen();
    h = await appFor(d);
    t = await smallTree(d.db);
    await userWithRole(d.db, 'campaign_office', t.city, { username: 'office.cache' });
    cookie = await loginAs(h.app, 'office.cache', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await other.close();
    await d.drop();
  });

  const children = async (id: string) => (await h.app.inject({ url: `/api/orgs/${id}/children`, headers: { cookie } })).json().items.map((o: { name: string }) => o.name);
  const detail = async (id: string) => (await h.app.inject({ url: `/api/orgs/${id}`, headers: { cookie } })).json();

  it('shows a write made through this server at once', async () => {
    expect(await children(t.city.id)).toEqual(['东城区委', '西湖区委']);
    expect((await detail(t.city.id)).subtreeCount).toBe(7);
    const res = await h.app.inject({ method: 'POST', url: '/api/orgs', headers: { cookie }, payload: { parentId: t.city.id, code: `${t.city.code}-N`, name: '北塘区委', type: 'party_committee' } });
    expect(res.statusCode).toBe(201);
    expect(await children(t.city.id)).toHaveLength(3);
    expect((await detail(t.city.id)).subtreeCount).toBe(8);
  });

  it('shows a write made by another process within the version poll', async () => {
    const before = await children(t.countyB.id);
    // What another process does: insert the row and bump the version, in its own transaction.
    // (Not through createOrg here: that would also advance this process's local epoch.)
    const countyB = await getOrg(other.db, t.countyB.id);
    await other.db.transaction().execute(async (trx) => {
      await trx.insertInto('organizations').values(newOrgRow({ parentId: countyB.id, code: `${t.city.code}-B2`, name: '观前街道', type: 'township' }, countyB, new Date().toISOString())).execute();
      await sql`update settings set value = cast(cast(value as integer) + 1 as text) where key = 'tree_version'`.execute(trx);
    });
    await new Promise((r) => setTimeout(r, POLL_MS * 3));
    expect(await children(t.countyB.id)).toEqual([...before, '观前街道'].sort(new Intl.Collator('zh-CN').compare));
    expect((await detail(t.countyB.id)).subtreeCount).toBe(4);
  });

  it('shows a move made through the commands at once, ancestors and counts included', async () => {
    await moveOrg(other.db, SYSTEM_ACTOR, t.townA.id, t.countyB.id);
    expect(await children(t.countyA.id)).not.toContain('平江街道');
    expect(await children(t.countyB.id)).toContain('平江街道');
    expect((await detail(t.villageA.id)).ancestors.map((a: { name: string }) => a.name)).toEqual(['江州市委', '西湖区委', '平江街道', '桃花社区']);
    expect((await detail(t.countyA.id)).subtreeCount).toBe(1);
  });
});
