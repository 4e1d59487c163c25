import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { chinaDay } from '../../shared/clock.js';
import { notFound } from '../../shared/errors.js';
import type { OrgRow } from '../organizations/queries.js';
import { COMPARE_INDICATORS, KEY_INDICATORS, TREND_INDICATORS, WINDS } from './catalogue.js';
import { ALL, hasTable } from './facts.js';
import type { IndicatorTable } from './schema.js';
import { taiwanScript } from '../../shared/i18n/taiwan.js';
import './schema.js';

// Reads of rolled-up figures. Everything here reads indicator_rollups by primary key prefix
// (campaign, unit, indicator, period): a dashboard is a few hundred indexed rows at most,
// whatever the size of the subtree below the unit.

export interface Range {
  /** First month "YYYY-MM" (inclusive); none = from the beginning. */
  from?: string;
  /** Last month "YYYY-MM" (inclusive); none = to the end. */
  to?: string;
}

// The catalogue changes rarely (a campaign's own indicators): kept per database and campaign for
// a few seconds so a dashboard read saves a round trip; addIndicator drops the entry at once
// (another process sees a new indicator within CATALOGUE_TTL_MS).
const CATALOGUE_TTL_MS = 10_000;
const catalogueCache = new WeakMap<object, Map<string, { at: number; rows: IndicatorTable[] }>>();

export function forgetCatalogue(db: Kysely<Database>, campaignId: string): void {
  catalogueCache.get(db)?.delete(campaignId);
}

export async function indicatorsOf(db: Kysely<Database>, campaignId: string): Promise<IndicatorTable[]> {
  let byCampaign = catalogueCache.get(db);
  if (!byCampaign) catalogueCache.set(db, (byCampaign = new Map()));
  const hit = byCampaign.get(campaignId);
  if (hit && Date.now() - hit.at < CATALOGUE_TTL_MS) return hit.rows;
  const rows = (await db.selectFrom('indicators').selectAll().where('campaign_id', 'in', ['', campaignId]).orderBy('campaign_id').orderBy('position').execute())
    .map((r) => ({ ...r, position: Number(r.position) }));
  byCampaign.set(campaignId, { at: Date.now(), rows });
  return rows;
}

export async function getIndicator(db: Kysely<Database>, campaignId: string, code: string): Promise<IndicatorTable> {
  const row = await db.selectFrom('indicators').selectAll().where('campaign_id', 'in', ['', campaignId]).where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('figures.indicator_not_found', { code });
  return row;
}

const isWholeRange = (r: Range) => !r.from && !r.to;

/**
 * The rolled-up value of each indicator at each unit over the range. Rates are computed from
 * their numerator and denominator (in percent, one decimal); a unit with no rows gets 0.
 */
export async function rollupValues(db: Kysely<Database>, campaign: CampaignTable, orgIds: string[], codes: string[], range: Range, catalogue: IndicatorTable[]): Promise<Map<string, Map<string, number>>> {
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const stored = new Set<string>();
  for (const code of codes) {
    const i = byCode.get(code);
    if (!i) continue;
    if (i.aggregation === 'rate') {
      if (i.numerator) stored.add(i.numerator);
      if (i.denominator) stored.add(i.denominator);
    } else stored.add(code);
  }
  const out = new Map<string, Map<string, number>>(orgIds.map((id) => [id, new Map()]));
  if (!orgIds.length || !stored.size) return out;
  let q = db.selectFrom('indicator_rollups').select(['org_id', 'indicator', 'period', 'value'])
    .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
    .where('org_id', 'in', orgIds).where('indicator', 'in', [...stored]);
  if (isWholeRange(range)) q = q.where('period', '=', ALL);
  else {
    q = q.where('period', '!=', ALL);
    if (range.from) q = q.where('period', '>=', range.from);
    if (range.to) q = q.where('period', '<=', range.to);
  }
  const rows = await q.execute();
  for (const r of rows) {
    const m = out.get(r.org_id)!;
    const kind = byCode.get(r.indicator)?.aggregation ?? 'sum';
    const v = Number(r.value);
    m.set(r.indicator, kind === 'max' ? Math.max(m.get(r.indicator) ?? 0, v) : (m.get(r.indicator) ?? 0) + v);
  }
  for (const m of out.values()) {
    for (const code of codes) {
      const i = byCode.get(code);
      if (i?.aggregation === 'rate') {
        const den = m.get(i.denominator ?? '') ?? 0;
        m.set(code, den ? Math.round(((m.get(i.numerator ?? '') ?? 0) / den) * 1000) / 10 : 0);
      } else if (!m.has(code)) m.set(code, 0);
      m.set(code, Math.round((m.get(code) ?? 0) * 100) / 100);
    }
  }
  return out;
}

/** Month → value of each indicator at one unit (sum/max indicators only). */
export async function monthlySeries(db: Kysely<Database>, campaign: CampaignTable, orgId: string, codes: string[], range: Range): Promise<{ months: string[]; series: Record<string, number[]> }> {
  let q = db.selectFrom('indicator_rollups').select(['indicator', 'period', 'value'])
    .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', orgId)
    .where('indicator', 'in', codes).where('period', '!=', ALL);
  if (range.from) q = q.where('period', '>=', range.from);
  if (range.to) q = q.where('period', '<=', range.to);
  const rows = await q.execute();
  const months = monthsBetween(range.from ?? campaign.starts_on.slice(0, 7), range.to ?? campaign.ends_on.slice(0, 7), rows.map((r) => r.period));
  const series: Record<string, number[]> = Object.fromEntries(codes.map((c) => [c, months.map(() => 0)]));
  for (const r of rows) {
    const i = months.indexOf(r.period);
    if (i >= 0) series[r.indicator][i] += Number(r.value);
  }
  return { months, series };
}

function monthsBetween(from: string, to: string, seen: string[]): string[] {
  let first = from;
  let last = to;
  for (const s of seen) {
    if (s < first) first = s;
    if (s > last) last = s;
  }
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  for (let guard = 0; guard < 240; guard++) {
    const s = `${y}-${String(m).padStart(2, '0')}`;
    if (s > last) break;
    out.push(s);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

export interface Dashboard {
  org: { id: string; name: string; childCount: number };
  range: { from: string | null; to: string | null };
  keyFigures: { code: string; zh: string; zhTW: string; en: string; unit: string; unitTW: string; value: number; baseline: number | null }[];
  phases: { phase: string; startsOn: string; endsOn: string; percent: number; current: boolean }[];
  winds: { wind: string; value: number }[];
  children: { id: string; name: string; childCount: number; values: Record<string, number> }[];
  compare: { code: string; zh: string; zhTW: string; en: string; unit: string; unitTW: string }[];
  trend: { months: string[]; series: { code: string; zh: string; zhTW: string; en: string; values: number[] }[] };
  overdueMeasures: number | null;
}

export async function dashboard(db: Kysely<Database>, campaign: CampaignTable, org: OrgRow, children: { id: string; name: string; child_count: number }[], range: Range): Promise<Dashboard> {
  const catalogue = await indicatorsOf(db, campaign.id);
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  // An archived indicator keeps its facts (rollups answer for it) but leaves the dashboard.
  const own = catalogue.filter((i) => i.campaign_id === campaign.id && !i.archived_at).map((i) => i.code);
  const keyCodes = [...KEY_INDICATORS, ...own];
  const windCodes = WINDS.map((w) => `opinions_${w}`);
  const [values, childValues, trend, phases, baselines, rectify] = await Promise.all([
    rollupValues(db, campaign, [org.id], [...keyCodes, ...windCodes, 'measures_overdue'], range, catalogue),
    rollupValues(db, campaign, children.map((c) => c.id), COMPARE_INDICATORS, range, catalogue),
    monthlySeries(db, campaign, org.id, TREND_INDICATORS, range),
    db.selectFrom('campaign_phases').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('position').execute(),
    db.selectFrom('indicator_baselines').select(['indicator', 'value']).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', org.id).execute(),
    hasTable(db, 'rectify_measures'),
  ]);
  const v = values.get(org.id)!;
  const base = new Map(baselines.map((b) => [b.indicator, Number(b.value)]));
  const today = chinaDay();
  const meta = (code: string) => {
    const i = byCode.get(code);
    const zh = i?.zh ?? code;
    const unit = i?.unit ?? '';
    // Characters only, as presentIndicator (present.ts): indicator names are campaign terms, not messages.
    return { code, zh, zhTW: taiwanScript(zh), en: i?.en ?? code, unit, unitTW: taiwanScript(unit) };
  };
  return {
    org: { id: org.id, name: org.name, childCount: children.length },
    range: { from: range.from ?? null, to: range.to ?? null },
    keyFigures: keyCodes.filter((c) => byCode.has(c)).map((c) => ({ ...meta(c), value: v.get(c) ?? 0, baseline: base.get(c) ?? null })),
    phases: phases.map((p) => {
      const total = Date.parse(p.ends_on) - Date.parse(p.starts_on) + 86_400_000;
      const done = Math.min(total, Math.max(0, Date.parse(today) - Date.parse(p.starts_on) + 86_400_000));
      return { phase: p.phase, startsOn: p.starts_on, endsOn: p.ends_on, percent: total > 0 ? Math.round((done / total) * 100) : 0, current: p.starts_on <= today && today <= p.ends_on };
    }),
    winds: WINDS.map((w) => ({ wind: w, value: v.get(`opinions_${w}`) ?? 0 })),
    children: children.map((c) => ({ id: c.id, name: c.name, childCount: c.child_count, values: Object.fromEntries(childValues.get(c.id) ?? []) })),
    compare: COMPARE_INDICATORS.map(meta),
    trend: { months: trend.months, series: TREND_INDICATORS.map((c) => ({ ...meta(c), values: trend.series[c] })) },
    overdueMeasures: rectify ? v.get('measures_overdue') ?? 0 : null,
  };
}
