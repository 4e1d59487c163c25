import shipped from './corpus/code-model.json' with { type: 'json' };
import { fmix } from './issue-model.js';
import type { PiiSpan } from './pii.js';

// Numbers no rule of pii.ts reads: a learned model of which runs of digits (with Latin letters and - _ . / among
// them) in an opinion are someone's (a student's or a patient's number after a cue the rules never met, a contract's,
// a certificate's) and which are the opinion's own (an amount, a date, a hotline, an office's line, an order).
//
// Why learned: the blind sets of stop 26 missed, unseen, 4–11% of their numbers of seven digits or more with the
// rules alone (each writer names a new card or certificate: 准考证, 一卡通, 报关人员备案号), where a cue before a
// number, the number's shape and what follows it (元, 年, 人次) say most of it. The same design as the name model
// (name-model.ts): a logistic model over hashed features, trained by scripts/train-codes.ts on the studied sets'
// labels, weights one signed byte each. Measured (decision 0016): cross-validated by set over 35 sets, 9 more labels
// found with 5 spans outside every label (over the 37 trained on now, 27 with 5); unseen, pii22's recall 0.894 → 0.902
// and pii23's 0.840 → 0.856 at the same precision (both studied since, and trained on).

/** A candidate: a run of ASCII letters and digits, with - _ . / inside it, of MIN_DIGITS digits or more (read folded
 * to half width). */
const CODE_CHAR = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) CODE_CHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) CODE_CHAR[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) CODE_CHAR[c] = 3;
/** Joiners: inside a code (JL-ZL-2024-0527, wxid_a1, 3.5), never at its edges. */
const JOINER = new Uint8Array(0x10000);
for (const ch of '-_./') JOINER[ch.charCodeAt(0)] = 4;

/** The fewest digits a candidate has (4 and 6 measured: the same recall, more spans outside the labels at 4). */
const MIN_DIGITS = 5;
const isDigit = (c: number): boolean => CODE_CHAR[halfWidth(c)] === 1;
const isDigits = (text: string, s: number, e: number): boolean => {
  for (let i = s; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
};

/** The character as the model reads it: full-width letters, digits and joiners as their ASCII forms. */
export const halfWidth = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

/** The candidate runs of text: [start, end) pairs, in order. */
export function codeRuns(text: string, limit = text.length): number[] {
  const out: number[] = [];
  let k = 0;
  const n = Math.min(text.length, limit);
  // (Where a chain of digit groups failed: every chain starting before it, inside it, fails at the same group, so it is
  // not tried again; else a long chain of groups that fails at its end is rescanned from each group, quadratic.)
  let failedAt = -1;
  while (k < n) {
    if (!CODE_CHAR[halfWidth(text.charCodeAt(k))]) {
      k++;
      continue;
    }
    const s = k;
    let e = k + 1;
    k++;
    while (k < n) {
      const c = halfWidth(text.charCodeAt(k));
      if (CODE_CHAR[c]) e = ++k;
      else if (JOINER[c] && k + 1 < n && CODE_CHAR[halfWidth(text.charCodeAt(k + 1))]) k++;
      else break;
    }
    // (Groups of digits one space apart are one number, 6208 5173, 158 0692, 6222 0210 1234 5678, when the first has two
    // digits or more and each later one three or more: not digits spaced one by one, 1 3 5 7 9, nor a list, 2013 2014 7 5.)
    if (e - s >= 2 && e >= failedAt && isDigits(text, s, e)) {
      let g = e;
      let joined = e;
      while (g + 1 < n && text.charCodeAt(g) === 0x20 && isDigit(text.charCodeAt(g + 1))) {
        let h = g + 1;
        while (h < n && isDigit(text.charCodeAt(h))) h++;
        if (h - (g + 1) < 3 || (h < n && CODE_CHAR[halfWidth(text.charCodeAt(h))])) {
          joined = e; // (a short group, or one running into letters: the list is not one number)
          failedAt = g + 1;
          break;
        }
        joined = g = h;
      }
      e = joined;
    }
    k = e;
    // (A run the read limit cuts is not read: its head alone is no number, and what follows it is unknown.)
    if (e === n && n < text.length && CODE_CHAR[halfWidth(text.charCodeAt(n))]) break;
    // (Only runs of MIN_DIGITS digits or more: shorter ones are a house's, a floor's, a count's, or part of a plate or
    // an address the rules read whole. Letters alone are left to the rules too: English words outnumber the names.)
    let digits = 0;
    for (let i = s; i < e && digits < MIN_DIGITS; i++) if (isDigit(text.charCodeAt(i))) digits++;
    if (digits >= MIN_DIGITS) out.push(s, e);
  }
  return out;
}

export const CODE_MAX_FEATURES = 24;

/** Feature templates. Never renumber one: the shipped weights are indexed by their hashes. */
const T = { bias: 0, shape: 1, length: 2, digits: 3, letters: 4, prefix: 5, l1: 7, l2: 8, l3: 9, l4: 10, r1: 11, r2: 12, capital: 13, lastDigits: 14, l1Shape: 15, r1Shape: 16 } as const;
const seed = (t: number): number => Math.imul(t + 1, 0x9e3779b9);
const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193);
const codeAt = (text: string, k: number): number => (k < 0 ? 1 : k >= text.length ? 2 : halfWidth(text.charCodeAt(k)));
const bucket = (n: number): number => (n <= 4 ? n : n <= 6 ? 5 : n <= 8 ? 6 : n <= 10 ? 7 : n <= 12 ? 8 : n <= 15 ? 9 : n <= 18 ? 10 : 11);

/** The features of the run text[s, e), as weight indices into `out`; returns how many. */
export function codeFeatures(text: string, s: number, e: number, bits: number, out: Int32Array): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  let digits = 0;
  let letters = 0;
  // Its shape: the classes of its characters with their runs' lengths in buckets (Aa 9 -): 13812345678 is 9:8.
  let shape = seed(T.shape);
  let cls = -1;
  let run = 0;
  for (let k = s; k < e; k++) {
    const c = halfWidth(text.charCodeAt(k));
    const kind = CODE_CHAR[c] || JOINER[c];
    if (kind === 1) digits++;
    else if (kind === 2 || kind === 3) letters++;
    const klass = kind === 2 ? 3 : kind; // (upper and lower case one class in the shape)
    if (klass !== cls) {
      if (cls >= 0) shape = mix(mix(shape, cls), bucket(run));
      cls = klass;
      run = 0;
    }
    run++;
  }
  shape = mix(mix(shape, cls), bucket(run));
  const first = halfWidth(text.charCodeAt(s));
  out[n++] = fmix(seed(T.bias)) & mask;
  out[n++] = fmix(shape) & mask;
  out[n++] = fmix(mix(seed(T.length), bucket(e - s))) & mask;
  out[n++] = fmix(mix(seed(T.digits), Math.min(digits, 24))) & mask;
  out[n++] = fmix(mix(seed(T.letters), bucket(letters))) & mask;
  out[n++] = fmix(mix(mix(seed(T.prefix), first), codeAt(text, s + 1))) & mask;
  if (letters > 0) out[n++] = fmix(mix(mix(seed(T.capital), CODE_CHAR[first]), digits > 0 ? 1 : 0)) & mask;
  if (digits > 0) out[n++] = fmix(mix(seed(T.lastDigits), digits >= 2 ? codeAt(text, e - 1) : 0)) & mask;
  // Before it: the cue (卡号, 编号：, 学号 , my ID), read past spaces and a colon; after it: 元, 年, 号, 人, a unit.
  let b = s - 1;
  while (b >= 0 && isGap(codeAt(text, b))) b--;
  const l1 = codeAt(text, b);
  const l2 = codeAt(text, b - 1);
  const l3 = codeAt(text, b - 2);
  out[n++] = fmix(mix(seed(T.l1), l1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.l2), l2), l1)) & mask;
  out[n++] = fmix(mix(mix(mix(seed(T.l3), l3), l2), l1)) & mask;
  out[n++] = fmix(mix(mix(mix(mix(seed(T.l4), codeAt(text, b - 3)), l3), l2), l1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.l1Shape), l1), shape)) & mask;
  const r1 = codeAt(text, e);
  out[n++] = fmix(mix(seed(T.r1), r1)) & mask;
  out[n++] = fmix(mix(mix(seed(T.r2), r1), codeAt(text, e + 1))) & mask;
  out[n++] = fmix(mix(mix(seed(T.r1Shape), r1), shape)) & mask;
  return n;
}
/** Spaces, colons and the like between a cue and its number (学号：2019…, 卡号 6222…). */
const isGap = (c: number): boolean => c === 0x20 || c === 0x3a || c === 0x3000 || c === 0x23 || c === 0x3001 || c === 0x9 || c === 0xa0;

export interface CodeModelWeights {
  bits: number;
  scale: number;
  threshold: number;
  weights: string;
  trainingSha256?: string;
}

export class CodeModel {
  private readonly weights: Int8Array;
  private readonly features = new Int32Array(CODE_MAX_FEATURES);
  constructor(readonly spec: CodeModelWeights) {
    const bytes = Buffer.from(spec.weights, 'base64');
    if (bytes.length !== 1 << spec.bits) throw new Error(`code model: ${bytes.length} weights, expected ${1 << spec.bits}`);
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /** The logit of the run text[s, e). */
  score(text: string, s: number, e: number): number {
    const n = codeFeatures(text, s, e, this.spec.bits, this.features);
    let z = 0;
    for (let i = 0; i < n; i++) z += this.weights[this.features[i]];
    return z * this.spec.scale;
  }

  /** The runs the rules left (touching no `masked` span: sorted and disjoint) that score at least the threshold and `accept` lets through. */
  find(text: string, masked: readonly PiiSpan[], accept: (start: number, end: number) => boolean = () => true): PiiSpan[] {
    const runs = codeRuns(text, READ_CODE_CHARS);
    const out: PiiSpan[] = [];
    let m = 0;
    for (let i = 0; i < runs.length; i += 2) {
      const s = runs[i];
      const e = runs[i + 1];
      while (m < masked.length && masked[m].end < s) m++;
      // (Touching a masked span, end to end too: the rules read there, and a number they cut short is theirs.)
      if (m < masked.length && masked[m].start <= e) continue;
      if (this.score(text, s, e) >= this.spec.threshold && accept(s, e)) out.push({ kind: 'member_number', start: s, end: e });
    }
    return out;
  }
}
/** How many characters of a text the model reads at most (the rules read all of it). */
export const READ_CODE_CHARS = 1 << 16;

/** The shipped model (corpus/code-model.json). */
export const shippedCodeModel = new CodeModel(shipped as CodeModelWeights);
