import type { Kysely, Transaction } from 'kysely';
import type { CampaignTable, Database, RectifyCommitmentTable, RectifyRuleTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { inScope, subtreeEnd, type Scope } from '../authz/policy.js';
import { participates } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import { RULE_DECISIONS, type RuleDecision } from './model.js';

// Rule review (建章立制, 废改立) and public commitments (公开承诺). Seed 002: of the work
// committee's rules 16 kept, 4 abolished, 37 revised by named departments, and two new ones;
// the leadership's 8 public commitments and 50-odd staff commitments.

type Db = Kysely<Database> | Transaction<Database>;

async function unitOf(trx: Db, campaign: CampaignTable, orgId: string) {
  const org = await getOrg(trx, orgId).catch(() => {
    throw badRequest('rectify.unit_outside', { id: orgId });
  });
  if (!(await participates(trx as Kysely<Database>, campaign, org))) throw badRequest('rectify.unit_outside', { id: orgId });
  return org;
}

async function checkUser(trx: Db, userId: string | null | undefined, regionId: string) {
  if (!userId) return;
  const u = await trx.selectFrom('users').select(['region_id', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!u || u.region_id !== regionId || !u.active) throw badRequest('rectify.user_invalid', { id: userId });
}

export async function getRule(db: Db, id: string): Promise<RectifyRuleTable> {
  const r = await db.selectFrom('rectify_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('rectify.rule_not_found', { id });
  return r;
}

export interface RuleInput {
  orgId: string;
  title: string;
  decision: RuleDecision;
  owner?: string;
  ownerUserId?: string | null;
  dueOn?: string | null;
  status?: 'pending' | 'done';
  note?: string;
  problemIds?: string[];
}

async function setRuleProblems(trx: Db, rule: RectifyRuleTable, problemIds: string[]) {
  await trx.deleteFrom('rectify_rule_problems').where('region_id', '=', rule.region_id).where('rule_id', '=', rule.id).execute();
  for (const id of new Set(problemIds)) {
    const p = await trx.selectFrom('rectify_problems').select(['campaign_id', 'region_id']).where('id', '=', id).executeTakeFirst();
    if (!p || p.campaign_id !== rule.campaign_id || p.region_id !== rule.region_id) throw badRequest('rectify.problem_not_found', { id });
    await trx.insertInto('rectify_rule_problems').values({ region_id: rule.region_id, rule_id: rule.id, problem_id: id }).execute();
  }
}

export async function createRule(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: RuleInput): Promise<RectifyRuleTable> {
  return db.transaction().execute(async (trx) => {
    const org = await unitOf(trx, campaign, input.orgId);
    await checkUser(trx, input.ownerUserId, org.region_id);
    const at = nowIso();
    const rule: RectifyRuleTable = {
      region_id: org.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, title: input.title.trim(), decision: input.decision,
      owner: input.owner?.trim() ?? '', owner_user_id: input.ownerUserId ?? null, due_on: input.dueOn ?? null,
      status: input.status ?? (input.decision === 'keep' ? 'done' : 'pending'), note: input.note?.trim() ?? '', created_at: at, updated_at: at,
    };
    await trx.insertInto('rectify_rules').values(rule).execute();
    await setRuleProblems(trx, rule, input.problemIds ?? []);
    await recordAudit(trx, actor, { regionId: rule.region_id, action: 'rectify.rule.create', targetType: 'rectify_rule', targetId: rule.id, orgPath: rule.org_path, after: { ...rule, problemIds: input.problemIds ?? [] } });
    return rule;
  });
}

export async function updateRule(db: Kysely<Database>, actor: AuditActor, id: string, patch: Partial<Omit<RuleInput, 'orgId'>>): Promise<RectifyRuleTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getRule(trx, id);
    await checkUser(trx, patch.ownerUserId, before.region_id);
    const set: Partial<RectifyRuleTable> = {
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}), ...(patch.decision ? { decision: patch.decision } : {}),
      ...(patch.owner !== undefined ? { owner: patch.owner.trim() } : {}), ...(patch.ownerUserId !== undefined ? { owner_user_id: patch.ownerUserId } : {}),
      ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}), ...(patch.status ? { status: patch.status } : {}),
      ...(patch.note !== undefined ? { note: patch.note.trim() } : {}), updated_at: nowIso(),
    };
    await trx.updateTable('rectify_rules').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    const after = { ...before, ...set };
    if (patch.problemIds) await setRuleProblems(trx, after, patch.problemIds);
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'rectify.rule.update', targetType: 'rectify_rule', targetId: id, orgPath: before.org_path, before, after: { ...after, ...(patch.problemIds ? { problemIds: patch.problemIds } : {}) } });
    return after;
  });
}

export interface ListFilter {
  campaignId: string;
  regionId: string;
  orgPath: string;
}

/** Rules in reach under a unit, with the counts per decision and how many are done (keep 16 / abolish 4 / revise 37 …). */
export async function ruleRegister(db: Kysely<Database>, scope: Scope, f: ListFilter & { decision?: RuleDecision }) {
  const base = db.selectFrom('rectify_rules').where('region_id', '=', f.regionId).where('campaign_id', '=', f.campaignId)
    .where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath)).where((eb) => inScope(eb, 'org_path', scope));
  const [rows, counts] = await Promise.all([
    (f.decision ? base.where('decision', '=', f.decision) : base).selectAll().orderBy('org_path').orderBy('decision').orderBy('created_at').limit(1000).execute(),
    base.select(['decision', 'status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['decision', 'status']).execute(),
  ]);
  const links = rows.length ? await db.selectFrom('rectify_rule_problems').selectAll().where('region_id', '=', f.regionId).where('rule_id', 'in', rows.map((r) => r.id)).execute() : [];
  const byDecision = Object.fromEntries(RULE_DECISIONS.map((d) => [d, counts.filter((c) => c.decision === d).reduce((a, c) => a + Number(c.n), 0)]));
  const done = counts.filter((c) => c.status === 'done').reduce((a, c) => a + Number(c.n), 0);
  return { rows, problems: (ruleId: string) => links.filter((l) => l.rule_id === ruleId).map((l) => l.problem_id), counts: { ...byDecision, total: Object.values(byDecision).reduce((a, b) => a + b, 0), done } };
}

// ---- public commitments -------------------------------------------------------------------

export async function getCommitment(db: Db, id: string): Promise<RectifyCommitmentTable> {
  const c = await db.selectFrom('rectify_commitments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('rectify.commitment_not_found', { id });
  return c;
}

export interface CommitmentInput {
  orgId: string;
  personName: string;
  personUserId?: string | null;
  personTitle?: string;
  text: string;
  published?: boolean;
  status?: string;
}

export async function createCommitment(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: CommitmentInput): Promise<RectifyCommitmentTable> {
  return db.transaction().execute(async (trx) => {
    const org = await unitOf(trx, campaign, input.orgId);
    await checkUser(trx, input.personUserId, org.region_id);
    const at = nowIso();
    const c: RectifyCommitmentTable = {
      region_id: org.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, person_name: input.personName.trim(), person_user_id: input.personUserId ?? null,
      person_title: input.personTitle?.trim() ?? '', text: input.text.trim(), published: input.published ? 1 : 0, status: input.status ?? 'made', created_at: at, updated_at: at,
    };
    await trx.insertInto('rectify_commitments').values(c).execute();
    await recordAudit(trx, actor, { regionId: c.region_id, action: 'rectify.commitment.create', targetType: 'rectify_commitment', targetId: c.id, orgPath: c.org_path, after: c });
    return c;
  });
}

export async function updateCommitment(db: Kysely<Database>, actor: AuditActor, id: string, patch: Partial<Omit<CommitmentInput, 'orgId'>>): Promise<RectifyCommitmentTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getCommitment(trx, id);
    await checkUser(trx, patch.personUserId, before.region_id);
    const set: Partial<RectifyCommitmentTable> = {
      ...(patch.personName !== undefined ? { person_name: patch.personName.trim() } : {}), ...(patch.personUserId !== undefined ? { person_user_id: patch.personUserId } : {}),
      ...(patch.personTitle !== undefined ? { person_title: patch.personTitle.trim() } : {}), ...(patch.text !== undefined ? { text: patch.text.trim() } : {}),
      ...(patch.published !== undefined ? { published: patch.published ? 1 : 0 } : {}), ...(patch.status ? { status: patch.status } : {}), updated_at: nowIso(),
    };
    await trx.updateTable('rectify_commitments').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    const after = { ...before, ...set };
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'rectify.commitment.update', targetType: 'rectify_commitment', targetId: id, orgPath: before.org_path, before, after });
    return after;
  });
}

export async function commitmentList(db: Kysely<Database>, scope: Scope | null, f: ListFilter & { published?: boolean }) {
  let q = db.selectFrom('rectify_commitments').selectAll().where('region_id', '=', f.regionId).where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath));
  if (f.campaignId) q = q.where('campaign_id', '=', f.campaignId);
  if (scope) q = q.where((eb) => inScope(eb, 'org_path', scope));
  if (f.published !== undefined) q = q.where('published', '=', f.published ? 1 : 0);
  return q.orderBy('org_path').orderBy('created_at').limit(1000).execute();
}
