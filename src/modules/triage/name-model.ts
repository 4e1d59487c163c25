import shipped from './corpus/name-model.json' with { type: 'json' };
import { isHan } from './bigrams.js';
import { fmix } from './issue-model.js';
import { bigramCount } from './issue-terms.js';
import { foldToSimplified } from './normalize.js';
import type { PiiSpan } from './pii.js';

// Private persons' names that no rule of pii.ts reads: a learned model of what a name looks like
// and where one stands, over every run of two to four Han characters the rules left unmasked.
//
// Why learned: each new writer of a labelled set brought names the rules had no cue for (a Dai
// villager's 岩X with no 村民 before it, a Zhuang mother called by her child's name, a grandson
// named only by what he did), and each rule written for them caught that writer's names and few of
// the next writer's. A model of the span itself (its first character as a surname, its other
// characters as given-name characters, how common its bigrams are in the corpus) and of its
// neighbours (说, 家, 和, 的儿子 after it; 村民, 叫, 和 before it) learns from every labelled name of
// every set, those the rules find too. Measured on sets it never saw (stop 26): on the two
// personal-data sets written blind that stop, recall 0.836 → 0.888 and 0.820 → 0.840 with
// precision unchanged; see corpus/README.md and scripts/train-names.ts.
//
// A logistic model over hashed features (feature hashing: each feature's template and characters
// hash to one of 2^BITS weights, no vocabulary kept), trained by scripts/train-names.ts; weights
// quantized to one byte each, so a candidate's score is a sum of small integers (the same in any
// order) times the model's scale.

/** The features of the candidate name text[s, e), as weight indices into `out`; returns how many. The reference
 * form, one candidate at a time (training reads it); NameModel.find sums the same weights shared between
 * candidates (a test compares the two). */
export function candidateFeatures(text: string, s: number, e: number, bits: number, out: Int32Array): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  const len = e - s;
  const f = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  const l1 = codeAt(text, s - 1);
  const r1 = codeAt(text, e);
  out[n++] = fmix(seed(T.bias)) & mask;
  out[n++] = fmix(mix(seed(T.len), len)) & mask;
  // Of the span: its first character (a surname?), its second, its last, each of the others (given-name
  // characters?), and how common its bigrams are in the corpus (a name's are in no opinion).
  out[n++] = fmix(mix(seed(T.first), f)) & mask;
  out[n++] = fmix(mix(seed(T.second), text.charCodeAt(s + 1))) & mask;
  out[n++] = fmix(mix(seed(T.last), last)) & mask;
  let dfs = seed(T.dfs);
  for (let k = s + 1; k < e; k++) {
    out[n++] = fmix(mix(seed(T.char), text.charCodeAt(k))) & mask;
    dfs = mix(dfs, bigramStep(text, k));
  }
  out[n++] = fmix(dfs) & mask;
  // Around it: one and two characters each side, each side with the span's edge, the two sides together.
  out[n++] = fmix(mix(seed(T.l1), l1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.l2), codeAt(text, s - 2)), l1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.l1First), l1), f)) & mask;
  out[n++] = fmix(mix(seed(T.dfLeft), s > 0 ? bigramStep(text, s) : 0)) & mask;
  out[n++] = fmix(mix(seed(T.r1), r1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.r2), r1), codeAt(text, e + 1))) & mask;
  out[n++] = fmix(mix(mix(seed(T.lastR1), last), r1)) & mask;
  out[n++] = fmix(mix(seed(T.dfRight), e < text.length ? bigramStep(text, e) : 0)) & mask;
  out[n++] = fmix(mix(mix(seed(T.l1R1), l1), r1)) & mask;
  return n;
}
/** The most features one candidate has. */
export const MAX_FEATURES = 32;
export const MIN_LEN = 2;
/** How many characters of a text the model reads at most (about 10 ms of its time; the rules read all of it). */
export const READ_CHARS = 1 << 16;
export const MAX_LEN = 4;

/** Feature templates. Never renumber one: the shipped weights are indexed by their hashes. (Templates 4, 5, 12,
 * 13, 18 and 20 — the span's other characters together, the whole span, the length with each neighbour, with the
 * first and with the second character — were measured and dropped: the same cross-validated recall at 1.5 times
 * the features.) */
const T = { bias: 0, len: 1, first: 2, last: 3, l1: 6, l2: 7, r1: 8, r2: 9, l1First: 10, lastR1: 11, l1R1: 14, dfs: 15, dfLeft: 16, dfRight: 17, second: 19, char: 21 } as const;
const seed = (t: number): number => Math.imul(t + 1, 0x9e3779b9);
const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193);
/** A character code, or 1 before the text and 2 after it. */
const codeAt = (text: string, k: number): number => (k < 0 ? 1 : k >= text.length ? 2 : text.charCodeAt(k));
/** How common the bigram ending at k is in the corpus, in six steps (0: in no opinion). */
function bigramStep(text: string, k: number): number {
  const a = text.charCodeAt(k - 1);
  const b = text.charCodeAt(k);
  // (Han pairs only, as candidates() reads them: the corpus counts no other.)
  if (!isHan(a) || !isHan(b)) return 0;
  return stepOf(bigramCount(a, b));
}
/** A bigram's corpus count in six steps (0: in no opinion). */
const stepOf = (df: number): number => (df === 0 ? 0 : df <= 1 ? 1 : df <= 3 ? 2 : df <= 10 ? 3 : df <= 40 ? 4 : 5);

export interface NameModelWeights {
  bits: number;
  /** What one unit of a quantized weight is worth in the logistic score. */
  scale: number;
  /** The least score (logit) at which a candidate is read as a name. */
  threshold: number;
  /** One signed byte per weight, base64. */
  weights: string;
  trainingSha256?: string;
}

export class NameModel {
  readonly bits: number;
  private readonly weights: Int8Array;
  private readonly mask: number;
  /** The threshold in quantized units: a candidate is a name when its sum reaches it. */
  private readonly least: number;
  /** Per length: the weights every candidate of that length has (the bias and the length). */
  private readonly byLength = new Int32Array(MAX_LEN + 1);
  private readonly features = new Int32Array(MAX_FEATURES);
  /** find's lower bounds per length, in quantized units (scratch). */
  private readonly lowLeast = new Int32Array(MAX_LEN + 1);
  /** The weights of the features of one character, by its code: a table look-up in place of a hash each. The six
   * of one character side by side (ONE_* offsets in its 8 bytes), one cache line per character read (measured no
   * faster than six tables on its own: the lazy hashed weights below are what saved time). */
  private readonly one: Int8Array;
  /** The weights of a bigram's commonness (0–5) before the span and after it. */
  private readonly dfLeft = new Int32Array(6);
  private readonly dfRight = new Int32Array(6);
  /** The weight of the bigrams' commonness together, by the base-6 number 1 s1 s2 s3 (candidates() reads it). */
  private readonly dfsWeight = new Int32Array(6 ** (MAX_LEN - 1) * 2);
  /** The largest weight (at least 0): what a weight not yet read may add at most. */
  private readonly top: number;
  /** Per bucket of weight indices (their low POOL_BITS bits): the largest weight in it. A hashed feature's index,
   * computed without reading its weight, bounds that weight by its bucket's: an exact bound read in a 4 kB table
   * that stays in the first-level cache, where the weights themselves are 256 kB read at random. (Candidates whose
   * bounded sum misses the threshold were 99.7% of a generated opinion's: they read no hashed weight.) */
  private readonly pooled = new Int8Array(1 << POOL_BITS);

  constructor(readonly spec: NameModelWeights) {
    this.bits = spec.bits;
    this.mask = (1 << spec.bits) - 1;
    const bytes = Buffer.from(spec.weights, 'base64');
    if (bytes.length !== 1 << spec.bits) throw new Error(`name model: ${bytes.length} weights, expected ${1 << spec.bits}`);
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.least = Math.ceil(spec.threshold / spec.scale - 1e-9);
    for (let n = MIN_LEN; n <= MAX_LEN; n++) this.byLength[n] = this.w(seed(T.bias)) + this.w(mix(seed(T.len), n));
    this.one = new Int8Array(8 << 16);
    for (let c = 0; c < 1 << 16; c++) {
      this.one[8 * c + ONE_FIRST] = this.w(mix(seed(T.first), c));
      this.one[8 * c + ONE_SECOND] = this.w(mix(seed(T.second), c));
      this.one[8 * c + ONE_LAST] = this.w(mix(seed(T.last), c));
      this.one[8 * c + ONE_CHAR] = this.w(mix(seed(T.char), c));
      this.one[8 * c + ONE_L1] = this.w(mix(seed(T.l1), c));
      this.one[8 * c + ONE_R1] = this.w(mix(seed(T.r1), c));
    }
    for (let b = 0; b < 6; b++) {
      this.dfLeft[b] = this.w(mix(seed(T.dfLeft), b));
      this.dfRight[b] = this.w(mix(seed(T.dfRight), b));
    }
    // Every sequence of one to MAX_LEN - 1 steps: index 6^k + the steps in base 6, hash as candidateFeatures mixes it.
    const fill = (index: number, hash: number, k: number): void => {
      if (k > 0) this.dfsWeight[index] = this.w(hash);
      if (k === MAX_LEN - 1) return;
      for (let b = 0; b < 6; b++) fill(k === 0 ? 6 + b : index * 6 + b, mix(hash, b), k + 1);
    };
    fill(1, seed(T.dfs), 0);
    let top = 0;
    for (const x of this.weights) if (x > top) top = x;
    this.top = top;
    this.pooled.fill(-128);
    for (let i = 0; i < this.weights.length; i++) {
      const b = i & POOL_MASK;
      if (this.weights[i] > this.pooled[b]) this.pooled[b] = this.weights[i];
    }
  }

  /** The logit of the candidate text[s, e), feature by feature (the reference for find's shared sums). */
  score(text: string, s: number, e: number): number {
    const n = candidateFeatures(text, s, e, this.bits, this.features);
    let z = 0;
    for (let i = 0; i < n; i++) z += this.weights[this.features[i]];
    return z * this.spec.scale;
  }

  /**
   * Names among the runs the rules left unmasked (`masked`: sorted, disjoint spans of the rules): every run of
   * MIN_LEN … MAX_LEN Han characters that touches no masked span, scored; those at or above the threshold that
   * `accept` lets through, best first, that overlap no better one. (`read`: the text folded by foldToSimplified, where
   * the caller has it already; `lower`: a lower threshold for the candidates its `keep` lets through, a plain full
   * name's form in pii.ts.)
   */
  find(text: string, masked: readonly PiiSpan[], accept: (start: number, end: number) => boolean = ALL, read: string = foldToSimplified(text), lower?: { thresholds: readonly (number | undefined)[]; firstUnits: Uint8Array; secondUnits?: Uint8Array; keep: (start: number, end: number) => boolean }): PiiSpan[] {
    const least = this.least;
    let candidates: { start: number; end: number; z: number }[];
    if (lower) {
      // (Per length: the lower bound in quantized units, or the shipped one where none is given.)
      const lows = this.lowLeast;
      for (let n = 0; n <= MAX_LEN; n++) lows[n] = lower.thresholds[n] === undefined ? least : Math.ceil(lower.thresholds[n]! / this.spec.scale - 1e-9);
      candidates = this.candidates(read, masked, least, lows, lower.firstUnits, lower.secondUnits);
    } else candidates = this.candidates(read, masked, least);
    if (!candidates.length) return NONE; // (most texts: no array filtered)
    const found = candidates.filter((c) => (c.z >= least || lower!.keep(c.start, c.end)) && accept(c.start, c.end));
    if (!found.length) return NONE;
    found.sort((a, b) => b.z - a.z || a.start - b.start);
    // (Which characters a kept name holds: a check per character, so a huge text of names stays linear.)
    const taken = new Uint8Array(text.length);
    const out: PiiSpan[] = [];
    for (const c of found) {
      if (taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
      taken.fill(1, c.start, c.end);
      out.push({ kind: 'name', start: c.start, end: c.end });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * Every candidate whose sum reaches `least` (quantized units), with its sum. The weights a candidate shares with
   * others are summed once: those of where it starts (its first and second characters, what stands before), of
   * where it ends (its last character, what follows), of each character inside; per candidate only its length,
   * its bigrams' commonness together and its two neighbours together remain. Sums of integers, so the same in
   * any order as score()'s.
   */
  candidates(text: string, masked: readonly PiiSpan[], leastAll: number, lowLeast?: Int32Array, lowFirst?: Uint8Array, lowSecond2?: Uint8Array): { start: number; end: number; z: number }[] {
    // (`lowLeast[n]`: the least sum of an n-character candidate whose first character `lowFirst` lists for n (bit n; find's `lower`) —
    // and, of two characters, whose second `lowSecond2` lists —, read at that bound alone, so that every other candidate
    // keeps `least`'s pruning: a two-character run after a common surname is a common thing, and read at the lower bound
    // each was 3% of the masking's time.)
    // (The first READ_CHARS characters: a letter is a few thousand at most, and a pasted document's later names are
    // the rules' alone, and masked where they repeat one read here.)
    const n = Math.min(text.length, READ_CHARS);
    const out: { start: number; end: number; z: number }[] = [];
    if (n < MIN_LEN) return out;
    const { step, ends, endPairs, endBound, inner, codes, hans } = scratch(n + 1);
    // step[k]: the commonness of the bigram ending at k (0 where either is not Han); ends[e]: the table-read weights
    // of a candidate ending at e, endPairs[e] its two hashed ones and endBound[e] their bound (both UNREAD until a
    // candidate needs them); inner[k]: the char weights of text[0, k); codes[k + 2]: codeAt(text, k) for k from −2
    // to n + 1; hans[k]: 1 where text[k] is Han (k < n).
    const one = this.one;
    let han = 0;
    inner[0] = 0;
    codes[0] = 1;
    codes[1] = 1;
    let before = 0;
    let hanBefore = false;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      const isName = isHan(c);
      codes[k + 2] = c;
      hans[k] = isName ? 1 : 0;
      // (bigramStep's look-up, with the two characters already read.)
      step[k] = isName && hanBefore ? stepOf(bigramCount(before, c)) : 0;
      inner[k + 1] = inner[k] + (isName ? one[8 * c + ONE_CHAR] : 0);
      if (isName) han++;
      before = c;
      hanBefore = isName;
    }
    if (han < MIN_LEN) return out;
    codes[n + 2] = codeAt(text, n);
    codes[n + 3] = codeAt(text, n + 1);
    // (Past the characters read, the bigram a candidate ending at n makes with the next one.)
    step[n] = n < text.length ? bigramStep(text, n) : 0;
    const dfRight = this.dfRight;
    for (let e = 1; e <= n; e++) {
      if (!hans[e - 1]) continue;
      ends[e] = one[8 * codes[e + 1] + ONE_LAST] + one[8 * codes[e + 2] + ONE_R1] + dfRight[e < text.length ? step[e] : 0];
      endPairs[e] = UNREAD;
      endBound[e] = UNREAD;
    }
    // Most candidates are far below the threshold on their table-read weights alone (a run of common characters in
    // common bigrams): the five weights that need a hash each (two of the start, two of the end, the two neighbours
    // together) are bounded first by their buckets' largest (`pooled`, from the hashes alone), and read only for a
    // candidate those bounds could lift to it, then one group at a time. Exact: a candidate skipped could not reach
    // `least` whatever those weights are.
    const top = this.top;
    const mask = this.mask;
    const pooled = this.pooled;
    let m = 0;
    const byLength = this.byLength;
    const dfsWeight = this.dfsWeight;
    const dfLeft = this.dfLeft;
    const weights = this.weights;
    for (let s = 0; s + MIN_LEN <= n; s++) {
      if (!hans[s] || !hans[s + 1]) continue;
      const f = codes[s + 2];
      while (m < masked.length && masked[m].end <= s) m++;
      // (Where the first masked span that may touch a candidate from s begins; past every end when none.)
      const maskedStart = m < masked.length ? masked[m].start : n + 1;
      const l1 = codes[s + 1];
      const start = one[8 * f + ONE_FIRST] + one[8 * codes[s + 3] + ONE_SECOND] + one[8 * l1 + ONE_L1] + dfLeft[s > 0 ? step[s] : 0];
      // (The start's two hashed weights: their indices, their bound, and their sum once read.)
      const l2At = fmix(mix(mix(seed(T.l2), codes[s]), l1)) & mask;
      const l1FirstAt = fmix(mix(mix(seed(T.l1First), l1), f)) & mask;
      const startBound = pooled[l2At & POOL_MASK] + pooled[l1FirstAt & POOL_MASK];
      let startPairs = UNREAD;
      let dfs = 0;
      // (lowFirst[f]: bit k set when k-character candidates opening with f are read at the lower bound.)
      const lowBits = lowLeast !== undefined && lowFirst !== undefined ? lowFirst[f] : 0;
      const low2 = (lowBits & 4) !== 0 && (lowSecond2 === undefined || lowSecond2[codes[s + 3]] === 1);
      for (let e = s + MIN_LEN; e <= s + MAX_LEN && e <= n; e++) {
        const least = (lowBits >> (e - s)) & 1 && (e - s !== 2 || low2) ? lowLeast![e - s] : leastAll;
        if (!hans[e - 1]) break;
        // (Touching a masked span: the rules have read there, and where a name ends too. Spans are sorted and
        // disjoint, so masked[m] is the first that may; a longer candidate overlaps it as well.)
        if (maskedStart < e) break;
        // (The bigrams' commonness together, as a base-6 number after a 1: its weight is a table's.)
        dfs = e === s + MIN_LEN ? 6 + step[e - 1] : dfs * 6 + step[e - 1];
        let z = byLength[e - s] + start + ends[e] + inner[e] - inner[s + 1] + dfsWeight[dfs];
        if (endBound[e] === UNREAD) {
          const last = codes[e + 1];
          const r1 = codes[e + 2];
          const r2At = fmix(mix(mix(seed(T.r2), r1), codes[e + 3])) & mask;
          const lastR1At = fmix(mix(mix(seed(T.lastR1), last), r1)) & mask;
          endBound[e] = pooled[r2At & POOL_MASK] + pooled[lastR1At & POOL_MASK];
        }
        if (z + startBound + endBound[e] + top < least) continue;
        const l1R1At = fmix(mix(mix(seed(T.l1R1), l1), codes[e + 2])) & mask;
        if (z + startBound + endBound[e] + pooled[l1R1At & POOL_MASK] < least) continue;
        if (startPairs === UNREAD) startPairs = weights[l2At] + weights[l1FirstAt];
        z += startPairs;
        if (z + endBound[e] + pooled[l1R1At & POOL_MASK] < least) continue;
        if (endPairs[e] === UNREAD) {
          const last = codes[e + 1];
          const r1 = codes[e + 2];
          endPairs[e] = this.w(mix(mix(seed(T.r2), r1), codes[e + 3])) + this.w(mix(mix(seed(T.lastR1), last), r1));
        }
        z += endPairs[e] + weights[l1R1At];
        if (z >= least) out.push({ start: s, end: e, z });
      }
    }
    return out;
  }

  /** The weight a feature's hash selects. */
  private w(h: number): number {
    return this.weights[fmix(h) & this.mask];
  }
}

/** Per-text arrays, grown to the longest text read. */
let scratchStep = new Uint8Array(1024);
let scratchEnds = new Int32Array(1025);
let scratchEndPairs = new Int32Array(1025);
let scratchEndBound = new Int32Array(1025);
let scratchInner = new Int32Array(1025);
let scratchCodes = new Int32Array(1027);
let scratchHans = new Uint8Array(1024);
const scratchArrays = { step: scratchStep, ends: scratchEnds, endPairs: scratchEndPairs, endBound: scratchEndBound, inner: scratchInner, codes: scratchCodes, hans: scratchHans };
function scratch(n: number): typeof scratchArrays {
  if (scratchStep.length < n) {
    scratchStep = new Uint8Array(n);
    scratchEnds = new Int32Array(n + 1);
    scratchEndPairs = new Int32Array(n + 1);
    scratchEndBound = new Int32Array(n + 1);
    scratchInner = new Int32Array(n + 1);
    scratchCodes = new Int32Array(n + 3);
    scratchHans = new Uint8Array(n);
    scratchArrays.step = scratchStep;
    scratchArrays.ends = scratchEnds;
    scratchArrays.endPairs = scratchEndPairs;
    scratchArrays.endBound = scratchEndBound;
    scratchArrays.inner = scratchInner;
    scratchArrays.codes = scratchCodes;
    scratchArrays.hans = scratchHans;
  }
  return scratchArrays;
}
const ONE_FIRST = 0;
const ONE_SECOND = 1;
const ONE_LAST = 2;
const ONE_CHAR = 3;
const ONE_L1 = 4;
const ONE_R1 = 5;
/** endPairs' and endBound's mark of a sum not read yet (two weights sum to 254 at most). */
const UNREAD = 0x7fffffff;
/** `pooled`'s buckets: 2^12 of them, 4 kB (2^10 left 2.9% of candidates to read their weights, 2^12 0.3%, 2^14 0.07%). */
const POOL_BITS = 12;
const POOL_MASK = (1 << POOL_BITS) - 1;
const NONE: PiiSpan[] = [];
const ALL = (): boolean => true;

/** The shipped model (corpus/name-model.json). */
export const shippedNameModel = new NameModel(shipped as NameModelWeights);
