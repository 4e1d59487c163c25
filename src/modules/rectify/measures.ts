import type { Kysely, Transaction } from 'kysely';
import type { Database, RectifyMeasureEventTable, RectifyMeasureTable, RectifyMilestoneTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { AppError, badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { safeName, sniffType, stripMetadata } from '../opinions/attachments.js';
import { getOrg } from '../organizations/queries.js';
import { publishIn } from './disclosure.js';
import { canMoveMeasure, MEASURE_STATUS_LABELS, type MeasureStatus } from './model.js';
import { nearestOffices, notify, type Notice, type NoticeKind } from './notify.js';
import { getProblem, refreshProblemStatus } from './problems.js';

// Measures (整改措施): text, owner unit and person, start and deadline, milestones, progress
// with evidence, verification (销号) and reopening. Every write is one transaction with its
// event, audit entry and the owner's notice.

type Db = Kysely<Database> | Transaction<Database>;

export async function getMeasure(db: Db, id: string): Promise<RectifyMeasureTable> {
  const m = await db.selectFrom('rectify_measures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw notFound('rectify.measure_not_found', { id });
  return m;
}

// ---- evidence --------------------------------------------------------------------------

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_COUNT = 5;

export interface EvidenceFile {
  name: string;
  data: Buffer;
}

/** Office documents are zip files; the parts they must hold tell which one (not the name). */
function sniffOffice(data: Buffer): { type: string; ext: string } | null {
  if (data.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return null;
  const names = data.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
  if (names.includes('xl/workbook.xml')) return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
  return null;
}

/**
 * Photos and documents as evidence: recognised by their content (the opinions' sniffer, plus
 * Word and Excel files), with camera and editor metadata removed from pictures.
 */
export function checkEvidence(files: EvidenceFile[]): { name: string; type: string; data: Buffer }[] {
  if (files.length > EVIDENCE_MAX_COUNT) throw badRequest('rectify.evidence_too_many', { limit: EVIDENCE_MAX_COUNT });
  return files.map((f) => {
    if (f.data.length > EVIDENCE_MAX_BYTES) throw badRequest('rectify.evidence_too_large', { name: f.name, limit: '10 MB' });
    const sniffed = sniffType(f.data) ?? sniffOffice(f.data);
    if (!sniffed) throw badRequest('rectify.evidence_type', { name: f.name });
    return { name: safeName(f.name, sniffed.ext), type: sniffed.type, data: stripMetadata(f.data, sniffed.type) };
  });
}

// ---- events -----------------------------------------------------------------------------

export type EventKind = 'created' | 'updated' | 'progress' | 'status' | 'verified' | 'refused' | 'reopened' | 'overdue' | 'escalated';

/** Appends events to measures (several at once for the scan), numbering them per measure. */
export async function addEvents(trx: Db, events: { m: Pick<RectifyMeasureTable, 'region_id' | 'id'>; kind: EventKind; from?: string | null; to?: string | null; actor: AuditActor; text?: string }[]): Promise<RectifyMeasureEventTable[]> {
  if (!events.length) return [];
  const regionId = events[0].m.region_id;
  const ids = [...new Set(events.map((e) => e.m.id))];
  const next = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await trx.selectFrom('rectify_measure_events').select(['measure_id', (eb) => eb.fn.max('seq').as('seq')])
      .where('region_id', '=', regionId).where('measure_id', 'in', ids.slice(i, i + 500)).groupBy('measure_id').execute();
    for (const r of rows) next.set(r.measure_id, Number(r.seq));
  }
  const at = nowIso();
  const rows: RectifyMeasureEventTable[] = events.map((e) => {
    const seq = (next.get(e.m.id) ?? 0) + 1;
    next.set(e.m.id, seq);
    return { region_id: e.m.region_id, id: newId(), measure_id: e.m.id, seq, at, actor_id: e.actor.userId, actor_name: e.actor.name, kind: e.kind, from_status: e.from ?? null, to_status: e.to ?? null, text: e.text ?? '' };
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('rectify_measure_events').values(rows.slice(i, i + 500)).execute();
  return rows;
}

export function ownerNotice(m: Pick<RectifyMeasureTable, 'region_id' | 'id' | 'owner_user_id' | 'text' | 'due_on'>, kind: NoticeKind, title: string, extra = ''): Notice {
  return { regionId: m.region_id, userId: m.owner_user_id, kind, title, body: `整改措施：${m.text.slice(0, 300)}\n完成时限：${m.due_on}${extra ? `\n${extra}` : ''}`, targetType: 'measure', targetId: m.id };
}

// ---- create and edit ---------------------------------------------------------------------

export interface MilestoneInput {
  id?: string;
  title: string;
  dueOn: string;
  done?: boolean;
}

export interface MeasureInput {
  text: string;
  ownerOrgId?: string | null;
  ownerUserId?: string | null;
  startsOn: string;
  dueOn: string;
  milestones?: MilestoneInput[];
}

function checkDates(startsOn: string, dueOn: string, milestones: MilestoneInput[]) {
  if (dueOn < startsOn) throw badRequest('rectify.dates_invalid', { startsOn, dueOn });
  for (const ms of milestones) if (ms.dueOn < startsOn || ms.dueOn > dueOn) throw badRequest('rectify.milestone_dates', { title: ms.title, startsOn, dueOn });
}

/** The owner unit lies in the problem's unit's subtree; the owner person is an active user of the region. */
async function checkOwner(trx: Db, problem: { org_path: string; region_id: string }, ownerOrgId?: string | null, ownerUserId?: string | null) {
  if (!ownerOrgId || !ownerUserId) throw badRequest('rectify.owner_required');
  const org = await getOrg(trx, ownerOrgId).catch(() => {
    throw badRequest('rectify.owner_outside', { id: ownerOrgId });
  });
  if (org.region_id !== problem.region_id || !org.active || !org.path.startsWith(problem.org_path)) throw badRequest('rectify.owner_outside', { id: ownerOrgId });
  const user = await trx.selectFrom('users').select(['id', 'name', 'region_id', 'active']).where('id', '=', ownerUserId).executeTakeFirst();
  if (!user || user.region_id !== problem.region_id || !user.active) throw badRequest('rectify.user_invalid', { id: ownerUserId });
  return { org, user };
}

async function writeMilestones(trx: Db, m: Pick<RectifyMeasureTable, 'region_id' | 'id'>, list: MilestoneInput[], keep: Map<string, RectifyMilestoneTable> = new Map()) {
  const today = chinaDay();
  const rows: RectifyMilestoneTable[] = list.map((ms, i) => {
    const old = ms.id ? keep.get(ms.id) : undefined;
    const done = ms.done ?? (old ? old.done === 1 : false);
    return { region_id: m.region_id, id: old?.id ?? newId(), measure_id: m.id, title: ms.title.trim(), due_on: ms.dueOn, done: done ? 1 : 0, done_on: done ? old?.done_on ?? today : null, position: i };
  });
  if (rows.length) await trx.insertInto('rectify_milestones').values(rows).execute();
}

export async function createMeasure(db: Kysely<Database>, actor: AuditActor, problemId: string, input: MeasureInput): Promise<RectifyMeasureTable> {
  const milestones = input.milestones ?? [];
  checkDates(input.startsOn, input.dueOn, milestones);
  return db.transaction().execute(async (trx) => {
    const problem = await getProblem(trx, problemId);
    const { org, user } = await checkOwner(trx, problem, input.ownerOrgId, input.ownerUserId);
    const position = Number((await trx.selectFrom('rectify_measures').select((eb) => eb.fn.countAll<number>().as('n')).where('region_id', '=', problem.region_id).where('problem_id', '=', problem.id).executeTakeFirstOrThrow()).n);
    const at = nowIso();
    const m: RectifyMeasureTable = {
      region_id: problem.region_id, id: newId(), campaign_id: problem.campaign_id, problem_id: problem.id, org_id: problem.org_id, org_path: problem.org_path,
      text: input.text.trim(), owner_org_id: org.id, owner_org_path: org.path, owner_user_id: user.id, owner_name: user.name,
      starts_on: input.startsOn, due_on: input.dueOn, status: 'not_started', last_progress: '', last_progress_on: null, verified_on: null, verified_by: null,
      reminded_for: null, escalated_on: null, rating_round: 1, position, created_at: at, updated_at: at,
    };
    await trx.insertInto('rectify_measures').values(m).execute();
    await writeMilestones(trx, m, milestones);
    await addEvents(trx, [{ m, kind: 'created', to: 'not_started', actor }]);
    await refreshProblemStatus(trx, m.region_id, m.problem_id);
    await notify(trx, [ownerNotice(m, 'measure_assigned', '您有一项新的整改措施', `责任单位：${org.name}`)]);
    await recordAudit(trx, actor, { regionId: m.region_id, action: 'rectify.measure.create', targetType: 'rectify_measure', targetId: m.id, orgPath: m.org_path, after: { ...m, milestones } });
    return m;
  });
}

export type MeasurePatch = Partial<MeasureInput>;

export async function updateMeasure(db: Kysely<Database>, actor: AuditActor, id: string, patch: MeasurePatch): Promise<RectifyMeasureTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getMeasure(trx, id);
    const oldMilestones = await trx.selectFrom('rectify_milestones').selectAll().where('region_id', '=', before.region_id).where('measure_id', '=', id).orderBy('position').execute();
    const startsOn = patch.startsOn ?? before.starts_on;
    const dueOn = patch.dueOn ?? before.due_on;
    const milestones = patch.milestones ?? oldMilestones.map((ms) => ({ id: ms.id, title: ms.title, dueOn: ms.due_on, done: ms.done === 1 }));
    checkDates(startsOn, dueOn, milestones);
    const set: Partial<RectifyMeasureTable> = { starts_on: startsOn, due_on: dueOn, updated_at: nowIso(), ...(patch.text !== undefined ? { text: patch.text.trim() } : {}) };
    const notices: Notice[] = [];
    if (patch.ownerOrgId !== undefined || patch.ownerUserId !== undefined) {
      const problem = await getProblem(trx, before.problem_id);
      const { org, user } = await checkOwner(trx, problem, patch.ownerOrgId ?? before.owner_org_id, patch.ownerUserId ?? before.owner_user_id);
      Object.assign(set, { owner_org_id: org.id, owner_org_path: org.path, owner_user_id: user.id, owner_name: user.name });
      if (user.id !== before.owner_user_id) notices.push(ownerNotice({ ...before, ...set }, 'measure_assigned', '您有一项新的整改措施', `责任单位：${org.name}`));
    }
    // A new deadline that lies ahead takes an overdue measure back to work, and may be reminded of again.
    if (dueOn !== before.due_on) {
      set.reminded_for = null;
      set.escalated_on = null;
      if (before.status === 'overdue' && dueOn >= chinaDay()) set.status = 'in_progress';
    }
    await trx.updateTable('rectify_measures').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    if (patch.milestones) {
      await trx.deleteFrom('rectify_milestones').where('region_id', '=', before.region_id).where('measure_id', '=', id).execute();
      await writeMilestones(trx, before, patch.milestones, new Map(oldMilestones.map((ms) => [ms.id, ms])));
    }
    const after = { ...before, ...set };
    await addEvents(trx, [{ m: before, kind: 'updated', from: before.status, to: after.status, actor, text: dueOn !== before.due_on ? `完成时限：${before.due_on} → ${dueOn}` : '' }]);
    await notify(trx, notices);
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'rectify.measure.update', targetType: 'rectify_measure', targetId: id, orgPath: before.org_path, before: { ...before, milestones: oldMilestones }, after: { ...after, milestones } });
    return after;
  });
}

// ---- progress and verification -----------------------------------------------------------

export interface ProgressInput {
  text?: string;
  files?: EvidenceFile[];
  milestonesDone?: string[];
  /** The owner reports the measure done and asks for 销号. */
  requestVerification?: boolean;
}

export async function addProgress(db: Kysely<Database>, actor: AuditActor, id: string, input: ProgressInput): Promise<RectifyMeasureTable> {
  const files = checkEvidence(input.files ?? []);
  const text = input.text?.trim() ?? '';
  if (!text && !files.length && !input.milestonesDone?.length && !input.requestVerification) throw badRequest('rectify.progress_empty');
  return db.transaction().execute(async (trx) => {
    const before = await getMeasure(trx, id);
    const from = before.status as MeasureStatus;
    if (from === 'verified') throw badRequest('rectify.transition_invalid', { from: MEASURE_STATUS_LABELS[from], to: MEASURE_STATUS_LABELS.in_progress });
    let to: MeasureStatus = from === 'not_started' || from === 'reopened' ? 'in_progress' : from;
    if (input.requestVerification) {
      if (!canMoveMeasure(from, 'awaiting_verification')) throw badRequest('rectify.transition_invalid', { from: MEASURE_STATUS_LABELS[from], to: MEASURE_STATUS_LABELS.awaiting_verification });
      to = 'awaiting_verification';
    }
    const today = chinaDay();
    const set: Partial<RectifyMeasureTable> = { status: to, updated_at: nowIso(), ...(text ? { last_progress: text, last_progress_on: today } : {}) };
    await trx.updateTable('rectify_measures').set(set).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    const [event] = await addEvents(trx, [{ m: before, kind: 'progress', from, to, actor, text }]);
    for (const f of files) {
      await trx.insertInto('rectify_evidence').values({ region_id: before.region_id, id: newId(), measure_id: id, event_id: event.id, name: f.name, type: f.type, size: f.data.length, data: f.data }).execute();
    }
    if (input.milestonesDone?.length) {
      const known = await trx.selectFrom('rectify_milestones').select('id').where('region_id', '=', before.region_id).where('measure_id', '=', id).where('id', 'in', input.milestonesDone).execute();
      if (known.length !== new Set(input.milestonesDone).size) throw badRequest('rectify.milestone_not_found');
      await trx.updateTable('rectify_milestones').set({ done: 1, done_on: today }).where('region_id', '=', before.region_id).where('measure_id', '=', id)
        .where('id', 'in', input.milestonesDone).where('done', '=', 0).execute();
    }
    if (to === 'awaiting_verification') {
      // The nearest campaign office at or above the problem's unit is told there is a measure to close out.
      const office = (await nearestOffices(trx, [before.org_path], { self: true })).get(before.org_path);
      await notify(trx, (office?.users ?? []).map((userId) => ({ ...ownerNotice(before, 'verification_requested', '有整改措施待验收销号', `报告：${text.slice(0, 300)}`), userId })));
    }
    await recordAudit(trx, actor, {
      regionId: before.region_id, action: 'rectify.measure.progress', targetType: 'rectify_measure', targetId: id, orgPath: before.org_path,
      before: { status: from }, after: { status: to, text, evidence: files.map((f) => ({ name: f.name, type: f.type, size: f.data.length })), milestonesDone: input.milestonesDone ?? [] },
    });
    return { ...before, ...set };
  });
}

export interface VerifyInput {
  approved: boolean;
  note?: string;
}

/**
 * 销号: the office or the supervision group accepts the work (verified) or refuses it (back to
 * work). Refusing a verified measure reopens it; a disclosed problem then gets a new version,
 * so the public page never shows a reopened measure as finished.
 */
export async function verifyMeasure(db: Kysely<Database>, actor: AuditActor, id: string, input: VerifyInput): Promise<RectifyMeasureTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getMeasure(trx, id);
    const from = before.status as MeasureStatus;
    const to: MeasureStatus = input.approved ? 'verified' : from === 'verified' ? 'reopened' : 'in_progress';
    if (!input.approved && from !== 'awaiting_verification' && from !== 'verified') throw badRequest('rectify.refuse_invalid', { status: MEASURE_STATUS_LABELS[from] });
    if (!canMoveMeasure(from, to)) throw badRequest('rectify.transition_invalid', { from: MEASURE_STATUS_LABELS[from], to: MEASURE_STATUS_LABELS[to] });
    const note = input.note?.trim() ?? '';
    return setStatusIn(trx, actor, before, to, note);
  });
}

/** A status change with its event, the owner's notice, the problem's status and audit (inside a transaction). */
export async function setStatusIn(trx: Transaction<Database>, actor: AuditActor, before: RectifyMeasureTable, to: MeasureStatus, note: string): Promise<RectifyMeasureTable> {
  const today = chinaDay();
  const set: Partial<RectifyMeasureTable> = { status: to, updated_at: nowIso() };
  if (to === 'verified') Object.assign(set, { verified_on: today, verified_by: actor.name });
  if (to === 'reopened') Object.assign(set, { verified_on: null, verified_by: null, rating_round: before.rating_round + 1 });
  const changed = await trx.updateTable('rectify_measures').set(set).where('region_id', '=', before.region_id).where('id', '=', before.id).where('status', '=', before.status).executeTakeFirst();
  // Someone else moved it first (two ratings reopening at once): their change stands.
  if (Number(changed.numUpdatedRows) === 0) throw new AppError(409, 'rectify.changed_meanwhile');
  const kind: EventKind = to === 'verified' ? 'verified' : to === 'reopened' ? 'reopened' : before.status === 'awaiting_verification' ? 'refused' : 'status';
  await addEvents(trx, [{ m: before, kind, from: before.status, to, actor, text: note }]);
  const titles: Partial<Record<EventKind, [NoticeKind, string]>> = { verified: ['verified', '整改措施已验收销号'], refused: ['refused', '整改措施未通过验收'], reopened: ['reopened', '整改措施被重新打开，请继续整改'] };
  const t = titles[kind];
  if (t) await notify(trx, [ownerNotice(before, t[0], t[1], note ? `意见：${note}` : '')]);
  await refreshProblemStatus(trx, before.region_id, before.problem_id);
  const problem = await getProblem(trx, before.problem_id);
  if (to === 'reopened' && problem.disclosed_version > 0) await publishIn(trx, actor, problem, '');
  await recordAudit(trx, actor, { regionId: before.region_id, action: `rectify.measure.${kind}`, targetType: 'rectify_measure', targetId: before.id, orgPath: before.org_path, before: { status: before.status }, after: { status: to, note } });
  return { ...before, ...set };
}

export async function measureEvents(db: Kysely<Database>, m: Pick<RectifyMeasureTable, 'region_id' | 'id'>) {
  return db.selectFrom('rectify_measure_events').selectAll().where('region_id', '=', m.region_id).where('measure_id', '=', m.id).orderBy('seq').execute();
}

export async function measureEvidence(db: Kysely<Database>, m: Pick<RectifyMeasureTable, 'region_id' | 'id'>) {
  return db.selectFrom('rectify_evidence').select(['id', 'event_id', 'name', 'type', 'size']).where('region_id', '=', m.region_id).where('measure_id', '=', m.id).execute();
}

export async function milestonesOf(db: Kysely<Database>, regionId: string, measureIds: string[]): Promise<Map<string, RectifyMilestoneTable[]>> {
  const out = new Map<string, RectifyMilestoneTable[]>();
  for (let i = 0; i < measureIds.length; i += 500) {
    const rows = await db.selectFrom('rectify_milestones').selectAll().where('region_id', '=', regionId).where('measure_id', 'in', measureIds.slice(i, i + 500)).orderBy('position').execute();
    for (const r of rows) {
      const list = out.get(r.measure_id);
      if (list) list.push(r);
      else out.set(r.measure_id, [r]);
    }
  }
  return out;
}

/**
 * Removes a measure entered by mistake. Only while nothing has been built on it: once its owner
 * reported progress, evidence was filed, the public rated it or its problem was disclosed, the
 * measure is part of the record and is changed (or closed out) instead — never deleted.
 */
export async function deleteMeasure(db: Kysely<Database>, actor: AuditActor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await getMeasure(trx, id);
    const worked = await trx.selectFrom('rectify_measure_events').select('id').where('region_id', '=', m.region_id).where('measure_id', '=', m.id)
      .where('kind', 'not in', ['created', 'updated']).limit(1).executeTakeFirst();
    const rated = await trx.selectFrom('rectify_rating_tallies').select('measure_id').where('region_id', '=', m.region_id).where('measure_id', '=', m.id).limit(1).executeTakeFirst();
    if (worked || rated) throw new AppError(409, 'rectify.measure_in_use');
    const disclosed = await trx.selectFrom('rectify_disclosures').select('version').where('region_id', '=', m.region_id).where('problem_id', '=', m.problem_id).limit(1).executeTakeFirst();
    if (disclosed) throw new AppError(409, 'rectify.measure_disclosed');
    for (const table of ['rectify_milestones', 'rectify_measure_events', 'rectify_evidence', 'rectify_rating_guards'] as const) {
      await trx.deleteFrom(table).where('region_id', '=', m.region_id).where('measure_id', '=', m.id).execute();
    }
    await trx.deleteFrom('rectify_measures').where('region_id', '=', m.region_id).where('id', '=', m.id).execute();
    // The owner's "new measure" notice (and its unsent e-mail copy) would point at nothing.
    await trx.deleteFrom('user_notifications').where('region_id', '=', m.region_id).where('target_type', '=', 'measure').where('target_id', '=', m.id).execute();
    await refreshProblemStatus(trx, m.region_id, m.problem_id);
    await recordAudit(trx, actor, { regionId: m.region_id, action: 'rectify.measure.delete', targetType: 'rectify_measure', targetId: m.id, orgPath: m.org_path, before: m });
  });
}
