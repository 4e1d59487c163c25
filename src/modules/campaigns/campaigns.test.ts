import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree, type SmallTree } from '../../../tests/support/factories.js';
import { createReadPool, type ReadPool } from '../../db/read-pool.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { moveOrg, setOrgActive } from '../organizations/commands.js';
import { getOrg } from '../organizations/queries.js';
import { addAction, createCampaign, removeAction, setExclusions, setUnitItem, updateCampaign } from './commands.js';
import { progressMatrix } from './matrix.js';
import { defaultPhaseDates, PLAN_TEMPLATE } from './plan-template.js';

describe('plan template', () => {
  it('splits campaign dates into three consecutive phases', () => {
    const p = defaultPhaseDates('2014-01-20', '2014-09-30');
    expect(p.map((x) => x.phase)).toEqual(['listen', 'examine', 'rectify']);
    expect(p[0].startsOn).toBe('2014-01-20');
    expect(p[2].endsOn).toBe('2014-09-30');
    for (let i = 1; i < 3; i++) expect(p[i].startsOn > p[i - 1].endsOn).toBe(true);
  });
  it('holds the required actions the seed reports name', () => {
    const titles = PLAN_TEMPLATE.filter((a) => a.required).map((a) => a.title).join('|');
    for (const word of ['征求意见', '民主生活会', '对照检查', '整改任务书', '建章立制', '民主评议']) expect(titles).toContain(word);
  });
});

describe.each(databaseKinds)('campaigns on %s', (kind) => {
  let t: TestDatabase;
  let pool: ReadPool;
  beforeAll(async () => {
    t = await freshDatabase(kind);
    pool = createReadPool(t);
  });
  afterAll(async () => {
    await pool.close();
    await t.drop();
  });

  async function setup() {
    const tree = await smallTree(t.db);
    const campaign = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: '第二批教育实践活动', batch: 2, startsOn: '2014-01-20', endsOn: '2014-09-30' });
    const actions = await t.db.selectFrom('campaign_actions').selectAll().where('campaign_id', '=', campaign.id).orderBy('phase').orderBy('position').execute();
    return { tree, campaign, actions };
  }

  const matrixOf = async (tree: SmallTree, campaign: Awaited<ReturnType<typeof setup>>['campaign'], orgId: string, actions: { id: string }[]) =>
    progressMatrix(t.db, pool, campaign, await getOrg(t.db, orgId), actions);

  it('creates phases and the template plan', async () => {
    const { campaign, actions } = await setup();
    expect(actions).toHaveLength(PLAN_TEMPLATE.length);
    const phases = await t.db.selectFrom('campaign_phases').selectAll().where('campaign_id', '=', campaign.id).orderBy('position').execute();
    expect(phases.map((p) => p.phase)).toEqual(['listen', 'examine', 'rectify']);
  });

  it('rolls progress up the hierarchy: subtree rows, percentages and totals', async () => {
    const { tree, campaign, actions } = await setup();
    const [a1, a2] = actions;
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageA.id, a1.id, { status: 'done', note: '已召开' });
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.townA.id, a1.id, { status: 'in_progress' });
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageB.id, a1.id, { status: 'done' });
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.city.id, a2.id, { status: 'done' });

    const m = await matrixOf(tree, campaign, tree.city.id, [a1, a2]);
    // The city itself, then its two counties.
    expect(m.rows.map((r) => [r.org.name, r.units])).toEqual([['江州市委', 1], ['东城区委', 3], ['西湖区委', 3]]);
    const countyA = m.rows[1];
    expect(countyA.cells[0]).toEqual({ actionId: a1.id, done: 1, inProgress: 1, total: 3, percent: 33.3 });
    expect(m.rows[0].cells[1]).toMatchObject({ done: 1, total: 1, percent: 100 });
    expect(m.totals[0]).toEqual({ actionId: a1.id, done: 2, inProgress: 1, total: 7, percent: 28.6 });

    // Drilling down to a township: its own row and its village.
    const town = await matrixOf(tree, campaign, tree.townA.id, [a1]);
    expect(town.rows.map((r) => [r.org.name, r.units, r.cells[0].done])).toEqual([['平江街道', 1, 0], ['桃花社区', 1, 1]]);

    // Updating an item replaces it rather than adding a second one.
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageA.id, a1.id, { status: 'in_progress' });
    expect((await matrixOf(tree, campaign, tree.city.id, [a1])).totals[0]).toMatchObject({ done: 1, inProgress: 2 });
  });

  it('leaves excluded and deactivated units out of the roll-up', async () => {
    const tree = await smallTree(t.db);
    const campaign = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: '排除测试', batch: 1, startsOn: '2014-01-01', endsOn: '2014-06-30', excludedOrgIds: [tree.townB.id] });
    const [a1] = await t.db.selectFrom('campaign_actions').selectAll().where('campaign_id', '=', campaign.id).orderBy('position').limit(1).execute();
    await expect(setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageB.id, a1.id, { status: 'done' })).rejects.toMatchObject({ code: 'campaign.unit_not_participating' });
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageA.id, a1.id, { status: 'done' });
    let m = await progressMatrix(t.db, pool, campaign, tree.city, [a1]);
    expect(m.totals[0]).toMatchObject({ done: 1, total: 5 }); // 7 minus townB and villageB
    expect(m.rows.find((r) => r.org.id === tree.countyB.id)?.units).toBe(1);

    await setOrgActive(t.db, SYSTEM_ACTOR, tree.townA.id, false);
    m = await progressMatrix(t.db, pool, campaign, tree.city, [a1]);
    expect(m.totals[0]).toMatchObject({ done: 0, total: 3 });
    // With too many deactivated subtrees to list as ranges, each item's unit is checked instead: same figures.
    const joined = await progressMatrix(t.db, pool, campaign, tree.city, [a1], { maxInactiveRanges: 0 });
    expect(joined).toEqual(m);
  });

  it('keeps progress with its unit when the unit moves', async () => {
    const { tree, campaign, actions } = await setup();
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageA.id, actions[0].id, { status: 'done' });
    await moveOrg(t.db, SYSTEM_ACTOR, tree.townA.id, tree.countyB.id);
    const m = await progressMatrix(t.db, pool, campaign, await getOrg(t.db, tree.city.id), [actions[0]]);
    expect(m.rows.find((r) => r.org.id === tree.countyB.id)).toMatchObject({ units: 5, cells: [{ done: 1 }] });
    expect(m.rows.find((r) => r.org.id === tree.countyA.id)).toMatchObject({ units: 1, cells: [{ done: 0 }] });
  });

  it('edits the plan: add, and remove an action with its items', async () => {
    const { tree, campaign } = await setup();
    const added = await addAction(t.db, SYSTEM_ACTOR, campaign.id, { phase: 'listen', title: '“十个一”征求意见', required: false });
    expect(added.position).toBe(PLAN_TEMPLATE.filter((a) => a.phase === 'listen').length);
    await setUnitItem(t.db, SYSTEM_ACTOR, campaign.id, tree.villageA.id, added.id, { status: 'done' });
    await removeAction(t.db, SYSTEM_ACTOR, campaign.id, added.id);
    const left = await t.db.selectFrom('unit_items').select('org_id').where('action_id', '=', added.id).execute();
    expect(left).toEqual([]);
  });

  it('refuses end dates before start dates', async () => {
    const tree = await smallTree(t.db);
    await expect(createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: 'x', batch: 1, startsOn: '2014-05-01', endsOn: '2014-04-01' })).rejects.toMatchObject({ code: 'campaign.dates_invalid' });
    const c = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: 'x', batch: 1, startsOn: '2014-01-01', endsOn: '2014-04-01' });
    await expect(updateCampaign(t.db, SYSTEM_ACTOR, c.id, { phases: [{ phase: 'listen', startsOn: '2014-03-01', endsOn: '2014-02-01' }] })).rejects.toMatchObject({ code: 'campaign.dates_invalid' });
    // Phases out of order, or outside the campaign, are refused; so is shrinking the campaign under them.
    await expect(createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: 'y', batch: 1, startsOn: '2014-01-01', endsOn: '2014-09-30', phases: [
      { phase: 'listen', startsOn: '2014-01-01', endsOn: '2014-03-31' }, { phase: 'examine', startsOn: '2014-03-15', endsOn: '2014-05-31' }, { phase: 'rectify', startsOn: '2014-06-01', endsOn: '2014-09-30' },
    ] })).rejects.toMatchObject({ code: 'campaign.phases_invalid', params: { phase: 'examine' } });
    await expect(createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: 'y', batch: 1, startsOn: '2014-01-01', endsOn: '2014-09-30', phases: [
      { phase: 'listen', startsOn: '2013-12-01', endsOn: '2014-03-31' }, { phase: 'examine', startsOn: '2014-04-01', endsOn: '2014-05-31' }, { phase: 'rectify', startsOn: '2014-06-01', endsOn: '2014-09-30' },
    ] })).rejects.toMatchObject({ code: 'campaign.phases_invalid', params: { phase: 'listen' } });
    await expect(updateCampaign(t.db, SYSTEM_ACTOR, c.id, { endsOn: '2014-02-01' })).rejects.toMatchObject({ code: 'campaign.phases_invalid' });
    const kept = await t.db.selectFrom('campaigns').select('ends_on').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(kept.ends_on).toBe('2014-04-01');
  });
});

describe.each(databaseKinds)('campaign exclusions on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  it('replaces exclusions, refusing organizations outside the campaign', async () => {
    const tree = await smallTree(t.db);
    const campaign = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.countyA.id, name: '区级活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-06-30' });
    await setExclusions(t.db, SYSTEM_ACTOR, campaign.id, [tree.villageA.id]);
    expect((await t.db.selectFrom('campaign_exclusions').select('org_id').where('campaign_id', '=', campaign.id).execute()).map((r) => r.org_id)).toEqual([tree.villageA.id]);
    await expect(setExclusions(t.db, SYSTEM_ACTOR, campaign.id, [tree.villageB.id])).rejects.toMatchObject({ code: 'campaign.exclusion_outside' });
    // The refused change left the previous exclusions in place.
    expect((await t.db.selectFrom('campaign_exclusions').select('org_id').where('campaign_id', '=', campaign.id).execute()).map((r) => r.org_id)).toEqual([tree.villageA.id]);
    await setExclusions(t.db, SYSTEM_ACTOR, campaign.id, []);
    expect(await t.db.selectFrom('campaign_exclusions').select('org_id').where('campaign_id', '=', campaign.id).execute()).toEqual([]);
  });
});
