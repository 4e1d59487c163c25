import type { Kysely } from 'kysely';
import { seedFiguresDemo } from '../modules/figures/demo.js';
import { seedRectifyDemo } from '../modules/rectify/demo.js';
import type { Database, UnitItemTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import { recordAudit, SYSTEM_ACTOR } from '../modules/audit/trail.js';
import { createCampaign } from '../modules/campaigns/commands.js';
import { newOrgRow } from '../modules/organizations/commands.js';
import { bumpTreeVersion } from '../modules/organizations/tree-cache.js';
import type { OrgType } from '../modules/organizations/model.js';
import type { OrgRow } from '../modules/organizations/queries.js';
import { createUser, grantRole } from '../modules/people/commands.js';
import { cityTree, type TreeSpec } from './city.js';
import { discloseOpinion, submitOpinion, transitionOpinion } from '../modules/opinions/commands.js';
import type { Channel } from '../modules/opinions/model.js';
import { createSolicitation, recordSymposium } from '../modules/solicitations/commands.js';

// The demo: a city modelled on the seed reports (004 is a city's second-batch campaign):
// a city committee with its departments, 8 districts and counties with their departments,
// townships and streets, villages and communities, enterprises and social organizations —
// about 2,000 organizations; a campaign in its listen phase with some progress recorded;
// and one user per role.

export interface DemoLogin {
  role: string;
  username: string;
  password: string;
  name: string;
  org: string;
}

export const DEMO_PASSWORD = 'Massline2026';

/** Inserts a generated tree in batches; returns the rows (parents before children). */
export async function insertTree(db: Kysely<Database>, spec: TreeSpec, parent: OrgRow | null = null): Promise<OrgRow[]> {
  const rows: OrgRow[] = [];
  const at = nowIso();
  const walk = (node: TreeSpec, p: OrgRow | null) => {
    const row = newOrgRow({ parentId: p?.id ?? null, code: node.code, name: node.name, type: node.type as OrgType, aliases: node.aliases, sortOrder: node.order, level: node.level }, p, at);
    rows.push(row);
    for (const child of node.children ?? []) walk(child, row);
  };
  walk(spec, parent);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('organizations').values(rows.slice(i, i + 500)).execute();
    await bumpTreeVersion(trx);
    await recordAudit(trx, SYSTEM_ACTOR, { regionId: rows[0].region_id, action: 'org.import', targetType: 'organization', targetId: rows[0].id, after: { source: 'demo', count: rows.length } });
  });
  return rows;
}

export async function seedDemo(db: Kysely<Database>, opts: { onlyIfEmpty?: boolean } = {}): Promise<{ seeded: boolean; logins: DemoLogin[]; orgCount: number }> {
  const existing = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  const logins = demoLogins();
  if (existing && opts.onlyIfEmpty) return { seeded: false, logins, orgCount: 0 };

  const rows = await insertTree(db, cityTree());
  const root = rows[0];
  const counties = rows.filter((r) => r.parent_id === root.id && r.type === 'party_committee');

  // A second-batch campaign whose listen phase is under way today.
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86400_000).toISOString().slice(0, 10);
  const campaign = await createCampaign(db, SYSTEM_ACTOR, {
    orgId: root.id, name: '第二批党的群众路线教育实践活动', batch: 2, startsOn: day(-20), endsOn: day(200),
    phases: [
      { phase: 'listen', startsOn: day(-20), endsOn: day(40) },
      { phase: 'examine', startsOn: day(41), endsOn: day(110) },
      { phase: 'rectify', startsOn: day(111), endsOn: day(200) },
    ],
  });

  // Some progress on the listen phase, deterministic so screenshots stay comparable.
  const actions = await db.selectFrom('campaign_actions').selectAll().where('campaign_id', '=', campaign.id).where('phase', '=', 'listen').orderBy('position').execute();
  const items: UnitItemTable[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const at = nowIso();
  for (const unit of rows) {
    for (const [i, action] of actions.entries()) {
      const r = rand();
      const doneShare = 0.85 - i * 0.12; // earlier actions further along
      const status = r < doneShare ? 'done' : r < doneShare + 0.1 ? 'in_progress' : null;
      if (!status) continue;
      items.push({ region_id: root.region_id, campaign_id: campaign.id, action_id: action.id, org_id: unit.id, org_path: unit.path, status, note: '', attachment_name: null, attachment_type: null, attachment_data: null, updated_at: at, updated_by: 'demo' });
    }
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < items.length; i += 500) await trx.insertInto('unit_items').values(items.slice(i, i + 500)).execute();
  });

  // A supervision group sent by the city to two counties.
  const groupId = newId();
  await db.insertInto('supervision_groups').values({ region_id: root.region_id, id: groupId, campaign_id: campaign.id, org_id: root.id, name: '市委第一督导组', created_at: at }).execute();
  await db.insertInto('supervision_assignments').values(counties.slice(0, 2).map((c) => ({ region_id: root.region_id, group_id: groupId, org_id: c.id, org_path: c.path }))).execute();

  await seedListening(db, campaign.id, root, rows, day);

  const county = counties[0];
  const village = rows.find((r) => r.type === 'village' && r.path.startsWith(county.path))!;
  const branch = rows.find((r) => r.type === 'party_branch' && r.path.startsWith(county.path))!;
  const placeOf: Record<string, OrgRow> = {
    system_admin: root, campaign_office: root, leading_group_member: root, supervision_group_member: root,
    unit_liaison: village, leader: county, party_member: branch,
  };
  for (const [i, login] of logins.entries()) {
    const org = login.role === 'county_office' ? county : placeOf[login.role];
    const user = await createUser(db, SYSTEM_ACTOR, { username: login.username, name: login.name, mobile: `1380013${String(8000 + i).padStart(4, '0')}`, orgId: org.id, position: login.org, password: login.password });
    const role = login.role === 'county_office' ? 'campaign_office' : login.role;
    await grantRole(db, SYSTEM_ACTOR, user.id, { role, orgId: org.id, supervisionGroupId: role === 'supervision_group_member' ? groupId : null });
    login.org = org.name;
  }
  // The rectify phase's records (problems from the opinions above, task books, measures in every
  // state, a special drive, rule review, a problem published on the portal).
  await seedRectifyDemo(db, campaign, { actor: { userId: null, name: '市委活动办' } });
  // Figures: reported values, baselines, bulletins, and Massline's own counts rolled up.
  await seedFiguresDemo(db, campaign);
  return { seeded: true, logins, orgCount: rows.length };
}

/**
 * The listen phase under way: a round of asking open on the portal, opinions from several
 * channels (texts in the style of the seed reports), one answered and disclosed, a symposium.
 */
async function seedListening(db: Kysely<Database>, campaignId: string, root: OrgRow, rows: OrgRow[], day: (offset: number) => string) {
  const solicitation = await createSolicitation(db, SYSTEM_ACTOR, campaignId, {
    orgId: root.id, title: '江州市委领导班子作风建设征求意见', description: '请围绕“四风”方面的突出问题，对市委领导班子和领导干部提出意见建议。可以实名，也可以匿名。',
    startsOn: day(-20), endsOn: day(40), audiences: ['public', 'deputies', 'retired_cadres', 'members', 'enterprises'], channels: ['web', 'mobile', 'sms', 'hotline', 'opinion_box', 'letter', 'symposium'],
    targetKind: 'leadership', targetLabel: '市委领导班子',
  });
  const towns = rows.filter((r) => r.type === 'township').slice(0, 6);
  const samples: [string, Channel, boolean][] = [
    ['会议多、文件多，一个星期开四五次会，基层干部疲于应付，没有时间下去办实事。', 'web', true],
    ['办事窗口门难进、脸难看，办一个证跑了五趟。', 'opinion_box', true],
    ['检查评比过多过滥，很多是走过场，建议精简。', 'letter', false],
    ['个别干部工作日中午饮酒，作风漂浮。', 'hotline', true],
    ['希望领导干部多到社区走一走，听听群众的真实想法。', 'web', false],
    ['公车私用现象仍有发生，周末在景区常能看到。', 'sms', true],
  ];
  const ids: string[] = [];
  for (const [i, [body, channel, anonymous]] of samples.entries()) {
    const { opinion } = await submitOpinion(db, {
      campaignId, orgId: towns[i % towns.length].id, solicitationId: channel === 'web' ? solicitation.id : null, channel, body, targetKind: 'leadership', targetLabel: '市委领导班子',
      anonymous, contact: anonymous ? null : { name: '王某', phone: '13800138000' }, enteredBy: channel === 'web' || channel === 'sms' ? undefined : { userId: null, name: '市委活动办' },
    });
    ids.push(opinion.id);
  }
  const office = { userId: null, name: '市委活动办' };
  await transitionOpinion(db, office, ids[0], { to: 'fixed', category: 'formalism', reply: '市委已决定精简会议三成，文件不再层层转发。' });
  await discloseOpinion(db, office, ids[0], { disclosed: true, text: '反映会议多、文件多，基层负担重', action: '精简会议三成，文件一律不再层层转发，每月通报', category: 'formalism' });
  await transitionOpinion(db, office, ids[1], { to: 'accepted', category: 'bureaucratism', reply: '已列入整改清单，责成有关单位限期整改。' });
  await recordSymposium(db, office, campaignId, {
    orgId: root.id, solicitationId: solicitation.id, heldOn: day(-10), host: '市委书记', attendance: { 党代表: 6, 人大代表: 5, 政协委员: 4, 老干部: 3, 群众代表: 12 },
    notes: '征求对市委领导班子作风建设的意见建议。', opinions: [{ body: '调研多是“走过场”，看盆景多，看实情少。', targetKind: 'leadership' }, { body: '对基层反映的问题回应不够及时。', targetKind: 'leadership' }],
  });
}

function demoLogins(): DemoLogin[] {
  return [
    { role: 'system_admin', username: 'admin', name: '系统管理员', org: '系统管理员', password: DEMO_PASSWORD },
    { role: 'campaign_office', username: 'office', name: '王活动', org: '市委活动办主任', password: DEMO_PASSWORD },
    { role: 'county_office', username: 'county', name: '李区办', org: '区委活动办副主任', password: DEMO_PASSWORD },
    { role: 'leading_group_member', username: 'lead', name: '赵组长', org: '领导小组副组长', password: DEMO_PASSWORD },
    { role: 'supervision_group_member', username: 'supervisor', name: '钱督导', org: '督导组组长', password: DEMO_PASSWORD },
    { role: 'unit_liaison', username: 'liaison', name: '孙联络', org: '村联络员', password: DEMO_PASSWORD },
    { role: 'leader', username: 'leader', name: '周书记', org: '区委书记', password: DEMO_PASSWORD },
    { role: 'party_member', username: 'member', name: '吴党员', org: '党员', password: DEMO_PASSWORD },
  ];
}
