import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DuplicateIndex, fingerprintBytes, fingerprintFromBytes, signatureFor, type Fingerprint } from './duplicates.js';
import type { Wind } from './classify.js';
import { issueTerms } from './issue-terms.js';
import { WINDS } from './model.js';
import { DUPLICATE_THRESHOLD, matchingOf, type Analysis } from './pipeline.js';
import { OrgMatcher } from './routing.js';
import { commonPath } from './cluster-path.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/trail.js';

// What the first pass needs beyond the text itself: the campaign's duplicate index and the
// region's organization names. Both live in memory, per process.
//
// The duplicate index of a campaign is loaded from the signatures stored beside its opinions on
// first use and then kept current by every arrival through this process, so placing an opinion
// costs microseconds instead of a band query (the index is the same one the 1,000,000-opinion
// benchmark measures). The index only names the nearest earlier opinion; the cluster is read
// from that opinion's row, where staff merges and splits are kept. They are told to the loaded
// index too (noteMerged, noteSplit), whose cluster check weighs a newcomer against the members of
// its match's cluster, and a campaign loaded afresh takes its clusters from the rows. A newcomer
// that matches two clusters as surely joins them (duplicates.ts BRIDGE): their rows take one id,
// unless staff split either (the audit log names the splits, so a reload keeps them apart). Another
// server process's arrivals are picked up when the campaign's opinion count no longer matches
// (checked at most every REFRESH_MS); until then a duplicate arriving through two servers at once may stay a
// cluster of its own, which staff can merge — nothing is lost either way.

const REFRESH_MS = 30_000;
const LOAD_CHUNK = 5_000;

type Executor = Kysely<Database> | Transaction<Database>;

interface CampaignIndex {
  index: DuplicateIndex;
  checkedAt: number;
  /** Bridges made inside a transaction not known to have committed: the index joined the two
   * clusters at once, the rows only if the transaction commits (see confirmBridges). */
  unconfirmed: { trx: Executor; other: string }[];
}

const indexes = new Map<string, Promise<CampaignIndex>>();

async function loadInto(db: Executor, regionId: string, campaignId: string, index: DuplicateIndex): Promise<void> {
  let after = '';
  // Clusters as stored (staff merges and splits included) are filed as they are, not matched
  // again. A cluster whose id holder sorts after some of its members waits here for it.
  const waiting = new Map<string, string>();
  for (;;) {
    const rows = await db.selectFrom('opinions').select(['id', 'signature', 'body', 'cluster_id', 'suggested_category', 'org_path'])
      .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('id', '>', after)
      .orderBy('id').limit(LOAD_CHUNK).execute();
    // Fingerprints stored in an older layout (or none) are recomputed as on arrival (from the text,
    // masked the way duplicates read it: pipeline.ts matchingOf), and written back, so that the
    // next process to load the campaign reads them instead.
    const recomputed: { id: string; signature: Buffer }[] = [];
    for (const r of rows) {
      // Opinions without a cluster have not been placed yet: placing them is a backlog run's job.
      if (index.has(r.id) || !r.cluster_id) continue;
      let fp: Fingerprint | null = r.signature ? fingerprintFromBytes(r.signature) : null;
      if (!fp) {
        const fresh = fingerprintOf(r.body, r.suggested_category);
        recomputed.push({ id: r.id, signature: fingerprintBytes(fresh.sig, fresh.terms) });
        fp = fresh;
      }
      const cluster = r.cluster_id;
      let member: string | null = index.has(cluster) ? cluster : (waiting.get(cluster) ?? null);
      if (!member && cluster !== r.id) waiting.set(cluster, r.id);
      if (cluster === r.id && waiting.has(r.id)) {
        member = waiting.get(r.id)!;
        waiting.delete(r.id);
      }
      index.addPlaced(r.id, fp.sig, fp.terms, member, r.org_path);
    }
    if (recomputed.length) await writeBack(db, regionId, recomputed);
    if (rows.length < LOAD_CHUNK) break;
    after = rows[rows.length - 1].id;
  }
  // Clusters staff split are left as staff left them (the index never bridges them): the audit log
  // names each opinion split off and the cluster it left.
  const splits = await db.selectFrom('audit_log').innerJoin('opinions', (j) => j.onRef('opinions.region_id', '=', 'audit_log.region_id').onRef('opinions.id', '=', 'audit_log.target_id'))
    .select(['audit_log.target_id', 'audit_log.after_json'])
    .where('audit_log.region_id', '=', regionId).where('audit_log.action', '=', 'triage.split').where('opinions.campaign_id', '=', campaignId).execute();
  for (const s of splits) {
    index.keep(s.target_id);
    const rest = restOf(s.after_json);
    if (rest) index.keep(rest);
  }
  // And so are the clusters an undone merge gave back, and the one they left.
  const unmerges = await db.selectFrom('audit_log').innerJoin('opinions', (j) => j.onRef('opinions.region_id', '=', 'audit_log.region_id').onRef('opinions.id', '=', 'audit_log.target_id'))
    .select(['audit_log.target_id', 'audit_log.after_json'])
    .where('audit_log.region_id', '=', regionId).where('audit_log.action', '=', 'triage.unmerge').where('opinions.campaign_id', '=', campaignId).execute();
  for (const u of unmerges) {
    index.keep(u.target_id);
    for (const c of restoredOf(u.after_json)) if (index.has(c)) index.keep(c);
  }
}

function restoredOf(json: string | null): string[] {
  try {
    const v = JSON.parse(json ?? 'null') as { restored?: unknown } | null;
    return Array.isArray(v?.restored) ? v.restored.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

function restOf(json: string | null): string | null {
  try {
    const v = JSON.parse(json ?? 'null') as { restClusterId?: unknown } | null;
    return typeof v?.restClusterId === 'string' ? v.restClusterId : null;
  } catch {
    return null;
  }
}

/** Stores recomputed fingerprints, in one transaction per chunk (one sync to disk, not one per row). */
async function writeBack(db: Executor, regionId: string, rows: { id: string; signature: Buffer }[]): Promise<void> {
  const write = async (tx: Executor) => {
    for (const r of rows) await tx.updateTable('opinions').set({ signature: r.signature }).where('region_id', '=', regionId).where('id', '=', r.id).execute();
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/** For opinions stored before fingerprints were kept (or kept in an older layout). */
function fingerprintOf(body: string, suggested: string | null): Required<Fingerprint> {
  const matching = matchingOf(body);
  const terms = issueTerms(matching);
  const wind = WINDS.indexOf(suggested as Wind);
  if (wind >= 0) terms.wind = wind;
  return { sig: signatureFor(matching, terms), terms };
}

async function campaignIndex(db: Executor, regionId: string, campaignId: string): Promise<CampaignIndex> {
  let entry = indexes.get(campaignId);
  if (!entry) {
    entry = (async () => {
      const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
      await loadInto(db, regionId, campaignId, index);
      const loaded: CampaignIndex = { index, checkedAt: Date.now(), unconfirmed: [] };
      return loaded;
    })();
    indexes.set(campaignId, entry);
    entry.catch(() => indexes.delete(campaignId)); // a failed load is retried by the next arrival
  }
  const ci = await entry;
  if (Date.now() - ci.checkedAt > REFRESH_MS) {
    ci.checkedAt = Date.now();
    const { n } = await db.selectFrom('opinions').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('cluster_id', 'is not', null).executeTakeFirstOrThrow();
    if (Number(n) > ci.index.size) await loadInto(db, regionId, campaignId, ci.index);
  }
  if (ci.unconfirmed.length && !(await confirmBridges(db, regionId, campaignId, ci))) {
    if (indexes.get(campaignId) === entry) indexes.delete(campaignId);
    return campaignIndex(db, regionId, campaignId);
  }
  return ci;
}

// A bridge joins two clusters in the index at once and renames the rows in the arrival's
// transaction. Should that transaction roll back (a shared commit with one bad item, an import
// that fails), the rows keep two clusters while the index holds one, and its cluster check would
// weigh newcomers against members they are not grouped with. So the next placement through
// another transaction looks: a row still filed under the joined cluster means the rename never
// committed, and the index is loaded again from the rows. (A transaction still open elsewhere
// reads the same way and costs a needless reload; nothing is joined that the rows do not join.)
/** Whether every bridge made by a finished transaction reached the rows. */
async function confirmBridges(db: Executor, regionId: string, campaignId: string, ci: CampaignIndex): Promise<boolean> {
  const finished = ci.unconfirmed.filter((u) => u.trx !== db);
  if (!finished.length) return true;
  ci.unconfirmed = ci.unconfirmed.filter((u) => u.trx === db);
  for (const u of finished) {
    const left = await db.selectFrom('opinions').select('id').where('region_id', '=', regionId).where('campaign_id', '=', campaignId)
      .where('cluster_id', '=', u.other).limit(1).executeTakeFirst();
    if (left) return false;
  }
  return true;
}

/** Which cluster the loaded index of a campaign holds an opinion in (none loaded: null). For tests. */
export async function loadedCluster(campaignId: string, id: string): Promise<string | null> {
  const ci = await indexes.get(campaignId)?.catch(() => null);
  return ci?.index.has(id) ? ci.index.find(id) : null;
}

/** Staff merged clusters (`root` keeps its id): the loaded index, if any, joins them too. */
export async function noteMerged(campaignId: string, root: string, others: string[]): Promise<void> {
  const ci = await indexes.get(campaignId)?.catch(() => null);
  for (const other of others) ci?.index.union(root, other);
}

/** Staff routed an opinion to another unit: the loaded index, if any, files it under that unit (duplicates.ts SCOPE), as a
 * campaign loaded from its rows would. */
export async function noteRouted(campaignId: string, id: string, path: string): Promise<void> {
  const ci = await indexes.get(campaignId)?.catch(() => null);
  ci?.index.reunit(id, path);
}

/** Staff took an opinion out of its cluster: so does the loaded index, if any. */
export async function noteSplit(campaignId: string, id: string): Promise<void> {
  const ci = await indexes.get(campaignId)?.catch(() => null);
  ci?.index.split(id);
}

/**
 * Opinions of other clusters that may report the same issue as a placed one (duplicates.ts
 * DuplicateIndex.similar), best first, each with the cluster the index holds it in: what staff are
 * offered to merge. Its fingerprint is read
 * from its row (recomputed when stored in an older layout). An opinion not placed yet has none.
 */
export async function similarOpinions(db: Executor, o: { id: string; region_id: string; campaign_id: string; body: string; signature: Uint8Array | null; suggested_category: string | null; cluster_id: string | null }, kept?: number): Promise<{ id: string; cluster: string; score: number }[]> {
  if (!o.cluster_id) return [];
  const fp = (o.signature ? fingerprintFromBytes(o.signature) : null) ?? fingerprintOf(o.body, o.suggested_category);
  const ci = await campaignIndex(db, o.region_id, o.campaign_id);
  return ci.index.similar(o.id, fp.sig, fp.terms, undefined, kept);
}

/** Forgets every loaded index (tests that rewrite opinions underneath use it). */
export function forgetIndexes(): void {
  indexes.clear();
}

/** Forgets one campaign's loaded index: the next arrival or question loads it from the rows (after an undone merge). */
export function forgetIndex(campaignId: string): void {
  indexes.delete(campaignId);
}

/** A newcomer joined cluster `other` to `cluster` (duplicates.ts BRIDGE): `moved` rows took its id. */
export interface Bridge {
  cluster: string;
  other: string;
  moved: number;
  by: string;
}

/** What an import places in one write: the clusters of rows not inserted yet, and the bridges to
 * log when it ends (the audit log's chain is taken once, at the end, not for the whole import). */
export interface PlacingBatch {
  pending: Map<string, string>;
  bridges: Bridge[];
}

/**
 * The cluster a new opinion joins: its nearest earlier duplicate's cluster, or its own. Other
 * clusters it matched as surely (the index's `bridged`) join that cluster: their rows take its id,
 * and the audit log says so (at once, or with `batch`, when the import logs its bridges).
 */
export async function placeOpinion(db: Executor, regionId: string, campaignId: string, ownId: string, fp: Fingerprint, batch?: PlacingBatch, orgPath?: string): Promise<string> {
  const ci = await campaignIndex(db, regionId, campaignId);
  const index = ci.index;
  // (The unit whose inbox it reached: duplicates.ts keeps one cluster to one branch of the hierarchy.)
  const { match, bridged } = index.addAndMatch(ownId, fp.sig, fp.terms, orgPath);
  if (!match) return ownId;
  const pending = batch?.pending;
  // A match that is not stored (its transaction rolled back: a shared commit that failed and is
  // retried item by item, each retry under a new id) stands for its cluster: the first stored member
  // of the cluster the index now holds the newcomer in decides. Without one, it is no match.
  let found = await storedCluster(db, regionId, match, pending);
  if (!found) {
    const members = index.members(ownId, STORED_LOOKUPS);
    for (let i = 1; i < members.length && !found; i++) found = await storedCluster(db, regionId, members[i], pending);
    if (!found) return ownId;
  }
  const cluster: string = found;
  for (const b of bridged) {
    const other = await storedCluster(db, regionId, b, pending);
    if (!other || other === cluster) continue;
    const res = await db.updateTable('opinions').set({ cluster_id: cluster })
      .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('cluster_id', '=', other).executeTakeFirst();
    if (db.isTransaction) ci.unconfirmed.push({ trx: db, other });
    let moved = Number(res.numUpdatedRows);
    if (pending) for (const [id, c] of pending) if (c === other) pending.set(id, cluster), moved++;
    const bridge = { cluster, other, moved, by: ownId };
    if (batch) batch.bridges.push(bridge);
    else await logBridges(db, regionId, campaignId, [bridge]);
  }
  return cluster;
}

/** Staff see in the log why a cluster they knew is gone, and can split it again: one entry per
 * bridge, filed at the unit common to the cluster's rows. */
export async function logBridges(db: Executor, regionId: string, campaignId: string, bridges: readonly Bridge[]): Promise<void> {
  for (const b of bridges) {
    const span = await db.selectFrom('opinions').select((eb) => [eb.fn.min('org_path').as('lo'), eb.fn.max('org_path').as('hi')])
      .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('cluster_id', '=', b.cluster).executeTakeFirst();
    await recordAudit(db, SYSTEM_ACTOR, {
      regionId, action: 'triage.bridge', targetType: 'opinion_cluster', targetId: b.cluster, orgPath: commonPath(span?.lo ?? null, span?.hi ?? null),
      before: { clusterIds: [b.other] }, after: { clusterId: b.cluster, moved: b.moved, by: b.by },
    });
  }
}

/** Members of the newcomer's cluster asked for a stored one when its match is not stored. */
const STORED_LOOKUPS = 16;

async function storedCluster(db: Executor, regionId: string, id: string, pending?: Map<string, string>): Promise<string | null> {
  const known = pending?.get(id);
  if (known) return known;
  const row = await db.selectFrom('opinions').select(['id', 'cluster_id']).where('region_id', '=', regionId).where('id', '=', id).executeTakeFirst();
  return row ? row.cluster_id ?? row.id : null;
}

// ---- routing ---------------------------------------------------------------------------

interface RegionMatcher {
  version: string;
  matcher: OrgMatcher;
  paths: Map<string, string>;
}

const matchers = new Map<string, Promise<RegionMatcher>>();

async function regionMatcher(db: Executor, regionId: string): Promise<RegionMatcher> {
  const version = (await db.selectFrom('settings').select('value').where('key', '=', 'tree_version').executeTakeFirst())?.value ?? '0';
  const cached = matchers.get(regionId);
  if (cached) {
    const m = await cached.catch(() => null);
    if (m && m.version === version) return m;
  }
  const built = (async () => {
    const orgs = await db.selectFrom('organizations').select(['id', 'name', 'aliases', 'path']).where('region_id', '=', regionId).where('active', '=', 1).execute();
    const parsed = orgs.map((o) => ({ id: o.id, name: o.name, aliases: safeAliases(o.aliases) }));
    return { version, matcher: new OrgMatcher(parsed, { skipAmbiguous: true }), paths: new Map(orgs.map((o) => [o.id, o.path])) };
  })();
  matchers.set(regionId, built);
  return built;
}

function safeAliases(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The unit an opinion is about: the longest organization name in its text that lies inside the
 * campaign's tree, else the unit the submitter chose.
 */
export async function suggestUnit(db: Executor, regionId: string, campaignPath: string, chosenOrgId: string, a: Analysis): Promise<string> {
  const m = await regionMatcher(db, regionId);
  for (const hit of m.matcher.matchNormalized(a.normalized)) {
    if (m.paths.get(hit.orgId)?.startsWith(campaignPath)) return hit.orgId;
  }
  return chosenOrgId;
}
