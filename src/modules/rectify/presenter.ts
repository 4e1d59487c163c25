import type { Kysely } from 'kysely';
import type { Database, RectifyMeasureEventTable, RectifyMeasureTable, RectifyMilestoneTable, RectifyPlanTable, RectifyProblemTable } from '../../db/schema.js';
import { obj } from '../../http/schemas.js';
import { can } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { namesOf } from '../people/presenter.js';
import { canReport } from './queries.js';

// What leaves the server about rectification, with the `can` flags the console shows actions by.

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const ref = obj({ id: str, name: str });
export const countsMap = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export const problemSchema = obj({
  id: str, campaignId: str, org: ref, planId: nstr, source: str, wind: str, orgCategoryId: nstr, description: str, targetKind: str, targetLabel: str, targetUserId: nstr,
  severity: int, immediate: bool, status: str, disclosedVersion: int, createdBy: str, createdAt: str, updatedAt: str, opinionCount: int, measureCount: int,
  can: obj({ manage: bool }),
});

export async function presentProblems(db: Kysely<Database>, actor: Actor, rows: RectifyProblemTable[]) {
  if (!rows.length) return [];
  const regionId = rows[0].region_id;
  const ids = rows.map((r) => r.id);
  const [names, opinions, measures] = await Promise.all([
    namesOf(db, rows.map((r) => r.org_id)),
    db.selectFrom('rectify_problem_opinions').select(['problem_id', (eb) => eb.fn.countAll<number>().as('n')]).where('region_id', '=', regionId).where('problem_id', 'in', ids).groupBy('problem_id').execute(),
    db.selectFrom('rectify_measures').select(['problem_id', (eb) => eb.fn.countAll<number>().as('n')]).where('region_id', '=', regionId).where('problem_id', 'in', ids).groupBy('problem_id').execute(),
  ]);
  const count = (list: { problem_id: string; n: number }[], id: string) => Number(list.find((x) => x.problem_id === id)?.n ?? 0);
  return rows.map((p) => ({
    id: p.id, campaignId: p.campaign_id, org: { id: p.org_id, name: names.get(p.org_id) ?? '' }, planId: p.plan_id, source: p.source, wind: p.wind, orgCategoryId: p.org_category_id,
    description: p.description, targetKind: p.target_kind, targetLabel: p.target_label, targetUserId: p.target_user_id, severity: p.severity, immediate: p.immediate === 1,
    status: p.status, disclosedVersion: p.disclosed_version, createdBy: p.created_by, createdAt: p.created_at, updatedAt: p.updated_at,
    opinionCount: count(opinions, p.id), measureCount: count(measures, p.id),
    can: { manage: can(actor, 'rectification', 'manage', p.org_path) },
  }));
}

export const milestoneSchema = obj({ id: str, title: str, dueOn: str, done: bool, doneOn: nstr });

export const measureSchema = obj({
  id: str, problemId: str, org: ref, text: str, ownerOrg: ref, ownerUser: ref, startsOn: str, dueOn: str, status: str, lastProgress: str, lastProgressOn: nstr,
  verifiedOn: nstr, verifiedBy: nstr, escalatedOn: nstr, milestones: { type: 'array', items: milestoneSchema },
  can: obj({ manage: bool, report: bool, verify: bool }),
});

export async function presentMeasures(db: Kysely<Database>, actor: Actor, rows: RectifyMeasureTable[], milestones: Map<string, RectifyMilestoneTable[]>) {
  const names = await namesOf(db, rows.flatMap((m) => [m.org_id, m.owner_org_id]));
  return rows.map((m) => ({
    id: m.id, problemId: m.problem_id, org: { id: m.org_id, name: names.get(m.org_id) ?? '' }, text: m.text,
    ownerOrg: { id: m.owner_org_id, name: names.get(m.owner_org_id) ?? '' }, ownerUser: { id: m.owner_user_id, name: m.owner_name },
    startsOn: m.starts_on, dueOn: m.due_on, status: m.status, lastProgress: m.last_progress, lastProgressOn: m.last_progress_on,
    verifiedOn: m.verified_on, verifiedBy: m.verified_by, escalatedOn: m.escalated_on,
    milestones: (milestones.get(m.id) ?? []).map((x) => ({ id: x.id, title: x.title, dueOn: x.due_on, done: x.done === 1, doneOn: x.done_on })),
    can: { manage: can(actor, 'rectification', 'manage', m.org_path), report: canReport(actor, m), verify: can(actor, 'rectification', 'verify', m.org_path) },
  }));
}

export const eventSchema = obj({ seq: int, at: str, actorName: str, kind: str, fromStatus: nstr, toStatus: nstr, text: str });

export function presentEvent(e: RectifyMeasureEventTable) {
  return { seq: e.seq, at: e.at, actorName: e.actor_name, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, text: e.text };
}

export const ratingSchema = obj({ satisfied: int, basically: int, dissatisfied: int, total: int, rate: { type: ['number', 'null'] } });

export const planSchema = obj({ id: str, campaignId: str, org: ref, kind: str, memberName: nstr, memberUserId: nstr, title: str, createdAt: str, can: obj({ manage: bool }) });

export async function presentPlans(db: Kysely<Database>, actor: Actor, rows: RectifyPlanTable[]) {
  const names = await namesOf(db, rows.map((r) => r.org_id));
  return rows.map((p) => ({
    id: p.id, campaignId: p.campaign_id, org: { id: p.org_id, name: names.get(p.org_id) ?? '' }, kind: p.kind, memberName: p.member_name, memberUserId: p.member_user_id,
    title: p.title, createdAt: p.created_at, can: { manage: can(actor, 'rectification', 'manage', p.org_path) },
  }));
}
