import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { learnLabel } from './learned.js';
import { forgetIndex, noteMerged, noteRouted, noteSplit } from './arrival.js';
import { commonPath } from './cluster-path.js';
import type { Wind } from './classify.js';
import type { CampaignTable, Database, OpinionCategoryTable, OpinionTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { covers, inScope, scopeIsEmpty, type Scope } from '../authz/policy.js';
import { getCampaign, participates } from '../campaigns/commands.js';
import { CATEGORIES, type Category, type Status } from '../opinions/model.js';
import { findOrg, type OrgRow } from '../organizations/queries.js';
import { WIND_LABELS } from '../rectify/model.js';
import { categoriesByIds, offeredAt } from './queries.js';

// Staff triage: confirm or correct the first pass (wind, the organization's own category, the
// unit it concerns), one opinion or many at once (all or nothing), merge near-duplicate clusters
// and take an opinion out of one. Every original is kept: clustering only changes cluster_id.
// Each confirmation or correction is also a training example for the classifier (triage_labels).

/** How far the caller reaches (from src/modules/authz/policy.ts): routes pass the opinion scopes in. */
export interface Reach {
  read: Scope;
  handle: Scope;
}

export interface TriageInput {
  /** Take the first pass as it stands: its wind, and its suggested unit when the caller may route there. */
  accept?: boolean;
  /** With accept: the suggested wind the caller saw (one opinion), or per opinion id (bulk); refused when it changed since. */
  expectedWind?: Wind;
  expected?: Record<string, string>;
  wind?: Category | null;
  orgCategoryId?: string | null;
  /** Route to another unit taking part in the campaign, inside the caller's reach. */
  orgId?: string;
}

export const BULK_ACTIONS = ['accept', 'wind', 'category', 'route'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_MAX = 500;

const listed = (ids: string[]) => (ids.length ? ids.join(', ') : '—');

/** Triages one opinion (the route has authorized handling it). */
export async function triageOpinion(db: Kysely<Database>, actor: AuditActor, id: string, input: TriageInput, reach: Reach): Promise<OpinionTable> {
  const learned: PendingLabel[] = [];
  const routed: Routed[] = [];
  return db.transaction().execute(async (trx) => {
    const o = await trx.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!o) throw notFound('opinion.not_found', { id });
    if (!covers(reach.handle, o.org_path)) throw forbidden();
    const campaign = await getCampaign(trx, o.campaign_id);
    const [updated] = await triageRows(trx, actor, campaign, [o], input, reach, learned, routed);
    return updated;
  }).then(async (updated) => {
    await learnAll(learned);
    await noteAllRouted(routed);
    return updated;
  });
}

/** A label written in a transaction, learned by the campaign's model once it is committed. */
interface PendingLabel {
  campaignId: string;
  id: string;
  at: string;
  wind: Wind | null;
  opinionId: string;
  text: string;
}

async function learnAll(labels: PendingLabel[]): Promise<void> {
  for (const l of labels) await learnLabel(l.campaignId, l, l.text);
}

/** An opinion moved to another unit in a transaction: the loaded duplicate index learns its unit once it is committed. */
interface Routed {
  campaignId: string;
  id: string;
  path: string;
}

async function noteAllRouted(routed: Routed[]): Promise<void> {
  for (const r of routed) await noteRouted(r.campaignId, r.id, r.path);
}

/** The same change for many opinions of one campaign: every one is changed, or none. */
export async function bulkTriage(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, ids: string[], action: BulkAction, value: string | undefined, reach: Reach, expected?: Record<string, string>): Promise<OpinionTable[]> {
  if (scopeIsEmpty(reach.handle)) throw forbidden();
  const input = bulkInput(action, value);
  if (expected && !input.accept) throw badRequest('triage.expected_accept_only', { action });
  if (expected) input.expected = expected;
  const unique = [...new Set(ids)];
  const learned: PendingLabel[] = [];
  const routed: Routed[] = [];
  const out = await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('opinions').selectAll().where('region_id', '=', campaign.region_id).where('id', 'in', unique).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unknown = unique.filter((id) => byId.get(id)?.campaign_id !== campaign.id);
    const outside = unique.filter((id) => byId.get(id)?.campaign_id === campaign.id && !covers(reach.handle, byId.get(id)!.org_path));
    if (unknown.length || outside.length) {
      throw new AppError(outside.length ? 403 : 400, 'triage.bulk_refused', { outside: listed(outside), unknown: listed(unknown) }, { outside, unknown });
    }
    return triageRows(trx, actor, campaign, unique.map((id) => byId.get(id)!), input, reach, learned, routed);
  });
  await learnAll(learned);
  await noteAllRouted(routed);
  return out;
}

function bulkInput(action: BulkAction, value: string | undefined): TriageInput {
  if (action === 'accept') return { accept: true };
  if (value === undefined || value === '') throw badRequest('triage.bulk_value_required', { action });
  if (action === 'wind') {
    if (!(CATEGORIES as readonly string[]).includes(value)) throw badRequest('triage.bulk_value_invalid', { action, value });
    return { wind: value as Category };
  }
  if (!/^[0-9a-v]{10}$/.test(value)) throw badRequest('triage.bulk_value_invalid', { action, value });
  return action === 'category' ? { orgCategoryId: value } : { orgId: value };
}

/** A unit the caller may route opinions of the campaign to. */
async function routeTarget(trx: Transaction<Database>, campaign: CampaignTable, orgId: string, reach: Reach): Promise<OrgRow> {
  const unit = await findOrg(trx, orgId);
  if (!unit || !(await participates(trx, campaign, unit))) throw badRequest('opinion.unit_outside', { id: orgId });
  if (!covers(reach.handle, unit.path)) throw new AppError(403, 'triage.route_outside', { name: unit.name });
  return unit;
}

async function triageRows(trx: Transaction<Database>, actor: AuditActor, campaign: CampaignTable, rows: OpinionTable[], input: TriageInput, reach: Reach, learned: PendingLabel[] = [], routed: Routed[] = []): Promise<OpinionTable[]> {
  if (input.accept && input.wind !== undefined) throw badRequest('triage.accept_conflict');
  if (!input.accept && input.wind === undefined && input.orgCategoryId === undefined && input.orgId === undefined) throw badRequest('triage.nothing_to_do');

  const target = input.orgId ? await routeTarget(trx, campaign, input.orgId, reach) : null;
  let chosen: OpinionCategoryTable | null = null;
  if (input.orgCategoryId) {
    chosen = (await trx.selectFrom('opinion_categories').selectAll().where('id', '=', input.orgCategoryId).executeTakeFirst()) ?? null;
    if (!chosen || chosen.region_id !== campaign.region_id) throw badRequest('triage.category_not_found', { id: input.orgCategoryId });
  }

  // Accepting takes the suggested unit when the caller may route there; otherwise the unit stays.
  const suggestedUnits = new Map<string, OrgRow | null>();
  if (input.accept && !target) {
    for (const id of new Set(rows.map((o) => o.suggested_org_id).filter((x): x is string => !!x))) {
      const unit = await findOrg(trx, id);
      const ok = !!unit && covers(reach.handle, unit.path) && (await participates(trx, campaign, unit));
      suggestedUnits.set(id, ok ? unit : null);
    }
  }
  const existing = await categoriesByIds(trx, rows.map((o) => o.org_category_id));

  const plans = rows.map((o) => {
    // (Review) A unit staff routed the opinion to stands: accepting takes the wind alone, never the unit the text names.
    const suggestedUnit = o.suggested_org_id && o.suggested_org_id !== o.org_id && !o.routed_at ? suggestedUnits.get(o.suggested_org_id) ?? null : null;
    const unit = target ?? suggestedUnit;
    const orgPath = unit?.path ?? o.org_path;
    let orgCategoryId: string | null;
    const cur = o.org_category_id ? existing.get(o.org_category_id) : undefined;
    if (input.orgCategoryId !== undefined) orgCategoryId = input.orgCategoryId;
    else {
      // A category the new unit is not offered is dropped with the move.
      orgCategoryId = cur && offeredAt(cur, o.region_id, orgPath) ? cur.id : null;
    }
    let wind: string | null = o.category;
    if (input.accept) wind = o.suggested_category;
    else if (input.wind !== undefined) wind = input.wind;
    // A category implies its wind only where staff have set none: choosing 窗口服务 must not overwrite the 奢靡之风 set a
    // keystroke before (nor teach the campaign's model a wind no one chose).
    else if (chosen?.wind && o.category === null) wind = chosen.wind;
    // (Review) A category kept under another wind than the one now set is dropped with the change of wind: the two
    // never stand together on an opinion, nor in a label.
    if (input.orgCategoryId === undefined && cur?.wind && wind !== null && cur.wind !== wind && orgCategoryId === cur.id) orgCategoryId = null;
    return { o, unit, orgPath, orgCategoryId, wind };
  });

  if (input.accept) {
    const none = plans.filter((p) => !p.o.suggested_category).map((p) => p.o.id);
    if (none.length === 1 && rows.length === 1) throw badRequest('triage.no_suggestion', { id: none[0] });
    if (none.length) throw badRequest('triage.bulk_no_suggestion', { ids: none.join(', ') });
    // What the caller saw: a backlog run may have changed a suggestion since the page was drawn, and accepting must take
    // what was on the screen or nothing.
    // (Given per id, every id needs its entry: one without was not on the caller's screen as it is now.)
    const changed = plans.filter((p) => {
      const seen = input.expectedWind ?? input.expected?.[p.o.id];
      return input.expected ? seen !== p.o.suggested_category : seen !== undefined && seen !== p.o.suggested_category;
    });
    if (changed.length) throw new AppError(409, 'triage.suggestion_changed', { ids: changed.map((p) => p.o.id).join(', ') }, { ids: changed.map((p) => p.o.id) });
  }
  if (chosen) {
    const notOffered = plans.filter((p) => !offeredAt(chosen, p.o.region_id, p.orgPath)).map((p) => p.o.id);
    if (notOffered.length) throw badRequest('triage.category_unavailable', { name: chosen.name, ids: notOffered.join(', ') });
    // A category under one wind on an opinion of another is a contradiction the campaign's model would learn: the
    // wind is changed first (or with it), never silently.
    const clash = chosen.wind ? plans.filter((p) => p.wind !== null && p.wind !== chosen.wind).map((p) => p.o.id) : [];
    if (clash.length) throw badRequest('triage.category_wind_clash', { name: chosen.name, wind: WIND_LABELS[chosen.wind as Wind] ?? chosen.wind, ids: clash.join(', ') });
  }

  const at = nowIso();
  const today = chinaDay();
  const out: OpinionTable[] = [];
  for (const { o, unit, orgPath, orgCategoryId, wind } of plans) {
    // Triaged once it has a wind: an opinion only routed (or given a category of no wind) waits, untriaged, in the
    // queue of the unit that now has it; one whose wind staff clear goes back there.
    const status: Status = o.status === 'received' && wind !== null ? 'triaged' : o.status === 'triaged' && wind === null ? 'received' : (o.status as Status);
    const patch = {
      category: wind, org_category_id: orgCategoryId, org_id: unit?.id ?? o.org_id, org_path: orgPath, status,
      triaged_by: wind === null ? null : actor.name, triaged_at: wind === null ? null : at, updated_at_day: today,
      // Routed by staff: the choice becomes the standing suggestion, and no later suggestion moves it (routed_at).
      ...(target ? { suggested_org_id: target.id, routed_at: at } : {}),
    };
    await trx.updateTable('opinions').set(patch).where('region_id', '=', o.region_id).where('id', '=', o.id).execute();
    if (orgPath !== o.org_path) routed.push({ campaignId: o.campaign_id, id: o.id, path: orgPath });
    // The submitter's timeline shows the step to 已分办 (no text: classification is internal).
    if (status !== o.status) await addStatusEvent(trx, o, o.status, status, actor);
    if (wind !== null || orgCategoryId !== null) {
      const label = {
        region_id: o.region_id, id: newId(), campaign_id: o.campaign_id, opinion_id: o.id, wind, org_category_id: orgCategoryId,
        suggested: o.suggested_category, actor_id: actor.userId ?? 'system', at,
      };
      await trx.insertInto('triage_labels').values(label).execute();
      learned.push({ campaignId: o.campaign_id, id: label.id, at, wind: wind as Wind | null, opinionId: o.id, text: o.body_redacted });
    }
    await recordAudit(trx, actor, {
      regionId: o.region_id, action: 'opinion.triage', targetType: 'opinion', targetId: o.id, orgPath,
      before: { status: o.status, category: o.category, orgCategoryId: o.org_category_id, orgId: o.org_id },
      after: { status, category: wind, orgCategoryId, orgId: patch.org_id, suggested: o.suggested_category, accepted: !!input.accept },
    });
    out.push({ ...o, ...patch });
  }
  return out;
}

async function addStatusEvent(trx: Transaction<Database>, o: OpinionTable, from: string, to: string, actor: AuditActor) {
  const last = await trx.selectFrom('opinion_events').select((eb) => eb.fn.max('seq').as('seq')).where('region_id', '=', o.region_id).where('opinion_id', '=', o.id).executeTakeFirst();
  await trx.insertInto('opinion_events').values({
    region_id: o.region_id, id: newId(), opinion_id: o.id, seq: Number(last?.seq ?? 0) + 1, on_day: chinaDay(), at: nowIso(),
    actor_id: actor.userId, actor_name: actor.name, kind: 'status', from_status: from, to_status: to, text: '',
  }).execute();
}

// -- clusters

export interface MergeInput {
  clusterIds?: string[];
  opinionIds?: string[];
}

/** The clusters' condition: members of `clusters` (an opinion without a cluster stands for its own). */
function inClusters(clusters: string[]) {
  return sql<SqlBool>`(${sql.ref('cluster_id')} in (${sql.join(clusters)}) or (${sql.ref('cluster_id')} is null and ${sql.ref('id')} in (${sql.join(clusters)})))`;
}

/**
 * Merges the clusters named (or the clusters of the opinions named) into one: the one whose first
 * opinion came in earliest keeps its id, the others' members take it. Only cluster_id changes.
 */
export async function mergeClusters(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: MergeInput, reach: Reach): Promise<{ clusterId: string; moved: number }> {
  if (scopeIsEmpty(reach.handle)) throw forbidden();
  const merged = await db.transaction().execute(async (trx) => {
    const base = () => trx.selectFrom('opinions').where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id);
    const clusters = new Set<string>();
    const unknown: string[] = [];
    const outside: string[] = [];
    if (input.opinionIds) {
      const ids = [...new Set(input.opinionIds)];
      const rows = await base().select(['id', 'cluster_id', 'org_path']).where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids) {
        const r = byId.get(id);
        if (!r) unknown.push(id);
        else if (!covers(reach.read, r.org_path)) outside.push(id);
        else clusters.add(r.cluster_id ?? r.id);
      }
    } else {
      const ids = [...new Set(input.clusterIds ?? [])];
      const seen = await base().select('cluster_id').where('cluster_id', 'in', ids).where((eb) => inScope(eb, 'org_path', reach.read)).groupBy('cluster_id').execute();
      const visible = new Set(seen.map((r) => r.cluster_id));
      const rest = ids.filter((id) => !visible.has(id));
      const hidden = new Set(rest.length ? (await base().select('cluster_id').where('cluster_id', 'in', rest).groupBy('cluster_id').execute()).map((r) => r.cluster_id) : []);
      for (const id of ids) {
        if (visible.has(id)) clusters.add(id);
        else if (hidden.has(id)) outside.push(id);
        else unknown.push(id);
      }
    }
    if (outside.length) throw new AppError(403, 'triage.merge_outside', { ids: outside.join(', ') }, { outside });
    if (unknown.length) throw badRequest('triage.merge_unknown', { ids: unknown.join(', ') }, { unknown });
    if (clusters.size < 2) throw badRequest('triage.merge_single');

    // The cluster that started earliest: its first opinion (the id holder) by day, then id.
    const all = [...clusters];
    const heads = await base().select(['id', 'received_on', 'cluster_id']).where('id', 'in', all).execute();
    const startOf = new Map<string, string>();
    for (const h of heads) if ((h.cluster_id ?? h.id) === h.id) startOf.set(h.id, `${h.received_on} ${h.id}`);
    for (const c of all.filter((c) => !startOf.has(c))) {
      const first = await base().select(['id', 'received_on']).where('cluster_id', '=', c).orderBy('received_on').orderBy('id').limit(1).executeTakeFirst();
      startOf.set(c, first ? `${first.received_on} ${first.id}` : `9999-99-99 ${c}`);
    }
    const root = all.sort((a, b) => (startOf.get(a)! < startOf.get(b)! ? -1 : 1))[0];
    const others = all.filter((c) => c !== root);

    // Every opinion that changes must be one the caller may handle.
    const refused = await base().select('id').where(inClusters(others)).where((eb) => eb.not(inScope(eb, 'org_path', reach.handle))).limit(50).execute();
    if (refused.length) throw new AppError(403, 'triage.merge_outside', { ids: refused.map((r) => r.id).join(', ') }, { outside: refused.map((r) => r.id) });
    const span = await base().select((eb) => [eb.fn.min('org_path').as('lo'), eb.fn.max('org_path').as('hi')]).where(inClusters(others)).executeTakeFirst();

    // Who was in which cluster, so that the merge can be undone (unmergeCluster): a keystroke joins two whole groups.
    // The members have rows of their own under the merge's id, however many; the audit entry names that id, their
    // count and the first few, and stays small.
    const mergeId = newId();
    const text = (v: string) => sql<string>`cast(${v} as text)`;
    const kept = await trx.insertInto('triage_merge_members').columns(['region_id', 'merge_id', 'opinion_id', 'cluster_id'])
      .expression(base().select((eb) => [text(campaign.region_id).as('region_id'), text(mergeId).as('merge_id'), 'id', eb.fn.coalesce('cluster_id', 'id').as('cluster_id')]).where(inClusters(others)))
      .executeTakeFirst();
    const first = await trx.selectFrom('triage_merge_members').select('opinion_id').where('region_id', '=', campaign.region_id).where('merge_id', '=', mergeId)
      .orderBy('opinion_id').limit(MERGE_AUDIT_IDS).execute();
    const before = { clusterIds: others, mergeId, memberCount: Number(kept.numInsertedOrUpdatedRows ?? 0), firstMemberIds: first.map((m) => m.opinion_id) };
    const res = await trx.updateTable('opinions').set({ cluster_id: root }).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where(inClusters(others)).executeTakeFirst();
    const moved = Number(res.numUpdatedRows);
    await recordAudit(trx, actor, {
      regionId: campaign.region_id, action: 'triage.merge', targetType: 'opinion_cluster', targetId: root, orgPath: commonPath(span?.lo ?? null, span?.hi ?? null),
      before, after: { clusterId: root, moved },
    });
    return { clusterId: root, moved, others };
  });
  // After the commit: the duplicate index's clusters follow the stored ones.
  await noteMerged(campaign.id, merged.clusterId, merged.others);
  return { clusterId: merged.clusterId, moved: merged.moved };
}

/** How many of a merge's member ids its audit entry names (all of a small merge; the rest are in triage_merge_members). */
export const MERGE_AUDIT_IDS = 20;

/** What a merge's audit entry holds before the move: merges recorded before migration 0012 have `members` instead of
 * `mergeId` (every member up to 5,000; none beyond, and such a merge cannot be undone). */
interface MergeBefore {
  clusterIds: string[];
  mergeId?: string;
  memberCount?: number;
  firstMemberIds?: string[];
  members?: Record<string, string[]>;
}

/**
 * Undoes the latest merge into a cluster not undone yet: each cluster it took in gets back those of its members still in
 * the merged cluster (one split out since stays out; an opinion that joined since stays). The clusters given back are
 * as staff left them: the index never bridges them again (like a split).
 */
export async function unmergeCluster(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, clusterId: string, reach: Reach): Promise<{ clusterId: string; restored: string[]; moved: number }> {
  if (scopeIsEmpty(reach.handle)) throw forbidden();
  const out = await db.transaction().execute(async (trx) => {
    const base = () => trx.selectFrom('opinions').where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id);
    // (A cluster of this campaign the caller reads: another campaign's merges are not this one's to undo; one out of
    // reach is refused as the merge refuses it, before its merges are looked at.)
    const visible = await base().select('id').where('cluster_id', '=', clusterId).where((eb) => inScope(eb, 'org_path', reach.read)).limit(1).executeTakeFirst();
    if (!visible) {
      const exists = await base().select('id').where('cluster_id', '=', clusterId).limit(1).executeTakeFirst();
      if (exists) throw new AppError(403, 'triage.merge_outside', { ids: clusterId }, { outside: [clusterId] });
      throw badRequest('triage.merge_unknown', { ids: clusterId });
    }
    const audit = () => trx.selectFrom('audit_log').where('region_id', '=', campaign.region_id).where('target_id', '=', clusterId);
    const merges = await audit().select(['seq', 'before_json', 'org_path']).where('action', '=', 'triage.merge').orderBy('seq', 'desc').limit(50).execute();
    const undone = new Set((await audit().select('after_json').where('action', '=', 'triage.unmerge').execute()).map((u) => (JSON.parse(u.after_json ?? '{}') as { mergeSeq?: number }).mergeSeq));
    const merge = merges.find((m) => !undone.has(Number(m.seq)));
    if (!merge) throw badRequest('triage.unmerge_none', { id: clusterId });
    const before = JSON.parse(merge.before_json ?? '{}') as MergeBefore;
    let members = before.members;
    if (before.mergeId) {
      members = {};
      const kept = await trx.selectFrom('triage_merge_members').select(['opinion_id', 'cluster_id']).where('region_id', '=', campaign.region_id).where('merge_id', '=', before.mergeId)
        .orderBy('opinion_id').execute();
      for (const m of kept) (members[m.cluster_id] ??= []).push(m.opinion_id);
    }
    if (!members) throw badRequest('triage.unmerge_too_large', { id: clusterId });
    const ids = Object.values(members).flat();
    // Every opinion that moves back must be one the caller may handle, as for the merge.
    const still: { id: string; org_path: string }[] = [];
    for (let k = 0; k < ids.length; k += 500) still.push(...await base().select(['id', 'org_path']).where('cluster_id', '=', clusterId).where('id', 'in', ids.slice(k, k + 500)).execute());
    const refused = still.filter((r) => !covers(reach.handle, r.org_path)).map((r) => r.id);
    if (refused.length) throw new AppError(403, 'triage.merge_outside', { ids: refused.slice(0, 50).join(', ') }, { outside: refused.slice(0, 50) });
    // (Nothing of it left to move back, merged on or split since: not undone, and not recorded as undone.)
    if (!still.length) throw badRequest('triage.unmerge_none', { id: clusterId });
    const back = new Set(still.map((r) => r.id));
    let moved = 0;
    const restored: string[] = [];
    for (const [cluster, list] of Object.entries(members)) {
      const mine = list.filter((id) => back.has(id));
      if (!mine.length) continue;
      // (The cluster keeps its id when its first member is back; else the earliest of those back holds it.)
      const id = mine.includes(cluster) ? cluster : mine.slice().sort()[0];
      for (let k = 0; k < mine.length; k += 500) {
        // (Still in the merged cluster as the update runs: a merge committed meanwhile keeps what it took.)
        const res = await trx.updateTable('opinions').set({ cluster_id: id }).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('cluster_id', '=', clusterId).where('id', 'in', mine.slice(k, k + 500)).executeTakeFirst();
        moved += Number(res.numUpdatedRows);
      }
      restored.push(id);
    }
    // (Undone, the merge is not undone again: its members' rows have served.)
    if (before.mergeId) await trx.deleteFrom('triage_merge_members').where('region_id', '=', campaign.region_id).where('merge_id', '=', before.mergeId).execute();
    await recordAudit(trx, actor, {
      regionId: campaign.region_id, action: 'triage.unmerge', targetType: 'opinion_cluster', targetId: clusterId, orgPath: merge.org_path,
      after: { mergeSeq: Number(merge.seq), restored, moved },
    });
    return { clusterId, restored, moved };
  });
  // The campaign's index is rebuilt from the rows when next needed (union–find cannot take a merge apart).
  forgetIndex(campaign.id);
  return out;
}

/**
 * Takes one opinion out of its cluster (its own id becomes its cluster). When it held the
 * cluster's id, the rest take the id of the earliest remaining member.
 */
export async function splitFromCluster(db: Kysely<Database>, actor: AuditActor, id: string): Promise<{ opinion: OpinionTable; rest: string | null }> {
  const split = await db.transaction().execute(async (trx) => {
    const o = await trx.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!o) throw notFound('opinion.not_found', { id });
    const cluster = o.cluster_id ?? o.id;
    const members = () => trx.selectFrom('opinions').where('region_id', '=', o.region_id).where('campaign_id', '=', o.campaign_id).where('cluster_id', '=', cluster).where('id', '<>', o.id);
    let rest: string | null = cluster;
    if (cluster === o.id) {
      const next = await members().select('id').orderBy('received_on').orderBy('id').limit(1).executeTakeFirst();
      if (!next) throw badRequest('triage.split_alone');
      rest = next.id;
      await trx.updateTable('opinions').set({ cluster_id: rest }).where('region_id', '=', o.region_id).where('campaign_id', '=', o.campaign_id).where('cluster_id', '=', cluster).where('id', '<>', o.id).execute();
    }
    await trx.updateTable('opinions').set({ cluster_id: o.id }).where('region_id', '=', o.region_id).where('id', '=', o.id).execute();
    await recordAudit(trx, actor, { regionId: o.region_id, action: 'triage.split', targetType: 'opinion', targetId: o.id, orgPath: o.org_path, before: { clusterId: cluster }, after: { clusterId: o.id, restClusterId: rest } });
    return { opinion: { ...o, cluster_id: o.id }, rest };
  });
  await noteSplit(split.opinion.campaign_id, split.opinion.id);
  return split;
}

// -- the organization's own categories

export interface CategoryInput {
  name: string;
  wind?: Category | null;
  position?: number;
}

export interface CategoryPatch {
  name?: string;
  wind?: Category | null;
  active?: boolean;
  position?: number;
}

const nameKey = (name: string) => name.normalize('NFKC').trim().toLowerCase();

async function checkName(trx: Transaction<Database>, org: { region_id: string; id: string }, name: string, except?: string) {
  const siblings = await trx.selectFrom('opinion_categories').select(['id', 'name']).where('region_id', '=', org.region_id).where('org_id', '=', org.id).execute();
  if (siblings.some((s) => s.id !== except && nameKey(s.name) === nameKey(name))) throw conflict('triage.category_name_taken', { name });
}

export async function getCategory(db: Kysely<Database>, id: string): Promise<OpinionCategoryTable> {
  const c = await db.selectFrom('opinion_categories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('triage.category_not_found', { id });
  return c;
}

export async function createCategory(db: Kysely<Database>, actor: AuditActor, org: OrgRow, input: CategoryInput): Promise<OpinionCategoryTable> {
  return db.transaction().execute(async (trx) => {
    const name = input.name.trim();
    await checkName(trx, org, name);
    let position = input.position;
    if (position === undefined) {
      const last = await trx.selectFrom('opinion_categories').select((eb) => eb.fn.max('position').as('p')).where('region_id', '=', org.region_id).where('org_id', '=', org.id).executeTakeFirst();
      position = last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
    }
    const row: OpinionCategoryTable = { region_id: org.region_id, id: newId(), org_id: org.id, org_path: org.path, name, wind: input.wind ?? null, position, active: 1, created_at: nowIso() };
    await trx.insertInto('opinion_categories').values(row).execute();
    await recordAudit(trx, actor, { regionId: org.region_id, action: 'opinion_category.create', targetType: 'opinion_category', targetId: row.id, orgPath: org.path, after: { name, wind: row.wind, position } });
    return row;
  });
}

export async function updateCategory(db: Kysely<Database>, actor: AuditActor, id: string, patch: CategoryPatch): Promise<OpinionCategoryTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getCategory(trx, id);
    const set: Partial<OpinionCategoryTable> = {};
    if (patch.name !== undefined) {
      set.name = patch.name.trim();
      await checkName(trx, { region_id: before.region_id, id: before.org_id }, set.name, id);
    }
    if (patch.wind !== undefined) set.wind = patch.wind;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    if (patch.position !== undefined) set.position = patch.position;
    await trx.updateTable('opinion_categories').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      regionId: before.region_id, action: 'opinion_category.update', targetType: 'opinion_category', targetId: id, orgPath: before.org_path,
      before: { name: before.name, wind: before.wind, active: before.active === 1, position: before.position }, after: patch,
    });
    return { ...before, ...set };
  });
}
