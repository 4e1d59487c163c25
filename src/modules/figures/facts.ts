import { sql, type Kysely, type Transaction } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { nowIso, chinaDay } from '../../shared/clock.js';
import { subtreeEnd } from '../authz/policy.js';
import { isPostgres } from '../../db/dialect.js';
import { WINDS } from './catalogue.js';
import './schema.js';

// Facts and their roll-ups. A fact is one value of one indicator at one unit for one period
// (a month "YYYY-MM" or a day "YYYY-MM-DD"), from one source. Every write goes through
// `setFacts`, which — in the caller's transaction — stores the fact and adds the change to the
// roll-up rows of the unit and of every ancestor (the ids are the segments of its path, so no
// query is needed to find them), for the fact's month and for "all". Sums take the delta; a
// max takes the larger value, and a lowered max is recomputed from the facts of the subtree.

type Db = Kysely<Database> | Transaction<Database>;

export interface FactWrite {
  regionId: string;
  campaignId: string;
  orgId: string;
  orgPath: string;
  indicator: string;
  period: string;
  source: 'computed' | 'reported';
  /** The fact's new value (it replaces the old one). */
  value: number;
}

export const ALL = 'all';
export const monthOf = (period: string) => period.slice(0, 7);

/** The ids and paths of a unit and its ancestors, root first. */
export function lineage(path: string): { id: string; path: string }[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((id, i) => ({ id, path: `/${ids.slice(0, i + 1).join('/')}/` }));
}

/** Aggregation per indicator code for a campaign (standard and own indicators). */
export async function aggregations(db: Db, campaignId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('indicators').select(['code', 'aggregation']).where('campaign_id', 'in', ['', campaignId]).execute();
  return new Map(rows.map((r) => [r.code, r.aggregation]));
}

/** Writes facts and maintains the roll-ups; run it inside a transaction. */
export async function setFacts(trx: Db, writes: FactWrite[], aggregationOf?: Map<string, string>): Promise<number> {
  if (!writes.length) return 0;
  const agg = aggregationOf ?? (await aggregations(trx, writes[0].campaignId));
  const at = nowIso();
  const pg = isPostgres(trx);
  // Sum deltas gathered per roll-up row, so that each row is upserted once per call.
  const sumDeltas = new Map<string, { w: FactWrite; orgId: string; period: string; delta: number }>();
  const maxRaises: { w: FactWrite; orgId: string; period: string; value: number }[] = [];
  const maxLowered: FactWrite[] = [];
  let changed = 0;
  for (const w of writes) {
    if (!Number.isFinite(w.value)) throw new Error(`fact value is not a number: ${w.indicator}`);
    const old = await trx.selectFrom('indicator_facts').select('value')
      .where('region_id', '=', w.regionId).where('campaign_id', '=', w.campaignId).where('org_id', '=', w.orgId)
      .where('indicator', '=', w.indicator).where('period', '=', w.period).where('source', '=', w.source)
      // PostgreSQL: lock the fact so two writers of the same fact cannot both apply their delta
      // against the same old value (SQLite transactions are serialized already). Two inserts of
      // a new fact collide on the primary key instead, and the second transaction fails whole.
      .$if(pg, (q) => q.forUpdate()).executeTakeFirst();
    const before = old ? Number(old.value) : 0;
    if (old && before === w.value) continue;
    if (!old && w.value === 0) continue;
    changed++;
    if (w.value === 0) {
      await trx.deleteFrom('indicator_facts').where('region_id', '=', w.regionId).where('campaign_id', '=', w.campaignId).where('org_id', '=', w.orgId)
        .where('indicator', '=', w.indicator).where('period', '=', w.period).where('source', '=', w.source).execute();
    } else if (old) {
      await trx.updateTable('indicator_facts').set({ value: w.value, updated_at: at, org_path: w.orgPath })
        .where('region_id', '=', w.regionId).where('campaign_id', '=', w.campaignId).where('org_id', '=', w.orgId)
        .where('indicator', '=', w.indicator).where('period', '=', w.period).where('source', '=', w.source).execute();
    } else {
      await trx.insertInto('indicator_facts').values({
        region_id: w.regionId, campaign_id: w.campaignId, org_id: w.orgId, org_path: w.orgPath, indicator: w.indicator, period: w.period, source: w.source, value: w.value, updated_at: at,
      }).execute();
    }
    const kind = agg.get(w.indicator) ?? 'sum';
    for (const node of lineage(w.orgPath)) {
      for (const period of [monthOf(w.period), ALL]) {
        if (kind === 'max') {
          if (w.value >= before) maxRaises.push({ w, orgId: node.id, period, value: w.value });
        } else {
          const key = `${node.id}|${w.indicator}|${period}`;
          const d = sumDeltas.get(key) ?? { w, orgId: node.id, period, delta: 0 };
          d.delta += w.value - before;
          sumDeltas.set(key, d);
        }
      }
    }
    if (kind === 'max' && w.value < before) maxLowered.push(w);
  }
  for (const d of sumDeltas.values()) {
    if (d.delta === 0) continue;
    await trx.insertInto('indicator_rollups')
      .values({ region_id: d.w.regionId, campaign_id: d.w.campaignId, org_id: d.orgId, indicator: d.w.indicator, period: d.period, value: d.delta })
      .onConflict((oc) => oc.columns(['region_id', 'campaign_id', 'org_id', 'indicator', 'period']).doUpdateSet({ value: sql<number>`indicator_rollups.value + excluded.value` }))
      .execute();
  }
  for (const m of maxRaises) {
    await trx.insertInto('indicator_rollups')
      .values({ region_id: m.w.regionId, campaign_id: m.w.campaignId, org_id: m.orgId, indicator: m.w.indicator, period: m.period, value: m.value })
      .onConflict((oc) => oc.columns(['region_id', 'campaign_id', 'org_id', 'indicator', 'period'])
        .doUpdateSet({ value: sql<number>`case when excluded.value > indicator_rollups.value then excluded.value else indicator_rollups.value end` }))
      .execute();
  }
  for (const w of maxLowered) {
    for (const node of lineage(w.orgPath)) {
      for (const period of [monthOf(w.period), ALL]) {
        const q = trx.selectFrom('indicator_facts').select((eb) => eb.fn.max('value').as('m'))
          .where('region_id', '=', w.regionId).where('campaign_id', '=', w.campaignId).where('indicator', '=', w.indicator)
          .where('org_path', '>=', node.path).where('org_path', '<', subtreeEnd(node.path))
          .$if(period !== ALL, (qb) => qb.where(sql<string>`substr(period, 1, 7)`, '=', period));
        const r = await q.executeTakeFirst();
        const keys = (qb: any) => qb.where('region_id', '=', w.regionId).where('campaign_id', '=', w.campaignId).where('org_id', '=', node.id).where('indicator', '=', w.indicator).where('period', '=', period);
        if (r?.m === null || r?.m === undefined) await keys(trx.deleteFrom('indicator_rollups')).execute();
        else await keys(trx.updateTable('indicator_rollups').set({ value: Number(r.m) })).execute();
      }
    }
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------
// Computed indicators: the platform's own records turned into facts.

const present = new WeakMap<object, Set<string>>();

/** Is the table there? (The rectify tables are another feature's; they may not be migrated.) */
export async function hasTable(db: Kysely<Database>, table: string): Promise<boolean> {
  const known = present.get(db) ?? new Set<string>();
  present.set(db, known);
  if (known.has(table)) return true;
  try {
    await sql`select 1 from ${sql.table(table)} where 1 = 0`.execute(db);
    known.add(table);
    return true;
  } catch {
    return false;
  }
}

interface Count { org_id: string; org_path: string; period: string; n: number | string }

/**
 * Recounts the computed indicators of a campaign from its records (opinions and their four-winds
 * category, symposia, bulletin items, supervision groups; problems, measures, drives and rules
 * when the rectify tables exist) and writes the differences as facts, so roll-ups stay exact.
 * Returns how many facts changed. Safe to run at any time (after writes, from a job, at seed).
 */
export async function recomputeComputed(db: Kysely<Database>, campaign: CampaignTable): Promise<number> {
  const rectify = await hasTable(db, 'rectify_measures');
  const region = campaign.region_id;
  const c = campaign.id;
  const month = (col: string) => sql<string>`substr(${sql.ref(col)}, 1, 7)`;
  const target = new Map<string, { orgId: string; orgPath: string; indicator: string; period: string; value: number }>();
  const add = (indicator: string, rows: Count[]) => {
    for (const r of rows) {
      const key = `${r.org_id}|${indicator}|${r.period}`;
      const t = target.get(key) ?? { orgId: r.org_id, orgPath: r.org_path, indicator, period: r.period, value: 0 };
      t.value += Number(r.n);
      target.set(key, t);
    }
  };
  const grouped = async (table: string, dateCol: string, where: (qb: any) => any = (qb) => qb): Promise<Count[]> => {
    let q: any = (db as Kysely<any>).selectFrom(table).select(['org_id', 'org_path', month(dateCol).as('period'), sql<number>`count(*)`.as('n')])
      .where('region_id', '=', region).where('campaign_id', '=', c);
    q = where(q);
    return q.groupBy(['org_id', 'org_path', month(dateCol)]).execute();
  };

  const today = chinaDay();
  const opinions = await (db as Kysely<any>).selectFrom('opinions').select(['org_id', 'org_path', 'category', month('received_on').as('period'), sql<number>`count(*)`.as('n')])
    .where('region_id', '=', region).where('campaign_id', '=', c).groupBy(['org_id', 'org_path', 'category', month('received_on')]).execute() as (Count & { category: string | null })[];
  add('opinions_solicited', opinions);
  for (const w of WINDS) add(`opinions_${w}`, opinions.filter((o) => o.category === w));
  add('symposia_held', await grouped('symposiums', 'held_on'));
  add('briefings_issued', await grouped('bulletin_items', 'sent_on'));
  add('briefings_adopted', await grouped('bulletin_items', 'sent_on', (q) => q.where('adopted', '=', 1)));
  if (rectify) {
    add('problems_found', await grouped('rectify_problems', 'created_at'));
    add('immediate_fixes', await grouped('rectify_problems', 'created_at', (q) => q.where('immediate', '=', 1)));
    add('measures_planned', await grouped('rectify_measures', 'created_at'));
    add('measures_done', await grouped('rectify_measures', 'updated_at', (q) => q.where('status', '=', 'verified')));
    add('measures_overdue', await grouped('rectify_measures', 'due_on', (q) => q.where((eb: any) => eb.or([
      eb('status', '=', 'overdue'), eb.and([eb('status', 'in', ['not_started', 'in_progress', 'reopened']), eb('due_on', '<', today)]),
    ]))));
    if (await hasTable(db, 'rectify_drives')) add('special_drives', await grouped('rectify_drives', 'created_at'));
    if (await hasTable(db, 'rectify_rules')) {
      for (const [decision, code] of [['keep', 'rules_kept'], ['abolish', 'rules_abolished'], ['revise', 'rules_revised'], ['create', 'rules_created']] as const) {
        add(code, await grouped('rectify_rules', 'created_at', (q) => q.where('decision', '=', decision)));
      }
    }
  }
  // Hook: further computed indicators (self-examinations, talks …) are added here as their
  // records appear in the platform; anything counted here is replaced on every run.

  const existing = await db.selectFrom('indicator_facts').select(['org_id', 'org_path', 'indicator', 'period', 'value'])
    .where('region_id', '=', region).where('campaign_id', '=', c).where('source', '=', 'computed').execute();
  const writes: FactWrite[] = [];
  const base = { regionId: region, campaignId: c, source: 'computed' as const };
  const current = new Map<string, number>();
  for (const e of existing) {
    const key = `${e.org_id}|${e.indicator}|${e.period}`;
    current.set(key, Number(e.value));
    if (!target.has(key)) writes.push({ ...base, orgId: e.org_id, orgPath: e.org_path, indicator: e.indicator, period: e.period, value: 0 });
  }
  // Only the differences are written (unchanged counts cost nothing).
  for (const [key, t] of target) if (current.get(key) !== t.value) writes.push({ ...base, ...t });
  if (!writes.length) return 0;
  return db.transaction().execute((trx) => setFacts(trx, writes));
}

/**
 * A subtree moved from oldPath to newPath (its facts' paths already rewritten): the units that
 * were above it and are not any more lose its totals, the new ones gain them. Sums move by the
 * moved unit's own roll-up rows (which are its subtree's totals); maxima are recomputed from the
 * facts. Called by moveOrg inside its transaction.
 */
export async function moveRollups(trx: Db, regionId: string, orgId: string, oldPath: string, newPath: string): Promise<void> {
  const oldAbove = lineage(oldPath).slice(0, -1).map((n) => n.id);
  const newAbove = lineage(newPath).slice(0, -1);
  const lose = oldAbove.filter((id) => !newAbove.some((n) => n.id === id));
  const gain = newAbove.filter((n) => !oldAbove.includes(n.id));
  if (!lose.length && !gain.length) return;
  const rows = await trx.selectFrom('indicator_rollups').selectAll().where('region_id', '=', regionId).where('org_id', '=', orgId).execute();
  if (!rows.length) return;
  const aggByCampaign = new Map<string, Map<string, string>>();
  for (const r of rows) if (!aggByCampaign.has(r.campaign_id)) aggByCampaign.set(r.campaign_id, await aggregations(trx, r.campaign_id));
  const keys = (qb: any, r: { campaign_id: string; indicator: string; period: string }, id: string) =>
    qb.where('region_id', '=', regionId).where('campaign_id', '=', r.campaign_id).where('org_id', '=', id).where('indicator', '=', r.indicator).where('period', '=', r.period);
  for (const r of rows) {
    const kind = aggByCampaign.get(r.campaign_id)!.get(r.indicator) ?? 'sum';
    if (kind === 'max') {
      const allAbove = [...lineage(oldPath).slice(0, -1).filter((n) => lose.includes(n.id)), ...gain];
      for (const node of allAbove) {
        const m = await trx.selectFrom('indicator_facts').select((eb) => eb.fn.max('value').as('m'))
          .where('region_id', '=', regionId).where('campaign_id', '=', r.campaign_id).where('indicator', '=', r.indicator)
          .where('org_path', '>=', node.path).where('org_path', '<', subtreeEnd(node.path))
          .$if(r.period !== ALL, (qb) => qb.where(sql<string>`substr(period, 1, 7)`, '=', r.period)).executeTakeFirst();
        await keys(trx.deleteFrom('indicator_rollups'), r, node.id).execute();
        if (m?.m !== null && m?.m !== undefined) {
          await trx.insertInto('indicator_rollups').values({ region_id: regionId, campaign_id: r.campaign_id, org_id: node.id, indicator: r.indicator, period: r.period, value: Number(m.m) }).execute();
        }
      }
      continue;
    }
    const v = Number(r.value);
    for (const id of lose) await keys(trx.updateTable('indicator_rollups').set({ value: sql<number>`value - ${v}` }), r, id).execute();
    for (const n of gain) {
      await trx.insertInto('indicator_rollups').values({ region_id: regionId, campaign_id: r.campaign_id, org_id: n.id, indicator: r.indicator, period: r.period, value: v })
        .onConflict((oc) => oc.columns(['region_id', 'campaign_id', 'org_id', 'indicator', 'period']).doUpdateSet({ value: sql<number>`indicator_rollups.value + excluded.value` })).execute();
    }
  }
}
