import { foldNumerals, normalize } from './normalize.js';
import { CONCEPT_KEYS, fmix, ISSUE_MODEL, issueZ, LOCAL_NAME_LEVEL, localLevel, NO_WIND, QUANTITY_COUNTED_LEVEL, QUANTITY_KEY16, TermCounts, termKey, windsDiffer } from './issue-model.js';
import { CHAR_LEVEL, CHAR_TERMS, ISSUE_TERMS, KEY_TERMS, UNSEEN_LEVEL, type IssueTerms } from './issue-terms.js';
import { commonPath } from './cluster-path.js';

// Near-duplicate detection over normalized text: a MinHash signature of the character bigrams
// and trigrams (letters and digits only), banded into an LSH index so that a new opinion finds
// its candidates with a fixed number of look-ups, then confirmed by the estimated Jaccard
// similarity. Clusters are kept with union–find; merging never discards an original.
//
// The signature is one-permutation hashing with optimal densification (Shrivastava, ICML 2017):
// each shingle is hashed once into one of 64 bins, the bin keeps its minimum, and empty bins
// borrow from a bin chosen by a fixed probe sequence. It estimates Jaccard similarity as the
// classic 64-permutation MinHash does at a 64th of the hashing cost — the difference between
// placing a million opinions in minutes or in an hour.

export const HASHES = 64;
// 32 bands of 2 rows: two texts at similarity 0.45 share a band with probability > 0.999, so the
// threshold, not the banding, decides; the extra candidates are checked and dropped.
export const BANDS = 32;
const ROWS = HASHES / BANDS;
/**
 * Below how many issue terms an opinion is filed in the bands and looks for near-copies there.
 * An opinion with more finds its near-copies among its issue-term candidates (a copy shares its
 * rare bigrams, and the issue model matches it): on every labelled set the bands found no pair
 * the terms did not, and they were a third of the index's time and half its memory. Text with
 * few Han bigrams (Latin script, a few characters) has only the bands; its near-copies have few
 * too, and a near-copy with more still shares its rare terms.
 */
const BAND_WALK_BELOW = 16;
/** How many of a band bucket's most recent members a new opinion is compared with. */
const RECENT_PER_BAND = 8;
if (RECENT_PER_BAND & (RECENT_PER_BAND - 1)) throw new Error('a key term ring is indexed by a mask: RECENT_PER_BAND must be a power of two');
/** Int32s per key term's ring: its RECENT_PER_BAND members, their count, padding to 64 bytes. */
const RING_STRIDE = 16;
if (RING_STRIDE < RECENT_PER_BAND + 1) throw new Error('a ring holds its members and their count');
const EMPTY = 0xffffffff;
// An arrival looks under its key terms; similar() under every term it keeps.
const MAX_CANDIDATES = (BANDS + Math.max(KEY_TERMS, ISSUE_TERMS)) * RECENT_PER_BAND;
const fpScratch = new Uint16Array(HASHES);
/** Int32s per opinion in DuplicateIndex.seen: stamp; candidate slot (low 16 bits), wind (the
 * next 8) and how many concepts it names (the top 8); total (float bits); which of its first 32
 * terms are names (bit k: term k). */
const SEEN = 4;
// Each opinion's record: SEEN int32s, then its ISSUE_TERMS 16-bit term keys, in one array. Scoring a
// candidate reads both, and at a million opinions each was a cache miss of its own, the costliest
// part of the index; side by side they are adjacent lines the processor fetches together.
/** Int32s, and 16-bit units, per record; where its terms begin (in 16-bit units). */
// (Stop 34) Then its CHAR_TERMS characters (16 bits each), in the same record: scoring reads them beside the terms,
// and kept in an array of their own they were one or two more cache misses per candidate at a million opinions.
const RECORD_I32 = SEEN + ISSUE_TERMS / 2 + CHAR_TERMS / 2;
const RECORD_U16 = 2 * RECORD_I32;
const TERMS_AT = 2 * SEEN;
/** Where a record's characters begin (in 16-bit units). */
const CHARS_AT = TERMS_AT + ISSUE_TERMS;
if (CHAR_TERMS % 2) throw new Error('a record holds its characters in whole int32s');
if (ISSUE_TERMS % 2) throw new Error('a record holds its terms in whole int32s');
const SLOT_MASK = 0xffff;
if (MAX_CANDIDATES > SLOT_MASK) throw new Error('candidate slots outgrow 16 bits');
const candidates = new Int32Array(MAX_CANDIDATES);
/** The opinions similar() scans whole, the newest: a city's campaign fits (seed 000: 41,000
 * opinions), and older ones are found under their terms. The scan holds the event loop for about
 * 0.2 µs per opinion (20 ms here at most, measured at 300,000 beside other work: 55 ms for 250,000). */
export const SIMILAR_SCAN = 100_000;
/** How many of the best similar() keeps, best first (callers take five clusters the reader may see); a reader of part of
 * a campaign is given more (SIMILAR_KEPT_MOST), since the route drops those out of reach. */
export const SIMILAR_KEPT = 64;
export const SIMILAR_KEPT_MOST = 512;
const topOther = new Int32Array(SIMILAR_KEPT_MOST);
const topScore = new Float64Array(SIMILAR_KEPT_MOST);
let topCount = 0;
let topLimit = SIMILAR_KEPT;
/** Files a candidate among the best topLimit, in order (ties: the earlier opinion first). */
function keepTop(other: number, score: number): void {
  if (topCount === topLimit && !(score > topScore[topCount - 1] || (score === topScore[topCount - 1] && other < topOther[topCount - 1]))) return;
  let k = topCount < topLimit ? topCount++ : topCount - 1;
  while (k > 0 && (topScore[k - 1] < score || (topScore[k - 1] === score && topOther[k - 1] > other))) {
    topScore[k] = topScore[k - 1];
    topOther[k] = topOther[k - 1];
    k--;
  }
  topScore[k] = score;
  topOther[k] = other;
}
/** What issueScore() leaves. */
const scored = new Float64Array(1);
/** Whether issueScore skips the characters of a candidate the rest of its score already puts below what is needed
 * (the same clusters and lists either way: matching.test.ts compares them), and how many it skipped. Mutable for that test. */
export const SCORE_BOUND = { on: true, skipped: 0 };
/** The arrival's (or query's) kept characters' summed level among the index (markChars): the most two can share. */
let markedCharSum = 0;
// One cluster, one place. A campaign's inbox has one kind of complaint from many places (a township health centre
// with no doctor at night, told of forty townships; a bureau's car taking a child to school, of twenty counties), and
// the issue terms' score joins them: its names feature sees a shared place, never two different ones. Set by set that
// costs little (a labelled set of 330 has three or four such reports); at a campaign's scale it made clusters of 80
// from 26 places (bench/duplicates-at-scale.ts: pairwise F1 0.163). So each cluster keeps the names its members give
// (CLUSTER_NAMES of them) and which of those they give as places (CLUSTER_PLACES; issue-terms.ts IssueTerms.places:
// 沙渚|镇, 望海|法院), and a new opinion that gives a place joins no cluster that gives places but shares none of them
// (neither one's place among the other's names or the arrival's terms), nor bridges two such clusters. An opinion that names no place joins
// as before: 县医院急诊 says nothing against 沙尾分院. Names common in the campaign (LOCAL_NAME_LEVEL: the county every
// opinion names) are left out, so that the villages decide. Figures: bench/measured-2026-12-07.md (stop 45).
/** Names (16-bit term keys) a cluster keeps, and places among them, at most. */
const CLUSTER_NAMES = 8;
const CLUSTER_PLACES = 4;
/** The arrival's places, as fillTermSet (fileNames) found them. */
const arrivalPlaces = new Uint16Array(CLUSTER_PLACES);
let arrivalPlaceCount = 0;

/** Whether keys a[at…] and b[bt…] (0-ended lists of at most na and nb) share one. */
function sharesKey(a: Uint16Array, at: number, na: number, b: Uint16Array, bt: number, nb: number): boolean {
  for (let i = 0; i < na; i++) {
    const h = a[at + i];
    if (!h) break;
    for (let j = 0; j < nb; j++) {
      const g = b[bt + j];
      if (!g) break;
      if (g === h) return true;
    }
  }
  return false;
}

/** Adds a key to a 0-ended list of at most k (in `a` at `at`) that lacks it, if there is room. */
function addKey(a: Uint16Array, at: number, k: number, h: number): void {
  for (let i = 0; i < k; i++) {
    if (a[at + i] === h) return;
    if (!a[at + i]) {
      a[at + i] = h;
      return;
    }
  }
}

/** Adds the keys of list `from` to list `into` (both 0-ended, of at most k, in `a`) that it lacks, while there is room. */
function mergeKeys(a: Uint16Array, into: number, from: number, k: number): void {
  for (let j = 0; j < k && a[from + j]; j++) addKey(a, into, k, a[from + j]);
}

/** Each candidate's score (bestMatch), read again when its cluster is checked. */
const candidateScore = new Float64Array(MAX_CANDIDATES);
// A new opinion joins its best candidate's cluster only when it agrees with the cluster, not with
// that one member alone: the mean of its log-scores (issue model z, or log of the shingle score)
// against the candidate and up to `check` − 1 other members (the cluster's first, then the next in
// its ring of members) must reach `bar` (0: one member's own bar). Single link let one loose pair
// chain a report of another event into a cluster whose other members it contradicts (a bureau's
// second banquet joined through the restaurant a text message named; a registry's broken system
// through the message that named only the registry), and a wrong member of a big cluster costs a
// pair per member: of the 137 wrong links single link made over the seven development sets
// (stop 13's weights), 99 ended in clusters of three or more. A member that shares no term counts
// as `floor`. Only a match's cluster of two or more is asked: at most four more scores, most of them
// candidates already scored.
// (Stop 39) Five members, not three: of the wrong links over dev20 … dev23 (pairs never fitted on, stop 38's weights),
// half (225 of 446) joined opinions whose own pair score was below the bar, through a cluster whose first members
// the newcomer agreed with; asking two more members refuses more of those (446 → 328 wrong pairs there, 225 → 131 of
// that kind; missed pairs 548 → 535). Measured as `triage eval` does (the shipped wind model), over the eighteen sets
// the weights were fitted on mean F1 0.7567 → 0.7564 (with each set's winds from a model that never learned it,
// scripts/fit-duplicates.ts: 0.739 → 0.740); dev20 … dev23 0.4934 → 0.5306 (0.529 → 0.600, 0.450 → 0.500,
// 0.451 → 0.472, 0.544 → 0.550); four members gave 0.7568 and 0.5250. The sets never studied (eval, dev10, dev24 … dev29), measured
// by their figures only: mean 0.599 → 0.602 (four members: 0.601), eval unchanged; four of the eight up (dev10 +0.013,
// dev27 +0.011), three down (dev24 −0.008, dev28 −0.006, dev29 −0.002): a small gain, not a sure one. The index's time at 200,000 generated opinions is the
// same (36–37 µs an opinion either way). Tried at the same time and left out: a feature for how rare the rarest
// shared name is in the campaign (studied means up a little, the never-studied mean 0.602 → 0.600), trying the next
// best candidates' clusters when the best one's refuses (dev20 … dev23 0.5306 → 0.5278), another floor or bias.
export const CLUSTER = { check: 5, floor: -20, bar: 0 };
// A new opinion that matches candidates of several clusters joins the best one's, and then each
// other cluster whose candidate scores at least BRIDGE (twice the bar: exp(z) ≥ 2) and whose own
// members it agrees with (the cluster check): reports of one event that arrived as separate groups
// (a letter and a hotline transcript of one depot's night-shift drinking, each joined by others)
// become one when a report names both. Over the nine development sets mean F1 0.769 → 0.772, on
// dev13 (groups of up to 12) 0.525 → 0.600; at the bar itself (1) 0.770 and 0.594, at 4 0.770 and 0.576.
export const BRIDGE = 2;
// One cluster, one branch of the hierarchy (stop 46). Each opinion reaches one unit's inbox (its org_path: a township's, a
// bureau's, the city office's), and a campaign's units solicit opinions about themselves: two townships' reports of a
// health centre with no doctor at night are two issues, whatever their words share. An opinion that names no place its
// candidate's cluster names too joins no cluster whose members all came through units of another branch (neither unit
// within the other: two townships, not a township and its county); nor does an arrival bridge a cluster of another branch
// into its own. Each cluster keeps its members' units (two, then the deepest unit above them all), so a cluster the
// county's office fed stays open to its townships, one that two townships' reports of one named place joined stays
// closed to a third township's report that names none. One letter mailed to two townships stays two clusters here (a
// score cannot tell a copy from a close paraphrase: 13.7 and 12.6 for one pair measured), and staff see each among the
// other's similar opinions (similar() asks no unit). At a campaign's scale (bench/duplicates-at-scale.ts: the 40 labelled sets as one inbox, each
// set a county's) pairwise F1 0.440 → 0.611, P 0.360 → 0.599, R 0.564 → 0.624: wrong pairs across sets 5,998 → 836.
// That bench cannot show what the rule costs (no labelled cluster spans two sets): reports of one issue sent through two
// townships' inboxes are the cost, offered to staff as similar. Set by set nothing moves (the labelled sets carry no
// units). Staff routing an opinion to another unit files it under that unit (reunit), as a campaign loaded from its
// rows does; a unit moved in the tree drops the loaded indexes (organizations/commands.ts moveOrg).
/** Whether the rule applies (mutable for tests). */
export const SCOPE = { on: true };
/** Units a cluster keeps, at most, before it keeps the deepest one above them all. */
const CLUSTER_UNITS = 2;
/**
 * The lowest score (exp(z), 1 being the bar) at which an opinion of another cluster is offered to
 * staff as a possible report of the same issue (DuplicateIndex.similar).
 */
export const SIMILAR_FLOOR = 0.01;
/** How many such opinions staff are offered at most, best first, one per cluster. */
export const SIMILAR_SHOWN = 5;

/** The best of each cluster among `found` (best first, as similar() gives them) that `keep`
 * accepts, at most `limit`. */
export function nearestClusters<T extends { cluster: string }>(found: readonly T[], keep: (t: T) => boolean = () => true, limit = SIMILAR_SHOWN): T[] {
  const out: T[] = [];
  const clusters = new Set<string>();
  for (const f of found) {
    if (out.length >= limit) break;
    if (clusters.has(f.cluster) || !keep(f)) continue;
    clusters.add(f.cluster);
    out.push(f);
  }
  return out;
}
const NO_BRIDGE: string[] = [];
const bandHits = new Uint8Array(MAX_CANDIDATES);
const termHits = new Uint8Array(MAX_CANDIDATES);
const keyScratch = new Uint32Array(KEY_TERMS);
/**
 * Beyond its KEY_TERMS key terms, an arrival also looks under (and is filed under) the next of its first
 * `scan` terms that earlier opinions were filed under, `extra` of them at most, and reads the newest `read` of
 * each. Its rarest bigrams are often its own (提桶, 桶子: no other report has them), and a name forty of a
 * campaign's opinions share keeps only its newest eight in its ring, so the report an arrival repeats could be
 * under neither; a term it shares with earlier opinions, less rare, finds it (水泵 in a resettlement estate's
 * twelfth opinion). On the twenty studied sets (the shipped weights, the shipped wind model) mean F1 0.720 →
 * 0.729, the same reading 4 or 8 of each ring; the index at 300,000 generated opinions 35 → 37 µs an opinion
 * reading 4 (45 reading 8). Mutable for tests.
 */
export const LOOKUP = { extra: 4, scan: 24, read: 4 };
/** Each key term's ring (its offset in termRings), found before any is walked, then the looked-up terms' (LOOKUP: at
 * most ISSUE_TERMS − KEY_TERMS of them). */
const ringScratch = new Int32Array(KEY_TERMS + 64);
/** Where the look-ahead reads leave what they read, so they are not dropped as unused. */
let touched = 0;
// The new opinion's terms, indexed directly by their 16-bit key: its weight among the index's
// opinions (0: not a term of it) and whether it is a name. 128 KB that stay in cache, so that
// scoring a candidate is one load per term of the candidate's; only the new opinion's own entries
// are set and then cleared.
const termWeight = new Uint8Array(1 << 16);
const termIsName = new Uint8Array(1 << 16);
/** The level of each character of the opinion being placed (or queried), 0 for the rest. */
const charLevel = new Uint8Array(1 << 16);

// The densification probe sequence of every bin, fixed so signatures agree across processes.
const PROBES = 16;
const PROBE = new Uint8Array(HASHES * PROBES);
for (let i = 0; i < HASHES; i++) for (let t = 0; t < PROBES; t++) PROBE[i * PROBES + t] = fmix(i * 0x9e3779b9 + t * 0x7f4a7c15 + 1) & (HASHES - 1);

const isWordChar = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ||
  (c > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCodePoint(c)));

const codes = new Int32Array(8192);

/** The signature of already-normalized text (what the pipeline passes: it normalizes once). */
export function signatureOfNormalized(norm: string): Uint32Array {
  // Letters and digits only: punctuation and spaces do not make two complaints different.
  let n = 0;
  let cap = codes;
  if (norm.length > cap.length) cap = new Int32Array(norm.length);
  for (let i = 0; i < norm.length; i++) {
    const c = norm.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isWordChar(c)) cap[n++] = c;
  }
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  const put = (h: number) => {
    const v = fmix(h ^ 0x5bd1e995);
    const bin = h & (HASHES - 1);
    if (v < sig[bin]) sig[bin] = v;
  };
  if (n === 1) put(fmix(cap[0]));
  for (let i = 0; i + 1 < n; i++) {
    const h2 = fmix(Math.imul(cap[i], 0x01000193) ^ cap[i + 1]);
    put(h2);
    if (i + 2 < n) put(fmix(Math.imul(h2, 0x01000193) ^ cap[i + 2] ^ 0x3c6ef372));
  }
  // Optimal densification: an empty bin takes the value of the first non-empty bin on its probe
  // sequence (the same sequence for every text, so equal texts stay equal).
  let filled = 0;
  for (let i = 0; i < HASHES; i++) if (sig[i] !== EMPTY) filled++;
  if (filled && filled < HASHES) {
    const dense = sig.slice();
    for (let i = 0; i < HASHES; i++) {
      if (sig[i] !== EMPTY) continue;
      let t = 0;
      let j = PROBE[i * PROBES];
      while (sig[j] === EMPTY) j = t + 1 < PROBES ? PROBE[i * PROBES + ++t] : (j + 1) & (HASHES - 1);
      dense[i] = sig[j];
    }
    return dense;
  }
  return sig;
}

/** What an opinion filed only under its issue terms carries instead of a signature: nothing
 * reads it (only opinions with few terms are filed in the bands), so it is not computed — the
 * MinHash was a fourteenth of the first pass. Never written to. */
export const UNSIGNED: Uint32Array = new Uint32Array(HASHES);

/** The signature the index needs for an opinion with these issue terms (normalized, numbers
 * folded): its MinHash when it will be filed in the bands, else UNSIGNED. */
export function signatureFor(matching: string, terms: IssueTerms): Uint32Array {
  return terms.hashes.length < BAND_WALK_BELOW ? signatureOfNormalized(matching) : UNSIGNED;
}

/** The signature of a text as the pipeline signs it (normalized, numbers folded to digits). */
export function signature(text: string): Uint32Array {
  return signatureOfNormalized(foldNumerals(normalize(text)));
}

function bandHash(sig: Uint32Array, b: number): number {
  let h = Math.imul(b + 1, 0x9e3779b9);
  for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[b * ROWS + r]);
  return h;
}

export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** What is stored beside an opinion to place it again: its signature and its issue terms. */
export interface Fingerprint {
  sig: Uint32Array;
  terms?: IssueTerms;
}

// Layout: 64 × u32 signature | u8 LAYOUT | u8 term count n | n × u32 bigram keys | n × u8 IDF
// sixteenths | f32 total | u8 wind (255: unknown) | u8 character count m | m × u16 characters | f32
// their total (issue-terms.ts CHAR_TERMS) | u32 which of the first 32 terms are places' names. Any other value (a signature alone, or word terms stored before bigrams)
// is no fingerprint: the caller recomputes it from the stored masked text.
// The byte also versions what the terms mean: concept ids (concepts.ts) and bigram weights
// (bigram-df.json) change with the tables, so a change to either bumps it and fingerprints stored
// before are recomputed (0xb3: stop 11's 169 concepts and place names; 0xb4: 200 concepts, 办证
// split into deeds, household registration, ID cards and licences; 0xb6/0xb7: names before 街道, 社区 …, and
// bus routes as terms; 0xba: numbered schools and hospitals as terms, 二中 = 第二中学; 0xbb: stop
// 19's concept forms and groups; 0xbc, 0xbd, 0xbe: stop 20's three rounds; 0xbf: stop 33's N院 short
// forms (溱阳一院, 三院) and business forms (做生意, 开店, 包工程); 0xc0: a name's run begins after the
// word before it (反映|鹭溪: 映鹭 no name); 0xc1: 县医院 = 县人民医院 as a term; 0xc2: an opinion's rarest
// characters beside its bigrams; 0xc3: quantities as terms, 15条 = 十五条; 0xc4: which names are places').
const LAYOUT = 0xc4;
export function fingerprintBytes(sig: Uint32Array, terms: IssueTerms): Buffer {
  const n = Math.min(terms.hashes.length, ISSUE_TERMS);
  const m = Math.min(terms.chars.length, CHAR_TERMS);
  const out = Buffer.alloc(HASHES * 4 + 2 + n * 5 + 5 + 1 + m * 2 + 8);
  for (let i = 0; i < HASHES; i++) out.writeUInt32LE(sig[i], i * 4);
  let at = HASHES * 4;
  out.writeUInt8(LAYOUT, at++);
  out.writeUInt8(n, at++);
  for (let i = 0; i < n; i++, at += 4) out.writeUInt32LE(terms.hashes[i], at);
  for (let i = 0; i < n; i++) out.writeUInt8(Math.min(255, Math.round(terms.weights[i] * 16)), at++);
  out.writeFloatLE(terms.total, at);
  out.writeUInt8(terms.wind ?? NO_WIND, at + 4);
  at += 5;
  out.writeUInt8(m, at++);
  for (let i = 0; i < m; i++, at += 2) out.writeUInt16LE(terms.chars[i], at);
  out.writeFloatLE(terms.charTotal, at);
  out.writeUInt32LE((terms.places ?? 0) >>> 0, at + 4);
  return out;
}

export function fingerprintFromBytes(bytes: Uint8Array): Fingerprint | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HASHES * 4 + 2 || buf.readUInt8(HASHES * 4) !== LAYOUT) return null;
  const n = buf.readUInt8(HASHES * 4 + 1);
  const charsAt = HASHES * 4 + 2 + n * 5 + 5;
  if (buf.length < charsAt + 1) return null;
  const m = buf.readUInt8(charsAt);
  if (m > CHAR_TERMS || buf.length !== charsAt + 1 + m * 2 + 8) return null;
  const sig = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) sig[i] = buf.readUInt32LE(i * 4);
  let at = HASHES * 4 + 2;
  const hashes = new Uint32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++, at += 4) hashes[i] = buf.readUInt32LE(at);
  for (let i = 0; i < n; i++) weights[i] = buf.readUInt8(at++) / 16;
  const wind = buf.readUInt8(at + 4);
  const chars = new Uint16Array(m);
  for (let i = 0; i < m; i++) chars[i] = buf.readUInt16LE(charsAt + 1 + 2 * i);
  const charTotal = buf.readFloatLE(charsAt + 1 + 2 * m);
  const places = buf.readUInt32LE(charsAt + 1 + 2 * m + 4);
  return { sig, terms: { hashes, weights, total: buf.readFloatLE(at), chars, charTotal, places, ...(wind === NO_WIND ? {} : { wind }) } };
}

/**
 * An in-memory duplicate index sized for millions of opinions, in typed arrays outside the
 * JavaScript heap: each opinion's issue terms (16-bit keys and byte weights); per key term, its
 * most recent opinions;
 * for the few filed in the bands (BAND_WALK_BELOW), the signature as 16-bit fingerprints per bin
 * (a false "equal bin" has probability 1/65,536 and barely moves the estimate) and each band's
 * members chained newest first. Band keys and key terms have an open-addressing table each.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  /** Per opinion filed in the bands (few issue terms), its row there; -1 for the others. */
  private bandRows = new Int32Array(1024);
  private bandCount = 0;
  /** Per band row: the signature as 16-bit fingerprints, and the next older member of each band. */
  private sigs = new Uint16Array(HASHES * 64);
  private bandChain = new Int32Array(BANDS * 64);
  private parent = new Int32Array(1024);
  /** Per cluster root: staff have split this cluster (or split an opinion out of it); bridging
   * (BRIDGE) leaves it and the opinion split off as staff left them. */
  private kept = new Uint8Array(1024);
  /** Each cluster's members in a ring (the next member; a lone opinion points to itself). */
  private nextMember = new Int32Array(1024);
  /** Per opinion, side by side: the addition that last saw it as a candidate, and where in its list. */
  // Beside them, in the same 16 bytes (what scoring a candidate reads after noting it, so one
  // cache miss instead of three or four at a million opinions): its suggested wind, its issue
  // terms' summed IDF (as float bits) and which of its first 32 terms are names (SEEN). Then, in
  // the same record (RECORD_I32), its term keys: `terms` is a view of the same memory.
  private seen = new Int32Array(RECORD_I32 * 1024);
  private seenTotal = new Float32Array(this.seen.buffer);
  /**
   * Per key term, the RECENT_PER_BAND opinions last filed under it, in a ring, then how many
   * were ever filed (the newest is at count − 1 modulo the ring), RING_STRIDE int32s per term. A
   * term's recent members and their count are one cache line, read at once, where a chain through
   * each member's links cost one dependent cache miss per member at a million opinions (the walk
   * was a fifth of the index's time), and a count kept in an array of its own one more. Key terms
   * are few (about 130,000 at 300,000 opinions), so the padding costs little.
   */
  private termRings = new Int32Array(RING_STRIDE * 1024);
  private termRingCapacity = 1024;
  private termRingsUsed = 0;
  /** Key term → its ring (open addressing), apart from the band keys' table: slot s holds the
   * term (as int32) at 2s and its ring at 2s + 1 (-1: empty), side by side so that a look-up at a
   * million opinions is one cache miss, not two. */
  private termSlots = new Int32Array(2 << 12).fill(-1);
  /** Each opinion's issue terms: 16-bit keys (0 = none; termKey) in its record (at RECORD_U16 ·
   * opinion + TERMS_AT), and weights (IDF in sixteenths) apart, ISSUE_TERMS per opinion. */
  private terms = new Uint16Array(this.seen.buffer);
  private weights = new Uint8Array(ISSUE_TERMS * 1024);
  /** Each opinion's summed character IDF (its rarest characters are in its record, at CHARS_AT; 0 = none). */
  private charTotals = new Float32Array(1024);
  /** Per character, how many opinions keep it: a campaign's own frame and town weigh less (localLevel). */
  private charCounts = new Uint32Array(0x10000);
  /** Per cluster root: the names its members give (16-bit term keys, 0-ended, CLUSTER_NAMES), and those given as
   * places (CLUSTER_PLACES); per opinion, which of its first 32 terms it gives as places (a staff split rebuilds the
   * two parts' lists from them). */
  private clusterNames = new Uint16Array(CLUSTER_NAMES * 1024);
  private clusterPlaces = new Uint16Array(CLUSTER_PLACES * 1024);
  private placeBits = new Uint32Array(1024);
  /** Per opinion, its unit (an interned organization path), −1 when unknown; per cluster root, its members' units
   * (CLUSTER_UNITS distinct ones, −1 for none; a cluster of more branches keeps the deepest unit above them all). */
  // (Made when the first unit is given: an index of opinions with no unit, as the benchmark's, holds none.)
  private scopeOf = new Int32Array(0);
  private clusterScope = new Int32Array(0);
  private hasUnits = false;
  private readonly scopes: string[] = [];
  private readonly scopeIds = new Map<string, number>();

  private counts = new TermCounts();
  private keys = new Uint32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  /**
   * `threshold`: estimated Jaccard similarity of the character shingles at which two texts are
   * the same (a copy, a resubmission, the same SMS through two platforms). Differently worded
   * reports of one issue are matched by their issue terms (issue-terms.ts).
   */
  constructor(readonly threshold = 0.45) {}

  /**
   * Adds an opinion; returns its cluster (the id of the cluster's first member). Only the most
   * recent members of each band bucket are compared, and the first match above the threshold
   * decides: a campaign where thousands say the same thing must not make every addition scan them all.
   */
  add(id: string, text: string): string {
    return this.addSignature(id, signature(text));
  }

  addSignature(id: string, sig: Uint32Array, terms?: IssueTerms, scope?: string | null): string {
    this.insert(id, sig, terms, true, scope);
    // The opinion's own row, as insert() found or made it (a third look-up of the id in a map of a
    // million was one more cache miss per addition).
    return this.ids[this.root(this.lastAt)];
  }

  /** The row of the opinion insert() last filed, or found filed already. */
  private lastAt = 0;

  /**
   * Adds an opinion and returns the earlier opinion it duplicates (its nearest), or null, and the
   * earlier opinions of other clusters it joined as well (BRIDGE). The caller decides what
   * clusters that means: the server reads them from the database, where staff merges and splits
   * live, and joins the bridged ones to the match's.
   */
  addAndMatch(id: string, sig: Uint32Array, terms?: IssueTerms, scope?: string | null): { match: string | null; bridged: readonly string[] } {
    this.bridged = NO_BRIDGE;
    const match = this.insert(id, sig, terms, true, scope);
    return { match, bridged: match ? this.bridged : NO_BRIDGE };
  }

  /** What the last addition bridged (bestMatch). */
  private bridged: string[] = NO_BRIDGE;

  /**
   * Files an opinion whose cluster is already known, without matching it: the server loading a
   * campaign, whose clusters (staff merges and splits included) are in the database. `member`:
   * an opinion of its cluster already filed, or null.
   */
  addPlaced(id: string, sig: Uint32Array, terms: IssueTerms | undefined, member: string | null, scope?: string | null): void {
    this.insert(id, sig, terms, false, scope);
    const m = member === null ? undefined : this.byId.get(member);
    if (m !== undefined) this.unionAt(m, this.lastAt);
  }

  private insert(id: string, sig: Uint32Array, terms: IssueTerms | undefined, matching: boolean, scope?: string | null): string | null {
    const known = this.byId.get(id);
    if (known !== undefined) {
      this.lastAt = known;
      return null; // already placed (a reload racing an arrival)
    }
    const at = (this.lastAt = this.ids.length);
    this.reserve(at + 1);
    this.ids.push(id);
    this.byId.set(id, at);
    this.parent[at] = at;
    this.nextMember[at] = at;
    this.kept[at] = 0;
    if (scope && !this.hasUnits) this.makeUnits();
    if (this.hasUnits) {
      this.scopeOf[at] = scope ? this.internScope(scope) : -1;
      this.clusterScope[at * CLUSTER_UNITS] = this.scopeOf[at];
      for (let k = 1; k < CLUSTER_UNITS; k++) this.clusterScope[at * CLUSTER_UNITS + k] = -1;
    }
    const fp = fpScratch;
    for (let i = 0; i < HASHES; i++) fp[i] = sig[i] & 0xffff;
    const nTerms = terms ? Math.min(terms.hashes.length, ISSUE_TERMS) : 0;
    // Key terms (what the opinion is filed under): its rarest bigrams (issue terms come rarest first).
    let nKeys = 0;
    for (let i = 0; i < nTerms && nKeys < KEY_TERMS; i++) keyScratch[nKeys++] = terms!.hashes[i];
    // Keys in one array (what comparing reads), weights in another (read only for a shared term).
    const base = at * ISSUE_TERMS;
    const keys = at * RECORD_U16 + TERMS_AT;
    for (let k = 0; k < ISSUE_TERMS; k++) {
      if (k >= nTerms) {
        this.terms[keys + k] = 0;
        this.weights[base + k] = 0;
        continue;
      }
      this.terms[keys + k] = termKey(terms!.hashes[k]);
      this.weights[base + k] = Math.min(255, Math.max(1, Math.round(terms!.weights[k] * 16)));
    }
    this.seenTotal[RECORD_I32 * at + 2] = terms?.total ?? 0;
    let names = 0;
    for (let k = 0; k < Math.min(nTerms, 32); k++) if (this.weights[base + k] >= UNSEEN_LEVEL) names |= 1 << k;
    // Beside the wind: how many concepts it names (issueScore's `apart`).
    let nConcepts = 0;
    for (let k = 0; k < nTerms; k++) if (this.terms[keys + k] >= CONCEPT_KEYS) nConcepts++;
    this.seen[RECORD_I32 * at + 1] = ((terms?.wind ?? NO_WIND) << 16) | (nConcepts << 24);
    this.seen[RECORD_I32 * at + 3] = names;
    const nChars = terms ? Math.min(terms.chars.length, CHAR_TERMS) : 0;
    for (let k = 0, r = at * RECORD_U16 + CHARS_AT; k < CHAR_TERMS; k++) this.terms[r + k] = k < nChars ? terms!.chars[k] : 0;
    for (let k = 0; k < nChars; k++) this.charCounts[terms!.chars[k]]++;
    this.charTotals[at] = terms?.charTotal ?? 0;

    // Candidates: the recent members of each band bucket (counting the bands each shares with
    // the new opinion) and of each of its key terms' lists (counting shared key terms). A true
    // near-copy (similarity ≥ 0.45) shares about 32·s² ≥ 6 bands, and one or none only with
    // probability < 1%, so a single shared band (a common phrase, "群众反映…") is not worth a
    // comparison; a shared rare term is.
    this.stamp = at + 1;
    this.found = 0;
    this.bandRows[at] = -1;
    if (nTerms < BAND_WALK_BELOW) {
      const row = this.bandCount++;
      this.reserveBands(row + 1);
      this.bandRows[at] = row;
      this.sigs.set(fp, row * HASHES);
      for (let b = 0; b < BANDS; b++) {
        const slot = this.slot(bandHash(sig, b));
        let other = this.heads[slot];
        this.bandChain[row * BANDS + b] = other;
        this.heads[slot] = at;
        if (matching) for (let n = 0; other >= 0 && n < RECENT_PER_BAND; n++, other = this.bandChain[this.bandRows[other] * BANDS + b]) this.note(other, true);
      }
    }
    // The look-ups at a million opinions are cache misses, each waiting on the last when one loop
    // does it all: first every key's slot is read, then every ring, then every member's record —
    // loads that do not depend on each other, so the processor fetches them at once — and only then
    // does the walk below read them (from cache), in the same order as before.
    let acc = 0;
    const slotMask = (this.termSlots.length >>> 1) - 1;
    for (let t = 0; t < nKeys; t++) acc ^= this.termSlots[2 * (fmix(keyScratch[t]) & slotMask) + 1];
    for (let t = 0; t < nKeys; t++) ringScratch[t] = this.ringOf(keyScratch[t]) * RING_STRIDE;
    // Beyond the key terms, the next terms that earlier opinions were filed under (LOOKUP).
    // (Loaded opinions are filed the same way. A ring's members depend on the order opinions are filed in, loaded or
    // arriving, as they did before.)
    const filed = nKeys;
    for (let i = nKeys, scanned = nKeys; i < nTerms && scanned < LOOKUP.scan && nKeys - filed < LOOKUP.extra; i++) {
      const h = terms!.hashes[i];
      if (h < 1 << 24) continue; // (a concept is a topic, its ring every opinion's; nor does it count as scanned)
      scanned++;
      const r = this.findRing(h);
      if (r >= 0) ringScratch[nKeys++] = r * RING_STRIDE;
    }
    const read = Math.min(LOOKUP.read, RECENT_PER_BAND);
    const rings = this.termRings;
    for (let t = 0; t < nKeys; t++) acc ^= rings[ringScratch[t] + RECENT_PER_BAND];
    if (matching) {
      for (let t = 0; t < nKeys; t++) {
        const base = ringScratch[t];
        const count = rings[base + RECENT_PER_BAND];
        // (The members the walk below notes: a looked-up term's newest LOOKUP.read.)
        for (let n = 0, most = t < filed ? RECENT_PER_BAND : read; n < most && n < count; n++) acc ^= this.seen[RECORD_I32 * rings[base + ((count - 1 - n) & (RECENT_PER_BAND - 1))]];
      }
    }
    touched ^= acc;
    for (let t = 0; t < nKeys; t++) {
      const base = ringScratch[t];
      const count = this.termRings[base + RECENT_PER_BAND];
      // Newest first, as the members were filed.
      if (matching) for (let n = 0, most = t < filed ? RECENT_PER_BAND : read; n < most && n < count; n++) this.note(this.termRings[base + ((count - 1 - n) & (RECENT_PER_BAND - 1))], false);
      this.termRings[base + (count & (RECENT_PER_BAND - 1))] = at;
      this.termRings[base + RECENT_PER_BAND] = count + 1;
    }

    if (!matching) {
      for (let i = 0; i < nTerms; i++) this.counts.add(terms!.hashes[i]);
      if (nTerms) this.fileNames(at, terms!, nTerms, false);
      return null;
    }
    arrivalPlaceCount = 0;
    // Count its terms, and set their weights among this index's opinions in the table indexed by
    // key (termWeight): each candidate is then one pass over its own terms.
    if (nTerms) this.fillTermSet(at, terms!, nTerms);
    try {
      return this.bestMatch(at, fp, nTerms);
    } finally {
      if (nTerms) this.clearTermSet(at);
    }
  }

  private bestMatch(at: number, fp: Uint16Array, nTerms: number): string | null {
    // The best candidate by its stronger evidence, each measured against its own threshold.
    let match = -1;
    let best = 1;
    const found = this.found;
    // Each candidate's record (its terms and characters, 240 bytes over four or five cache lines) read ahead, all at
    // once, before the scoring reads them one candidate at a time.
    let acc = 0;
    const seen = this.seen;
    for (let k = 0; k < found; k++) {
      const r = RECORD_I32 * candidates[k];
      acc ^= seen[r + 16] ^ seen[r + 32] ^ seen[r + 48] ^ seen[r + RECORD_I32 - 1];
    }
    touched ^= acc;
    for (let k = 0; k < found; k++) {
      const other = candidates[k];
      let score = 0;
      if (bandHits[k] >= 2) score = this.shingleSimilarity(fp, other) / this.threshold;
      let exact = true;
      if (termHits[k] >= 1 && nTerms) {
        // (Below the bar for certain: its exact score is computed only if the cluster check asks for it.)
        this.issueScore(at, other, 1);
        if (scored[0] < 0) exact = score >= 1;
        else score = Math.max(score, scored[0]);
      }
      // Not known exactly: agreesWithCluster scores it again, as this loop would have (-1: its issue score alone, the
      // shingles not compared through fewer than two bands; 0: both).
      candidateScore[k] = exact ? score : bandHits[k] >= 2 ? 0 : -1;
      // (The place is asked only of a candidate that would be the best match: few per arrival.)
      if (score >= best && (this.placesClash(other) || (SCOPE.on && this.hasUnits && this.scopesClash(this.scopeOf[at], this.root(other)) && !this.placeShared(this.root(other))))) {
        score = 0;
        if (exact) candidateScore[k] = 0;
      }
      if (score >= best) {
        best = score;
        match = other;
      }
    }
    if (match < 0) return null;
    if (CLUSTER.check > 1 && this.nextMember[match] !== match && !this.agreesWithCluster(at, fp, nTerms, match, best)) return null;
    this.unionAt(match, at);
    // Every other candidate that matches as surely and agrees with its own cluster is the same issue
    // too: its cluster joins (union–find is transitive; joining only the best match split large
    // groups whose members had each joined another part).
    let bridged: string[] = NO_BRIDGE;
    if (!this.kept[this.root(at)]) {
      for (let k = 0; k < found; k++) {
        const other = candidates[k];
        const score = candidateScore[k];
        if (score < BRIDGE || this.root(other) === this.root(at) || this.kept[this.root(other)]) continue;
        // (Against the cluster the arrival has joined: an opinion that names no place must not bridge two places.)
        if (this.clustersClash(this.root(at), this.root(other)) || (SCOPE.on && this.hasUnits && this.scopesClash(this.scopeOf[at], this.root(other)) && !this.placeShared(this.root(other)))) continue;
        if (this.nextMember[other] !== other && !this.agreesWithCluster(at, fp, nTerms, other, score)) continue;
        this.unionAt(other, at);
        if (bridged === NO_BRIDGE) bridged = [];
        bridged.push(this.ids[other]);
      }
    }
    this.bridged = bridged;
    return this.ids[match];
  }

  /** Whether two clusters both give places and share no name that either gives as a place. */
  private clustersClash(ra: number, rb: number): boolean {
    const cp = this.clusterPlaces;
    const cn = this.clusterNames;
    if (!cp[ra * CLUSTER_PLACES] || !cp[rb * CLUSTER_PLACES]) return false;
    return !sharesKey(cp, ra * CLUSTER_PLACES, CLUSTER_PLACES, cn, rb * CLUSTER_NAMES, CLUSTER_NAMES)
      && !sharesKey(cp, rb * CLUSTER_PLACES, CLUSTER_PLACES, cn, ra * CLUSTER_NAMES, CLUSTER_NAMES);
  }

  /** Whether the arrival (its places as fillTermSet found them, its terms in termWeight) and a candidate's cluster both
   * give places and share no name that either gives as a place. */
  private placesClash(other: number): boolean {
    if (!arrivalPlaceCount) return false;
    const r = this.root(other);
    return this.clusterPlaces[r * CLUSTER_PLACES] !== 0 && !this.placeShared(r);
  }

  /** Whether the arrival gives a place and a name the cluster at root `r` gives as one, or any of the cluster's places is
   * among the arrival's terms (termWeight). */
  private placeShared(r: number): boolean {
    if (!arrivalPlaceCount) return false;
    if (sharesKey(arrivalPlaces, 0, arrivalPlaceCount, this.clusterNames, r * CLUSTER_NAMES, CLUSTER_NAMES)) return true;
    // A cluster's place among any of the arrival's terms, however common in the campaign it has become since the cluster
    // filed it (the county's name, once rare), is shared: a cluster's lists are as they were when its members were filed,
    // and an arrival's common names are left out of its own (fileNames).
    for (let j = r * CLUSTER_PLACES, end = j + CLUSTER_PLACES; j < end; j++) {
      const h = this.clusterPlaces[j];
      if (!h) break;
      if (termWeight[h]) return true;
    }
    return false;
  }

  /** Whether a new opinion agrees with its best match's cluster (CLUSTER_CHECK): the mean of
   * its log-scores against the match and the next members of the match's ring reaches 0. */
  private agreesWithCluster(at: number, fp: Uint16Array, nTerms: number, match: number, best: number): boolean {
    let sum = Math.log(best);
    let n = 1;
    // The cluster's first member (the report it is named after), then the next ones of its ring.
    const first = this.root(match);
    let m = first === match ? this.nextMember[first] : first;
    while (n < CLUSTER.check) {
      let score = 0;
      // A candidate's score, unless it was noted through one band only (not scored).
      if (this.seen[RECORD_I32 * m] === this.stamp) score = candidateScore[this.seen[RECORD_I32 * m + 1] & SLOT_MASK];
      if (score < 0) {
        this.issueScore(at, m, 0);
        score = scored[0];
      } else if (!score) {
        if (this.bandRows[at] >= 0 && this.bandRows[m] >= 0) score = this.shingleSimilarity(fp, m) / this.threshold;
        if (nTerms) {
          this.issueScore(at, m, 0);
          score = Math.max(score, scored[0]);
        }
      }
      sum += score > 0 ? Math.max(Math.log(score), CLUSTER.floor) : CLUSTER.floor;
      n++;
      // Round the ring once, past the match (scored already).
      m = this.nextMember[m];
      if (m === first) break;
      if (m === match) m = this.nextMember[m];
      if (m === first) break;
    }
    return sum >= CLUSTER.bar * n;
  }

  private stamp = 0;
  private found = 0;

  private note(other: number, band: boolean) {
    if (this.seen[RECORD_I32 * other] !== this.stamp) {
      this.seen[RECORD_I32 * other] = this.stamp;
      this.seen[RECORD_I32 * other + 1] = (this.seen[RECORD_I32 * other + 1] & ~SLOT_MASK) | this.found;
      candidates[this.found] = other;
      bandHits[this.found] = band ? 1 : 0;
      termHits[this.found++] = band ? 0 : 1;
    } else if (band) bandHits[this.seen[RECORD_I32 * other + 1] & SLOT_MASK]++;
    else termHits[this.seen[RECORD_I32 * other + 1] & SLOT_MASK]++;
  }

  private fillTermSet(at: number, terms: IssueTerms, nTerms: number) {
    const base = at * ISSUE_TERMS;
    const keys = at * RECORD_U16 + TERMS_AT;
    const size = this.ids.length;
    touched ^= this.counts.touch(terms.hashes, nTerms);
    for (let i = 0; i < nTerms; i++) {
      const count = this.counts.add(terms.hashes[i]);
      const h = this.terms[keys + i];
      // Two terms with one 16-bit key: the first (rarer) one counts, as it did in a hash set.
      if (termWeight[h]) continue;
      const level = this.weights[base + i];
      termWeight[h] = localLevel(level, count, size);
      termIsName[h] = level >= UNSEEN_LEVEL ? 1 : 0;
    }
    this.fileNames(at, terms, nTerms, true);
    this.markChars(at);
  }

  /**
   * Reads an opinion's names and places (the places also into arrivalPlaces) and files them as its own cluster's. `local`:
   * its terms' levels among the campaign are in termWeight (fillTermSet); otherwise they are read from the counts.
   */
  private fileNames(at: number, terms: IssueTerms, nTerms: number, local: boolean): void {
    const keys = at * RECORD_U16 + TERMS_AT;
    const base = at * ISSUE_TERMS;
    const places = terms.places ?? 0;
    const size = this.ids.length;
    const names = at * CLUSTER_NAMES;
    const cn = this.clusterNames;
    cn.fill(0, names, names + CLUSTER_NAMES);
    let count = 0;
    arrivalPlaceCount = 0;
    let bits = 0;
    // Names come first among the terms (the rarest), so the first 32 hold them.
    for (let i = 0; i < Math.min(nTerms, 32) && count < CLUSTER_NAMES; i++) {
      if (this.weights[base + i] < UNSEEN_LEVEL) continue;
      const h = this.terms[keys + i];
      const level = local ? termWeight[h] : localLevel(this.weights[base + i], this.counts.get(terms.hashes[i]), size);
      if (level < LOCAL_NAME_LEVEL) continue;
      let known = false;
      for (let j = names; j < names + count; j++) if (cn[j] === h) known = true;
      if (known) continue;
      cn[names + count++] = h;
      if ((places >>> i) & 1) {
        bits |= 1 << i;
        if (arrivalPlaceCount < CLUSTER_PLACES) arrivalPlaces[arrivalPlaceCount++] = h;
      }
    }
    this.placeBits[at] = bits >>> 0;
    for (let j = 0, r = at * CLUSTER_PLACES; j < CLUSTER_PLACES; j++) this.clusterPlaces[r + j] = j < arrivalPlaceCount ? arrivalPlaces[j] : 0;
  }

  /** Sets an opinion's characters' levels among this index's opinions in charLevel (issueScore reads
   * a candidate's against them), as fillTermSet does its terms'. */
  private markChars(at: number) {
    const size = this.ids.length;
    let sum = 0;
    for (let k = at * RECORD_U16 + CHARS_AT, end = k + CHAR_TERMS; k < end; k++) {
      const c = this.terms[k];
      if (!c) break;
      sum += charLevel[c] = localLevel(CHAR_LEVEL[c], this.charCounts[c], size);
    }
    markedCharSum = sum;
  }

  private clearTermSet(at: number) {
    const keys = at * RECORD_U16 + TERMS_AT;
    for (let i = 0; i < ISSUE_TERMS; i++) {
      const h = this.terms[keys + i];
      if (!h) break;
      termWeight[h] = 0;
    }
    for (let k = at * RECORD_U16 + CHARS_AT, end = k + CHAR_TERMS; k < end; k++) {
      const c = this.terms[k];
      if (!c) break;
      charLevel[c] = 0;
    }
  }

  private shingleSimilarity(fp: Uint16Array, other: number): number {
    const base = this.bandRows[other] * HASHES;
    let same = 0;
    for (let i = 0; i < HASHES; i++) if (this.sigs[base + i] === fp[i]) same++;
    return same / HASHES;
  }

  /** How surely two opinions report the same issue, 1 being the bar: exp(z) of ISSUE_MODEL, left in
   * scored[0]. Not returned: a number returned from a call that is not inlined is a heap object of
   * its own, one per scored candidate (about 700 bytes of garbage per opinion at a million). */
  private issueScore(a: number, b: number, need: number): void {
    // The terms of `a` are in the term set (fillTermSet). Weights are sixteenths: the sum is
    // exact whatever the order.
    let names = 0;
    let nameTerms = 0;
    let topic = 0;
    let concepts = 0;
    let quantities = 0;
    const tb = this.terms;
    const tw = this.weights;
    // Which of b's first 32 terms are names, from the line that noting it read (its weights, a
    // line of their own, are read only past those).
    const nameBits = this.seen[RECORD_I32 * b + 3];
    const start = b * RECORD_U16 + TERMS_AT;
    for (let j = start, end = j + ISSUE_TERMS; j < end; j++) {
      const h = tb[j];
      if (!h) break;
      const sw = termWeight[h];
      if (!sw) continue;
      // A name when either opinion's terms call it one (issueFeatures): one wrote 落雁镇, the
      // other only 落雁, which alone reads as an ordinary word.
      const k = j - start;
      if (sw >= LOCAL_NAME_LEVEL && (termIsName[h] || (k < 32 ? (nameBits >>> k) & 1 : tw[b * ISSUE_TERMS + k] >= UNSEEN_LEVEL))) {
        names += sw;
        nameTerms++;
      }
      else topic += sw;
      if (h >= QUANTITY_KEY16) {
        if (h >= CONCEPT_KEYS) concepts++;
        else if (sw >= QUANTITY_COUNTED_LEVEL) quantities++;
      }
    }
    if (!(names + topic)) {
      scored[0] = 0;
      return;
    }
    const cover = (names + topic) / 16 / (Math.min(this.seenTotal[RECORD_I32 * a + 2], this.seenTotal[RECORD_I32 * b + 2]) || 1);
    const differ = windsDiffer((this.seen[RECORD_I32 * a + 1] >>> 16) & 0xff, (this.seen[RECORD_I32 * b + 1] >>> 16) & 0xff);
    // Concepts each names that the other does not (issueFeatures' `apart`): the fewer of the two.
    const apart = Math.min((this.seen[RECORD_I32 * a + 1] >>> 24) - concepts, (this.seen[RECORD_I32 * b + 1] >>> 24) - concepts);
    const charTotal = Math.min(this.charTotals[a], this.charTotals[b]) || 1;
    // Most candidates fall far below the score the caller needs (`need`, 0: every score): with the most the characters could add
    // (all of a's kept characters shared, or all of b's), the rest of the score already tells, and the characters'
    // loop is skipped (scored[0] < 0: below `need`, not computed). At 200,000 opinions issueScore was half of the
    // index's time.
    if (need > 0 && SCORE_BOUND.on) {
      const most = ISSUE_MODEL.chars > 0 ? Math.min(markedCharSum / 16, this.charTotals[b]) / charTotal : 0;
      if (issueZ(names / 16, topic / 16, cover, differ, concepts, apart, most, quantities, nameTerms) < Math.log(need) - 1e-9) {
        scored[0] = -1;
        SCORE_BOUND.skipped++;
        return;
      }
    }
    // The characters they share (of each one's rarest), as a share of the shorter's (issueFeatures' `chars`).
    let shared = 0;
    for (let k = b * RECORD_U16 + CHARS_AT, end = k + CHAR_TERMS; k < end; k++) {
      const c = tb[k];
      if (!c) break;
      shared += charLevel[c];
    }
    const chars = shared / 16 / charTotal;
    scored[0] = Math.exp(issueZ(names / 16, topic / 16, cover, differ, concepts, apart, chars, quantities, nameTerms));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  find(id: string): string {
    const at = this.byId.get(id);
    return at === undefined ? id : this.ids[this.root(at)];
  }

  /** Staff merge two clusters by hand. */
  union(a: string, b: string): void {
    const ia = this.byId.get(a);
    const ib = this.byId.get(b);
    if (ia !== undefined && ib !== undefined) this.unionAt(ia, ib);
  }

  /**
   * Staff take an opinion out of its cluster: it stands alone and the rest stay one cluster, so
   * the cluster check (agreesWithCluster) no longer weighs a newcomer against it.
   */
  split(id: string): void {
    const at = this.byId.get(id);
    if (at === undefined || this.nextMember[at] === at) return;
    // A staff action, rare: a walk round the ring finds its predecessor.
    let prev = at;
    while (this.nextMember[prev] !== at) prev = this.nextMember[prev];
    this.nextMember[prev] = this.nextMember[at];
    this.nextMember[at] = at;
    this.parent[at] = at;
    // Union–find cannot delete: the rest's tree is rebuilt from the ring (every member is in it),
    // rooted at its earliest member, so none of them leads through the opinion taken out.
    let root = prev;
    for (let m = this.nextMember[prev]; m !== prev; m = this.nextMember[m]) if (m < root) root = m;
    let m = prev;
    do {
      this.parent[m] = root;
      m = this.nextMember[m];
    } while (m !== prev);
    this.kept[root] = 1;
    this.kept[at] = 1;
    // Each part's names and places again, from its members' own (their record's names; a name common in the
    // campaign is not told apart here, as an arrival's is: a rare staff action).
    this.refileNames(at);
    this.refileNames(root);
    if (this.hasUnits) {
      this.rescope(at);
      this.rescope(root);
    }
  }

  /** The units' arrays, at the index's capacity, every opinion's unit unknown. */
  private makeUnits(): void {
    this.scopeOf = new Int32Array(this.parent.length).fill(-1);
    this.clusterScope = new Int32Array(CLUSTER_UNITS * this.parent.length).fill(-1);
    this.hasUnits = true;
  }

  /** A cluster's units again, from its members' own (after a staff split or a routing). */
  private rescope(root: number): void {
    const r = root * CLUSTER_UNITS;
    this.clusterScope.fill(-1, r, r + CLUSTER_UNITS);
    let m = root;
    do {
      this.addUnit(root, this.scopeOf[m]);
      m = this.nextMember[m];
    } while (m !== root);
  }

  /** Staff routed an opinion to another unit (its row's org_path): its cluster's units again. */
  reunit(id: string, path: string): void {
    const at = this.byId.get(id);
    if (at === undefined) return;
    if (!this.hasUnits) this.makeUnits();
    this.scopeOf[at] = this.internScope(path);
    this.rescope(this.root(at));
  }

  /** A cluster's names and places again, from each member's own (CLUSTER_NAMES and CLUSTER_PLACES at most). */
  private refileNames(root: number): void {
    const names = root * CLUSTER_NAMES;
    const places = root * CLUSTER_PLACES;
    this.clusterNames.fill(0, names, names + CLUSTER_NAMES);
    this.clusterPlaces.fill(0, places, places + CLUSTER_PLACES);
    let m = root;
    do {
      const keys = m * RECORD_U16 + TERMS_AT;
      for (let i = 0; i < 32; i++) {
        const h = this.terms[keys + i];
        if (!h) break;
        if (this.weights[m * ISSUE_TERMS + i] < UNSEEN_LEVEL) continue;
        addKey(this.clusterNames, names, CLUSTER_NAMES, h);
        if ((this.placeBits[m] >>> i) & 1) addKey(this.clusterPlaces, places, CLUSTER_PLACES, h);
      }
      m = this.nextMember[m];
    } while (m !== root);
  }

  /** Marks an opinion's cluster as staff left it (a split the server loaded): never bridged. */
  keep(id: string): void {
    const at = this.byId.get(id);
    if (at !== undefined) this.kept[this.root(at)] = 1;
  }

  /** The ids of an opinion's cluster, in ring order from it (the first `limit`). */
  members(id: string, limit = Infinity): string[] {
    const at = this.byId.get(id);
    if (at === undefined) return [id];
    const out = [id];
    for (let m = this.nextMember[at]; m !== at && out.length < limit; m = this.nextMember[m]) out.push(this.ids[m]);
    return out;
  }

  /**
   * The opinions of other clusters that come nearest to a filed one, best first (at most `kept`,
   * up to SIMILAR_KEPT_MOST), each with its cluster: what staff are offered to merge with a keystroke (the
   * reports of one issue the first pass left apart are, most of the time, among them). Callers keep
   * the best of each cluster among those the reader may see (nearestClusters). Read-only: nothing
   * is filed, counted or joined. `terms` and `sig`: the opinion's, as stored beside it (the index
   * keeps only 16-bit keys). Every one of the newest SIMILAR_SCAN opinions is scored, and older ones
   * filed under any term it keeps (or, for a text of few terms, in its band buckets), the same way
   * an arrival scores its candidates; a score is exp(z) of the issue model (1: the bar at which
   * the first pass joins), and those below `floor` (or 0) are left out.
   */
  similar(id: string, sig: Uint32Array, terms: IssueTerms | undefined, floor = SIMILAR_FLOOR, kept = SIMILAR_KEPT): { id: string; cluster: string; score: number }[] {
    const at = this.byId.get(id);
    if (at === undefined) return [];
    const nTerms = terms ? Math.min(terms.hashes.length, ISSUE_TERMS) : 0;
    // A stamp no arrival uses (theirs are positive), so every candidate is noted afresh.
    this.stamp = -++this.queries;
    this.found = 0;
    const fp = fpScratch;
    for (let i = 0; i < HASHES; i++) fp[i] = sig[i] & 0xffff;
    if (this.bandRows[at] >= 0) {
      for (let b = 0; b < BANDS; b++) {
        let other = this.headOf(bandHash(sig, b));
        for (let n = 0; other >= 0 && n < RECENT_PER_BAND; n++, other = this.bandChain[this.bandRows[other] * BANDS + b]) if (other !== at) this.note(other, true);
      }
    }
    // Under every term it keeps, not its key terms alone: an opinion filed under a term that is
    // not one of this one's rarest is a candidate too (a query, not an arrival, can afford it).
    for (let t = 0; t < nTerms; t++) {
      const ring = this.findRing(terms!.hashes[t]);
      if (ring < 0) continue;
      const base = ring * RING_STRIDE;
      const count = Math.min(this.termRings[base + RECENT_PER_BAND], RECENT_PER_BAND);
      for (let n = 0; n < count; n++) if (this.termRings[base + n] !== at) this.note(this.termRings[base + n], false);
    }
    // Its terms' weights as an arrival's are set (fillTermSet), from the counts as they stand: they
    // count the opinion itself already.
    const base = at * ISSUE_TERMS;
    const keys = at * RECORD_U16 + TERMS_AT;
    for (let i = 0; i < nTerms; i++) {
      const h = this.terms[keys + i];
      if (termWeight[h]) continue;
      const level = this.weights[base + i];
      termWeight[h] = localLevel(level, Math.max(1, this.counts.get(terms!.hashes[i])), this.ids.length);
      termIsName[h] = level >= UNSEEN_LEVEL ? 1 : 0;
    }
    if (nTerms) this.markChars(at);
    const own = this.root(at);
    topCount = 0;
    topLimit = Math.max(1, Math.min(kept, SIMILAR_KEPT_MOST));
    try {
      for (let k = 0; k < this.found; k++) {
        const other = candidates[k];
        if (this.root(other) === own) continue;
        const score = this.queryScore(at, other, fp, bandHits[k] >= 1, termHits[k] >= 1 && nTerms > 0, floor);
        if (score > 0 && score >= floor) keepTop(other, score);
      }
      // The newest opinions, every one of them: a report of the same issue that shares none of the
      // terms it was filed under is found only so (on the studied sets, 0.59 → 0.86 of the opinions
      // left apart were offered a labelled mate). A scan, not a look-up: SIMILAR_SCAN records read in
      // order.
      for (let other = Math.max(0, this.ids.length - SIMILAR_SCAN); other < this.ids.length; other++) {
        if (other === at || this.seen[RECORD_I32 * other] === this.stamp) continue;
        const score = this.queryScore(at, other, fp, true, nTerms > 0, floor);
        if (score > 0 && score >= floor && this.root(other) !== own) keepTop(other, score);
      }
    } finally {
      if (nTerms) this.clearTermSet(at);
    }
    const out: { id: string; cluster: string; score: number }[] = [];
    for (let k = 0; k < topCount; k++) out.push({ id: this.ids[topOther[k]], cluster: this.ids[this.root(topOther[k])], score: topScore[k] });
    return out;
  }

  private queries = 0;

  /** similar()'s score of a candidate: its shingle similarity where both are filed in the bands (`bands`), its issue
   * score where the opinion's terms are in the term set (`terms`), the higher of the two. */
  private queryScore(at: number, other: number, fp: Uint16Array, bands: boolean, terms: boolean, floor: number): number {
    let score = 0;
    if (bands && this.bandRows[at] >= 0 && this.bandRows[other] >= 0) score = this.shingleSimilarity(fp, other) / this.threshold;
    if (terms) {
      // Only a score that would be kept is needed: at least the floor and, once the list is full, above its last.
      this.issueScore(at, other, Math.max(floor, topCount === topLimit ? topScore[topCount - 1] : 0));
      score = Math.max(score, scored[0]);
    }
    return score;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Bytes held in typed arrays (the benchmark reports it beside the process's peak). */
  get bytes(): number {
    return this.sigs.byteLength + this.bandChain.byteLength + this.bandRows.byteLength + this.parent.byteLength + this.kept.byteLength + this.nextMember.byteLength + this.seen.byteLength + this.termRings.byteLength + this.termSlots.byteLength + this.weights.byteLength + this.charTotals.byteLength + this.charCounts.byteLength + this.counts.bytes + this.keys.byteLength + this.heads.byteLength + this.clusterNames.byteLength + this.clusterPlaces.byteLength + this.placeBits.byteLength + this.scopeOf.byteLength + this.clusterScope.byteLength;
  }

  private root(at: number): number {
    let r = at;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[at] !== r) {
      const next = this.parent[at];
      this.parent[at] = r;
      at = next;
    }
    return r;
  }

  /** The earlier member's root stays the cluster's name. */
  private unionAt(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return;
    // Splice the two member rings into one.
    const next = this.nextMember[a];
    this.nextMember[a] = this.nextMember[b];
    this.nextMember[b] = next;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    const into = Math.min(ra, rb);
    const from = Math.max(ra, rb);
    mergeKeys(this.clusterNames, into * CLUSTER_NAMES, from * CLUSTER_NAMES, CLUSTER_NAMES);
    mergeKeys(this.clusterPlaces, into * CLUSTER_PLACES, from * CLUSTER_PLACES, CLUSTER_PLACES);
    this.kept[Math.min(ra, rb)] |= this.kept[Math.max(ra, rb)];
    if (this.hasUnits) for (let k = 0; k < CLUSTER_UNITS; k++) this.addUnit(into, this.clusterScope[from * CLUSTER_UNITS + k]);
  }

  /** Adds a unit to a cluster's (root's) list, unless one of them is it; past CLUSTER_UNITS, the list becomes the deepest unit
   * above them all. */
  private addUnit(root: number, unit: number): void {
    if (unit < 0) return;
    const r = root * CLUSTER_UNITS;
    const cs = this.clusterScope;
    for (let k = 0; k < CLUSTER_UNITS; k++) {
      if (cs[r + k] === unit) return;
      if (cs[r + k] < 0) {
        cs[r + k] = unit;
        return;
      }
    }
    let common = unit;
    for (let k = 0; k < CLUSTER_UNITS; k++) common = this.commonScope(common, cs[r + k]);
    cs.fill(-1, r, r + CLUSTER_UNITS);
    // (Paths of one region share its root: a common unit always exists there.)
    cs[r] = common;
  }

  /** A unit's path as its interned number. */
  private internScope(path: string): number {
    let k = this.scopeIds.get(path);
    if (k === undefined) {
      k = this.scopes.length;
      this.scopes.push(path);
      this.scopeIds.set(path, k);
    }
    return k;
  }

  /** The deepest unit above both (−1: either unknown stands for the other; none in common: −1). */
  private commonScope(a: number, b: number): number {
    if (a < 0 || a === b) return b < 0 ? a : b;
    if (b < 0) return a;
    const common = commonPath(this.scopes[a], this.scopes[b]);
    return common ? this.internScope(common) : -1;
  }

  /**
   * Whether an opinion's unit and every unit of the cluster rooted at `r` are units of which neither is within the other
   * (two townships' inboxes; not a township's and its county's): one cluster, one branch of the hierarchy. An unknown
   * unit on either side clashes with none.
   */
  private scopesClash(unit: number, r: number): boolean {
    if (unit < 0) return false;
    const cs = this.clusterScope;
    const pa = this.scopes[unit];
    for (let k = r * CLUSTER_UNITS, end = k + CLUSTER_UNITS; k < end; k++) {
      const sr = cs[k];
      if (sr < 0) return k === r * CLUSTER_UNITS ? false : true;
      if (sr === unit) return false;
      const pr = this.scopes[sr];
      if (pa.startsWith(pr) || pr.startsWith(pa)) return false;
    }
    return true;
  }

  /** The ring of a key term, or −1 when no opinion was filed under it. */
  private findRing(term: number): number {
    const mask = (this.termSlots.length >>> 1) - 1;
    const key = term | 0;
    for (let i = fmix(term) & mask; this.termSlots[2 * i + 1] !== -1; i = (i + 1) & mask) if (this.termSlots[2 * i] === key) return this.termSlots[2 * i + 1];
    return -1;
  }

  /** The newest member of a band bucket, or −1 (nothing is inserted). */
  private headOf(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = fmix(key) & mask; this.heads[i] !== -1; i = (i + 1) & mask) if (this.keys[i] === key) return this.heads[i];
    return -1;
  }

  /** The ring of a key term, made when the term is new. */
  private ringOf(term: number): number {
    if ((this.termRingsUsed + 1) * 20 > this.termSlots.length * 7) this.growTerms();
    const mask = (this.termSlots.length >>> 1) - 1;
    const key = term | 0;
    let i = fmix(term) & mask;
    for (let r = this.termSlots[2 * i + 1]; r !== -1; r = this.termSlots[2 * i + 1]) {
      if (this.termSlots[2 * i] === key) return r;
      i = (i + 1) & mask;
    }
    const ring = this.termRingsUsed++;
    this.termSlots[2 * i] = key;
    this.termSlots[2 * i + 1] = ring;
    if (ring >= this.termRingCapacity) {
      this.termRingCapacity *= 2;
      const rings = new Int32Array(this.termRingCapacity * RING_STRIDE);
      rings.set(this.termRings);
      this.termRings = rings;
    }
    return ring;
  }

  private growTerms(): void {
    const old = this.termSlots;
    this.termSlots = new Int32Array(old.length * 2).fill(-1);
    const mask = (this.termSlots.length >>> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === -1) continue;
      let i = fmix(old[j] >>> 0) & mask;
      while (this.termSlots[2 * i + 1] !== -1) i = (i + 1) & mask;
      this.termSlots[2 * i] = old[j];
      this.termSlots[2 * i + 1] = old[j + 1];
    }
  }

  /** The table slot of a band key, inserting it when new (linear probing, grown at 70% load). */
  private slot(key: number): number {
    if ((this.used + 1) * 10 > this.keys.length * 7) this.grow();
    const mask = this.keys.length - 1;
    let i = fmix(key) & mask;
    while (this.heads[i] !== -1) {
      if (this.keys[i] === key) return i;
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.used++;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldHeads[j] === -1) continue;
      let i = fmix(oldKeys[j]) & mask;
      while (this.heads[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = oldKeys[j];
      this.heads[i] = oldHeads[j];
    }
  }

  private reserve(n: number): void {
    if (n <= this.parent.length) return;
    const cap = Math.max(n, this.parent.length * 2);
    const grow = <T extends Int32Array | Uint16Array | Uint32Array | Uint8Array | Float32Array>(a: T, per: number, make: (len: number) => T): T => {
      const b = make(cap * per);
      b.set(a);
      return b;
    };
    this.bandRows = grow(this.bandRows, 1, (l) => new Int32Array(l));
    this.parent = grow(this.parent, 1, (l) => new Int32Array(l));
    this.kept = grow(this.kept, 1, (l) => new Uint8Array(l));
    this.nextMember = grow(this.nextMember, 1, (l) => new Int32Array(l));
    this.seen = grow(this.seen, RECORD_I32, (l) => new Int32Array(l));
    this.seenTotal = new Float32Array(this.seen.buffer);
    this.terms = new Uint16Array(this.seen.buffer);
    this.weights = grow(this.weights, ISSUE_TERMS, (l) => new Uint8Array(l));
    this.charTotals = grow(this.charTotals, 1, (l) => new Float32Array(l));
    this.clusterNames = grow(this.clusterNames, CLUSTER_NAMES, (l) => new Uint16Array(l));
    this.clusterPlaces = grow(this.clusterPlaces, CLUSTER_PLACES, (l) => new Uint16Array(l));
    this.placeBits = grow(this.placeBits, 1, (l) => new Uint32Array(l));
    if (this.hasUnits) {
      this.scopeOf = grow(this.scopeOf, 1, (l) => new Int32Array(l).fill(-1));
      this.clusterScope = grow(this.clusterScope, CLUSTER_UNITS, (l) => new Int32Array(l).fill(-1));
    }
  }

  private reserveBands(rows: number): void {
    if (rows * BANDS <= this.bandChain.length) return;
    const cap = Math.max(rows, (this.bandChain.length / BANDS) * 2);
    const sigs = new Uint16Array(cap * HASHES);
    sigs.set(this.sigs);
    this.sigs = sigs;
    const chain = new Int32Array(cap * BANDS);
    chain.set(this.bandChain);
    this.bandChain = chain;
  }
}
