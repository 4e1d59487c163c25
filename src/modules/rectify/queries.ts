import { sql, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database, RectifyMeasureTable } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import { can, inScope, scopeOf, subtreeEnd } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { milestonesOf } from './measures.js';
import type { MeasureStatus } from './model.js';

// Reads of measures: who may see one, and the timetable (all measures in reach with their dates,
// milestones and status, enough for a Gantt view) with the overdue list as one of its filters.

/** A measure is seen by readers of the problem's unit, by those who report for the owner unit, and by its owner. */
export function canSeeMeasure(actor: Actor, m: Pick<RectifyMeasureTable, 'org_path' | 'owner_org_path' | 'owner_user_id'>): boolean {
  return can(actor, 'rectification', 'read', m.org_path) || canReport(actor, m);
}

/** Progress is reported by the owner person, or by those who report for the owner unit. */
export function canReport(actor: Actor, m: Pick<RectifyMeasureTable, 'owner_org_path' | 'owner_user_id'>): boolean {
  return m.owner_user_id === actor.userId || can(actor, 'rectification', 'report', m.owner_org_path);
}

/** The SQL form of canSeeMeasure, for queries over rectify_measures. */
export function visibleMeasures<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, actor: Actor) {
  return eb.or([
    inScope(eb, 'rectify_measures.org_path', scopeOf(actor, 'rectification', 'read')),
    inScope(eb, 'rectify_measures.owner_org_path', scopeOf(actor, 'rectification', 'report')),
    sql<SqlBool>`rectify_measures.owner_user_id = ${actor.userId}`,
  ]);
}

export interface TimetableFilter {
  campaignId: string;
  regionId: string;
  orgPath: string;
  status?: MeasureStatus;
  /** Deadline passed and not done: marked overdue, or not yet seen by the scan. */
  overdue?: boolean;
  problemId?: string;
  ownerUserId?: string;
  /** Measures whose span [start, deadline] meets [from, to]. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function measureTimetable(db: Kysely<Database>, actor: Actor, f: TimetableFilter) {
  const today = chinaDay();
  let q = db.selectFrom('rectify_measures').where('region_id', '=', f.regionId).where('campaign_id', '=', f.campaignId)
    .where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath)).where((eb) => visibleMeasures(eb, actor));
  const base = q;
  if (f.status) q = q.where('status', '=', f.status);
  if (f.overdue) q = q.where((eb) => eb.or([eb('status', '=', 'overdue'), eb.and([eb('due_on', '<', today), eb('status', 'not in', ['verified', 'awaiting_verification'])])]));
  if (f.problemId) q = q.where('problem_id', '=', f.problemId);
  if (f.ownerUserId) q = q.where('owner_user_id', '=', f.ownerUserId);
  if (f.from) q = q.where('due_on', '>=', f.from);
  if (f.to) q = q.where('starts_on', '<=', f.to);
  const [rows, count, byStatus] = await Promise.all([
    q.selectAll().orderBy('due_on').orderBy('id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.select(['status', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(case when due_on < ${today} and status not in ('verified', 'awaiting_verification') then 1 else 0 end)`.as('late')]).groupBy('status').execute(),
  ]);
  const milestones = await milestonesOf(db, f.regionId, rows.map((r) => r.id));
  return {
    rows, milestones, total: Number(count.n),
    counts: { byStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])), overdue: byStatus.reduce((a, r) => a + Number(r.late ?? 0), 0) },
  };
}
