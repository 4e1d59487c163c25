import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, RectifyDisclosureTable, RectifyProblemTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { notFound } from '../../shared/errors.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { subtreeEnd } from '../authz/policy.js';
import { redact } from '../triage/pii.js';
import type { MeasureStatus } from './model.js';

// Disclosure (公示): the office publishes a problem with its measures and their progress to the
// portal. Each publication is a new version, never an edit: version n stores the canonical JSON
// of what was shown and a hash over version n−1's hash and that JSON, so anyone can list what
// changed after publication and check that no version was rewritten or removed afterwards:
//
//   hash(n) = sha256( hash(n−1) + "\n" + canonical({ problemId, version, publishedAt, content }) )
//   hash(0) = 64 × "0";  canonical = JSON with object keys sorted, no spaces.
//
// Free text is masked with the triage pass's redact() (phones, ID numbers, addresses, names a
// writer gives); the owner person, staff names and named members never enter the content.

export const GENESIS = '0'.repeat(64);

export interface DisclosedMeasure {
  id: string;
  text: string;
  ownerUnit: string;
  startsOn: string;
  dueOn: string;
  status: MeasureStatus;
  verifiedOn: string | null;
  milestones: { title: string; dueOn: string; done: boolean }[];
  progress: { day: string; text: string }[];
  evidenceCount: number;
}

export interface DisclosureContent {
  problem: { id: string; unit: string; source: string; wind: string; description: string; target: string; targetLabel: string; severity: number; immediate: boolean; status: string };
  measures: DisclosedMeasure[];
  note: string;
}

/** JSON with sorted object keys and no whitespace: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).filter((k) => obj[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function versionHash(prevHash: string, v: { problemId: string; version: number; publishedAt: string; content: unknown }): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson({ problemId: v.problemId, version: v.version, publishedAt: v.publishedAt, content: v.content })}`).digest('hex');
}

async function buildContent(trx: Transaction<Database>, problem: RectifyProblemTable, note: string): Promise<DisclosureContent> {
  const measures = await trx.selectFrom('rectify_measures').selectAll().where('region_id', '=', problem.region_id).where('problem_id', '=', problem.id).orderBy('position').execute();
  const ids = measures.map((m) => m.id);
  const orgIds = [problem.org_id, ...measures.map((m) => m.owner_org_id)];
  const [orgs, milestones, events, evidence] = await Promise.all([
    trx.selectFrom('organizations').select(['id', 'name']).where('region_id', '=', problem.region_id).where('id', 'in', orgIds).execute(),
    ids.length ? trx.selectFrom('rectify_milestones').selectAll().where('region_id', '=', problem.region_id).where('measure_id', 'in', ids).orderBy('position').execute() : [],
    ids.length ? trx.selectFrom('rectify_measure_events').select(['measure_id', 'at', 'text', 'seq']).where('region_id', '=', problem.region_id).where('measure_id', 'in', ids).where('kind', '=', 'progress').where('text', '!=', '').orderBy('seq').execute() : [],
    ids.length ? trx.selectFrom('rectify_evidence').select(['measure_id']).where('region_id', '=', problem.region_id).where('measure_id', 'in', ids).execute() : [],
  ]);
  const name = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    problem: {
      id: problem.id, unit: name.get(problem.org_id) ?? '', source: problem.source, wind: problem.wind, description: redact(problem.description),
      target: problem.target_kind, targetLabel: problem.target_kind === 'member' ? '' : redact(problem.target_label), severity: problem.severity,
      immediate: problem.immediate === 1, status: problem.status,
    },
    measures: measures.map((m) => ({
      id: m.id, text: redact(m.text), ownerUnit: name.get(m.owner_org_id) ?? '', startsOn: m.starts_on, dueOn: m.due_on, status: m.status as MeasureStatus, verifiedOn: m.verified_on,
      milestones: milestones.filter((x) => x.measure_id === m.id).map((x) => ({ title: redact(x.title), dueOn: x.due_on, done: x.done === 1 })),
      // The day only (China time), like every public record.
      progress: events.filter((e) => e.measure_id === m.id).map((e) => ({ day: chinaDay(new Date(e.at)), text: redact(e.text) })),
      evidenceCount: evidence.filter((e) => e.measure_id === m.id).length,
    })),
    note: redact(note),
  };
}

/** Publishes the problem's current state as its next version (inside the caller's transaction). */
export async function publishIn(trx: Transaction<Database>, actor: AuditActor, problem: RectifyProblemTable, note: string): Promise<RectifyDisclosureTable> {
  // Take the problem row first (an update locks it on PostgreSQL), so two publications of the
  // same problem queue instead of both claiming the next version.
  await trx.updateTable('rectify_problems').set({ updated_at: nowIso() }).where('region_id', '=', problem.region_id).where('id', '=', problem.id).execute();
  const fresh = await trx.selectFrom('rectify_problems').selectAll().where('region_id', '=', problem.region_id).where('id', '=', problem.id).executeTakeFirstOrThrow();
  const last = await trx.selectFrom('rectify_disclosures').select(['version', 'hash']).where('region_id', '=', fresh.region_id).where('problem_id', '=', fresh.id).orderBy('version', 'desc').limit(1).executeTakeFirst();
  const content = await buildContent(trx, fresh, note);
  const version = (last?.version ?? 0) + 1;
  const publishedAt = nowIso();
  const prevHash = last?.hash ?? GENESIS;
  const row: RectifyDisclosureTable = {
    region_id: fresh.region_id, problem_id: fresh.id, version, campaign_id: fresh.campaign_id, org_id: fresh.org_id, org_path: fresh.org_path,
    published_at: publishedAt, content: canonicalJson(content), prev_hash: prevHash, hash: versionHash(prevHash, { problemId: fresh.id, version, publishedAt, content }), is_latest: 1,
  };
  if (last) await trx.updateTable('rectify_disclosures').set({ is_latest: 0 }).where('region_id', '=', fresh.region_id).where('problem_id', '=', fresh.id).where('version', '=', last.version).execute();
  await trx.insertInto('rectify_disclosures').values(row).execute();
  await trx.updateTable('rectify_problems').set({ disclosed_version: version }).where('region_id', '=', fresh.region_id).where('id', '=', fresh.id).execute();
  publicChanged();
  await recordAudit(trx, actor, { regionId: fresh.region_id, action: 'rectify.disclose', targetType: 'rectify_problem', targetId: fresh.id, orgPath: fresh.org_path, after: { version, hash: row.hash } });
  return row;
}

export async function publishDisclosure(db: Kysely<Database>, actor: AuditActor, problemId: string, note = ''): Promise<RectifyDisclosureTable> {
  return db.transaction().execute(async (trx) => {
    const problem = await trx.selectFrom('rectify_problems').selectAll().where('id', '=', problemId).executeTakeFirst();
    if (!problem) throw notFound('rectify.problem_not_found', { id: problemId });
    return publishIn(trx, actor, problem, note.trim());
  });
}

export async function disclosureVersions(db: Kysely<Database>, problem: Pick<RectifyProblemTable, 'region_id' | 'id'>): Promise<RectifyDisclosureTable[]> {
  return db.selectFrom('rectify_disclosures').selectAll().where('region_id', '=', problem.region_id).where('problem_id', '=', problem.id).orderBy('version').execute();
}

export interface ChainCheck {
  ok: boolean;
  versions: number;
  firstBad?: { version: number; reason: string };
}

/** Recomputes every version's hash and link; reports the first that does not hold. */
export async function verifyDisclosureChain(db: Kysely<Database>, problem: Pick<RectifyProblemTable, 'region_id' | 'id' | 'disclosed_version'>): Promise<ChainCheck> {
  const rows = await disclosureVersions(db, problem);
  let prev = GENESIS;
  for (const [i, r] of rows.entries()) {
    const bad = (reason: string): ChainCheck => ({ ok: false, versions: rows.length, firstBad: { version: r.version, reason } });
    if (r.version !== i + 1) return { ok: false, versions: rows.length, firstBad: { version: i + 1, reason: `version ${i + 1} is missing` } };
    if (r.prev_hash !== prev) return bad('prev_hash does not match the previous version');
    let content: unknown;
    try {
      content = JSON.parse(r.content);
    } catch {
      return bad('content is not valid JSON');
    }
    if (versionHash(prev, { problemId: r.problem_id, version: r.version, publishedAt: r.published_at, content }) !== r.hash) return bad('content does not match its hash');
    prev = r.hash;
  }
  if (problem.disclosed_version > rows.length) return { ok: false, versions: rows.length, firstBad: { version: rows.length + 1, reason: `version ${rows.length + 1} is missing (${problem.disclosed_version} were published)` } };
  return { ok: true, versions: rows.length };
}

/** What changed from one version's content to the next: leaf values by path (measures by id). */
export function diffContent(a: unknown, b: unknown): { path: string; from: unknown; to: unknown }[] {
  const flat = (v: unknown, prefix: string, out: Map<string, unknown>) => {
    if (Array.isArray(v)) v.forEach((x, i) => flat(x, `${prefix}[${(x as { id?: string })?.id ?? i}]`, out));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flat(x, prefix ? `${prefix}.${k}` : k, out);
    else out.set(prefix, v);
    return out;
  };
  const before = flat(a, '', new Map());
  const after = flat(b, '', new Map());
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths.filter((p) => before.get(p) !== after.get(p)).map((p) => ({ path: p, from: before.get(p) ?? null, to: after.get(p) ?? null }));
}

/**
 * What the public pages show changes with each publication and rating. Writes in this process
 * bump the epoch (read-your-writes for the portal's short-lived page cache); another server's
 * writes show once its entries expire.
 */
let publicEpoch = 0;
export const publicChanged = () => void publicEpoch++;
export const publicVersion = () => publicEpoch;

// Published versions never change, so each one's content — parsed, and as the stored canonical
// JSON — is kept (bounded) by the process: the portal page reads only the versions' keys and
// sends the stored JSON as it is, without parsing and serializing it again on every request.
export interface Published {
  content: DisclosureContent;
  json: string;
}

const published = new Map<string, Published>();
type VersionKey = Pick<RectifyDisclosureTable, 'region_id' | 'problem_id' | 'version' | 'hash'>;
const keyOf = (r: VersionKey) => `${r.region_id}:${r.problem_id}:${r.version}:${r.hash}`;

function remember(r: VersionKey & { content: string }): Published {
  const p = { content: JSON.parse(r.content) as DisclosureContent, json: r.content };
  if (published.size >= 5000) published.delete(published.keys().next().value!);
  published.set(keyOf(r), p);
  return p;
}

export function contentOf(r: VersionKey & { content: string }): DisclosureContent {
  return (published.get(keyOf(r)) ?? remember(r)).content;
}

/** The content of versions, from the cache or (for those not seen yet) the database. */
export async function publishedContents(db: Kysely<Database>, rows: VersionKey[]): Promise<Published[]> {
  const missing = rows.filter((r) => !published.has(keyOf(r)));
  if (missing.length) {
    const found = await db.selectFrom('rectify_disclosures').select(['region_id', 'problem_id', 'version', 'hash', 'content'])
      .where('region_id', '=', missing[0].region_id)
      .where((eb) => eb.or(missing.map((m) => eb.and([eb('problem_id', '=', m.problem_id), eb('version', '=', m.version)])))).execute();
    for (const r of found) remember(r);
  }
  return rows.map((r) => published.get(keyOf(r)) ?? { content: null as never, json: 'null' });
}

/** The latest version of every disclosed problem in a subtree (the portal page): keys only. */
export async function latestDisclosures(db: Kysely<Database>, org: { region_id: string; path: string }, limit: number, offset: number) {
  return db.selectFrom('rectify_disclosures').select(['region_id', 'problem_id', 'version', 'published_at', 'hash'])
    .where('region_id', '=', org.region_id).where('is_latest', '=', 1).where('org_path', '>=', org.path).where('org_path', '<', subtreeEnd(org.path))
    .orderBy('org_path').orderBy('problem_id').limit(limit).offset(offset).execute();
}
