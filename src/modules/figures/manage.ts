import type { Kysely, Transaction } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { badRequest, conflict, notFound } from '../../shared/errors.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import type { OrgRow } from '../organizations/queries.js';
import { formIndicators, getBulletin } from './commands.js';
import { recomputeComputed } from './facts.js';
import { forgetCatalogue, indicatorsOf } from './queries.js';
import type { BulletinItemTable, IndicatorTable, ReportFormTable } from './schema.js';
import './schema.js';

// Changing and retiring what an office set up: a campaign's own indicators, report forms,
// bulletin items and baselines. Each write is one transaction with its audit entry, and the
// checks that decide between refusing, archiving and deleting read inside that transaction.
//
// Retiring an indicator or a form that is already used ARCHIVES it (archived_at) instead of
// deleting it. Approved figures are facts rolled up the hierarchy and quoted in briefings; a unit's
// draft or submitted values are its own work. Deleting the definition would leave those rows
// pointing at nothing (a report without its form, a fact without a name, unit or aggregation),
// and refusing outright would leave a wrong or outdated item in every picker forever. Archived,
// it is hidden from new use (no new reports, values, baselines or form entries) while every
// stored figure keeps its meaning, and it can be restored. Something never used is deleted.
// Two cases are refused with 409 instead, because archiving would break a live definition: an
// indicator still on an active form, and an indicator that is a part of an active rate.

type Db = Kysely<Database> | Transaction<Database>;

/** The standard catalogue is shared by every campaign: never changed or removed here. */
async function ownIndicator(db: Db, campaign: CampaignTable, code: string): Promise<IndicatorTable> {
  const rows = await db.selectFrom('indicators').selectAll().where('campaign_id', 'in', ['', campaign.id]).where('code', '=', code).execute();
  const own = rows.find((r) => r.campaign_id === campaign.id);
  if (own) return { ...own, position: Number(own.position) };
  if (rows.length) throw conflict('figures.indicator_builtin', { name: rows[0].zh });
  throw notFound('figures.indicator_not_found', { code });
}

const one = async (q: { executeTakeFirst(): Promise<unknown> }) => (await q.executeTakeFirst()) !== undefined;

/** Whether any figure of the campaign was stored against the indicator (fact, report value, baseline, confirmed narrative figure). */
async function indicatorHasData(db: Db, campaign: CampaignTable, code: string): Promise<boolean> {
  const r = campaign.region_id;
  return (await one(db.selectFrom('indicator_facts').select('indicator').where('region_id', '=', r).where('campaign_id', '=', campaign.id).where('indicator', '=', code).limit(1)))
    || (await one(db.selectFrom('indicator_baselines').select('indicator').where('region_id', '=', r).where('campaign_id', '=', campaign.id).where('indicator', '=', code).limit(1)))
    || (await one(db.selectFrom('figure_report_values').innerJoin('figure_reports', (j) => j.onRef('figure_reports.region_id', '=', 'figure_report_values.region_id').onRef('figure_reports.id', '=', 'figure_report_values.report_id'))
      .select('figure_report_values.indicator').where('figure_report_values.region_id', '=', r).where('figure_reports.campaign_id', '=', campaign.id).where('figure_report_values.indicator', '=', code).limit(1)))
    || (await one(db.selectFrom('narrative_proposals').innerJoin('narratives', (j) => j.onRef('narratives.region_id', '=', 'narrative_proposals.region_id').onRef('narratives.id', '=', 'narrative_proposals.narrative_id'))
      .select('narrative_proposals.id').where('narrative_proposals.region_id', '=', r).where('narratives.campaign_id', '=', campaign.id).where('narrative_proposals.confirmed', '=', code).limit(1)));
}

const formsOf = (db: Db, campaign: CampaignTable) => db.selectFrom('report_forms').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).execute();
const codesOf = (f: ReportFormTable) => JSON.parse(f.indicators) as string[];

export interface IndicatorPatch {
  zh?: string;
  en?: string;
  unit?: string;
  /** false restores an archived indicator; archiving goes through removeIndicator. */
  archived?: false;
}

/**
 * Names and unit of a campaign's own indicator. The code and the aggregation stay as created:
 * facts, roll-ups (a sum and a max are maintained differently) and forms refer to them.
 */
export async function updateIndicator(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, top: OrgRow, code: string, patch: IndicatorPatch): Promise<IndicatorTable> {
  const updated = await db.transaction().execute(async (trx) => {
    const before = await ownIndicator(trx, campaign, code);
    const set: Partial<IndicatorTable> = {};
    if (patch.zh !== undefined) set.zh = patch.zh.trim();
    if (patch.en !== undefined) set.en = patch.en.trim() || (set.zh ?? before.zh);
    if (patch.unit !== undefined) set.unit = patch.unit.trim();
    if (patch.archived === false && before.archived_at) {
      if (before.aggregation === 'rate') {
        const parts = await trx.selectFrom('indicators').select(['code', 'archived_at']).where('campaign_id', 'in', ['', campaign.id]).where('code', 'in', [before.numerator ?? '', before.denominator ?? '']).execute();
        if (parts.length < 2 || parts.some((p) => p.archived_at)) throw conflict('figures.indicator_rate_parts');
      }
      set.archived_at = null;
    }
    if (!Object.keys(set).length) return before;
    await trx.updateTable('indicators').set(set).where('campaign_id', '=', campaign.id).where('code', '=', code).execute();
    const after = { ...before, ...set };
    await recordAudit(trx, actor, {
      regionId: campaign.region_id, action: set.archived_at === null ? 'figures.indicator.restore' : 'figures.indicator.update', targetType: 'indicator', targetId: `${campaign.id}:${code}`, orgPath: top.path,
      before: { zh: before.zh, en: before.en, unit: before.unit, archivedAt: before.archived_at }, after: { zh: after.zh, en: after.en, unit: after.unit, archivedAt: after.archived_at },
    });
    return after;
  });
  forgetCatalogue(db, campaign.id);
  return updated;
}

/** Deletes a campaign's own indicator if nothing uses it, else archives it (see the top of this file). */
export async function removeIndicator(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, top: OrgRow, code: string): Promise<'deleted' | 'archived'> {
  const result = await db.transaction().execute(async (trx) => {
    const ind = await ownIndicator(trx, campaign, code);
    if (ind.archived_at) return 'archived' as const;
    const forms = (await formsOf(trx, campaign)).filter((f) => codesOf(f).includes(code));
    const active = forms.filter((f) => !f.archived_at);
    if (active.length) throw conflict('figures.indicator_in_form', { name: ind.zh, forms: active.map((f) => f.name).join('、') });
    const rates = await trx.selectFrom('indicators').selectAll().where('campaign_id', '=', campaign.id)
      .where((eb) => eb.or([eb('numerator', '=', code), eb('denominator', '=', code)])).execute();
    const activeRates = rates.filter((r) => !r.archived_at);
    if (activeRates.length) throw conflict('figures.indicator_in_rate', { name: ind.zh, rates: activeRates.map((r) => r.zh).join('、') });
    const targetId = `${campaign.id}:${code}`;
    if (forms.length || rates.length || (await indicatorHasData(trx, campaign, code))) {
      const at = nowIso();
      await trx.updateTable('indicators').set({ archived_at: at }).where('campaign_id', '=', campaign.id).where('code', '=', code).execute();
      await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.indicator.archive', targetType: 'indicator', targetId, orgPath: top.path, before: ind, after: { archivedAt: at } });
      return 'archived' as const;
    }
    await trx.deleteFrom('indicators').where('campaign_id', '=', campaign.id).where('code', '=', code).execute();
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.indicator.delete', targetType: 'indicator', targetId, orgPath: top.path, before: ind });
    return 'deleted' as const;
  });
  forgetCatalogue(db, campaign.id);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report forms

export interface FormPatch {
  name?: string;
  cycle?: 'week' | 'month' | 'phase';
  indicators?: string[];
  /** false restores an archived form; archiving goes through removeForm. */
  archived?: false;
}

/** How many reports (any status) a form has: its use. */
export async function formReportCount(db: Db, form: ReportFormTable): Promise<number> {
  const r = await db.selectFrom('figure_reports').select((eb) => eb.fn.countAll<number>().as('n')).where('region_id', '=', form.region_id).where('form_id', '=', form.id).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A form's name, cycle and indicators. Once units have reported on it the cycle stays (their
 * periods follow it) and no indicator that a report holds a value for may leave it; adding
 * indicators is always possible. An archived form only takes `archived: false`.
 */
export async function updateForm(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, formId: string, patch: FormPatch): Promise<ReportFormTable> {
  const catalogue = new Map((await indicatorsOf(db, campaign.id)).map((i) => [i.code, i]));
  const codes = patch.indicators ? formIndicators(catalogue, patch.indicators) : undefined;
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('report_forms').selectAll().where('id', '=', formId).executeTakeFirst();
    if (!before || before.campaign_id !== campaign.id) throw notFound('figures.form_not_found', { id: formId });
    const set: Partial<ReportFormTable> = {};
    const edits = patch.name !== undefined || patch.cycle !== undefined || codes !== undefined;
    if (before.archived_at) {
      if (edits || patch.archived !== false) throw conflict('figures.form_archived', { name: before.name });
      set.archived_at = null;
    }
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.cycle !== undefined && patch.cycle !== before.cycle) {
      const count = await formReportCount(trx, before);
      if (count) throw conflict('figures.form_cycle_in_use', { name: before.name, count });
      set.cycle = patch.cycle;
    }
    if (codes) {
      const removed = codesOf(before).filter((c) => !codes.includes(c));
      if (removed.length) {
        const held = await trx.selectFrom('figure_report_values').innerJoin('figure_reports', (j) => j.onRef('figure_reports.region_id', '=', 'figure_report_values.region_id').onRef('figure_reports.id', '=', 'figure_report_values.report_id'))
          .select('figure_report_values.indicator').where('figure_reports.region_id', '=', before.region_id).where('figure_reports.form_id', '=', before.id)
          .where('figure_report_values.indicator', 'in', removed).limit(1).executeTakeFirst();
        if (held) throw conflict('figures.form_indicator_in_use', { indicator: catalogue.get(held.indicator)?.zh ?? held.indicator });
      }
      set.indicators = JSON.stringify(codes);
    }
    if (!Object.keys(set).length) return before;
    await trx.updateTable('report_forms').set(set).where('region_id', '=', before.region_id).where('id', '=', before.id).execute();
    const after = { ...before, ...set };
    const shown = (f: ReportFormTable) => ({ name: f.name, cycle: f.cycle, indicators: codesOf(f), archivedAt: f.archived_at });
    await recordAudit(trx, actor, {
      regionId: before.region_id, action: set.archived_at === null ? 'figures.form.restore' : 'figures.form.update', targetType: 'report_form', targetId: before.id, orgPath: before.org_path,
      before: shown(before), after: shown(after),
    });
    return after;
  });
}

/** Deletes a form no unit has reported on; a form with reports is archived (see the top of this file). */
export async function removeForm(db: Kysely<Database>, actor: AuditActor, formId: string): Promise<'deleted' | 'archived'> {
  return db.transaction().execute(async (trx) => {
    const form = await trx.selectFrom('report_forms').selectAll().where('id', '=', formId).executeTakeFirst();
    if (!form) throw notFound('figures.form_not_found', { id: formId });
    if (form.archived_at) return 'archived' as const;
    const base = { regionId: form.region_id, targetType: 'report_form', targetId: form.id, orgPath: form.org_path, before: { ...form, indicators: codesOf(form) } };
    const count = await formReportCount(trx, form);
    if (count) {
      const at = nowIso();
      await trx.updateTable('report_forms').set({ archived_at: at }).where('region_id', '=', form.region_id).where('id', '=', form.id).execute();
      await recordAudit(trx, actor, { ...base, action: 'figures.form.archive', after: { archivedAt: at, reports: count } });
      return 'archived' as const;
    }
    await trx.deleteFrom('report_forms').where('region_id', '=', form.region_id).where('id', '=', form.id).execute();
    await recordAudit(trx, actor, { ...base, action: 'figures.form.delete' });
    return 'deleted' as const;
  });
}

// ---------------------------------------------------------------------------------------------
// Bulletin items and baselines

export interface BulletinPatch {
  title?: string;
  sentOn?: string;
  sentTo?: string;
  adopted?: boolean;
  adoptedBy?: string;
  adoptedOn?: string | null;
}

/** Corrects an item and/or records its adoption; the briefing counts are recounted after. */
export async function updateBulletin(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, id: string, input: BulletinPatch): Promise<BulletinItemTable> {
  const b = await getBulletin(db, id);
  const set: Partial<BulletinItemTable> = {};
  if (input.title !== undefined) set.title = input.title.trim();
  if (input.sentTo !== undefined) set.sent_to = input.sentTo.trim();
  if (input.sentOn !== undefined) set.sent_on = input.sentOn;
  const adopted = input.adopted ?? Number(b.adopted) === 1;
  if (input.adopted !== undefined || input.adoptedBy !== undefined || input.adoptedOn !== undefined) {
    set.adopted = adopted ? 1 : 0;
    set.adopted_by = adopted ? (input.adoptedBy ?? (input.adopted === undefined ? b.adopted_by : '')).trim() : '';
    set.adopted_on = adopted ? (input.adoptedOn ?? (input.adopted === undefined ? b.adopted_on : null) ?? set.sent_on ?? b.sent_on) : null;
  }
  const sentOn = set.sent_on ?? b.sent_on;
  const adoptedOn = set.adopted_on !== undefined ? set.adopted_on : b.adopted_on;
  if (adopted && adoptedOn && adoptedOn < sentOn) throw badRequest('figures.adopted_before_sent', { adoptedOn, sentOn });
  const action = Object.keys(set).some((k) => !k.startsWith('adopted')) ? 'figures.bulletin.update' : 'figures.bulletin.adopt';
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('bulletin_items').set(set).where('region_id', '=', b.region_id).where('id', '=', b.id).execute();
    await recordAudit(trx, actor, { regionId: b.region_id, action, targetType: 'bulletin_item', targetId: b.id, orgPath: b.org_path, before: b, after: set });
  });
  await recomputeComputed(db, campaign);
  return { ...b, ...set };
}

/**
 * Deletes an item recorded by mistake. It holds no figures of its own: the briefing counts are
 * computed from the items and recounted at once, and the audit entry keeps the whole row.
 */
export async function deleteBulletin(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const b = await getBulletin(trx, id);
    await trx.deleteFrom('bulletin_items').where('region_id', '=', b.region_id).where('id', '=', b.id).execute();
    await recordAudit(trx, actor, { regionId: b.region_id, action: 'figures.bulletin.delete', targetType: 'bulletin_item', targetId: b.id, orgPath: b.org_path, before: b });
  });
  await recomputeComputed(db, campaign);
}

/** Removes a unit's baseline of one indicator (the dashboard then shows none). */
export async function clearBaseline(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, org: OrgRow, indicator: string): Promise<void> {
  const name = (await indicatorsOf(db, campaign.id)).find((i) => i.code === indicator)?.zh ?? indicator;
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('indicator_baselines').selectAll()
      .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', org.id).where('indicator', '=', indicator).executeTakeFirst();
    if (!row) throw notFound('figures.baseline_not_found', { name });
    await trx.deleteFrom('indicator_baselines')
      .where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', org.id).where('indicator', '=', indicator).execute();
    await recordAudit(trx, actor, { regionId: campaign.region_id, action: 'figures.baseline.clear', targetType: 'organization', targetId: org.id, orgPath: org.path, before: { indicator, value: Number(row.value) } });
  });
}
