import type { Kysely, Transaction } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { AppError, badRequest, conflict, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { getOrg, type OrgRow } from '../organizations/queries.js';
import { extractStatistics } from './extract/extract.js';
import { proposeIndicator } from './extract/catalogue.js';
import { readDocument, DocumentError } from './extract/documents.js';
import { recomputeComputed, setFacts } from './facts.js';
import { forgetCatalogue, indicatorsOf } from './queries.js';
import type { BulletinItemTable, FigureReportTable, IndicatorTable, NarrativeTable, ReportFormTable } from './schema.js';
import './schema.js';

// Writes of the figures feature: a campaign's own indicators, report forms, a unit's reports
// (draft → submitted → approved | returned), baselines, narrative reports and their proposals,
// bulletin items. Each is one transaction with its audit entry; validation runs before it, so a
// refused request writes nothing.

type Db = Kysely<Database> | Transaction<Database>;

export const MAX_VALUE = 1e10;
export const OUTLIER_FACTOR = 10;

export async function unitOfCampaign(db: Db, campaign: CampaignTable, orgId: string): Promise<OrgRow> {
  const org = await getOrg(db, orgId);
  const top = await getOrg(db, campaign.org_id);
  if (!org.path.startsWith(top.path)) throw badRequest('figures.unit_outside', { id: orgId });
  return org;
}

export function checkPeriod(campaign: CampaignTable, period: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(period)) throw badRequest('figures.period_invalid', { period });
  if (period.slice(0, 7) < campaign.starts_on.slice(0, 7) || period.slice(0, 7) > campaign.ends_on.slice(0, 7)) throw badRequest('figures.period_outside', { period });
}

// ---------------------------------------------------------------------------------------------
// Indicators

export interface IndicatorInput {
  code: string;
  zh: string;
  en?: string;
  unit: string;
  aggregation: 'sum' | 'max' | 'rate';
  numerator?: string;
  denominator?: string;
}

export async function addIndicator(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: IndicatorInput): Promise<IndicatorTable> {
  const catalogue = await indicatorsOf(db, campaign.id);
  if (catalogue.some((i) => i.code === input.code)) throw conflict('figures.indicator_code_taken', { code: input.code });
  if (input.aggregation === 'rate') {
    const ok = (c?: string) => catalogue.some((i) => i.code === c && i.aggregation === 'sum' && !i.archived_at);
    if (!ok(input.numerator) || !ok(input.denominator) || input.numerator === input.denominator) throw badRequest('figures.indicator_rate_parts');
  }
  const row: IndicatorTable = {
    region_id: campaign.region_id, campaign_id: campaign.id, code: input.code, zh: input.zh.trim(), en: (input.en ?? input.zh).trim(), unit: input.unit.trim(),
    aggregation: input.aggregation, source: 'reported', numerator: input.aggregation === 'rate' ? input.numerator! : null, denominator: input.aggregation === 'rate' ? input.denominator! : null,
    position: 1000 + catalogue.filter((i) => i.campaign_id === campaign.id).length, created_at: nowIso(), archived_at: null,
  };
  const top = await getOrg(db, campaign.org_id);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('indicators').values(row).execute();
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.indicator.create', targetType: 'indicator', targetId: `${campaign.id}:${row.code}`, orgPath: top.path, after: input });
  });
  forgetCatalogue(db, campaign.id);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Validation of reported values

export interface ValueInput {
  indicator: string;
  value: number;
}

export interface ValueWarning {
  indicator: string;
  value: number;
  previousMax: number;
}

/**
 * Refuses values that cannot be right: indicators that are computed or rates, negative or
 * absurd numbers; and values above 10× the unit's own previous maximum unless confirmed
 * (400 figures.value_outlier with the list in details.warnings, details.requiresConfirm).
 */
export async function validateValues(db: Db, campaign: CampaignTable, org: OrgRow, values: ValueInput[], opts: { confirm?: boolean; allowed?: string[] } = {}): Promise<void> {
  const catalogue = new Map((await indicatorsOf(db, campaign.id)).map((i) => [i.code, i]));
  for (const v of values) {
    const i = catalogue.get(v.indicator);
    if (!i) throw notFound('figures.indicator_not_found', { code: v.indicator });
    if (opts.allowed && !opts.allowed.includes(v.indicator)) throw badRequest('figures.report_not_in_form', { name: i.zh });
    if (i.archived_at) throw badRequest('figures.indicator_archived', { name: i.zh });
    if (i.source === 'computed') throw badRequest('figures.indicator_computed', { name: i.zh });
    if (i.aggregation === 'rate') throw badRequest('figures.indicator_rate', { name: i.zh });
    if (!Number.isFinite(v.value)) throw badRequest('figures.value_absurd', { name: i.zh, value: v.value, limit: MAX_VALUE });
    if (v.value < 0) throw badRequest('figures.value_negative', { name: i.zh, value: v.value });
    if (v.value > MAX_VALUE) throw badRequest('figures.value_absurd', { name: i.zh, value: v.value, limit: MAX_VALUE });
  }
  if (opts.confirm || !values.length) return;
  const history = await db.selectFrom('indicator_facts').select(['indicator', (eb) => eb.fn.max('value').as('m')])
    .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', org.id).where('source', '=', 'reported')
    .where('indicator', 'in', values.map((v) => v.indicator)).groupBy('indicator').execute();
  const max = new Map(history.map((h) => [h.indicator, Number(h.m)]));
  const warnings: ValueWarning[] = [];
  for (const v of values) {
    const m = max.get(v.indicator) ?? 0;
    if (m > 0 && v.value > OUTLIER_FACTOR * m) warnings.push({ indicator: v.indicator, value: v.value, previousMax: m });
  }
  if (warnings.length) {
    const w = warnings[0];
    throw badRequest('figures.value_outlier', { name: catalogue.get(w.indicator)!.zh, value: w.value, max: w.previousMax }, { requiresConfirm: true, warnings });
  }
}

// ---------------------------------------------------------------------------------------------
// Report forms and reports

export async function createForm(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: { orgId: string; name: string; cycle: 'week' | 'month' | 'phase'; indicators: string[] }): Promise<ReportFormTable> {
  const org = await unitOfCampaign(db, campaign, input.orgId);
  const catalogue = new Map((await indicatorsOf(db, campaign.id)).map((i) => [i.code, i]));
  const codes = formIndicators(catalogue, input.indicators);
  const row: ReportFormTable = {
    region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, name: input.name.trim(), cycle: input.cycle,
    indicators: JSON.stringify(codes), created_at: nowIso(), archived_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('report_forms').values(row).execute();
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'figures.form.create', targetType: 'report_form', targetId: row.id, orgPath: org.path, after: input });
  });
  return row;
}

/** The distinct codes of a form, each an active reported indicator that is not a rate. */
export function formIndicators(catalogue: Map<string, IndicatorTable>, indicators: string[]): string[] {
  const codes = [...new Set(indicators)];
  if (!codes.length) throw badRequest('figures.form_empty');
  for (const c of codes) {
    const i = catalogue.get(c);
    if (!i) throw notFound('figures.indicator_not_found', { code: c });
    if (i.source === 'computed') throw badRequest('figures.indicator_computed', { name: i.zh });
    if (i.aggregation === 'rate') throw badRequest('figures.indicator_rate', { name: i.zh });
    if (i.archived_at) throw badRequest('figures.indicator_archived', { name: i.zh });
  }
  return codes;
}

export async function getForm(db: Db, id: string): Promise<ReportFormTable> {
  const f = await db.selectFrom('report_forms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!f) throw notFound('figures.form_not_found', { id });
  return f;
}

export async function getReport(db: Db, id: string): Promise<FigureReportTable> {
  const r = await db.selectFrom('figure_reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('figures.report_not_found', { id });
  return r;
}

export async function reportValues(db: Db, report: FigureReportTable): Promise<ValueInput[]> {
  const rows = await db.selectFrom('figure_report_values').select(['indicator', 'value']).where('region_id', '=', report.region_id).where('report_id', '=', report.id).orderBy('indicator').execute();
  return rows.map((r) => ({ indicator: r.indicator, value: Number(r.value) }));
}

/** A unit's report of a form for a period (or, with no form, a free report from a narrative). */
export async function createReport(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: { formId: string | null; orgId: string; period: string; narrativeId?: string }): Promise<FigureReportTable> {
  checkPeriod(campaign, input.period);
  const org = await unitOfCampaign(db, campaign, input.orgId);
  if (input.formId) {
    const form = await getForm(db, input.formId);
    if (form.campaign_id !== campaign.id || !org.path.startsWith(form.org_path)) throw badRequest('figures.unit_outside', { id: org.id });
    if (form.archived_at) throw conflict('figures.form_archived', { name: form.name });
    const dup = await db.selectFrom('figure_reports').select('id').where('region_id', '=', campaign.region_id).where('form_id', '=', form.id)
      .where('org_id', '=', org.id).where('period', '=', input.period).executeTakeFirst();
    if (dup) throw conflict('figures.report_exists');
  }
  const at = nowIso();
  const row: FigureReportTable = {
    region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, form_id: input.formId, org_id: org.id, org_path: org.path, period: input.period,
    status: 'draft', note: '', narrative_id: input.narrativeId ?? null, submitted_at: null, decided_at: null, decided_by: null, created_at: at, updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('figure_reports').values(row).execute();
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'figures.report.create', targetType: 'figure_report', targetId: row.id, orgPath: org.path, after: input });
  });
  return row;
}

const EDITABLE = ['draft', 'returned'];

function lockedError(status: string): AppError {
  return conflict('figures.report_locked', { status: { submitted: '报送', approved: '审核通过' }[status] ?? status });
}

/** Replaces the values of a draft or returned report (validated first; nothing written on refusal). */
export async function saveValues(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, reportId: string, values: ValueInput[], opts: { confirm?: boolean } = {}): Promise<FigureReportTable> {
  const report = await getReport(db, reportId);
  if (!EDITABLE.includes(report.status)) throw lockedError(report.status);
  const org = await getOrg(db, report.org_id);
  const form = report.form_id ? await getForm(db, report.form_id) : null;
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v.indicator, v.value);
  const clean = [...seen].map(([indicator, value]) => ({ indicator, value }));
  await validateValues(db, campaign, org, clean, { confirm: opts.confirm, allowed: form ? (JSON.parse(form.indicators) as string[]) : undefined });
  return db.transaction().execute(async (trx) => {
    const current = await getReport(trx, reportId);
    if (!EDITABLE.includes(current.status)) throw lockedError(current.status);
    const before = await reportValues(trx, current);
    await trx.deleteFrom('figure_report_values').where('region_id', '=', current.region_id).where('report_id', '=', current.id).execute();
    if (clean.length) await trx.insertInto('figure_report_values').values(clean.map((v) => ({ region_id: current.region_id, report_id: current.id, indicator: v.indicator, value: v.value, note: '' }))).execute();
    const updated_at = nowIso();
    await trx.updateTable('figure_reports').set({ updated_at }).where('region_id', '=', current.region_id).where('id', '=', current.id).execute();
    await recordAudit(trx, actor, { regionId: current.region_id, action: 'figures.report.values', targetType: 'figure_report', targetId: current.id, orgPath: current.org_path, before, after: clean });
    return { ...current, updated_at };
  });
}

export async function submitReport(db: Kysely<Database>, actor: AuditActor, reportId: string): Promise<FigureReportTable> {
  return db.transaction().execute(async (trx) => {
    const r = await getReport(trx, reportId);
    if (!EDITABLE.includes(r.status)) throw lockedError(r.status);
    if (!(await reportValues(trx, r)).length) throw badRequest('figures.report_empty');
    const at = nowIso();
    await trx.updateTable('figure_reports').set({ status: 'submitted', submitted_at: at, updated_at: at }).where('region_id', '=', r.region_id).where('id', '=', r.id).execute();
    await recordAudit(trx, actor, { regionId: r.region_id, action: 'figures.report.submit', targetType: 'figure_report', targetId: r.id, orgPath: r.org_path });
    return { ...r, status: 'submitted', submitted_at: at, updated_at: at };
  });
}

/** Approval by the level above: the values become facts (rolled up) and the report is locked. */
export async function approveReport(db: Kysely<Database>, actor: AuditActor, reportId: string): Promise<FigureReportTable> {
  return db.transaction().execute(async (trx) => {
    const r = await getReport(trx, reportId);
    if (r.status !== 'submitted') throw r.status === 'approved' ? lockedError(r.status) : conflict('figures.report_not_submitted');
    const values = await reportValues(trx, r);
    await setFacts(trx, values.map((v) => ({ regionId: r.region_id, campaignId: r.campaign_id, orgId: r.org_id, orgPath: r.org_path, indicator: v.indicator, period: r.period, source: 'reported' as const, value: v.value })));
    const at = nowIso();
    await trx.updateTable('figure_reports').set({ status: 'approved', decided_at: at, decided_by: actor.name, updated_at: at, note: '' }).where('region_id', '=', r.region_id).where('id', '=', r.id).execute();
    await recordAudit(trx, actor, { regionId: r.region_id, action: 'figures.report.approve', targetType: 'figure_report', targetId: r.id, orgPath: r.org_path, after: values });
    return { ...r, status: 'approved', decided_at: at, decided_by: actor.name, updated_at: at, note: '' };
  });
}

export async function returnReport(db: Kysely<Database>, actor: AuditActor, reportId: string, note: string): Promise<FigureReportTable> {
  if (!note.trim()) throw badRequest('figures.return_note_required');
  return db.transaction().execute(async (trx) => {
    const r = await getReport(trx, reportId);
    if (r.status !== 'submitted') throw r.status === 'approved' ? lockedError(r.status) : conflict('figures.report_not_submitted');
    const at = nowIso();
    await trx.updateTable('figure_reports').set({ status: 'returned', note: note.trim(), decided_at: at, decided_by: actor.name, updated_at: at }).where('region_id', '=', r.region_id).where('id', '=', r.id).execute();
    await recordAudit(trx, actor, { regionId: r.region_id, action: 'figures.report.return', targetType: 'figure_report', targetId: r.id, orgPath: r.org_path, after: { note } });
    return { ...r, status: 'returned', note: note.trim(), decided_at: at, decided_by: actor.name, updated_at: at };
  });
}

// ---------------------------------------------------------------------------------------------
// Baselines

export async function setBaselines(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, org: OrgRow, values: ValueInput[]): Promise<void> {
  const catalogue = new Map((await indicatorsOf(db, campaign.id)).map((i) => [i.code, i]));
  for (const v of values) {
    const i = catalogue.get(v.indicator);
    if (!i) throw notFound('figures.indicator_not_found', { code: v.indicator });
    if (i.archived_at) throw badRequest('figures.indicator_archived', { name: i.zh });
    if (v.value < 0) throw badRequest('figures.value_negative', { name: i.zh, value: v.value });
    if (v.value > MAX_VALUE) throw badRequest('figures.value_absurd', { name: i.zh, value: v.value, limit: MAX_VALUE });
  }
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const v of values) {
      await trx.insertInto('indicator_baselines').values({ region_id: campaign.region_id, campaign_id: campaign.id, org_id: org.id, org_path: org.path, indicator: v.indicator, value: v.value, updated_at: at })
        .onConflict((oc) => oc.columns(['region_id', 'campaign_id', 'org_id', 'indicator']).doUpdateSet({ value: v.value, updated_at: at })).execute();
    }
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.baseline.set', targetType: 'organization', targetId: org.id, orgPath: org.path, after: values });
  });
}

// ---------------------------------------------------------------------------------------------
// Narrative reports

export async function uploadNarrative(db: Kysely<Database>, actor: AuditActor & { userId: string | null }, campaign: CampaignTable, input: { orgId: string; period: string; fileName: string; data: Buffer }): Promise<{ narrative: NarrativeTable; proposals: number }> {
  checkPeriod(campaign, input.period);
  const org = await unitOfCampaign(db, campaign, input.orgId);
  let text: string;
  let format: string;
  try {
    const doc = await readDocument(input.data, input.fileName);
    text = doc.text;
    format = doc.format;
  } catch (e) {
    if (e instanceof DocumentError) throw badRequest('figures.narrative_unreadable', { reason: e.message });
    throw e;
  }
  const stats = extractStatistics(text);
  const narrative: NarrativeTable = {
    region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, period: input.period, file_name: input.fileName.slice(0, 200),
    format, text, report_id: null, uploaded_by: actor.name, created_at: nowIso(),
  };
  const proposals = stats.map((s, position) => {
    const p = proposeIndicator(s);
    return {
      region_id: campaign.region_id, id: newId(), narrative_id: narrative.id, position, quote: s.quote, phrase: s.indicator, value: s.value, unit: s.unit, qualifier: s.qualifier,
      proposed: p?.code ?? null, confidence: p?.confidence ?? 0, status: 'pending', confirmed: null,
    };
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('narratives').values(narrative).execute();
    for (let i = 0; i < proposals.length; i += 200) await trx.insertInto('narrative_proposals').values(proposals.slice(i, i + 200)).execute();
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.narrative.upload', targetType: 'narrative', targetId: narrative.id, orgPath: org.path, after: { fileName: narrative.file_name, period: narrative.period, proposals: proposals.length } });
  });
  return { narrative, proposals: proposals.length };
}

export async function getNarrative(db: Db, id: string): Promise<NarrativeTable> {
  const n = await db.selectFrom('narratives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!n) throw notFound('figures.narrative_not_found', { id });
  return n;
}

/**
 * A person's decisions on the proposals: each item maps a proposal to an indicator (confirmed)
 * or to null (rejected). The confirmed values become the values of a draft report of the unit
 * for the narrative's period — never approved here. Returns the draft report.
 */
export async function confirmNarrative(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, narrativeId: string, items: { proposalId: string; indicator: string | null }[]): Promise<FigureReportTable> {
  const n = await getNarrative(db, narrativeId);
  const org = await getOrg(db, n.org_id);
  const proposals = await db.selectFrom('narrative_proposals').selectAll().where('region_id', '=', n.region_id).where('narrative_id', '=', n.id).execute();
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const confirmed = new Map<string, number>();
  for (const it of items) {
    const p = byId.get(it.proposalId);
    if (!p) throw notFound('figures.proposal_not_found', { id: it.proposalId });
    if (it.indicator) confirmed.set(it.indicator, Math.max(confirmed.get(it.indicator) ?? 0, Number(p.value)));
  }
  if (!confirmed.size) throw badRequest('figures.nothing_confirmed');
  const values = [...confirmed].map(([indicator, value]) => ({ indicator, value }));
  // A person confirmed each figure against the text: no outlier confirmation is asked again.
  await validateValues(db, campaign, org, values, { confirm: true });
  let report = n.report_id ? await getReport(db, n.report_id) : null;
  if (report && !EDITABLE.includes(report.status)) throw lockedError(report.status);
  if (!report) report = await createReport(db, actor, campaign, { formId: null, orgId: org.id, period: n.period, narrativeId: n.id });
  const reportId = report.id;
  await db.transaction().execute(async (trx) => {
    for (const it of items) {
      await trx.updateTable('narrative_proposals').set({ status: it.indicator ? 'confirmed' : 'rejected', confirmed: it.indicator }).where('region_id', '=', n.region_id).where('id', '=', it.proposalId).execute();
    }
    await trx.updateTable('narratives').set({ report_id: reportId }).where('region_id', '=', n.region_id).where('id', '=', n.id).execute();
    await recordAudit(trx, actor, { regionId: n.region_id, action: 'figures.narrative.confirm', targetType: 'narrative', targetId: n.id, orgPath: n.org_path, after: items });
  });
  const existing = await reportValues(db, report);
  const merged = new Map(existing.map((v) => [v.indicator, v.value]));
  for (const v of values) merged.set(v.indicator, v.value);
  return saveValues(db, actor, campaign, reportId, [...merged].map(([indicator, value]) => ({ indicator, value })), { confirm: true });
}

// ---------------------------------------------------------------------------------------------
// Bulletin items (简报信息) sent upward and their adoption

export async function addBulletin(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: { orgId: string; title: string; sentOn: string; sentTo: string; adopted?: boolean; adoptedBy?: string; adoptedOn?: string | null }): Promise<BulletinItemTable> {
  const org = await unitOfCampaign(db, campaign, input.orgId);
  if (input.adopted && input.adoptedOn && input.adoptedOn < input.sentOn) throw badRequest('figures.adopted_before_sent', { adoptedOn: input.adoptedOn, sentOn: input.sentOn });
  const row: BulletinItemTable = {
    region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, title: input.title.trim(), sent_on: input.sentOn, sent_to: input.sentTo.trim(),
    adopted: input.adopted ? 1 : 0, adopted_by: input.adopted ? (input.adoptedBy ?? '').trim() : '', adopted_on: input.adopted ? (input.adoptedOn ?? input.sentOn) : null, created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('bulletin_items').values(row).execute();
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'figures.bulletin.create', targetType: 'bulletin_item', targetId: row.id, orgPath: org.path, after: input });
  });
  await recomputeComputed(db, campaign);
  return row;
}

export async function getBulletin(db: Db, id: string): Promise<BulletinItemTable> {
  const b = await db.selectFrom('bulletin_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw notFound('figures.bulletin_not_found', { id });
  return b;
}

export async function setAdoption(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, id: string, input: { adopted: boolean; adoptedBy?: string; adoptedOn?: string | null }): Promise<BulletinItemTable> {
  const b = await getBulletin(db, id);
  if (input.adopted && input.adoptedOn && input.adoptedOn < b.sent_on) throw badRequest('figures.adopted_before_sent', { adoptedOn: input.adoptedOn, sentOn: b.sent_on });
  const patch = { adopted: input.adopted ? 1 : 0, adopted_by: input.adopted ? (input.adoptedBy ?? '').trim() : '', adopted_on: input.adopted ? (input.adoptedOn ?? b.sent_on) : null };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('bulletin_items').set(patch).where('region_id', '=', b.region_id).where('id', '=', b.id).execute();
    await recordAudit(trx, actor, { regionId: b.region_id, action: 'figures.bulletin.adopt', targetType: 'bulletin_item', targetId: b.id, orgPath: b.org_path, before: b, after: patch });
  });
  await recomputeComputed(db, campaign);
  return { ...b, ...patch };
}
