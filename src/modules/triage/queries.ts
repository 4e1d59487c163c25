import type { Kysely } from 'kysely';
import type { Database, OpinionCategoryTable, OpinionTable } from '../../db/schema.js';
import { ancestorPaths, inScope, subtreeEnd, type Scope } from '../authz/policy.js';
import { CATEGORIES, type Category } from '../opinions/model.js';

// Reads of the triage workflow: the queue (oldest first, keyset paging), its counts, clusters,
// and the categories an organization offers (its own and its ancestors').

export const QUEUE_STATES = ['untriaged', 'triaged', 'all'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueFilter {
  campaignId: string;
  regionId: string;
  /** untriaged: status received; triaged: every other status; all. */
  state: QueueState;
  wind?: Category; // the confirmed wind
  suggested?: Category; // the first pass's wind
  orgPath?: string; // a unit and everything below it
  clusterId?: string;
  /** Keyset cursor: the (received_on, id) of the last item already shown. */
  after?: { day: string; id: string };
  limit: number;
}

function filtered(db: Kysely<Database>, scope: Scope, f: Omit<QueueFilter, 'after' | 'limit'>) {
  let q = db.selectFrom('opinions').where('region_id', '=', f.regionId).where('campaign_id', '=', f.campaignId).where((eb) => inScope(eb, 'org_path', scope));
  if (f.state === 'untriaged') q = q.where('status', '=', 'received');
  else if (f.state === 'triaged') q = q.where('status', '<>', 'received');
  if (f.wind) q = q.where('category', '=', f.wind);
  if (f.suggested) q = q.where('suggested_category', '=', f.suggested);
  if (f.orgPath) q = q.where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath));
  if (f.clusterId) q = q.where('cluster_id', '=', f.clusterId);
  return q;
}

/** One page of the queue, oldest first, and the number of opinions matching the filter. */
export async function queuePage(db: Kysely<Database>, scope: Scope, f: QueueFilter): Promise<{ rows: OpinionTable[]; total: number; more: boolean }> {
  const base = filtered(db, scope, f);
  let page = base.selectAll();
  if (f.after) {
    const { day, id } = f.after;
    page = page.where((eb) => eb.or([eb('received_on', '>', day), eb.and([eb('received_on', '=', day), eb('id', '>', id)])]));
  }
  const [rows, count] = await Promise.all([
    page.orderBy('received_on').orderBy('id').limit(f.limit + 1).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.slice(0, f.limit), total: Number(count.n), more: rows.length > f.limit };
}

/** Untriaged opinions in the caller's reach: the total and per suggested wind (every wind present, zero when none). */
export async function untriagedCounts(db: Kysely<Database>, scope: Scope, campaignId: string, regionId: string) {
  const rows = await filtered(db, scope, { campaignId, regionId, state: 'untriaged' })
    .select(['suggested_category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('suggested_category').execute();
  const bySuggested = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let untriaged = 0;
  for (const r of rows) {
    const n = Number(r.n);
    untriaged += n;
    // Opinions that arrived before the first pass existed have no suggestion: counted as "other".
    const key = (CATEGORIES as readonly string[]).includes(r.suggested_category ?? '') ? (r.suggested_category as Category) : 'other';
    bySuggested[key] += n;
  }
  return { untriaged, bySuggested };
}

/** Members of each cluster that the caller may read. */
export async function clusterSizes(db: Kysely<Database>, scope: Scope, campaignId: string, regionId: string, clusterIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(clusterIds)];
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('opinions').select(['cluster_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('cluster_id', 'in', ids)
    .where((eb) => inScope(eb, 'org_path', scope)).groupBy('cluster_id').execute();
  return new Map(rows.map((r) => [r.cluster_id as string, Number(r.n)]));
}

/** Every member of a cluster the caller may read, oldest first; and whether the cluster exists at all. */
export async function clusterMembers(db: Kysely<Database>, scope: Scope, campaignId: string, regionId: string, clusterId: string) {
  const base = db.selectFrom('opinions').where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('cluster_id', '=', clusterId);
  const rows = await base.selectAll().where((eb) => inScope(eb, 'org_path', scope)).orderBy('received_on').orderBy('id').execute();
  const exists = rows.length > 0 || !!(await base.select('id').limit(1).executeTakeFirst());
  return { rows, exists };
}

export async function categoriesByIds(db: Kysely<Database>, ids: (string | null)[]): Promise<Map<string, OpinionCategoryTable>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('opinion_categories').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The categories offered at an organization: those defined at it and at its ancestors, the
 * nearest level last (ancestors' lists first, then the node's own), each list in its order.
 */
export async function categoriesFor(db: Kysely<Database>, org: { region_id: string; path: string }, opts: { includeInactive?: boolean } = {}): Promise<OpinionCategoryTable[]> {
  let q = db.selectFrom('opinion_categories').selectAll().where('region_id', '=', org.region_id).where('org_path', 'in', ancestorPaths(org.path));
  if (!opts.includeInactive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  return rows.sort((a, b) => a.org_path.length - b.org_path.length || a.position - b.position || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

/** Is the category offered for an opinion at `orgPath` (defined at it or above, active, same region)? */
export function offeredAt(c: Pick<OpinionCategoryTable, 'region_id' | 'org_path' | 'active'>, regionId: string, orgPath: string): boolean {
  return c.active === 1 && c.region_id === regionId && orgPath.startsWith(c.org_path);
}

/** The opinions of a campaign among `ids` that the caller may read, in the order of `ids`. */
export async function readableOpinions(db: Kysely<Database>, scope: Scope, campaignId: string, regionId: string, ids: string[]): Promise<OpinionTable[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('opinions').selectAll().where('region_id', '=', regionId).where('campaign_id', '=', campaignId)
    .where('id', 'in', ids).where((eb) => inScope(eb, 'org_path', scope)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
