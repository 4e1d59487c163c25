import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM_ACTOR } from '../../../src/modules/audit/trail.js';
import type { OrgRow } from '../../../src/modules/organizations/queries.js';
import { publishDisclosure } from '../../../src/modules/rectify/disclosure.js';
import { createDrive } from '../../../src/modules/rectify/drives.js';
import { addProgress, createMeasure, verifyMeasure } from '../../../src/modules/rectify/measures.js';
import { notify } from '../../../src/modules/rectify/notify.js';
import { createPlan, createProblem } from '../../../src/modules/rectify/problems.js';
import { createCommitment, createRule } from '../../../src/modules/rectify/rules.js';
import { userWithRole } from '../../support/factories.js';
import {
  B, I, N, everyone, officeOnly, allReaders, subtreeReaders, itemUpdaters, plain, listed,
  type Case, type CaseModule, type Matrix, type Side, type Verdict,
} from './matrix.js';

// Rectification routes (problems, task books, measures, drives, rules, commitments, exports,
// notices, portal). Targets: villageA (inside the callers' reach) and villageB (outside); drives
// at countyA and countyB; campaign settings on campA and campB. Expected verdicts are written
// by hand from the policy `rectification` (read: readers; manage: office; report: office and
// the unit's liaison; verify: office and the supervision group assigned to the unit).

interface Side2<T> {
  inside: T;
  outside: T;
}

const f = {} as {
  problem: Side2<string>;
  measure: Side2<string>;
  evidence: Side2<string>;
  plan: Side2<string>;
  drive: Side2<{ id: string; counter: string }>;
  rule: Side2<string>;
  commitment: Side2<string>;
  published: Side2<{ problem: string; measure: string }>;
  owner: Side2<string>;
  strangerNotice: string;
};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
/** Verifiers: the office over its subtree, the supervision group over its assigned units. */
const verifiers: Case['expect'] = { system_admin: B, campaign_office: I, leading_group_member: N, supervision_group_member: I, unit_liaison: N, leader: N, party_member: N };

const verdictOfVerify = (res: LightMyRequestResponse): Verdict | string =>
  res.statusCode === 403 && res.json().code === 'rectify.verify_forbidden' ? 'denied' : plain(res);

export const rectifyCases: CaseModule = {
  async setup(m: Matrix) {
    const { d, t, campCity } = m;
    const db = d.db;
    const sides = async <T>(make: (village: OrgRow, county: OrgRow, side: Side) => Promise<T>): Promise<Side2<T>> => ({
      inside: await make(t.villageA, t.countyA, 'inside'), outside: await make(t.villageB, t.countyB, 'outside'),
    });
    f.owner = await sides(async (v, _c, side) => (await userWithRole(db, 'party_member', v, { username: `rect.owner.${side}.${m.kind}` })).id);
    const problemAt = (v: OrgRow, planId: string | null = null) =>
      createProblem(db, SYSTEM_ACTOR, campCity, { orgId: v.id, source: 'public', wind: 'formalism', description: `${v.name}会议多`, targetKind: 'unit', severity: 2, planId });
    const measureOf = (problemId: string, v: OrgRow, side: Side) =>
      createMeasure(db, SYSTEM_ACTOR, problemId, { text: '精简会议', ownerOrgId: v.id, ownerUserId: f.owner[side], startsOn: '2026-01-01', dueOn: '2099-12-31' });
    f.plan = await sides(async (v) => (await createPlan(db, SYSTEM_ACTOR, campCity, { orgId: v.id, kind: 'leadership' })).id);
    f.problem = await sides(async (v, _c, side) => (await problemAt(v, f.plan[side])).id);
    f.measure = await sides(async (v, _c, side) => (await measureOf(f.problem[side], v, side)).id);
    f.evidence = await sides(async (_v, _c, side) => {
      await addProgress(db, SYSTEM_ACTOR, f.measure[side], { text: '已开始', files: [{ name: 'p.png', data: PNG }] });
      return (await db.selectFrom('rectify_evidence').select('id').where('measure_id', '=', f.measure[side]).executeTakeFirstOrThrow()).id;
    });
    f.published = await sides(async (v, _c, side) => {
      const p = await problemAt(v);
      const ms = await measureOf(p.id, v, side);
      await addProgress(db, SYSTEM_ACTOR, ms.id, { text: '已完成' });
      await verifyMeasure(db, SYSTEM_ACTOR, ms.id, { approved: true });
      await publishDisclosure(db, SYSTEM_ACTOR, p.id);
      return { problem: p.id, measure: ms.id };
    });
    f.drive = await sides(async (_v, c) => {
      const { drive, counters } = await createDrive(db, SYSTEM_ACTOR, campCity, { orgId: c.id, name: `${c.name}精文简会`, counters: [{ kind: 'documents_cut', baseline: 10 }] });
      return { id: drive.id, counter: counters[0].id };
    });
    f.rule = await sides(async (v) => (await createRule(db, SYSTEM_ACTOR, campCity, { orgId: v.id, title: '会议制度', decision: 'revise' })).id);
    f.commitment = await sides(async (v) => (await createCommitment(db, SYSTEM_ACTOR, campCity, { orgId: v.id, personName: '村书记', text: '每周接待群众', published: true })).id);
    await notify(db, [{ regionId: t.city.region_id, userId: f.owner.outside, kind: 'overdue', title: '别人的提醒', body: '', targetType: 'measure', targetId: f.measure.outside }]);
    f.strangerNotice = (await db.selectFrom('user_notifications').select('id').where('user_id', '=', f.owner.outside).executeTakeFirstOrThrow()).id;
  },

  publicRoutes: [
    'GET /api/portal/rectify/problems', 'GET /api/portal/rectify/problems/:id', 'GET /api/portal/rectify/problems/:id/versions', 'GET /api/portal/rectify/problems/:id/verify',
    'POST /api/portal/rectify/measures/:id/ratings', 'GET /api/portal/rectify/commitments',
  ],

  cases(m: Matrix): Case[] {
    const c = () => m.campCity.id;
    const v = (s: Side) => (s === 'inside' ? m.t.villageA : m.t.villageB);
    const both = <T>(pick: (s: Side) => T) => ({ inside: () => pick('inside'), outside: () => pick('outside') });
    const ids = (b: { items: { id: string }[] }) => b.items.map((i) => i.id);
    const newProblem = (s: Side) => ({ orgId: v(s).id, source: 'self_found', wind: 'bureaucratism', description: '办事效率低', targetKind: 'unit', severity: 'low' });
    const freshMeasure = async (s: Side) => {
      const ms = await createMeasure(m.d.db, SYSTEM_ACTOR, f.problem[s], { text: '限时办结', ownerOrgId: v(s).id, ownerUserId: f.owner[s], startsOn: '2026-01-01', dueOn: '2099-12-31' });
      await addProgress(m.d.db, SYSTEM_ACTOR, ms.id, { text: '已完成', requestVerification: true });
      return ms.id;
    };
    const freshProblem = async (s: Side) =>
      (await createProblem(m.d.db, SYSTEM_ACTOR, m.campCity, { orgId: v(s).id, source: 'public', wind: 'formalism', description: '误登记的问题', targetKind: 'unit', severity: 1 })).id;
    const blankMeasure = async (s: Side) =>
      (await createMeasure(m.d.db, SYSTEM_ACTOR, f.problem[s], { text: '误录入的措施', ownerOrgId: v(s).id, ownerUserId: f.owner[s], startsOn: '2026-01-01', dueOn: '2099-12-31' })).id;
    const myNotice = async (userId: string) => {
      await notify(m.d.db, [{ regionId: m.t.city.region_id, userId, kind: 'verified', title: '提醒', body: '', targetType: 'measure', targetId: f.measure.inside }]);
      return (await m.d.db.selectFrom('user_notifications').select('id').where('user_id', '=', userId).orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()).id;
    };
    return [
      // -- problems
      {
        route: 'GET /api/campaigns/:id/rectify/problems', why: "register: villageA's problem vs villageB's",
        ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/problems?limit=200` })),
        judge: listed(ids, (s) => [f.problem[s]]), expect: allReaders,
      },
      {
        route: 'POST /api/campaigns/:id/rectify/problems',
        ...both((s) => ({ method: 'POST', url: `/api/campaigns/${c()}/rectify/problems`, payload: newProblem(s) })), expect: officeOnly,
      },
      { route: 'GET /api/rectify/problems/:id', ...both((s) => ({ method: 'GET', url: `/api/rectify/problems/${f.problem[s]}` })), expect: allReaders },
      { route: 'PATCH /api/rectify/problems/:id', ...both((s) => ({ method: 'PATCH', url: `/api/rectify/problems/${f.problem[s]}`, payload: { severity: 3 } })), expect: officeOnly },
      {
        route: 'DELETE /api/rectify/problems/:id', why: 'a fresh problem of the unit each time (one with measures is refused for everyone: bad-input tests)',
        inside: async () => ({ method: 'DELETE', url: `/api/rectify/problems/${await freshProblem('inside')}` }),
        outside: async () => ({ method: 'DELETE', url: `/api/rectify/problems/${await freshProblem('outside')}` }),
        expect: officeOnly,
      },
      {
        route: 'DELETE /api/rectify/measures/:id', why: 'a fresh measure without progress each time',
        inside: async () => ({ method: 'DELETE', url: `/api/rectify/measures/${await blankMeasure('inside')}` }),
        outside: async () => ({ method: 'DELETE', url: `/api/rectify/measures/${await blankMeasure('outside')}` }),
        expect: officeOnly,
      },
      {
        route: 'POST /api/rectify/problems/:id/opinions', why: 'a fresh opinion of the unit each time; managers who also handle the opinion',
        inside: async () => ({ method: 'POST', url: `/api/rectify/problems/${f.problem.inside}/opinions`, payload: { opinionIds: [await m.freshOpinion(m.t.villageA)] } }),
        outside: async () => ({ method: 'POST', url: `/api/rectify/problems/${f.problem.outside}/opinions`, payload: { opinionIds: [await m.freshOpinion(m.t.villageB)] } }),
        expect: officeOnly,
      },
      { route: 'POST /api/rectify/problems/:id/disclosures', ...both((s) => ({ method: 'POST', url: `/api/rectify/problems/${f.problem[s]}/disclosures`, payload: {} })), expect: officeOnly },

      // -- task books
      {
        route: 'GET /api/campaigns/:id/rectify/plans', why: "villageA's task book vs villageB's",
        ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/plans` })), judge: listed(ids, (s) => [f.plan[s]]), expect: allReaders,
      },
      { route: 'POST /api/campaigns/:id/rectify/plans', ...both((s) => ({ method: 'POST', url: `/api/campaigns/${c()}/rectify/plans`, payload: { orgId: v(s).id, kind: 'member', memberName: '李四' } })), expect: officeOnly },
      { route: 'GET /api/rectify/plans/:id', ...both((s) => ({ method: 'GET', url: `/api/rectify/plans/${f.plan[s]}` })), expect: allReaders },
      { route: 'GET /api/rectify/plans/:id/taskbook.docx', ...both((s) => ({ method: 'GET', url: `/api/rectify/plans/${f.plan[s]}/taskbook.docx` })), expect: allReaders },

      // -- measures
      {
        route: 'POST /api/rectify/problems/:id/measures',
        ...both((s) => ({ method: 'POST', url: `/api/rectify/problems/${f.problem[s]}/measures`, payload: { text: '建立台账', ownerOrgId: v(s).id, ownerUserId: f.owner[s], startsOn: '2026-01-01', dueOn: '2099-12-31' } })),
        expect: officeOnly,
      },
      { route: 'GET /api/rectify/measures/:id', ...both((s) => ({ method: 'GET', url: `/api/rectify/measures/${f.measure[s]}` })), expect: allReaders },
      { route: 'PATCH /api/rectify/measures/:id', ...both((s) => ({ method: 'PATCH', url: `/api/rectify/measures/${f.measure[s]}`, payload: { text: `精简会议${m.next()}` } })), expect: officeOnly },
      {
        route: 'POST /api/rectify/measures/:id/progress', why: 'reported by those who report for the owner unit (office, the village liaison)',
        ...both((s) => ({ method: 'POST', url: `/api/rectify/measures/${f.measure[s]}/progress`, payload: { text: `进展${m.next()}` } })), expect: itemUpdaters,
      },
      {
        route: 'GET /api/rectify/measures/:id/evidence/:evidenceId',
        ...both((s) => ({ method: 'GET', url: `/api/rectify/measures/${f.measure[s]}/evidence/${f.evidence[s]}` })), expect: allReaders,
      },
      {
        route: 'POST /api/rectify/measures/:id/verify', why: 'a fresh measure awaiting 销号 each time; anyone else gets 403 rectify.verify_forbidden',
        inside: async () => ({ method: 'POST', url: `/api/rectify/measures/${await freshMeasure('inside')}/verify`, payload: { approved: true } }),
        outside: async () => ({ method: 'POST', url: `/api/rectify/measures/${await freshMeasure('outside')}/verify`, payload: { approved: true } }),
        judge: verdictOfVerify, expect: verifiers,
      },
      {
        route: 'GET /api/campaigns/:id/rectify/measures', why: "timetable: villageA's measure vs villageB's",
        ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/measures?limit=500` })), judge: listed(ids, (s) => [f.measure[s]]), expect: allReaders,
      },
      {
        route: 'GET /api/campaigns/:id/rectify/ledger.xlsx', why: 'for villageA vs villageB',
        ...both((s) => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/ledger.xlsx?orgId=${v(s).id}` })), expect: allReaders,
      },

      // -- special drives (at countyA / countyB; units below report into them)
      {
        route: 'GET /api/campaigns/:id/rectify/drives', why: "countyA's drive reaches the village roles too; countyB's does not",
        ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/drives` })), judge: listed(ids, (s) => [f.drive[s].id]), expect: allReaders,
      },
      {
        route: 'POST /api/campaigns/:id/rectify/drives',
        ...both((s) => ({ method: 'POST', url: `/api/campaigns/${c()}/rectify/drives`, payload: { orgId: (s === 'inside' ? m.t.countyA : m.t.countyB).id, name: '清理办公用房', counters: [{ kind: 'office_space_m2' }] } })),
        expect: officeOnly,
      },
      { route: 'GET /api/rectify/drives/:id', why: 'the roll-up at the county: above the village roles', ...both((s) => ({ method: 'GET', url: `/api/rectify/drives/${f.drive[s].id}` })), expect: subtreeReaders },
      {
        route: 'POST /api/rectify/drives/:id/entries', why: 'figures for the village',
        ...both((s) => ({ method: 'POST', url: `/api/rectify/drives/${f.drive[s].id}/entries`, payload: { orgId: v(s).id, counterId: f.drive[s].counter, value: 2 } })), expect: itemUpdaters,
      },
      {
        route: 'POST /api/rectify/drives/:id/baselines', why: "the village's own baseline",
        ...both((s) => ({ method: 'POST', url: `/api/rectify/drives/${f.drive[s].id}/baselines`, payload: { orgId: v(s).id, counterId: f.drive[s].counter, value: 5 } })), expect: itemUpdaters,
      },

      // -- rule review and commitments
      { route: 'GET /api/campaigns/:id/rectify/rules', ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/rules` })), judge: listed(ids, (s) => [f.rule[s]]), expect: allReaders },
      { route: 'POST /api/campaigns/:id/rectify/rules', ...both((s) => ({ method: 'POST', url: `/api/campaigns/${c()}/rectify/rules`, payload: { orgId: v(s).id, title: '接待制度', decision: 'create' } })), expect: officeOnly },
      { route: 'PATCH /api/rectify/rules/:id', ...both((s) => ({ method: 'PATCH', url: `/api/rectify/rules/${f.rule[s]}`, payload: { note: `备注${m.next()}` } })), expect: officeOnly },
      { route: 'GET /api/campaigns/:id/rectify/commitments', ...both(() => ({ method: 'GET', url: `/api/campaigns/${c()}/rectify/commitments` })), judge: listed(ids, (s) => [f.commitment[s]]), expect: allReaders },
      {
        route: 'POST /api/campaigns/:id/rectify/commitments',
        ...both((s) => ({ method: 'POST', url: `/api/campaigns/${c()}/rectify/commitments`, payload: { orgId: v(s).id, personName: '王五', text: '不收受礼金' } })), expect: officeOnly,
      },
      { route: 'PATCH /api/rectify/commitments/:id', ...both((s) => ({ method: 'PATCH', url: `/api/rectify/commitments/${f.commitment[s]}`, payload: { status: 'in_progress' } })), expect: officeOnly },

      // -- the reopening threshold: a campaign's own setting (campA inside, campB outside)
      { route: 'GET /api/campaigns/:id/rectify/settings', ...both((s) => ({ method: 'GET', url: `/api/campaigns/${(s === 'inside' ? m.campA : m.campB).id}/rectify/settings` })), expect: allReaders },
      {
        route: 'PUT /api/campaigns/:id/rectify/settings',
        ...both((s) => ({ method: 'PUT', url: `/api/campaigns/${(s === 'inside' ? m.campA : m.campB).id}/rectify/settings`, payload: { reopenBelowPercent: 60, reopenMinRatings: 10 } })), expect: officeOnly,
      },

      // -- one's own notices: no target beyond the caller
      { route: 'GET /api/notifications', why: 'the caller’s own inbox', ...both(() => ({ method: 'GET', url: '/api/notifications' })), expect: everyone(B) },
      {
        route: 'POST /api/notifications/:id/read', why: "one's own notice; someone else's answers 404 (its existence does not leak)",
        inside: async (caller) => ({ method: 'POST', url: `/api/notifications/${await myNotice(caller.id)}/read` }),
        outside: () => ({ method: 'POST', url: `/api/notifications/${f.strangerNotice}/read` }),
        judge: (res) => (res.statusCode === 404 && res.json().code === 'rectify.notification_not_found' ? 'denied' : plain(res)), expect: everyone(I),
      },
      { route: 'POST /api/notifications/read-all', ...both(() => ({ method: 'POST', url: '/api/notifications/read-all' })), expect: everyone(B) },
      { route: 'PUT /api/notifications/email', ...both(() => ({ method: 'PUT', url: '/api/notifications/email', payload: { email: 'me@example.cn' } })), expect: everyone(B) },

      // -- the portal: public, each call from its own client address where limited
      { route: 'GET /api/portal/rectify/problems', why: 'public', ...both((s) => ({ method: 'GET', url: `/api/portal/rectify/problems?orgId=${(s === 'inside' ? m.t.countyA : m.t.countyB).id}` })), expect: everyone(B) },
      { route: 'GET /api/portal/rectify/problems/:id', why: 'public', ...both((s) => ({ method: 'GET', url: `/api/portal/rectify/problems/${f.published[s].problem}` })), expect: everyone(B) },
      { route: 'GET /api/portal/rectify/problems/:id/versions', why: 'public', ...both((s) => ({ method: 'GET', url: `/api/portal/rectify/problems/${f.published[s].problem}/versions` })), expect: everyone(B) },
      {
        route: 'GET /api/portal/rectify/problems/:id/verify', why: 'public',
        ...both((s) => ({ method: 'GET', url: `/api/portal/rectify/problems/${f.published[s].problem}/verify`, remoteAddress: m.client() })), expect: everyone(B),
      },
      {
        route: 'POST /api/portal/rectify/measures/:id/ratings', why: 'public, one rating per client',
        ...both((s) => ({ method: 'POST', url: `/api/portal/rectify/measures/${f.published[s].measure}/ratings`, remoteAddress: m.client(), payload: { rating: 'satisfied' } })), expect: everyone(B),
      },
      { route: 'GET /api/portal/rectify/commitments', why: 'public', ...both((s) => ({ method: 'GET', url: `/api/portal/rectify/commitments?orgId=${v(s).id}` })), expect: everyone(B) },
    ];
  },
};
