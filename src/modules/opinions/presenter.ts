import type { Actor } from '../authz/roles.js';
import { can } from '../authz/policy.js';
import { redact } from '../triage/pii.js';
import type { OpinionEventTable, OpinionTable } from '../../db/schema.js';
import { obj } from '../../http/schemas.js';

// What leaves the server about an opinion. Staff see contact details only when they may
// handle the opinion; the public views are built from whitelisted fields and cannot emit
// identity, contact, entry or receipt fields whatever the row holds.

export function presentOpinion(o: OpinionTable, actor: Actor, orgName: string) {
  const handle = can(actor, 'opinion', 'handle', o.org_path);
  return {
    id: o.id, campaignId: o.campaign_id, org: { id: o.org_id, name: orgName }, solicitationId: o.solicitation_id, channel: o.channel,
    // The verbatim text goes to those who handle the opinion; everyone else reads it with personal data masked.
    targetKind: o.target_kind, targetLabel: o.target_label, body: handle ? o.body : o.body_redacted, category: o.category, status: o.status, mergedInto: o.merged_into,
    suggestion: o.suggested_category ? { category: o.suggested_category, confidence: (o.suggestion_confidence ?? 0) / 100, terms: JSON.parse(o.suggestion_terms ?? '[]') as string[] } : null,
    clusterId: o.cluster_id,
    anonymous: o.anonymous === 1,
    contact: handle && !o.anonymous ? { name: o.contact_name, phone: o.contact_phone, email: o.contact_email } : null,
    // (A letter's answer is entered under its recipient's name, 征求意见函：赵铁柱: theirs is a submitter's name.)
    receivedOn: o.received_on, receivedAt: o.received_at, enteredBy: handle || o.channel !== 'solicitation_letter' ? o.entered_by : null,
    disclosed: o.disclosed === 1, disclosureText: o.disclosure_text, disclosureAction: o.disclosure_action,
    can: { handle },
  };
}

/** One step of an opinion's record. `handle`: whether the reader handles the opinion; others read its texts (what
 * the submitter added, the office's replies) with personal data masked, as they read the opinion itself. */
export function presentEvent(e: OpinionEventTable, handle = true) {
  // (A step no staff member took is the submitter's or a letter's, 征求意见函：赵铁柱: its name is theirs.)
  return { seq: e.seq, day: e.on_day, at: e.at, actorName: handle || e.actor_id ? e.actor_name : null, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, text: handle || !e.text ? e.text : redact(e.text) };
}

/** What a submitter sees with the receipt: their text, the status, replies and their own additions. */
export function presentForSubmitter(o: OpinionTable, events: OpinionEventTable[], orgName: string) {
  return {
    status: o.status,
    org: orgName,
    body: o.body,
    receivedOn: o.received_on,
    steps: events.map((e) => ({ day: e.on_day, kind: e.kind, toStatus: e.to_status, text: e.text, fromOffice: e.actor_id !== null })),
  };
}

const nullableString = { type: ['string', 'null'] };
export const opinionSchema = obj({
  id: { type: 'string' }, campaignId: { type: 'string' }, org: obj({ id: { type: 'string' }, name: { type: 'string' } }), solicitationId: nullableString,
  channel: { type: 'string' }, targetKind: { type: 'string' }, targetLabel: { type: 'string' }, body: { type: 'string' }, category: nullableString,
  status: { type: 'string' }, mergedInto: nullableString, anonymous: { type: 'boolean' },
  suggestion: { anyOf: [{ type: 'null' }, obj({ category: { type: 'string' }, confidence: { type: 'number' }, terms: { type: 'array', items: { type: 'string' } } })] },
  clusterId: nullableString,
  contact: { anyOf: [{ type: 'null' }, obj({ name: nullableString, phone: nullableString, email: nullableString })] },
  receivedOn: { type: 'string' }, receivedAt: nullableString, enteredBy: nullableString,
  disclosed: { type: 'boolean' }, disclosureText: nullableString, disclosureAction: nullableString,
  can: obj({ handle: { type: 'boolean' } }),
});

export const eventSchema = obj({
  seq: { type: 'integer' }, day: { type: 'string' }, at: nullableString, actorName: { type: 'string' }, kind: { type: 'string' },
  fromStatus: nullableString, toStatus: nullableString, text: { type: 'string' },
});

export const submitterViewSchema = obj({
  status: { type: 'string' }, org: { type: 'string' }, body: { type: 'string' }, receivedOn: { type: 'string' },
  steps: { type: 'array', items: obj({ day: { type: 'string' }, kind: { type: 'string' }, toStatus: nullableString, text: { type: 'string' }, fromOffice: { type: 'boolean' } }) },
});
