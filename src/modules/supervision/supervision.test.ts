import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree, userWithRole } from '../../../tests/support/factories.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { can } from '../authz/policy.js';
import { createCampaign } from '../campaigns/commands.js';
import { loadActor } from '../people/sessions.js';
import { createGroup, deleteGroup, setGroupUnits } from './commands.js';

describe.each(databaseKinds)('supervision groups on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  it('gives members the assigned units and nothing else, and follows reassignment', async () => {
    const tree = await smallTree(t.db);
    const campaign = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: '活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-09-30' });
    const group = await createGroup(t.db, SYSTEM_ACTOR, campaign, { name: '市委第一督导组', orgId: tree.city.id, unitIds: [tree.countyA.id] });
    const member = await userWithRole(t.db, 'supervision_group_member', tree.city, { supervisionGroupId: group.id });
    let actor = (await loadActor(t.db, member.id))!;
    expect(can(actor, 'unit_item', 'read', tree.villageA.path)).toBe(true);
    expect(can(actor, 'unit_item', 'read', tree.villageB.path)).toBe(false);
    expect(can(actor, 'unit_item', 'update', tree.villageA.path)).toBe(false);

    await setGroupUnits(t.db, SYSTEM_ACTOR, group.id, [tree.townB.id]);
    actor = (await loadActor(t.db, member.id))!;
    expect(can(actor, 'unit_item', 'read', tree.villageA.path)).toBe(false);
    expect(can(actor, 'unit_item', 'read', tree.villageB.path)).toBe(true);

    await expect(setGroupUnits(t.db, SYSTEM_ACTOR, group.id, [tree.city.id])).rejects.toMatchObject({ code: 'supervision.unit_outside' });
    await deleteGroup(t.db, SYSTEM_ACTOR, group.id);
    actor = (await loadActor(t.db, member.id))!;
    expect(actor.grants).toEqual([]);
  });

  it('refuses units outside the sending organization', async () => {
    const tree = await smallTree(t.db);
    const campaign = await createCampaign(t.db, SYSTEM_ACTOR, { orgId: tree.city.id, name: '活动', batch: 2, startsOn: '2014-01-01', endsOn: '2014-09-30' });
    await expect(createGroup(t.db, SYSTEM_ACTOR, campaign, { name: '区督导组', orgId: tree.countyA.id, unitIds: [tree.townB.id] })).rejects.toMatchObject({ code: 'supervision.unit_outside' });
    const groups = await t.db.selectFrom('supervision_groups').select('id').where('campaign_id', '=', campaign.id).execute();
    expect(groups).toEqual([]);
  });
});
