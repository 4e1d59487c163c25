import { sql, type Kysely } from 'kysely';
import type { Database, OpinionTable } from '../../db/schema.js';
import { ID_LENGTH } from '../../shared/ids.js';
import { inScope, subtreeEnd, type Scope } from '../authz/policy.js';

const NO_SCOPE: Scope = { all: false, subtrees: [], exact: [] };

// Reads of opinions: the office inbox with its filters, the overview counts, and the public views.

export interface InboxFilter {
  campaignId: string;
  regionId: string;
  solicitationId?: string;
  channel?: string;
  status?: string;
  orgPath?: string; // a unit and everything below it
  from?: string; // received_on, inclusive
  to?: string;
  q?: string;
  anonymous?: boolean;
  limit: number;
  offset: number;
}

/**
 * `scope`: what the caller may read; `handle`: what they may handle. A search reads the verbatim text only of the
 * opinions the caller handles (and so sees verbatim): elsewhere it reads the masked text, or a reader who sees ＊＊＊
 * could find a submitter's name or phone number by searching for it, digit by digit.
 */
export async function inbox(db: Kysely<Database>, scope: Scope, f: InboxFilter, handle: Scope = NO_SCOPE): Promise<{ rows: OpinionTable[]; total: number }> {
  let q = db.selectFrom('opinions').where('region_id', '=', f.regionId).where('campaign_id', '=', f.campaignId).where((eb) => inScope(eb, 'org_path', scope));
  if (f.orgPath) q = q.where('org_path', '>=', f.orgPath).where('org_path', '<', subtreeEnd(f.orgPath));
  if (f.solicitationId) q = q.where('solicitation_id', '=', f.solicitationId);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('received_on', '>=', f.from);
  if (f.to) q = q.where('received_on', '<=', f.to);
  if (f.anonymous !== undefined) q = q.where('anonymous', '=', f.anonymous ? 1 : 0);
  if (f.q?.trim()) {
    const like = '%' + f.q.trim().replace(/[\\%_]/g, (c) => '\\' + c) + '%';
    q = q.where((eb) => eb.or([
      eb.and([inScope(eb, 'org_path', handle), sql<boolean>`body like ${like} escape '\\'`]),
      eb.and([eb.not(inScope(eb, 'org_path', handle)), sql<boolean>`body_redacted like ${like} escape '\\'`]),
    ]));
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('received_on', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Counts for the campaign overview: by channel, by status, and by child unit of `under`. */
export async function opinionCounts(db: Kysely<Database>, scope: Scope, campaignId: string, regionId: string, under: string) {
  const base = db.selectFrom('opinions').where('region_id', '=', regionId).where('campaign_id', '=', campaignId)
    .where('org_path', '>=', under).where('org_path', '<', subtreeEnd(under)).where((eb) => inScope(eb, 'org_path', scope));
  const prefixLen = under.length + ID_LENGTH + 1;
  const [byChannel, byStatus, byUnit] = await Promise.all([
    base.select(['channel', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('channel').execute(),
    base.select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    base.select([sql<string>`substr(org_path, 1, ${sql.lit(prefixLen)})`.as('prefix'), (eb) => eb.fn.countAll<number>().as('n')]).groupBy(sql`substr(org_path, 1, ${sql.lit(prefixLen)})`).execute(),
  ]);
  return {
    byChannel: Object.fromEntries(byChannel.map((r) => [r.channel, Number(r.n)])),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
    byPrefix: new Map(byUnit.map((r) => [r.prefix, Number(r.n)])),
  };
}

export async function opinionEvents(db: Kysely<Database>, o: Pick<OpinionTable, 'region_id' | 'id'>) {
  return db.selectFrom('opinion_events').selectAll().where('region_id', '=', o.region_id).where('opinion_id', '=', o.id).orderBy('seq').execute();
}

export async function opinionAttachments(db: Kysely<Database>, o: Pick<OpinionTable, 'region_id' | 'id'>) {
  return db.selectFrom('opinion_attachments').select(['id', 'name', 'type', 'size']).where('region_id', '=', o.region_id).where('opinion_id', '=', o.id).execute();
}

/** Disclosed opinions of a unit and the units below it, for the portal. */
export async function disclosures(db: Kysely<Database>, regionId: string, orgPath: string, limit = 200) {
  return db.selectFrom('opinions').select(['id', 'org_id', 'category', 'status', 'disclosure_text', 'disclosure_action', 'received_on', 'updated_at_day'])
    .where('region_id', '=', regionId).where('org_path', '>=', orgPath).where('org_path', '<', subtreeEnd(orgPath)).where('disclosed', '=', 1)
    .orderBy('category').orderBy('received_on', 'desc').limit(limit).execute();
}
