import type { Kysely, Transaction } from 'kysely';
import type { CampaignTable, Database, OpinionTable } from '../../db/schema.js';
import { chinaDay, nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { getCampaign, participates } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT, safeName, sniffType, stripMetadata } from './attachments.js';
import { canMove, type Category, type Channel, type Status, type TargetKind } from './model.js';
import { hashReceipt, newReceipt } from './receipts.js';
import { groupCommitter } from './group-commit.js';
import { analyse, suggestionColumns } from '../triage/pipeline.js';
import { detectPii, type PiiKind } from '../triage/pii.js';
import { foldToSimplified, toHalfWidth } from '../triage/normalize.js';
import { placeOpinion, suggestUnit } from '../triage/arrival.js';
import { campaignModel } from '../triage/learned.js';
import { isBlank, withoutControls } from '../../shared/blank.js';

// Opinions: one intake for every channel, the lifecycle with replies, submitter follow-up by
// receipt, and disclosure. Anonymous intake writes no audit entry and no exact time: the
// opinion row (with only its day) is the record, so nothing joins it to a request log.

export interface ContactInput {
  name: string;
  phone?: string | null;
  email?: string | null;
}

export interface AttachmentInput {
  name: string;
  data: Buffer;
}

export interface SubmitInput {
  campaignId: string;
  orgId: string;
  channel: Channel;
  body: string;
  targetKind: TargetKind;
  targetLabel?: string;
  solicitationId?: string | null;
  symposiumId?: string | null;
  anonymous: boolean;
  contact?: ContactInput | null;
  attachments?: AttachmentInput[];
  /** Platform deliveries: (source, key) is stored once; a retry returns the first opinion. */
  external?: { source: string; key: string };
  /** Staff entry from an offline channel: who typed it in (audited). */
  enteredBy?: AuditActor;
  /** Web submitters get a receipt when anonymous; staff-entered paper opinions do not. */
  issueReceipt?: boolean;
  /** The day the opinion was received, for staff entering older paper (defaults to today). */
  receivedOn?: string;
}

export interface SubmitResult {
  opinion: OpinionTable;
  receipt: string | null;
  duplicate: boolean;
}

const PHONE = /^\+?[\d\s-]{6,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks type and size, removes camera and editor metadata, and — for anonymous submitters —
 * replaces the file name (which often carries a person's name) with a neutral one.
 */
export function checkAttachments(files: AttachmentInput[], anonymous = false): { name: string; type: string; data: Buffer }[] {
  if (files.length > ATTACHMENT_MAX_COUNT) throw badRequest('opinion.attachment_too_many', { limit: ATTACHMENT_MAX_COUNT });
  return files.map((f, i) => {
    if (f.data.length > ATTACHMENT_MAX_BYTES) throw badRequest('opinion.attachment_too_large', { name: f.name, limit: '5 MB' });
    const sniffed = sniffType(f.data);
    if (!sniffed) throw badRequest('opinion.attachment_type', { name: f.name });
    const name = anonymous ? `附件${i + 1}.${sniffed.ext}` : safeName(f.name, sniffed.ext);
    return { name, type: sniffed.type, data: stripMetadata(f.data, sniffed.type) };
  });
}

export function validateSubmission(input: SubmitInput) {
  // (Control characters come out before anything reads the text, shared/blank.ts; one of nothing else is no opinion.)
  if (isBlank(withoutControls(input.body))) throw badRequest('opinion.body_blank');
  const files = checkAttachments(input.attachments ?? [], input.anonymous);
  const contact = input.anonymous ? null : input.contact ?? null;
  if (!input.anonymous && !input.enteredBy) {
    if (!contact?.name?.trim() || (!contact.phone && !contact.email)) throw badRequest('opinion.contact_required');
  }
  if (contact?.phone && !PHONE.test(contact.phone)) throw badRequest('opinion.phone_invalid');
  if (contact?.email && !EMAIL.test(contact.email)) throw badRequest('opinion.email_invalid');
  return { files, contact };
}

export async function submitOpinion(db: Kysely<Database>, input: SubmitInput): Promise<SubmitResult> {
  validateSubmission(input);
  const receipt = input.anonymous && input.issueReceipt ? newReceipt() : null;
  const receiptHash = receipt ? await hashReceipt(db, receipt) : null;
  // A platform's retried delivery is found by the insert itself (ON CONFLICT on the external
  // key, inside the shared commit) rather than by a read before it: one statement fewer for
  // every delivery, and a retry arriving in the same batch as its first copy is still stored once.
  const placed = await groupCommitter(db).run((trx) => insertOpinion(trx, input, receiptHash));
  return placed.duplicate ? { opinion: placed.opinion, receipt: null, duplicate: true } : { opinion: placed.opinion, receipt, duplicate: false };
}

/** Staff batch entry and imports: every item is written, or none (one transaction). */
export async function submitBatch(db: Kysely<Database>, inputs: SubmitInput[]): Promise<OpinionTable[]> {
  inputs.forEach(validateSubmission);
  return db.transaction().execute((trx) => insertBatch(trx, inputs));
}

/** Writes several opinions inside the caller's transaction (no receipts: staff-entered). */
export async function insertBatch(trx: Transaction<Database>, inputs: SubmitInput[]): Promise<OpinionTable[]> {
  const out: OpinionTable[] = [];
  for (const input of inputs) out.push((await insertOpinion(trx, input, null)).opinion);
  return out;
}

// Within one transaction (a group commit or a batch holds many opinions for the same campaign
// and units) the campaign, units and participation are read once: same snapshot, same answer.
const lookups = new WeakMap<Transaction<Database>, Map<string, Promise<unknown>>>();

function once<T>(trx: Transaction<Database>, key: string, load: () => Promise<T>): Promise<T> {
  let byKey = lookups.get(trx);
  if (!byKey) lookups.set(trx, (byKey = new Map()));
  let hit = byKey.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    byKey.set(key, hit);
  }
  return hit;
}

async function insertOpinion(trx: Transaction<Database>, input: SubmitInput, receiptHash: string | null): Promise<{ opinion: OpinionTable; duplicate: boolean }> {
  const { files, contact } = validateSubmission(input);
  const campaign = await once(trx, `c:${input.campaignId}`, () => getCampaign(trx, input.campaignId));
  const unit = await once(trx, `o:${input.orgId}`, () => getOrg(trx, input.orgId)).catch(() => {
    throw badRequest('opinion.unit_outside', { id: input.orgId });
  });
  const takesPart = await once(trx, `p:${campaign.id}:${unit.id}`, () => participates(trx, campaign, unit));
  if (!takesPart) throw badRequest('opinion.unit_outside', { id: unit.id });
  const today = chinaDay();
  if (input.solicitationId) await checkSolicitation(trx, campaign, unit.path, input.solicitationId, input.enteredBy ? null : today);
  const exact = input.anonymous && !input.enteredBy ? null : nowIso();
  const body = withoutControls(input.body).trim();
  const id = newId();
  const model = await once(trx, `m:${campaign.id}`, () => campaignModel(trx, campaign.region_id, campaign.id));
  const analysis = analyse(body, model);
  const cluster = await placeOpinion(trx, campaign.region_id, campaign.id, id, { sig: analysis.signature, terms: analysis.terms }, undefined, unit.path);
  const campaignRoot = await once(trx, `o:${campaign.org_id}`, () => getOrg(trx, campaign.org_id));
  const suggestedUnit = await suggestUnit(trx, campaign.region_id, campaignRoot.path, unit.id, analysis);
  const opinion: OpinionTable = {
    region_id: campaign.region_id, id, campaign_id: campaign.id, org_id: unit.id, org_path: unit.path,
    solicitation_id: input.solicitationId ?? null, symposium_id: input.symposiumId ?? null, channel: input.channel,
    target_kind: input.targetKind, target_label: input.targetLabel ?? '', body, ...suggestionColumns(analysis), cluster_id: cluster, category: null, status: 'received',
    merged_into: null, anonymous: input.anonymous ? 1 : 0,
    contact_name: contact?.name?.trim() || null, contact_phone: contact?.phone?.trim() || null, contact_email: contact?.email?.trim() || null,
    receipt_hash: receiptHash, external_source: input.external?.source ?? null, external_key: input.external?.key ?? null,
    received_on: input.receivedOn ?? today, received_at: exact, entered_by: input.enteredBy?.name ?? null,
    disclosed: 0, disclosure_text: null, disclosure_action: null, updated_at_day: today,
    suggested_org_id: suggestedUnit, routed_at: null, org_category_id: null, triaged_by: null, triaged_at: null,
  };
  if (input.external) {
    // A retry has been analysed and offered to the duplicate index by now; that is cheap, and an
    // index entry whose row was never written is no match (placeOpinion reads the row).
    const stored = await trx.insertInto('opinions').values(opinion)
      .onConflict((oc) => oc.columns(['external_source', 'external_key']).doNothing()).executeTakeFirst();
    if (Number(stored.numInsertedOrUpdatedRows) === 0) {
      // Delivered before (or earlier in this same batch): answer with the first copy.
      const first = await findExternal(trx, input.external.source, input.external.key);
      if (first) return { opinion: first, duplicate: true };
    }
  } else {
    await trx.insertInto('opinions').values(opinion).execute();
  }
  for (const f of files) {
    await trx.insertInto('opinion_attachments').values({ region_id: opinion.region_id, id: newId(), opinion_id: opinion.id, name: f.name, type: f.type, size: f.data.length, data: f.data }).execute();
  }
  await addEvent(trx, opinion, { kind: 'status', from: null, to: 'received', actor: input.enteredBy ?? null, text: '' }, 1);
  if (input.enteredBy) {
    await recordAudit(trx, input.enteredBy, { regionId: opinion.region_id, action: 'opinion.enter', targetType: 'opinion', targetId: opinion.id, orgPath: unit.path, after: { channel: opinion.channel, anonymous: opinion.anonymous === 1 } });
  }
  return { opinion, duplicate: false };
}

async function findExternal(db: Kysely<Database> | Transaction<Database>, source: string, key: string) {
  return db.selectFrom('opinions').selectAll().where('external_source', '=', source).where('external_key', '=', key).executeTakeFirst();
}

async function checkSolicitation(db: Kysely<Database>, campaign: CampaignTable, unitPath: string, id: string, today: string | null) {
  const s = await db.selectFrom('solicitations').selectAll().where('region_id', '=', campaign.region_id).where('id', '=', id).executeTakeFirst();
  if (!s || s.campaign_id !== campaign.id || !unitPath.startsWith(s.org_path)) throw badRequest('opinion.solicitation_mismatch', { id });
  if (today && (today < s.starts_on || today > s.ends_on)) throw badRequest('opinion.solicitation_closed', { startsOn: s.starts_on, endsOn: s.ends_on });
}

type EventInput = { kind: 'status' | 'reply' | 'info'; from: string | null; to: string | null; actor: AuditActor | null; text: string };

async function addEvent(trx: Transaction<Database> | Kysely<Database>, opinion: Pick<OpinionTable, 'region_id' | 'id' | 'anonymous'>, e: EventInput, knownSeq?: number) {
  const seq = knownSeq ?? Number((await trx.selectFrom('opinion_events').select((eb) => eb.fn.max('seq').as('seq')).where('region_id', '=', opinion.region_id).where('opinion_id', '=', opinion.id).executeTakeFirst())?.seq ?? 0) + 1;
  await trx.insertInto('opinion_events').values({
    region_id: opinion.region_id, id: newId(), opinion_id: opinion.id, seq, on_day: chinaDay(),
    // Staff steps keep their time; the submitter's own steps keep only the day.
    at: e.actor ? nowIso() : null,
    actor_id: e.actor?.userId ?? null, actor_name: e.actor?.name ?? 'submitter', kind: e.kind, from_status: e.from, to_status: e.to, text: e.text,
  }).execute();
}

export async function getOpinion(db: Kysely<Database>, id: string): Promise<OpinionTable> {
  const o = await db.selectFrom('opinions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) throw notFound('opinion.not_found', { id });
  return o;
}

export interface TransitionInput {
  to: Status;
  reply?: string;
  mergedInto?: string;
  category?: Category | null;
}

/** Moves an opinion one step along its lifecycle, with an optional reply to the submitter. */
export async function transitionOpinion(db: Kysely<Database>, actor: AuditActor, id: string, input: TransitionInput): Promise<OpinionTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getOpinion(trx, id);
    const from = before.status as Status;
    if (!canMove(from, input.to)) throw badRequest('opinion.transition_invalid', { from, to: input.to });
    let mergedInto: string | null = null;
    if (input.to === 'merged') {
      if (!input.mergedInto) throw badRequest('opinion.merge_target_required');
      const target = await getOpinion(trx, input.mergedInto).catch(() => {
        throw badRequest('opinion.merge_target_invalid', { id: input.mergedInto });
      });
      // Merged items keep every original; a chain always ends at an opinion that is not merged.
      if (target.id === before.id || target.campaign_id !== before.campaign_id || target.status === 'merged') throw badRequest('opinion.merge_target_invalid', { id: target.id });
      mergedInto = target.id;
    }
    const patch = {
      status: input.to, merged_into: mergedInto, updated_at_day: chinaDay(),
      ...(input.category !== undefined ? { category: input.category } : {}),
    };
    await trx.updateTable('opinions').set(patch).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    await addEvent(trx, before, { kind: 'status', from, to: input.to, actor, text: input.reply?.trim() ?? '' });
    if (input.reply?.trim()) await notifySubmitter(trx, before, input.reply.trim());
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'opinion.status', targetType: 'opinion', targetId: id, orgPath: before.org_path, before: { status: from }, after: { status: input.to, mergedInto, category: patch.category, reply: input.reply ?? null } });
    return { ...before, ...patch };
  });
}

/** A reply without a change of status. */
export async function replyToOpinion(db: Kysely<Database>, actor: AuditActor, id: string, text: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const o = await getOpinion(trx, id);
    await addEvent(trx, o, { kind: 'reply', from: null, to: null, actor, text: text.trim() });
    await trx.updateTable('opinions').set({ updated_at_day: chinaDay() }).where('region_id', '=', o.region_id).where('id', '=', id).execute();
    await notifySubmitter(trx, o, text.trim());
    await recordAudit(trx, actor, { regionId: o.region_id, action: 'opinion.reply', targetType: 'opinion', targetId: id, orgPath: o.org_path, after: { reply: text.trim() } });
  });
}

/**
 * Named submitters are told of replies through the notification outbox, which an SMS or mail
 * gateway drains (docs/gateway.md). Anonymous submitters read replies with their receipt.
 */
async function notifySubmitter(trx: Transaction<Database> | Kysely<Database>, o: OpinionTable, text: string) {
  if (o.anonymous) return;
  const recipient = o.contact_phone ? { channel: 'sms', to: o.contact_phone } : o.contact_email ? { channel: 'email', to: o.contact_email } : null;
  if (!recipient) return;
  await trx.insertInto('notifications').values({
    region_id: o.region_id, id: newId(), opinion_id: o.id, channel: recipient.channel, recipient: recipient.to,
    body: `您提交的意见有了答复：${text.slice(0, 300)}`, status: 'pending', attempts: 0, last_error: null, created_at: nowIso(), sent_at: null,
  }).execute();
}

/** The submitter adds information later, with the receipt. Kept with its day only. */
export async function addInformation(db: Kysely<Database>, opinion: OpinionTable, text: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await addEvent(trx, opinion, { kind: 'info', from: null, to: null, actor: null, text: text.trim() });
    await trx.updateTable('opinions').set({ updated_at_day: chinaDay() }).where('region_id', '=', opinion.region_id).where('id', '=', opinion.id).execute();
  });
}

export async function findByReceipt(db: Kysely<Database>, receipt: string): Promise<OpinionTable | undefined> {
  return db.selectFrom('opinions').selectAll().where('receipt_hash', '=', await hashReceipt(db, receipt)).executeTakeFirst();
}

export interface DisclosureInput {
  disclosed: boolean;
  text?: string;
  action?: string;
  category?: Category | null;
}

/** Publishes an opinion on the portal: staff write the public text, so no personal data leaves. */
/** Kinds of personal data that never belong in a public disclosure, whoever they are of. */
const NEVER_DISCLOSED = new Set<PiiKind>(['mobile', 'id_number', 'bank_card', 'email', 'qq', 'wechat']);
/** Kinds an office may publish of its own (its landline, an official car's plate, a document's number, its address),
 * refused only when they are what the opinion gave of the submitter or a private person. */
const THE_OPINIONS = new Set<PiiKind>(['landline', 'plate', 'member_number', 'address']);
/** A number, plate or address as compared: Simplified, half width, letters and digits and Han only. */
const comparable = (s: string) => foldToSimplified(toHalfWidth(s)).replace(/[^0-9A-Za-z\u3400-\u9fff]/g, '').toUpperCase();

/**
 * What of a disclosure's text is personal data, as the office wrote it (the portal shows it to everyone): a mobile, an
 * ID, a card, an e-mail or a messenger account of anyone's; a landline, a plate, a personal number or a home the
 * opinion gave; and the names of the submitter and of the private persons their opinion names, in either script. A
 * cadre's name in an accountability notice (对王某某进行诫勉谈话), an office's line and an official car stay allowed.
 */
export function personalDataDisclosed(texts: readonly string[], opinion: Pick<OpinionTable, 'body' | 'contact_name' | 'contact_phone' | 'contact_email'>, added: readonly string[] = []): string[] {
  const found = new Set<string>();
  if (!texts.some((t) => t)) return [];
  // What the submitter gave, each read once: the opinion, what they added later, their contact; its numbers and homes,
  // and the names in it.
  const sources = [opinion.body, ...added];
  const given = comparable(`${sources.join(' ')} ${opinion.contact_phone ?? ''} ${opinion.contact_email ?? ''}`);
  const theirs: string[] = [opinion.contact_phone ?? ''];
  const names = new Set<string>();
  for (const b of sources) {
    for (const sp of detectPii(b)) {
      if (THE_OPINIONS.has(sp.kind)) theirs.push(b.slice(sp.start, sp.end));
      else if (sp.kind === 'name') names.add(b.slice(sp.start, sp.end));
    }
  }
  // (The contact name is what the submitter typed: a name only when it reads as one, not 村民 or 群众.)
  const contact = opinion.contact_name?.trim();
  if (contact && detectPii(`我叫${contact}。`).some((sp) => sp.kind === 'name' && sp.start === 2 && sp.end === 2 + contact.length)) names.add(contact);
  // (王某 is already no one: 对王某某进行诫勉谈话 names no one either.)
  const keys = [...names].map(foldToSimplified).filter((k) => k.length >= 2 && !k.includes('某'));
  const numbers = theirs.map((v) => [v, comparable(v)] as const).filter(([, c]) => c.length >= 4);
  for (const text of texts) {
    if (!text) continue;
    for (const sp of detectPii(text)) {
      const value = text.slice(sp.start, sp.end);
      const v = comparable(value);
      // (Either way round: 0571-87654321 in the disclosure holds the 87654321 the opinion gave.)
      if (NEVER_DISCLOSED.has(sp.kind) || (THE_OPINIONS.has(sp.kind) && v.length >= 4 && (given.includes(v) || numbers.some(([, c]) => v.includes(c))))) found.add(value);
    }
    // (And what the opinion gave, wherever it stands in the disclosure: 幸福路12号门口 has no cue of a home of its own.)
    const all = comparable(text);
    for (const [original, c] of numbers) if (all.includes(c)) found.add(original);
    const folded = foldToSimplified(text);
    for (const key of keys) {
      const at = folded.indexOf(key);
      if (at >= 0) found.add(text.slice(at, at + key.length));
    }
  }
  return [...found];
}

export async function discloseOpinion(db: Kysely<Database>, actor: AuditActor, id: string, input: DisclosureInput): Promise<OpinionTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getOpinion(trx, id);
    if (input.disclosed) {
      const added = (await trx.selectFrom('opinion_events').select('text').where('region_id', '=', before.region_id).where('opinion_id', '=', before.id).where('kind', '=', 'info').execute()).map((e) => e.text);
      const found = personalDataDisclosed([(input.text ?? before.disclosure_text ?? '').trim(), (input.action ?? before.disclosure_action ?? '').trim()], before, added);
      if (found.length) throw badRequest('opinion.disclosure_personal_data', { found: found.join('、') });
    }
    const patch = {
      disclosed: input.disclosed ? 1 : 0,
      disclosure_text: input.disclosed ? (input.text ?? before.disclosure_text ?? '').trim() : before.disclosure_text,
      disclosure_action: input.disclosed ? (input.action ?? before.disclosure_action ?? '').trim() : before.disclosure_action,
      ...(input.category !== undefined ? { category: input.category } : {}),
    };
    await trx.updateTable('opinions').set(patch).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    await recordAudit(trx, actor, { regionId: before.region_id, action: input.disclosed ? 'opinion.disclose' : 'opinion.withdraw', targetType: 'opinion', targetId: id, orgPath: before.org_path, after: patch });
    return { ...before, ...patch };
  });
}
