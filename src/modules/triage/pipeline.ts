import { classify, type Classification } from './classify.js';
import { WINDS, type WindModel } from './model.js';
import { fingerprintBytes, signatureFor } from './duplicates.js';
import { foldNumerals, normalize } from './normalize.js';
import { issueTerms, type IssueTerms } from './issue-terms.js';
import { redact } from './pii.js';

// The first pass every opinion gets as it arrives: personal data masked (the verbatim text is
// kept beside it), a four-winds suggestion with its confidence and deciding words, and its
// near-duplicate cluster and suggested unit (arrival.ts: in-memory index and name automaton).

export const DUPLICATE_THRESHOLD = 0.45;
/** Longer texts are analysed on their first part: a 1 MB paste must not stall intake. */
const ANALYSED_CHARS = 20_000;

export interface Analysis {
  redacted: string;
  /** The normalized masked text: what duplicates, classification and routing read. */
  normalized: string;
  suggestion: Classification;
  /** The MinHash of its shingles when the index files it in the bands (duplicates.ts signatureFor). */
  signature: Uint32Array;
  /** The weighted words that tell which issue it reports (issue-terms.ts). */
  terms: IssueTerms;
}

/**
 * Pure and cheap: no database. A failure leaves the opinion untriaged rather than lost.
 * `model`: the campaign's classifier (learned.ts); the shipped one when absent.
 */
export function analyse(text: string, model?: WindModel): Analysis {
  const redacted = redact(text);
  // Personal data is not what an opinion is about: everything after masking reads the masked
  // text, so "the same complaint, signed with a name and a phone number" still matches, and the
  // text is normalized once for all stages.
  const normalized = normalize(redacted.length > ANALYSED_CHARS ? redacted.slice(0, ANALYSED_CHARS) : redacted);
  // Duplicates and issue terms read the numbers as digits (十四次 = 14次); the classifier reads the
  // normalized text as it was trained on.
  const matching = foldNumerals(normalized);
  const suggestion = model ? model.predict(text, normalized) : classify(text, normalized);
  // Reports of one issue share one wind: the duplicate index reads the suggestion beside the terms.
  const terms = issueTerms(matching);
  terms.wind = WINDS.indexOf(suggestion.wind);
  return { redacted, normalized, suggestion, signature: signatureFor(matching, terms), terms };
}

export function suggestionColumns(a: Analysis) {
  return {
    body_redacted: a.redacted,
    suggested_category: a.suggestion.wind,
    suggestion_confidence: Math.round(a.suggestion.confidence * 100),
    suggestion_terms: JSON.stringify(a.suggestion.terms),
    signature: fingerprintBytes(a.signature, a.terms),
  };
}
