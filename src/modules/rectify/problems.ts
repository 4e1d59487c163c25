import { sql, type Kysely, type Transaction } from 'kysely';
import type { CampaignTable, Database, RectifyPlanTable, RectifyProblemTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { AppError, badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { inScope, subtreeEnd, type Scope } from '../authz/policy.js';
import { participates } from '../campaigns/commands.js';
import { getOpinion, transitionOpinion } from '../opinions/commands.js';
import { getOrg } from '../organizations/queries.js';
import type { PlanKind, ProblemStatus, ProblemTarget, Source, Wind } from './model.js';

// Problems (查摆问题) and task books (整改任务书). A problem belongs to a unit of the campaign;
// it may gather opinions (each of which is then accepted as a problem), belong to a task book
// of that unit, and carries the measures that rectify it (measures.ts).

type Db = Kysely<Database> | Transaction<Database>;

export async function getProblem(db: Db, id: string): Promise<RectifyProblemTable> {
  const p = await db.selectFrom('rectify_problems').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw notFound('rectify.problem_not_found', { id });
  return p;
}

export async function getPlan(db: Db, id: string): Promise<RectifyPlanTable> {
  const p = await db.selectFrom('rectify_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw notFound('rectify.plan_not_found', { id });
  return p;
}

export interface PlanInput {
  orgId: string;
  kind: PlanKind;
  memberName?: string | null;
  memberUserId?: string | null;
  title?: string;
}

export async function createPlan(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: PlanInput): Promise<RectifyPlanTable> {
  if (input.kind === 'member' && !input.memberName?.trim()) throw badRequest('rectify.member_required');
  return db.transaction().execute(async (trx) => {
    const org = await unitOfCampaign(trx, campaign, input.orgId);
    if (input.memberUserId) await checkUser(trx, input.memberUserId, org.region_id);
    const at = nowIso();
    const title = input.title?.trim() || (input.kind === 'leadership' ? `${org.name}领导班子整改任务书` : `${input.memberName!.trim()}同志整改任务书`);
    const plan: RectifyPlanTable = {
      region_id: org.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, kind: input.kind,
      member_name: input.kind === 'member' ? input.memberName!.trim() : null, member_user_id: input.kind === 'member' ? input.memberUserId ?? null : null,
      title, created_at: at, updated_at: at,
    };
    await trx.insertInto('rectify_plans').values(plan).execute();
    await recordAudit(trx, actor, { regionId: plan.region_id, action: 'rectify.plan.create', targetType: 'rectify_plan', targetId: plan.id, orgPath: plan.org_path, after: plan });
    return plan;
  });
}

export interface ProblemInput {
  orgId: string;
  source: Source;
  wind: Wind;
  orgCategoryId?: string | null;
  description: string;
  targetKind: ProblemTarget;
  targetLabel?: string;
  targetUserId?: string | null;
  severity: number;
  immediate?: boolean;
  planId?: string | null;
  /** Opinions this problem gathers; each is accepted as a problem (its lifecycle step). */
  opinionIds?: string[];
  /** Told to named submitters of those opinions with the step, when given. */
  reply?: string;
}

export async function createProblem(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: ProblemInput): Promise<RectifyProblemTable> {
  if (input.targetKind === 'member' && !input.targetLabel?.trim()) throw badRequest('rectify.member_required');
  return db.transaction().execute(async (trx) => {
    const org = await unitOfCampaign(trx, campaign, input.orgId);
    await checkRefs(trx, org, campaign, input);
    const at = nowIso();
    const problem: RectifyProblemTable = {
      region_id: org.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, plan_id: input.planId ?? null,
      source: input.source, wind: input.wind, org_category_id: input.orgCategoryId ?? null, description: input.description.trim(),
      target_kind: input.targetKind, target_label: input.targetLabel?.trim() ?? '', target_user_id: input.targetUserId ?? null,
      severity: input.severity, immediate: input.immediate ? 1 : 0, status: 'open', disclosed_version: 0,
      created_by: actor.name, created_at: at, updated_at: at,
    };
    await trx.insertInto('rectify_problems').values(problem).execute();
    const linked = await linkOpinionsIn(trx, actor, problem, input.opinionIds ?? [], input.reply);
    await recordAudit(trx, actor, { regionId: problem.region_id, action: 'rectify.problem.create', targetType: 'rectify_problem', targetId: problem.id, orgPath: problem.org_path, after: { ...problem, opinionIds: linked } });
    return problem;
  });
}

export type ProblemPatch = Partial<Omit<ProblemInput, 'orgId' | 'opinionIds' | 'reply'>>;

export async function updateProblem(db: Kysely<Database>, actor: AuditActor, id: string, patch: ProblemPatch): Promise<RectifyProblemTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getProblem(trx, id);
    const org = await getOrg(trx, before.org_id);
    const campaign = { id: before.campaign_id } as CampaignTable;
    await checkRefs(trx, org, campaign, patch);
    const targetKind = patch.targetKind ?? before.target_kind;
    const targetLabel = patch.targetLabel !== undefined ? patch.targetLabel.trim() : before.target_label;
    if (targetKind === 'member' && !targetLabel) throw badRequest('rectify.member_required');
    const set: Partial<RectifyProblemTable> = {
      ...(patch.source ? { source: patch.source } : {}), ...(patch.wind ? { wind: patch.wind } : {}),
      ...(patch.orgCategoryId !== undefined ? { org_category_id: patch.orgCategoryId } : {}),
      ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
      target_kind: targetKind, target_label: targetLabel,
      ...(patch.targetUserId !== undefined ? { target_user_id: patch.targetUserId } : {}),
      ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
      ...(patch.immediate !== undefined ? { immediate: patch.immediate ? 1 : 0 } : {}),
      ...(patch.planId !== undefined ? { plan_id: patch.planId } : {}),
      updated_at: nowIso(),
    };
    await trx.updateTable('rectify_problems').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    const after = { ...before, ...set };
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'rectify.problem.update', targetType: 'rectify_problem', targetId: id, orgPath: before.org_path, before, after });
    return after;
  });
}

/** Adds opinions to a problem; the ones not yet accepted are accepted (one transaction). */
export async function linkOpinions(db: Kysely<Database>, actor: AuditActor, problemId: string, opinionIds: string[], reply?: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const problem = await getProblem(trx, problemId);
    const linked = await linkOpinionsIn(trx, actor, problem, opinionIds, reply);
    await recordAudit(trx, actor, { regionId: problem.region_id, action: 'rectify.problem.link', targetType: 'rectify_problem', targetId: problem.id, orgPath: problem.org_path, after: { opinionIds: linked } });
    return linked;
  });
}

async function linkOpinionsIn(trx: Transaction<Database>, actor: AuditActor, problem: RectifyProblemTable, opinionIds: string[], reply?: string): Promise<string[]> {
  const ids = [...new Set(opinionIds)];
  for (const id of ids) {
    const o = await getOpinion(trx, id).catch(() => {
      throw badRequest('rectify.opinion_invalid', { id });
    });
    if (o.campaign_id !== problem.campaign_id || o.region_id !== problem.region_id) throw badRequest('rectify.opinion_invalid', { id });
    // The opinions module owns the lifecycle: its command moves the opinion (with its event,
    // audit and the submitter's notice), inside this transaction so that all or nothing is written.
    if (o.status !== 'accepted' && o.status !== 'fixed') await transitionOpinion(joined(trx), actor, id, { to: 'accepted', ...(reply?.trim() ? { reply } : {}) });
    await trx.insertInto('rectify_problem_opinions').values({ region_id: problem.region_id, problem_id: problem.id, opinion_id: id })
      .onConflict((oc) => oc.columns(['region_id', 'problem_id', 'opinion_id']).doNothing()).execute();
  }
  return ids;
}

/**
 * A handle on an open transaction that commands written for a Kysely instance can use: their
 * own `db.transaction().execute(fn)` runs `fn` inside this transaction instead of opening one
 * (Kysely does not nest transactions). Methods are bound to the transaction itself because
 * Kysely keeps its state in private fields.
 */
function joined(trx: Transaction<Database>): Kysely<Database> {
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: <T>(fn: (t: Transaction<Database>) => Promise<T>) => fn(target) });
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Kysely<Database>;
}

/** A problem follows its measures: none → open, all verified → rectified, else rectifying. */
export async function refreshProblemStatus(trx: Db, regionId: string, problemId: string): Promise<ProblemStatus> {
  const r = await trx.selectFrom('rectify_measures').select([(eb) => eb.fn.countAll<number>().as('total'), sql<number>`sum(case when status = 'verified' then 1 else 0 end)`.as('verified')])
    .where('region_id', '=', regionId).where('problem_id', '=', problemId).executeTakeFirstOrThrow();
  const total = Number(r.total);
  const status: ProblemStatus = total === 0 ? 'open' : Number(r.verified) === total ? 'rectified' : 'rectifying';
  await trx.updateTable('rectify_problems').set({ status }).where('region_id', '=', regionId).where('id', '=', problemId).where('status', '!=', status).execute();
  return status;
}

async function unitOfCampaign(trx: Db, campaign: CampaignTable, orgId: string) {
  const org = await getOrg(trx, orgId).catch(() => {
    throw badRequest('rectify.unit_outside', { id: orgId });
  });
  if (!(await participates(trx as Kysely<Database>, campaign, org))) throw badRequest('rectify.unit_outside', { id: orgId });
  return org;
}

async function checkUser(trx: Db, userId: string, regionId: string) {
  const u = await trx.selectFrom('users').select(['id', 'region_id', 'active', 'name']).where('id', '=', userId).executeTakeFirst();
  if (!u || u.region_id !== regionId || !u.active) throw badRequest('rectify.user_invalid', { id: userId });
  return u;
}

async function checkRefs(trx: Db, org: { id: string; path: string; region_id: string }, campaign: Pick<CampaignTable, 'id'>, input: ProblemPatch) {
  if (input.orgCategoryId) {
    const c = await trx.selectFrom('opinion_categories').selectAll().where('id', '=', input.orgCategoryId).executeTakeFirst();
    // A category defined at a node is offered to every unit below it.
    if (!c || c.region_id !== org.region_id || !c.active || !org.path.startsWith(c.org_path)) throw badRequest('rectify.category_invalid', { id: input.orgCategoryId });
  }
  if (input.planId) {
    const plan = await getPlan(trx, input.planId).catch(() => {
      throw badRequest('rectify.plan_mismatch', { id: input.planId });
    });
    if (plan.campaign_id !== campaign.id || plan.org_id !== org.id) throw badRequest('rectify.plan_mismatch', { id: input.planId });
  }
  if (input.targetUserId) await checkUser(trx, input.targetUserId, org.region_id);
}

// ---- the register ---------------------------------------------------------------------

export interface RegisterFilter {
  campaignId: string;
  regionId: string;
  orgPath: string; // a unit and everything below it
  wind?: Wind;
  source?: Source;
  status?: ProblemStatus;
  immediate?: boolean;
  planId?: string;
  disclosed?: boolean;
  limit: number;
  offset: number;
}

/** The problems in the caller's reach with the filters, and the register's counts for the subtree. */
export async function problemRegister(db: Kysely<Database>, scope: Scope, f: RegisterFilter) {
  const base = db.selectFrom('rectify_problems').where('region_id', '=', f.regionId).where('campaign_id', '=', f.campaignId)
    .where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath)).where((eb) => inScope(eb, 'org_path', scope));
  let q = base;
  if (f.wind) q = q.where('wind', '=', f.wind);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.immediate !== undefined) q = q.where('immediate', '=', f.immediate ? 1 : 0);
  if (f.planId) q = q.where('plan_id', '=', f.planId);
  if (f.disclosed !== undefined) q = q.where('disclosed_version', f.disclosed ? '>' : '=', 0);
  const group = (col: 'wind' | 'source' | 'status' | 'immediate') => base.select([col, (eb) => eb.fn.countAll<number>().as('n')]).groupBy(col).execute();
  const [rows, count, byWind, bySource, byStatus, byImmediate] = await Promise.all([
    q.selectAll().orderBy('org_path').orderBy('created_at').orderBy('id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    group('wind'), group('source'), group('status'), group('immediate'),
  ]);
  const tally = (list: { n: number }[], key: (r: any) => string) => Object.fromEntries(list.map((r) => [key(r), Number(r.n)]));
  return {
    rows,
    total: Number(count.n),
    counts: {
      all: byWind.reduce((a, r) => a + Number(r.n), 0),
      byWind: tally(byWind, (r) => r.wind), bySource: tally(bySource, (r) => r.source), byStatus: tally(byStatus, (r) => r.status),
      immediate: Number(byImmediate.find((r) => Number(r.immediate) === 1)?.n ?? 0),
    },
  };
}

export async function problemOpinions(db: Kysely<Database>, p: Pick<RectifyProblemTable, 'region_id' | 'id'>) {
  return db.selectFrom('rectify_problem_opinions as l').innerJoin('opinions as o', (j) => j.onRef('o.region_id', '=', 'l.region_id').onRef('o.id', '=', 'l.opinion_id'))
    .select(['o.id', 'o.org_path', 'o.channel', 'o.status', 'o.body_redacted', 'o.received_on']).where('l.region_id', '=', p.region_id).where('l.problem_id', '=', p.id).orderBy('o.received_on').execute();
}

/**
 * Removes a problem registered by mistake, while it stands alone: no measures, no gathered
 * opinions (their submitters were told it was accepted), no disclosure, no rule review citing it.
 */
export async function deleteProblem(db: Kysely<Database>, actor: AuditActor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const p = await getProblem(trx, id);
    const one = (q: { limit(n: number): { executeTakeFirst(): Promise<unknown> } }) => q.limit(1).executeTakeFirst();
    const uses = [
      ['rectify.problem_in_use_measures', () => one(trx.selectFrom('rectify_measures').select('id').where('region_id', '=', p.region_id).where('problem_id', '=', p.id))],
      ['rectify.problem_in_use_opinions', () => one(trx.selectFrom('rectify_problem_opinions').select('opinion_id').where('region_id', '=', p.region_id).where('problem_id', '=', p.id))],
      ['rectify.problem_in_use_disclosure', () => one(trx.selectFrom('rectify_disclosures').select('problem_id').where('region_id', '=', p.region_id).where('problem_id', '=', p.id))],
      ['rectify.problem_in_use_rules', () => one(trx.selectFrom('rectify_rule_problems').select('rule_id').where('region_id', '=', p.region_id).where('problem_id', '=', p.id))],
    ] as const;
    for (const [code, found] of uses) {
      if (await found()) throw new AppError(409, code);
    }
    await trx.deleteFrom('rectify_problems').where('region_id', '=', p.region_id).where('id', '=', p.id).execute();
    await recordAudit(trx, actor, { regionId: p.region_id, action: 'rectify.problem.delete', targetType: 'rectify_problem', targetId: p.id, orgPath: p.org_path, before: p });
  });
}
