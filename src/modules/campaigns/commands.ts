import type { Kysely } from 'kysely';
import type { CampaignActionTable, CampaignTable, Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { getOrg } from '../organizations/queries.js';
import { defaultPhaseDates, PLAN_TEMPLATE, type Phase } from './plan-template.js';

// Campaign writes: creation with phases and the template plan, edits, the plan's actions,
// and per-unit progress items. Actions cascade to units lazily: a unit with no item row for
// an action has not started it, so a campaign over 200,000 organizations is created in
// milliseconds and units added later take part without a backfill (docs/decisions/0005).

export interface PhaseInput {
  phase: Phase;
  startsOn: string;
  endsOn: string;
}

export interface CreateCampaignInput {
  orgId: string;
  name: string;
  batch: number;
  startsOn: string;
  endsOn: string;
  phases?: PhaseInput[];
  excludedOrgIds?: string[];
  useTemplate?: boolean;
}

function checkDates(startsOn: string, endsOn: string, field: string) {
  if (endsOn < startsOn) throw badRequest('campaign.dates_invalid', { field });
}

/** Phases run in order (listen, examine, rectify), without overlap, inside the campaign's dates. */
function checkPhases(startsOn: string, endsOn: string, phases: { phase: string; startsOn: string; endsOn: string }[]) {
  const order = ['listen', 'examine', 'rectify'];
  const sorted = [...phases].sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase));
  let previousEnd = '';
  for (const p of sorted) {
    checkDates(p.startsOn, p.endsOn, `phases.${p.phase}`);
    if (p.startsOn < startsOn || p.endsOn > endsOn || (previousEnd && p.startsOn <= previousEnd)) throw badRequest('campaign.phases_invalid', { phase: p.phase });
    previousEnd = p.endsOn;
  }
}

export async function createCampaign(db: Kysely<Database>, actor: AuditActor, input: CreateCampaignInput): Promise<CampaignTable> {
  checkDates(input.startsOn, input.endsOn, 'endsOn');
  const phases = input.phases?.length ? input.phases : defaultPhaseDates(input.startsOn, input.endsOn);
  if (new Set(phases.map((p) => p.phase)).size !== 3) throw badRequest('campaign.phases_invalid', { phase: phases.map((p) => p.phase).join(',') });
  checkPhases(input.startsOn, input.endsOn, phases);
  return db.transaction().execute(async (trx) => {
    const org = await getOrg(trx, input.orgId);
    const at = nowIso();
    const campaign: CampaignTable = {
      region_id: org.region_id, id: newId(), org_id: org.id, name: input.name, batch: input.batch,
      starts_on: input.startsOn, ends_on: input.endsOn, created_at: at, updated_at: at,
    };
    await trx.insertInto('campaigns').values(campaign).execute();
    await trx.insertInto('campaign_phases').values(
      phases.map((p, i) => ({ region_id: org.region_id, campaign_id: campaign.id, phase: p.phase, position: i, starts_on: p.startsOn, ends_on: p.endsOn })),
    ).execute();
    if (input.useTemplate !== false) {
      const position = new Map<string, number>();
      await trx.insertInto('campaign_actions').values(
        PLAN_TEMPLATE.map((a) => {
          const n = position.get(a.phase) ?? 0;
          position.set(a.phase, n + 1);
          return { region_id: org.region_id, id: newId(), campaign_id: campaign.id, phase: a.phase, template_key: a.key, title: a.title, required: a.required ? 1 : 0, position: n, due_on: null, created_at: at };
        }),
      ).execute();
    }
    await insertExclusions(trx, campaign, org, input.excludedOrgIds ?? []);
    await recordAudit(trx, actor, { regionId: org.region_id, action: 'campaign.create', targetType: 'campaign', targetId: campaign.id, orgPath: org.path, after: { ...input, phases } });
    return campaign;
  });
}

async function insertExclusions(trx: Kysely<Database>, campaign: CampaignTable, top: { region_id: string; id: string; path: string }, orgIds: string[]) {
  for (const ex of new Set(orgIds)) {
    const exOrg = await getOrg(trx, ex);
    if (exOrg.region_id !== top.region_id || !exOrg.path.startsWith(top.path) || exOrg.id === top.id) throw badRequest('campaign.exclusion_outside', { id: ex });
    await trx.insertInto('campaign_exclusions').values({ region_id: top.region_id, campaign_id: campaign.id, org_id: exOrg.id }).execute();
  }
}

/** Replaces the subtrees left out of a campaign. */
export async function setExclusions(db: Kysely<Database>, actor: AuditActor, campaignId: string, orgIds: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await getCampaign(trx, campaignId);
    const top = await getOrg(trx, c.org_id);
    const before = await trx.selectFrom('campaign_exclusions').select('org_id').where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).execute();
    await trx.deleteFrom('campaign_exclusions').where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).execute();
    await insertExclusions(trx, c, top, orgIds);
    await recordAudit(trx, actor, { regionId: c.region_id, action: 'campaign.exclusions', targetType: 'campaign', targetId: c.id, orgPath: top.path, before: before.map((b) => b.org_id), after: orgIds });
  });
}

/** The path of a campaign's organization: where its audit entries are filed. */
async function campaignPath(db: Kysely<Database>, c: CampaignTable): Promise<string> {
  return (await getOrg(db, c.org_id)).path;
}

export async function getCampaign(db: Kysely<Database>, id: string): Promise<CampaignTable> {
  const c = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('campaign.not_found', { id });
  return c;
}

export interface UpdateCampaignInput {
  name?: string;
  batch?: number;
  startsOn?: string;
  endsOn?: string;
  phases?: PhaseInput[];
}

export async function updateCampaign(db: Kysely<Database>, actor: AuditActor, id: string, input: UpdateCampaignInput): Promise<CampaignTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getCampaign(trx, id);
    const patch = {
      name: input.name ?? before.name,
      batch: input.batch ?? before.batch,
      starts_on: input.startsOn ?? before.starts_on,
      ends_on: input.endsOn ?? before.ends_on,
      updated_at: nowIso(),
    };
    checkDates(patch.starts_on, patch.ends_on, 'endsOn');
    await trx.updateTable('campaigns').set(patch).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    for (const p of input.phases ?? []) {
      checkDates(p.startsOn, p.endsOn, `phases.${p.phase}`);
      await trx.updateTable('campaign_phases').set({ starts_on: p.startsOn, ends_on: p.endsOn })
        .where('region_id', '=', before.region_id).where('campaign_id', '=', id).where('phase', '=', p.phase).execute();
    }
    // The phases as they now stand must still fit the (possibly changed) campaign dates.
    const now = await trx.selectFrom('campaign_phases').select(['phase', 'starts_on', 'ends_on']).where('region_id', '=', before.region_id).where('campaign_id', '=', id).execute();
    checkPhases(patch.starts_on, patch.ends_on, now.map((p) => ({ phase: p.phase, startsOn: p.starts_on, endsOn: p.ends_on })));
    const after = { ...before, ...patch };
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'campaign.update', targetType: 'campaign', targetId: id, orgPath: await campaignPath(trx, before), before, after: { ...after, phases: input.phases } });
    return after;
  });
}

export interface ActionInput {
  phase?: Phase;
  title?: string;
  required?: boolean;
  dueOn?: string | null;
}

export async function addAction(db: Kysely<Database>, actor: AuditActor, campaignId: string, input: Required<Pick<ActionInput, 'phase' | 'title'>> & ActionInput): Promise<CampaignActionTable> {
  return db.transaction().execute(async (trx) => {
    const c = await getCampaign(trx, campaignId);
    const last = await trx.selectFrom('campaign_actions').select((eb) => eb.fn.max('position').as('p'))
      .where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).where('phase', '=', input.phase).executeTakeFirst();
    const row: CampaignActionTable = {
      region_id: c.region_id, id: newId(), campaign_id: c.id, phase: input.phase, template_key: null, title: input.title,
      required: input.required ? 1 : 0, position: (last?.p ?? -1) + 1, due_on: input.dueOn ?? null, created_at: nowIso(),
    };
    await trx.insertInto('campaign_actions').values(row).execute();
    await recordAudit(trx, actor, { regionId: c.region_id, action: 'campaign.action.add', targetType: 'campaign_action', targetId: row.id, orgPath: await campaignPath(trx, c), after: row });
    return row;
  });
}

export async function getAction(db: Kysely<Database>, campaign: CampaignTable, actionId: string): Promise<CampaignActionTable> {
  const a = await db.selectFrom('campaign_actions').selectAll().where('region_id', '=', campaign.region_id).where('id', '=', actionId).where('campaign_id', '=', campaign.id).executeTakeFirst();
  if (!a) throw notFound('campaign.action_not_found', { id: actionId });
  return a;
}

export async function updateAction(db: Kysely<Database>, actor: AuditActor, campaignId: string, actionId: string, input: ActionInput): Promise<CampaignActionTable> {
  return db.transaction().execute(async (trx) => {
    const c = await getCampaign(trx, campaignId);
    const before = await getAction(trx, c, actionId);
    const patch = {
      title: input.title ?? before.title,
      required: input.required === undefined ? before.required : input.required ? 1 : 0,
      due_on: input.dueOn === undefined ? before.due_on : input.dueOn,
      phase: input.phase ?? before.phase,
    };
    await trx.updateTable('campaign_actions').set(patch).where('region_id', '=', c.region_id).where('id', '=', actionId).execute();
    const after = { ...before, ...patch };
    await recordAudit(trx, actor, { regionId: c.region_id, action: 'campaign.action.update', targetType: 'campaign_action', targetId: actionId, orgPath: await campaignPath(trx, c), before, after });
    return after;
  });
}

export async function removeAction(db: Kysely<Database>, actor: AuditActor, campaignId: string, actionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await getCampaign(trx, campaignId);
    const before = await getAction(trx, c, actionId);
    const items = await trx.deleteFrom('unit_items').where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).where('action_id', '=', actionId).executeTakeFirst();
    await trx.deleteFrom('campaign_actions').where('region_id', '=', c.region_id).where('id', '=', actionId).execute();
    await recordAudit(trx, actor, { regionId: c.region_id, action: 'campaign.action.remove', targetType: 'campaign_action', targetId: actionId, orgPath: await campaignPath(trx, c), before: { ...before, items: Number(items.numDeletedRows) } });
  });
}

export const ITEM_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ItemInput {
  status: ItemStatus;
  note?: string;
  attachment?: { name: string; type: string; data: Buffer } | null;
}

/** Records one unit's progress on one action (upsert). The unit must take part in the campaign. */
export async function setUnitItem(db: Kysely<Database>, actor: AuditActor, campaignId: string, orgId: string, actionId: string, input: ItemInput) {
  return db.transaction().execute(async (trx) => {
    const c = await getCampaign(trx, campaignId);
    await getAction(trx, c, actionId);
    const unit = await getOrg(trx, orgId);
    if (!(await participates(trx, c, unit))) throw badRequest('campaign.unit_not_participating', { id: orgId });
    const before = await trx.selectFrom('unit_items').select(['status', 'note', 'attachment_name'])
      .where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).where('action_id', '=', actionId).where('org_id', '=', orgId).executeTakeFirst();
    const at = nowIso();
    const values = {
      status: input.status, note: input.note ?? before?.note ?? '', updated_at: at, updated_by: actor.name,
      ...(input.attachment !== undefined
        ? { attachment_name: input.attachment?.name ?? null, attachment_type: input.attachment?.type ?? null, attachment_data: input.attachment?.data ?? null }
        : {}),
    };
    if (before) {
      await trx.updateTable('unit_items').set(values)
        .where('region_id', '=', c.region_id).where('campaign_id', '=', c.id).where('action_id', '=', actionId).where('org_id', '=', orgId).execute();
    } else {
      await trx.insertInto('unit_items').values({ region_id: c.region_id, campaign_id: c.id, action_id: actionId, org_id: orgId, org_path: unit.path, attachment_name: null, attachment_type: null, attachment_data: null, ...values }).execute();
    }
    await recordAudit(trx, actor, {
      regionId: c.region_id, action: 'campaign.item.update', targetType: 'unit_item', targetId: `${c.id}:${actionId}:${orgId}`, orgPath: unit.path,
      before: before ?? null, after: { status: input.status, note: values.note, attachment_name: input.attachment?.name ?? before?.attachment_name ?? null },
    });
    return { status: values.status, note: values.note, updatedAt: at };
  });
}

/** Whether a unit is inside the campaign's region and not under an exclusion. */
export async function participates(db: Kysely<Database>, c: CampaignTable, unit: { region_id: string; path: string; active: number }): Promise<boolean> {
  if (!unit.active || unit.region_id !== c.region_id) return false;
  const top = await getOrg(db, c.org_id);
  if (!unit.path.startsWith(top.path)) return false;
  const excluded = await exclusionPaths(db, c);
  return !excluded.some((p) => unit.path.startsWith(p));
}

export async function exclusionPaths(db: Kysely<Database>, c: CampaignTable): Promise<string[]> {
  const rows = await db.selectFrom('campaign_exclusions').innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'campaign_exclusions.region_id').onRef('o.id', '=', 'campaign_exclusions.org_id'))
    .select('o.path').where('campaign_exclusions.region_id', '=', c.region_id).where('campaign_exclusions.campaign_id', '=', c.id).execute();
  return rows.map((r) => r.path);
}
