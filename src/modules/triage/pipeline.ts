import { classify, type Classification } from './classify.js';
import { WINDS, type WindModel } from './model.js';
import { fingerprintBytes, signatureFor } from './duplicates.js';
import { foldNumerals, normalize } from './normalize.js';
import { issueTerms, type IssueTerms } from './issue-terms.js';
import { detectPii, redact, type PiiSpan } from './pii.js';

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

/** The part of the first pass that needs no model: what a preparer process computes (preparers.ts). */
export interface Prepared {
  redacted: string;
  normalized: string;
  signature: Uint32Array;
  /** Without `wind`: the suggestion sets it (finish). */
  terms: IssueTerms;
}

/**
 * Pure and cheap: no database. A failure leaves the opinion untriaged rather than lost.
 * `model`: the campaign's classifier (learned.ts); the shipped one when absent.
 */
export function analyse(text: string, model?: WindModel): Analysis {
  return finish(text, prepare(text), model);
}

/** Masking, normalizing, issue terms and signature: everything but the campaign's classifier. */
export function prepare(text: string): Prepared {
  const spans = detectPii(text);
  const redacted = redact(text, spans);
  // Personal data is not what an opinion is about: everything after masking reads the masked
  // text, so "the same complaint, signed with a name and a phone number" still matches, and the
  // text is normalized once for all stages.
  const normalized = normalize(head(redacted));
  // Duplicates and issue terms read the numbers as digits (十四次 = 14次) and the places of homes
  // (placesKept); the classifier reads the normalized text as it was trained on.
  const matching = matchingOf(text, spans, normalized);
  const terms = issueTerms(matching);
  // The signature does not read the wind: a preparer computes it before the suggestion.
  return { redacted, normalized, signature: signatureFor(matching, terms), terms };
}

/** The suggestion, on the process that holds the campaign's model. `p` is completed in place. */
export function finish(text: string, p: Prepared, model?: WindModel): Analysis {
  const suggestion = model ? model.predict(text, p.normalized) : classify(text, p.normalized);
  // Reports of one issue share one wind: the duplicate index reads the suggestion beside the terms.
  p.terms.wind = WINDS.indexOf(suggestion.wind);
  return { redacted: p.redacted, normalized: p.normalized, suggestion, signature: p.signature, terms: p.terms };
}

const head = (t: string): string => (t.length > ANALYSED_CHARS ? t.slice(0, ANALYSED_CHARS) : t);

/**
 * What duplicates and issue terms read: the normalized masked text with its numbers as digits,
 * where a home address keeps the compound, village or street it is in (placesKept). `normalized`:
 * the normalized masked text, when the caller has it already.
 */
/**
 * (Stop 43) The label an opinion opens with to say how it came (网上留言：, 来电人反映：, 语音转文字：, a campaign's own forum,
 * 洺川论坛帖子：): how it arrived, not what it is about. Reports of one issue come through different channels, and reports of
 * different issues through the same one; read as terms, a campaign's own label (a forum no corpus opinion names) was a
 * shared "name" and its characters shared rare characters, and six forum posts about six streets joined into one cluster
 * (dev30). Left out of what duplicates read (the terms and the signature; the suggestion and the routing read the whole
 * text). A label that names a place or its people (榆溪街道居民反映：, 三组村民来信：) is kept: the place is what reports share.
 * Duplicate F1, against keeping every label: studied sets' mean 0.7231 → 0.7282 (dev30 0.471 → 0.527, dev19 0.627 → 0.684,
 * dev16 +0.018; dev20 0.600 → 0.580), the sets never studied (counts only) 0.5835 → 0.6033 (dev24 +0.053, dev28 +0.039,
 * dev27 +0.036, dev23 +0.027; eval and dev10 unchanged), and the two written blind this stop dev32 0.615 → 0.667, dev31
 * 0.491 → 0.470. Dropping place-bearing labels too measured 0.7278 and 0.6017 (eval −0.007, dev10 −0.009).
 */
const CHANNEL_LABEL = /^\s*[^，,。：:！!？?\s]{0,10}(?:帖子|留言|短信|来信|来电|反映|评论|建议|投诉|私信|语音|邮件|转文字|网帖|微博)[：:]/;
const PLACE_IN_LABEL = /[村镇乡街路区县苑园组民]/;
export function matchingOf(text: string, spans: PiiSpan[] = detectPii(text), normalized?: string): string {
  const kept = placesKept(text, spans);
  if (kept !== spans || normalized === undefined) normalized = normalize(head(redact(text, kept)));
  const folded = foldNumerals(normalized);
  const label = CHANNEL_LABEL.exec(folded);
  return label && !PLACE_IN_LABEL.test(label[0]) ? folded.slice(label[0].length) : folded;
}

// A home address's place (康乐苑, 桃园村, 南门巷) says where the matter is, and is what reports of one
// issue by its neighbours share; masking it split a heating cluster whose members named their
// compound only inside an address. The place alone identifies no one (a compound or street without
// a building and room is no address: pii.ts keeps it visible), so duplicates read it; the house,
// building, unit and room stay masked, and what the portal shows is masked whole. Only the place
// word itself is kept (its last PLACE_KEPT characters): what an address span holds before it (a
// neighbour's name, "…家后面的") stays masked. Read on the original text: Traditional forms too.
const PLACE_END = /(?:小[区區]|花[园園]|家[园園]|公寓|大[厦廈]|宿舍|新村|社[区區]|苑|[园園]|庭|城|村|[庄莊]|屯|寨|街|路|巷|弄|里|坊|胡同)$/;
const PLACE_KEPT = 5;
/** Where a home's own part begins: its first number (a digit, or a numeral before 栋, 号, 组 …). */
const HOUSE_PART = /[0-9０-９]|[一二三四五六七八九十两兩〇零]+(?:[栋棟]|幢|[号號]|[组組]|[楼樓]|[层層]|室|[单單]元|排|巷)/;

/** The spans with each address's place left out of its mask (the same array when none changes). */
function placesKept(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const house = s.kind === 'address' ? houseAfterPlace(text, s) : -1;
    if (house < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    const placeStart = Math.max(s.start, house - PLACE_KEPT);
    if (placeStart > s.start) out.push({ ...s, end: placeStart });
    out.push({ ...s, start: house });
  }
  return out ?? spans;
}

/** Where an address's own part begins when a place word ends right before it, else −1. */
function houseAfterPlace(text: string, s: PiiSpan): number {
  const body = text.slice(s.start, s.end);
  const house = HOUSE_PART.exec(body);
  return house && house.index > 0 && PLACE_END.test(body.slice(0, house.index)) ? s.start + house.index : -1;
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
