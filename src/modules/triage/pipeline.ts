import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { classify, type Classification } from './classify.js';
import { bandKeys, signature, similarity } from './duplicates.js';
import { redact } from './pii.js';

// The first pass every opinion gets as it arrives: personal data masked (the verbatim text is
// kept beside it), a four-winds suggestion with its confidence and deciding words, and its
// near-duplicate cluster — found through the stored LSH bands with one indexed query.

export const DUPLICATE_THRESHOLD = 0.45;

export interface Analysis {
  redacted: string;
  suggestion: Classification;
  signature: Uint32Array;
  bands: string[];
}

/** Pure and cheap: no database. A failure leaves the opinion untriaged rather than lost. */
export function analyse(text: string): Analysis {
  const redacted = redact(text);
  // Personal data is not what an opinion is about: signatures are taken over the masked text,
  // so "the same complaint, signed with a name and a phone number" still matches.
  const sig = signature(redacted);
  return { redacted, suggestion: classify(text), signature: sig, bands: bandKeys(sig) };
}

export function suggestionColumns(a: Analysis) {
  return {
    body_redacted: a.redacted,
    suggested_category: a.suggestion.wind,
    suggestion_confidence: Math.round(a.suggestion.confidence * 100),
    suggestion_terms: JSON.stringify(a.suggestion.terms),
  };
}

/** The cluster a new opinion joins: the most similar earlier opinion's, or its own. */
export async function findCluster(db: Kysely<Database>, regionId: string, campaignId: string, ownId: string, a: Analysis): Promise<string> {
  // A bounded number of candidates: enough to find a cluster, never a scan of a big one.
  const candidates = await db.selectFrom('opinion_bands').select('opinion_id').distinct()
    .where('region_id', '=', regionId).where('campaign_id', '=', campaignId).where('band', 'in', a.bands).limit(64).execute();
  if (!candidates.length) return ownId;
  const rows = await db.selectFrom('opinions').select(['id', 'body_redacted', 'cluster_id'])
    .where('region_id', '=', regionId).where('id', 'in', candidates.map((c) => c.opinion_id)).execute();
  let best: { cluster: string; score: number } | null = null;
  for (const r of rows) {
    const score = similarity(a.signature, signature(r.body_redacted));
    if (score >= DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { cluster: r.cluster_id ?? r.id, score };
  }
  return best?.cluster ?? ownId;
}

export async function storeBands(db: Kysely<Database>, regionId: string, campaignId: string, opinionId: string, bands: string[]): Promise<void> {
  await db.insertInto('opinion_bands').values([...new Set(bands)].map((band) => ({ region_id: regionId, campaign_id: campaignId, band, opinion_id: opinionId }))).execute();
}
