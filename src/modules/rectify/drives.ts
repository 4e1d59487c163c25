import { sql, type Kysely } from 'kysely';
import type { CampaignTable, Database, RectifyDriveCounterTable, RectifyDriveTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { ID_LENGTH, newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { subtreeEnd } from '../authz/policy.js';
import { participates } from '../campaigns/commands.js';
import { getOrg, type OrgRow } from '../organizations/queries.js';
import { COUNTER_LABELS, type CounterKind } from './model.js';

// Special drives (专项整治): a named drive at an organization with typed counters. Each unit
// of the drive's subtree reports its own figures: what it achieved (entries, summed) and, per
// counter, its own baseline — the figure before the drive (last year's documents, the office
// space held …). A roll-up over any subtree sums both, so "精简文件 48 件，占基数 120 件的 40%"
// (seed 002: 同去年相比减少了40%) reads the same at a township, a county or the province.

export async function getDrive(db: Kysely<Database>, id: string): Promise<RectifyDriveTable> {
  const d = await db.selectFrom('rectify_drives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('rectify.drive_not_found', { id });
  return d;
}

export async function driveCounters(db: Kysely<Database>, drive: Pick<RectifyDriveTable, 'region_id' | 'id'>): Promise<RectifyDriveCounterTable[]> {
  return db.selectFrom('rectify_drive_counters').selectAll().where('region_id', '=', drive.region_id).where('drive_id', '=', drive.id).orderBy('position').execute();
}

export interface CounterInput {
  kind: CounterKind;
  label?: string;
  unit?: string;
  /** The drive organization's own baseline for this counter. */
  baseline?: number;
}

export async function createDrive(db: Kysely<Database>, actor: AuditActor, campaign: CampaignTable, input: { orgId: string; name: string; description?: string; counters: CounterInput[] }) {
  for (const c of input.counters) if (c.kind === 'custom' && !c.label?.trim()) throw badRequest('rectify.counter_label_required');
  return db.transaction().execute(async (trx) => {
    const org = await getOrg(trx, input.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: input.orgId });
    });
    if (!(await participates(trx, campaign, org))) throw badRequest('rectify.unit_outside', { id: input.orgId });
    const at = nowIso();
    const drive: RectifyDriveTable = { region_id: org.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, name: input.name.trim(), description: input.description?.trim() ?? '', created_at: at };
    await trx.insertInto('rectify_drives').values(drive).execute();
    const counters: RectifyDriveCounterTable[] = input.counters.map((c, i) => ({
      region_id: drive.region_id, id: newId(), drive_id: drive.id, kind: c.kind, label: c.label?.trim() || COUNTER_LABELS[c.kind].label, unit: c.unit?.trim() ?? COUNTER_LABELS[c.kind].unit, position: i,
    }));
    if (counters.length) await trx.insertInto('rectify_drive_counters').values(counters).execute();
    const baselines = input.counters.map((c, i) => ({ c, counter: counters[i] })).filter((x) => x.c.baseline !== undefined);
    for (const { c, counter } of baselines) await writeEntry(trx, drive, counter.id, org, 'baseline', c.baseline!, chinaDay(), '', actor);
    await recordAudit(trx, actor, { regionId: drive.region_id, action: 'rectify.drive.create', targetType: 'rectify_drive', targetId: drive.id, orgPath: drive.org_path, after: { ...drive, counters: input.counters } });
    return { drive, counters };
  });
}

export interface EntryInput {
  orgId: string;
  counterId: string;
  value: number;
  onDay?: string;
  note?: string;
}

/** A unit's figure: an achievement (summed with the others) or its baseline (replacing the earlier one). */
export async function recordDriveFigure(db: Kysely<Database>, actor: AuditActor, drive: RectifyDriveTable, kind: 'value' | 'baseline', input: EntryInput) {
  return db.transaction().execute(async (trx) => {
    const counter = await trx.selectFrom('rectify_drive_counters').selectAll().where('region_id', '=', drive.region_id).where('id', '=', input.counterId).executeTakeFirst();
    if (!counter || counter.drive_id !== drive.id) throw badRequest('rectify.counter_invalid', { id: input.counterId });
    const org = await getOrg(trx, input.orgId).catch(() => {
      throw badRequest('rectify.drive_unit_outside', { id: input.orgId });
    });
    if (org.region_id !== drive.region_id || !org.path.startsWith(drive.org_path)) throw badRequest('rectify.drive_unit_outside', { id: input.orgId });
    const row = await writeEntry(trx, drive, counter.id, org, kind, input.value, input.onDay ?? chinaDay(), input.note?.trim() ?? '', actor);
    await recordAudit(trx, actor, { regionId: drive.region_id, action: `rectify.drive.${kind}`, targetType: 'rectify_drive', targetId: drive.id, orgPath: org.path, after: { counter: counter.label, org: org.name, value: input.value, onDay: row.on_day, note: row.note } });
    return row;
  });
}

async function writeEntry(trx: Kysely<Database>, drive: RectifyDriveTable, counterId: string, org: OrgRow, kind: 'value' | 'baseline', value: number, onDay: string, note: string, actor: AuditActor) {
  if (kind === 'baseline') {
    await trx.deleteFrom('rectify_drive_entries').where('region_id', '=', drive.region_id).where('drive_id', '=', drive.id).where('counter_id', '=', counterId).where('org_id', '=', org.id).where('kind', '=', 'baseline').execute();
  }
  const row = { region_id: drive.region_id, id: newId(), drive_id: drive.id, counter_id: counterId, org_id: org.id, org_path: org.path, kind, value, on_day: onDay, note, entered_by: actor.name, created_at: nowIso() };
  await trx.insertInto('rectify_drive_entries').values(row).execute();
  return row;
}

export interface CounterRollup {
  id: string;
  kind: string;
  label: string;
  unit: string;
  value: number;
  baseline: number;
  /** value as a share of the baseline, in percent (one decimal); null without a baseline. */
  changePercent: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The drive's counters summed over the subtree of `under`, in total and by child of `under`. */
export async function driveRollup(db: Kysely<Database>, drive: RectifyDriveTable, under: OrgRow) {
  const counters = await driveCounters(db, drive);
  const prefixLen = under.path.length + ID_LENGTH + 1;
  const prefix = sql<string>`substr(org_path, 1, ${sql.lit(prefixLen)})`;
  const rows = await db.selectFrom('rectify_drive_entries')
    .select(['counter_id', 'kind', prefix.as('prefix'), (eb) => eb.fn.sum<number>('value').as('total')])
    .where('region_id', '=', drive.region_id).where('drive_id', '=', drive.id).where('org_path', '>=', under.path).where('org_path', '<', subtreeEnd(under.path))
    .groupBy(['counter_id', 'kind', prefix]).execute();
  const sum = (counterId: string, kind: string, p?: string) => round(rows.filter((r) => r.counter_id === counterId && r.kind === kind && (p === undefined || r.prefix === p)).reduce((a, r) => a + Number(r.total), 0));
  const figure = (c: RectifyDriveCounterTable, p?: string): CounterRollup => {
    const value = sum(c.id, 'value', p);
    const baseline = sum(c.id, 'baseline', p);
    return { id: c.id, kind: c.kind, label: c.label, unit: c.unit, value, baseline, changePercent: baseline > 0 ? Math.round((value * 1000) / baseline) / 10 : null };
  };
  const prefixes = [...new Set(rows.map((r) => r.prefix))];
  const orgIds = prefixes.map((p) => p.split('/').at(-2)!);
  const names = new Map((orgIds.length ? await db.selectFrom('organizations').select(['id', 'name']).where('region_id', '=', drive.region_id).where('id', 'in', orgIds).execute() : []).map((o) => [o.id, o.name]));
  return {
    counters: counters.map((c) => figure(c)),
    units: prefixes.sort().map((p) => {
      const id = p.split('/').at(-2)!;
      return { org: { id, name: names.get(id) ?? '' }, own: p === under.path, counters: counters.map((c) => figure(c, p)) };
    }),
  };
}
