import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SolicitationTable, SymposiumTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { getCampaign } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import { insertBatch, validateSubmission, type SubmitInput } from '../opinions/commands.js';
import type { Audience, Channel, TargetKind } from '../opinions/model.js';

// Solicitations (征求意见): a round of asking — who is asked, through which channels, about
// what — with letters to named recipients (each a personal link) and symposium records.

export interface SolicitationInput {
  orgId: string;
  title: string;
  description?: string;
  startsOn: string;
  endsOn: string;
  audiences: Audience[];
  channels: Channel[];
  targetKind: TargetKind;
  targetLabel: string;
}

export async function createSolicitation(db: Kysely<Database>, actor: AuditActor, campaignId: string, input: SolicitationInput): Promise<SolicitationTable> {
  if (input.endsOn < input.startsOn) throw badRequest('solicitation.dates_invalid');
  return db.transaction().execute(async (trx) => {
    const campaign = await getCampaign(trx, campaignId);
    const org = await getOrg(trx, input.orgId);
    const top = await getOrg(trx, campaign.org_id);
    if (!org.path.startsWith(top.path)) throw badRequest('opinion.unit_outside', { id: org.id });
    const at = nowIso();
    const row: SolicitationTable = {
      region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, org_id: org.id, org_path: org.path, title: input.title.trim(),
      description: input.description?.trim() ?? '', starts_on: input.startsOn, ends_on: input.endsOn, audiences: JSON.stringify(input.audiences),
      channels: JSON.stringify(input.channels), target_kind: input.targetKind, target_label: input.targetLabel.trim(), created_at: at, updated_at: at,
    };
    await trx.insertInto('solicitations').values(row).execute();
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'solicitation.create', targetType: 'solicitation', targetId: row.id, orgPath: org.path, after: input });
    return row;
  });
}

export async function getSolicitation(db: Kysely<Database>, id: string): Promise<SolicitationTable> {
  const s = await db.selectFrom('solicitations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound('solicitation.not_found', { id });
  return s;
}

export async function updateSolicitation(db: Kysely<Database>, actor: AuditActor, id: string, input: Partial<Omit<SolicitationInput, 'orgId'>>): Promise<SolicitationTable> {
  return db.transaction().execute(async (trx) => {
    const before = await getSolicitation(trx, id);
    const patch = {
      title: input.title?.trim() ?? before.title, description: input.description?.trim() ?? before.description,
      starts_on: input.startsOn ?? before.starts_on, ends_on: input.endsOn ?? before.ends_on,
      audiences: input.audiences ? JSON.stringify(input.audiences) : before.audiences, channels: input.channels ? JSON.stringify(input.channels) : before.channels,
      target_kind: input.targetKind ?? before.target_kind, target_label: input.targetLabel?.trim() ?? before.target_label, updated_at: nowIso(),
    };
    if (patch.ends_on < patch.starts_on) throw badRequest('solicitation.dates_invalid');
    await trx.updateTable('solicitations').set(patch).where('region_id', '=', before.region_id).where('id', '=', id).execute();
    await recordAudit(trx, actor, { regionId: before.region_id, action: 'solicitation.update', targetType: 'solicitation', targetId: id, orgPath: before.org_path, before, after: patch });
    return { ...before, ...patch };
  });
}

export function letterTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Letters to named recipients; each token is returned once, to be put in the letter's link. */
export async function createLetters(db: Kysely<Database>, actor: AuditActor, solicitationId: string, recipients: { name: string; unit?: string }[]) {
  return db.transaction().execute(async (trx) => {
    const s = await getSolicitation(trx, solicitationId);
    const last = await trx.selectFrom('solicitation_letters').select((eb) => eb.fn.max('position').as('p')).where('region_id', '=', s.region_id).where('solicitation_id', '=', s.id).executeTakeFirst();
    let position = Number(last?.p ?? -1);
    const out = [];
    for (const r of recipients) {
      const token = randomBytes(18).toString('base64url');
      const row = { region_id: s.region_id, id: newId(), solicitation_id: s.id, recipient_name: r.name.trim(), recipient_unit: r.unit?.trim() ?? '', position: ++position, token_hash: letterTokenHash(token), created_at: nowIso(), responded_at: null };
      await trx.insertInto('solicitation_letters').values(row).execute();
      out.push({ id: row.id, name: row.recipient_name, unit: row.recipient_unit, token });
    }
    await recordAudit(trx, actor, { regionId: s.region_id, action: 'solicitation.letters', targetType: 'solicitation', targetId: s.id, orgPath: s.org_path, after: { recipients: out.map((o) => o.name) } });
    return out;
  });
}

export async function findLetter(db: Kysely<Database>, token: string) {
  const letter = await db.selectFrom('solicitation_letters').selectAll().where('token_hash', '=', letterTokenHash(token)).executeTakeFirst();
  if (!letter) throw notFound('letter.token_invalid');
  return { letter, solicitation: await getSolicitation(db, letter.solicitation_id) };
}

export interface SymposiumInput {
  orgId: string;
  solicitationId?: string | null;
  heldOn: string;
  host: string;
  attendance: Record<string, number>;
  notes?: string;
  opinions: { body: string; targetKind: TargetKind; targetLabel?: string }[];
}

/** A symposium record with the opinions taken down there, written together. */
export async function recordSymposium(db: Kysely<Database>, actor: AuditActor, campaignId: string, input: SymposiumInput): Promise<{ symposium: SymposiumTable; opinions: number }> {
  const campaign = await getCampaign(db, campaignId);
  const org = await getOrg(db, input.orgId);
  const symposium: SymposiumTable = {
    region_id: campaign.region_id, id: newId(), campaign_id: campaign.id, solicitation_id: input.solicitationId ?? null, org_id: org.id, org_path: org.path,
    held_on: input.heldOn, host: input.host.trim(), attendance: JSON.stringify(input.attendance), notes: input.notes?.trim() ?? '', created_at: nowIso(),
  };
  // The opinions are validated and written in the same all-or-nothing batch as the record.
  const items: SubmitInput[] = input.opinions.map((o) => ({
    campaignId: campaign.id, orgId: org.id, channel: 'symposium', body: o.body, targetKind: o.targetKind, targetLabel: o.targetLabel,
    solicitationId: input.solicitationId ?? null, symposiumId: symposium.id, anonymous: true, receivedOn: input.heldOn, enteredBy: actor,
  }));
  items.forEach(validateSubmission);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('symposiums').values(symposium).execute();
    await insertBatch(trx, items);
    await recordAudit(trx, actor, { regionId: symposium.region_id, action: 'symposium.record', targetType: 'symposium', targetId: symposium.id, orgPath: org.path, after: { ...input, opinions: input.opinions.length } });
  });
  return { symposium, opinions: items.length };
}
