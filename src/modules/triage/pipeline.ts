import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { classify, type Classification } from './classify.js';
import { bandKeys, signatureBytes, signatureFromBytes, signatureOfNormalized, similarity } from './duplicates.js';
import { normalize } from './normalize.js';
import { redact } from './pii.js';

// The first pass every opinion gets as it arrives: personal data masked (the verbatim text is
// kept beside it), a four-winds suggestion with its confidence and deciding words, and its
// near-duplicate cluster — found through the stored LSH bands with one indexed query.

export const DUPLICATE_THRESHOLD = 0.45;
/** Candidates read per arrival: enough to find a cluster, never a scan of a big one. */
const CANDIDATES = 128;
/** Longer texts are analysed on their first part: a 1 MB paste must not stall intake. */
const ANALYSED_CHARS = 20_000;

export interface Analysis {
  redacted: string;
  /** The normalized masked text: what duplicates, classification and routing read. */
  normalized: string;
  suggestion: Classification;
  signature: Uint32Array;
  bands: number[];
}

/** Pure and cheap: no database. A failure leaves the opinion untriaged rather than lost. */
export function analyse(text: string): Analysis {
  const redacted = redact(text);
  // Personal data is not what an opinion is about: everything after masking reads the masked
  // text, so "the same complaint, signed with a name and a phone number" still matches, and the
  // text is normalized once for all stages.
  const normalized = normalize(redacted.length > ANALYSED_CHARS ? redacted.slice(0, ANALYSED_CHARS) : redacted);
  const sig = signatureOfNormalized(normalized);
  return { redacted, normalized, suggestion: classify(text), signature: sig, bands: bandKeys(sig) };
}

export function suggestionColumns(a: Analysis) {
  return {
    body_redacted: a.redacted,
    suggested_category: a.suggestion.wind,
    suggestion_confidence: Math.round(a.suggestion.confidence * 100),
    suggestion_terms: JSON.stringify(a.suggestion.terms),
    signature: signatureBytes(a.signature),
  };
}

/** The cluster a new opinion joins: the most similar earlier opinion's, or its own. */
export async function findCluster(db: Kysely<Database>, regionId: string, campaignId: string, ownId: string, a: Analysis): Promise<string> {
  const rows = await db
    .selectFrom('opinion_bands as b')
    .innerJoin('opinions as o', (j) => j.onRef('o.region_id', '=', 'b.region_id').onRef('o.id', '=', 'b.opinion_id'))
    .select(['o.id', 'o.cluster_id', 'o.signature', 'o.body_redacted'])
    .where('b.region_id', '=', regionId).where('b.campaign_id', '=', campaignId).where('b.band', 'in', a.bands).where('o.id', '!=', ownId)
    .limit(CANDIDATES).execute();
  let best: { cluster: string; score: number } | null = null;
  for (const r of rows) {
    // Opinions stored before signatures were kept get theirs computed here.
    const sig = (r.signature && signatureFromBytes(r.signature)) || signatureOfNormalized(normalize(r.body_redacted));
    const score = similarity(a.signature, sig);
    if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { cluster: r.cluster_id ?? r.id, score };
  }
  return best?.cluster ?? ownId;
}

export async function storeBands(db: Kysely<Database>, regionId: string, campaignId: string, opinionId: string, bands: number[]): Promise<void> {
  await db.insertInto('opinion_bands').values([...new Set(bands)].map((band) => ({ region_id: regionId, campaign_id: campaignId, band, opinion_id: opinionId }))).execute();
}
