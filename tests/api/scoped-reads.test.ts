import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, type AppHandle } from '../support/app.js';
import { SYSTEM_ACTOR } from '../../src/modules/audit/trail.js';
import { createCampaign } from '../../src/modules/campaigns/commands.js';
import { createUser } from '../../src/modules/people/commands.js';

// Reads that must stay inside the caller's part of the hierarchy, and searches that must
// treat the user's text literally.
describe.each(databaseKinds)('scoped reads on %s', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let t: SmallTree;
  let office: string;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    t = await smallTree(d.db);
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.a' });
    office = await loginAs(h.app, 'office.a', TEST_PASSWORD);
  });
  afterAll(async () => {
    await h.close();
    await d.drop();
  });

  it('shows an office the audit entries of its own subtree, not of others', async () => {
    const campA = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyA.id, name: '东城区活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-06-30' });
    const campB = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyB.id, name: '西湖区活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-06-30' });
    const patch = await h.app.inject({ method: 'PATCH', url: `/api/campaigns/${campA.id}`, headers: { cookie: office }, payload: { name: '东城区第二批活动' } });
    expect(patch.statusCode).toBe(200);
    const add = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campA.id}/actions`, headers: { cookie: office }, payload: { phase: 'listen', title: '走访' } });
    expect(add.statusCode).toBe(201);
    const res = await h.app.inject({ method: 'GET', url: '/api/audit?limit=200', headers: { cookie: office } });
    const items = res.json().items as { action: string; targetId: string }[];
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['campaign.update', 'campaign.action.add', 'campaign.create']));
    expect(items.some((i) => i.targetId === campB.id)).toBe(false);
  });

  it('searches users literally: _ and % are not wildcards', async () => {
    await createUser(d.db, SYSTEM_ACTOR, { username: 'zhang_san', name: '张三', orgId: t.villageA.id, password: TEST_PASSWORD });
    await createUser(d.db, SYSTEM_ACTOR, { username: 'zhangxsan', name: '张叁', orgId: t.villageA.id, password: TEST_PASSWORD });
    const res = await h.app.inject({ method: 'GET', url: '/api/users?q=zhang_san', headers: { cookie: office } });
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(['zhang_san']);
    const pct = await h.app.inject({ method: 'GET', url: '/api/users?q=%25', headers: { cookie: office } });
    expect(pct.json().total).toBe(0);
  });

  it('refuses a supervision group in a campaign the caller cannot see', async () => {
    const campB = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: t.countyB.id, name: '西湖区活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-06-30' });
    const res = await h.app.inject({ method: 'POST', url: `/api/campaigns/${campB.id}/supervision-groups`, headers: { cookie: office }, payload: { name: '越权督导组', orgId: t.countyA.id, unitIds: [t.townA.id] } });
    expect(res.statusCode).toBe(403);
    expect(await d.db.selectFrom('supervision_groups').select('id').where('campaign_id', '=', campB.id).execute()).toEqual([]);
  });
});
