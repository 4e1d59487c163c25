// The wind model as it was before the speed work of 2026-12-02 (src/modules/triage/model.ts at
// commit 7682c5f, LabelModel left out): separate regression and naive Bayes tables, two passes
// to score. Kept only to check that the optimized model gives the same answers
// (tests/triage/wind-model-equivalence.test.ts). Do not use it elsewhere.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Classification, Wind } from '../../../src/modules/triage/classify.js';
import { normalize } from '../../../src/modules/triage/normalize.js';
import { SAYS_NOTHING } from '../../../src/modules/triage/model.js';

const shippedModel = JSON.parse(fs.readFileSync(new URL('../../../src/modules/triage/corpus/model.json', import.meta.url), 'utf8')) as unknown;

// Trainable text models for triage.
//
// Features (of the normalized text: Simplified script, half-width, lower case; digits folded to 0):
//   - character 1-, 2- and 3-grams inside runs of non-punctuation characters;
//   - words: every occurrence of a word of the model's vocabulary. The vocabulary is what jieba
//     segments out of the training texts (plus the four-winds lexicon), so prediction needs no
//     segmenter: a rolling hash finds vocabulary words in one pass, several times faster than a
//     jieba call (jieba alone costs ~25 µs per 150 characters). Learning from a text runs jieba on
//     it and adds its new words;
//   - lexicon evidence (WindModel only): one feature per wind, fired by each lexicon term found.
// All features are hashed into 2^17 rows of Float32Array tables; nothing is allocated per call
// beyond the answer.
//
// WindModel: an ensemble, half multinomial naive Bayes (counts: strong with little data, learns by
// counting) and half logistic regression (averaged SGD over the corpus, the feature vector scaled to
// unit length; lexicon features start at a prior weight, so the lexicon is prior evidence the data
// can correct). A temperature fitted on held-out folds turns the mixed score into a calibrated
// probability. A staff correction is counted by naive Bayes and taken as a passive-aggressive step
// by the regression, so the corrected text then wins by a margin.
// LabelModel: multinomial naive Bayes over the same features, for an organization's own
// categories, learnt from staff labels alone.

export const WINDS: readonly Wind[] = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'];

/** The campaign's standard descriptions of each wind: prior evidence, also for words unseen in the corpus. */
export const LEXICON: Record<Exclude<Wind, 'other'>, readonly string[]> = {
  formalism: [
    '文山会海', '会议多', '会议太多', '开会', '陪会', '文件多', '文件太多', '文件太长', '层层转发', '照抄照转', '检查多', '检查评比', '评比', '考核', '达标', '台账',
    '留痕', '拍照', '打卡', '填表', '报表', '材料', '汇报材料', '迎检', '走过场', '形式主义', '花架子', '表面文章', '形象工程', '政绩工程', '面子工程', '亮点工程',
    '重布置轻落实', '重部署轻落实', '调研走过场', '过多过滥', '督查', '作秀', '摆样子', '做样子', '样板', '应付检查', '突击', '刷墙', '标语', '口号',
  ],
  bureaucratism: [
    '门难进', '脸难看', '话难听', '事难办', '推诿', '推脱', '扯皮', '踢皮球', '拖拉', '拖着', '效率低', '不作为', '慢作为', '乱作为', '脱离群众', '高高在上', '拍脑袋',
    '一言堂', '说了算', '态度差', '态度恶劣', '刁难', '跑了', '多跑', '跑五趟', '白跑', '吃拿卡要', '衙门', '官僚主义', '官架子', '打官腔', '不回应', '不理睬', '爱答不理',
    '敷衍', '手续繁琐', '盖章', '开证明', '不归我们管', '没下文', '没有下文', '研究研究', '等通知', '冷漠',
  ],
  hedonism: [
    '打牌', '麻将', '斗地主', '赌博', '上班时间', '工作时间', '迟到', '早退', '脱岗', '离岗', '不在岗', '走读', '饮酒', '喝酒', '酒驾', '精神懈怠', '贪图享受', '贪图安逸',
    '不思进取', '庸懒散', '混日子', '得过且过', '出工不出力', '玩手机', '玩游戏', '打游戏', '炒股', '享乐主义', '懒政', '睡觉', '钓鱼', '吃空饷', '挂名', '躺平',
  ],
  extravagance: [
    '公款', '吃喝', '宴请', '大吃大喝', '送礼', '收礼', '礼金', '红包', '购物卡', '公车私用', '公车', '公务用车', '公务车', '超标', '办公用房', '办公室超标', '铺张浪费',
    '铺张', '浪费', '奢华', '豪华', '高档', '会所', '公款旅游', '节庆', '楼堂馆所', '大操大办', '婚丧', '奢靡', '接待', '茅台', '名贵', '签单', '三公经费',
  ],
};

// ---------------------------------------------------------------------------------------------
// Hashing and character classes

const BITS = 17;
const DIM = 1 << BITS;
const MASK = DIM - 1;
/** Longest vocabulary word, in UTF-16 units. */
const MAX_WORD = 8;
/** Only the first this many characters of an opinion are read (a 1 MB paste is not an opinion). */
const MAX_CHARS = 20_000;

const SEED_UNI = 0x811c9dc5;
const SEED_BI = 0x9e3779b1;
const SEED_TRI = 0x85ebca6b;
const SEED_WORD = 0xc2b2ae35;
const SEED_LEX = 0x27d4eb2f;

const FNV = 16777619;
const step = (h: number, c: number) => Math.imul(h ^ c, FNV);
/** Final avalanche so that nearby hashes spread over the table. */
const fmix = (h: number) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

// Per UTF-16 unit: 0 = separator (space, punctuation), otherwise the unit to use (digits → '0').
const CHAR = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) CHAR[c] = c;
const separators = [
  [0x00, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0xbf], [0x2000, 0x206f], [0x2190, 0x2bff], [0x3000, 0x303f], [0xfe10, 0xfe6f], [0xff00, 0xff0f],
  [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65], [0xfff0, 0xffff],
];
for (const [a, b] of separators) CHAR.fill(0, a, b + 1);
for (let c = 0x30; c <= 0x39; c++) CHAR[c] = 0x30;
for (let c = 0xff10; c <= 0xff19; c++) CHAR[c] = 0x30;

const hasHan = (w: string) => /[\u3400-\u9fff]/.test(w);

// ---------------------------------------------------------------------------------------------
// Vocabulary: the words a model knows, found in a text by a rolling hash (no segmenter needed).

class Vocabulary {
  words: string[] = [];
  /** Per word: the lexicon class it is evidence for, or -1. */
  lex: number[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(1024); // open addressing: word index + 1, 0 = empty
  private prefixes = new Uint8Array(1 << 13); // bit set over the first two units' hash

  get size() {
    return this.words.length;
  }

  static hash(word: string): number {
    let h = SEED_WORD;
    for (let i = 0; i < word.length; i++) h = step(h, CHAR[word.charCodeAt(i)]);
    return fmix(h);
  }

  private static prefix(a: number, b: number) {
    return (Math.imul(a, 31) + b) & 0xffff;
  }

  indexOf(word: string): number {
    const h = Vocabulary.hash(word);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = this.table[slot];
      if (v === 0) return -1;
      if (this.hashes[v - 1] === h && this.words[v - 1] === word) return v - 1;
    }
  }

  /** Adds a word (2..8 units, no separators); returns its index. A lexicon class is kept once set. */
  add(word: string, lex = -1): number {
    if (word.length < 2 || word.length > MAX_WORD) return -1;
    for (let i = 0; i < word.length; i++) if (!CHAR[word.charCodeAt(i)]) return -1;
    const at = this.indexOf(word);
    if (at >= 0) {
      if (lex >= 0) this.lex[at] = lex;
      return at;
    }
    if ((this.words.length + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    const index = this.words.length;
    const h = Vocabulary.hash(word);
    this.words.push(word);
    this.lex.push(lex);
    this.hashes.push(h);
    this.place(index);
    return index;
  }

  private place(index: number) {
    const mask = this.table.length - 1;
    let slot = this.hashes[index] & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = index + 1;
    const w = this.words[index];
    const p = Vocabulary.prefix(CHAR[w.charCodeAt(0)], CHAR[w.charCodeAt(1)]);
    this.prefixes[p >>> 3] |= 1 << (p & 7);
  }

  private rehash(size: number) {
    this.table = new Int32Array(size);
    for (let i = 0; i < this.words.length; i++) this.place(i);
  }

  clone(): Vocabulary {
    const v = new Vocabulary();
    v.words = this.words.slice();
    v.lex = this.lex.slice();
    v.hashes = this.hashes.slice();
    v.table = this.table.slice();
    v.prefixes = this.prefixes.slice();
    return v;
  }

  /**
   * Adds a word feature (and, with the lexicon, a lexicon feature) to `f` for every vocabulary
   * word occurring in units[0..n) (CHAR-mapped code units, 0 = separator).
   */
  scan(units: Uint16Array, n: number, f: Features, withLexicon: boolean) {
    const mask = this.table.length - 1;
    const table = this.table;
    const hashes = this.hashes;
    for (let i = 0; i + 1 < n; i++) {
      const a = units[i];
      const b = units[i + 1];
      if (!a || !b) continue;
      const p = Vocabulary.prefix(a, b);
      if (!(this.prefixes[p >>> 3] & (1 << (p & 7)))) continue;
      let h = step(step(SEED_WORD, a), b);
      for (let len = 2; ; len++) {
        const fh = fmix(h);
        for (let slot = fh & mask; ; slot = (slot + 1) & mask) {
          const v = table[slot];
          if (v === 0) break;
          if (hashes[v - 1] === fh && this.matches(v - 1, units, i, len)) {
            f.push(fmix(step(fh, SEED_WORD)), KIND_WORD, i, len);
            const lex = withLexicon ? this.lex[v - 1] : -1;
            if (lex >= 0) f.push(fmix(step(SEED_LEX, lex)), KIND_LEX, i, len);
            break;
          }
        }
        if (len >= MAX_WORD || i + len >= n || !units[i + len]) break;
        h = step(h, units[i + len]);
      }
    }
  }

  private matches(index: number, units: Uint16Array, start: number, len: number): boolean {
    const w = this.words[index];
    if (w.length !== len) return false;
    for (let k = 0; k < len; k++) if (CHAR[w.charCodeAt(k)] !== units[start + k]) return false;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Feature extraction into reusable buffers (no per-call allocation of maps).

const KIND_UNI = 1;
const KIND_BI = 2;
const KIND_TRI = 3;
const KIND_WORD = 4;
const KIND_LEX = 5;

/** Relative weight of each feature family (index = kind). */
const FAMILY_WEIGHT: readonly number[] = [0, 0.5, 1, 0.5, 1, 1];

class Features {
  n = 0;
  ids = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  starts = new Int32Array(1024);
  lens = new Uint8Array(1024);
  /** Per feature: how much it pushed the winner ahead (filled by a predict for topTerms). */
  contributions = new Float64Array(1024);
  units = new Uint16Array(1024);
  /** 1 / sqrt(Σ family weight²): the scale that makes the feature vector unit length. */
  scale = 1;

  push(id: number, kind: number, start: number, len: number) {
    if (this.n === this.ids.length) this.grow();
    const i = this.n++;
    this.ids[i] = id & MASK;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.lens[i] = len;
  }

  private grow() {
    const size = this.ids.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.ids = copy(this.ids, new Int32Array(size));
    this.kinds = copy(this.kinds, new Uint8Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.lens = copy(this.lens, new Uint8Array(size));
    this.contributions = new Float64Array(size);
  }

  /** An independent copy of the current ids/kinds (for training sets). */
  snapshot(): { ids: Int32Array; kinds: Uint8Array; scale: number } {
    return { ids: this.ids.slice(0, this.n), kinds: this.kinds.slice(0, this.n), scale: this.scale };
  }
}

function extract(norm: string, vocab: Vocabulary, withLexicon: boolean, f: Features): Features {
  const n = Math.min(norm.length, MAX_CHARS);
  if (f.units.length < n) f.units = new Uint16Array(Math.max(n, f.units.length * 2));
  const u = f.units;
  for (let i = 0; i < n; i++) u[i] = CHAR[norm.charCodeAt(i)];
  f.n = 0;
  for (let i = 0; i < n; i++) {
    const c = u[i];
    if (!c) continue;
    f.push(fmix(step(SEED_UNI, c)), KIND_UNI, i, 1);
    if (i + 1 < n && u[i + 1]) {
      const h2 = step(step(SEED_BI, c), u[i + 1]);
      f.push(fmix(h2), KIND_BI, i, 2);
      if (i + 2 < n && u[i + 2]) f.push(fmix(step(step(step(SEED_TRI, c), u[i + 1]), u[i + 2])), KIND_TRI, i, 3);
    }
  }
  vocab.scan(u, n, f, withLexicon);
  let sq = 0;
  for (let i = 0; i < f.n; i++) sq += FAMILY_WEIGHT[f.kinds[i]] ** 2;
  f.scale = sq > 0 ? 1 / Math.sqrt(sq) : 1;
  return f;
}

// ---------------------------------------------------------------------------------------------
// Segmentation (only for learning: prediction uses the vocabulary scan).

type Segmenter = (text: string) => string[];
let segmenter: Segmenter | null = null;

/**
 * Use this segmenter for learning instead of loading a second jieba (e.g. a process-wide
 * `(text) => jieba.cut(text, false)`). It must be deterministic.
 */
export function setSegmenter(cut: Segmenter): void {
  segmenter = cut;
}

/** jieba, loaded on first use (its dictionary takes ~0.3 s to load). */
export function segment(normalized: string): string[] {
  if (!segmenter) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    const jieba = Jieba.withDict(dict);
    segmenter = (text) => jieba.cut(text, false);
  }
  return segmenter(normalized);
}

/** The words of a text worth a vocabulary entry: 2..8 units with at least one Han character. */
function newWords(normalized: string): string[] {
  return segment(normalized.slice(0, MAX_CHARS)).filter((w) => w.length >= 2 && w.length <= MAX_WORD && hasHan(w));
}

// ---------------------------------------------------------------------------------------------
// Serialization helpers

function encodeFloats(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}
function decodeFloats(s: string): Float32Array {
  const b = Buffer.from(s, 'base64');
  const out = new Float32Array(b.byteLength / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}
function encodeInts(a: Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}
function decodeInts(s: string): Int32Array {
  const b = Buffer.from(s, 'base64');
  const out = new Int32Array(b.byteLength / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}

/** Rows (feature ids) with any nonzero weight, and their K weights each. */
function sparseRows(w: Float32Array, k: number): { rows: Int32Array; values: Float32Array } {
  const rows: number[] = [];
  for (let r = 0; r < DIM; r++) {
    for (let j = 0; j < k; j++) {
      if (w[r * k + j] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  const values = new Float32Array(rows.length * k);
  rows.forEach((r, i) => values.set(w.subarray(r * k, r * k + k), i * k));
  return { rows: Int32Array.from(rows), values };
}

// ---------------------------------------------------------------------------------------------
// Top contributing terms

const MAX_TERMS = 6;

/**
 * The features that pushed the winner ahead: contribution = weight for the winner minus the mean
 * weight for the others. Words and lexicon terms first; character n-grams only to fill up when
 * fewer than two words speak for the winner. Returns distinct substrings of the normalized text.
 */
function topTerms(f: Features, norm: string): string[] {
  const picked: { text: string; score: number; word: boolean }[] = [];
  const byText = new Map<string, number>();
  let words = 0;
  let positives = 0;
  for (let pass = 0; pass < 2; pass++) {
    // Pass 0: words and lexicon terms; pass 1 (only when fewer than two of those count): bi- and
    // trigrams (whose contributions the caller fills only in that case).
    if (pass === 1 && positives >= 2) break;
    for (let i = 0; i < f.n; i++) {
      const kind = f.kinds[i];
      const wanted = pass === 0 ? kind === KIND_WORD || kind === KIND_LEX : kind === KIND_BI || kind === KIND_TRI;
      const score = f.contributions[i];
      if (!wanted || !(score > 0)) continue;
      if (pass === 0) positives++;
      const text = norm.substr(f.starts[i], f.lens[i]);
      const at = byText.get(text);
      if (at === undefined) {
        byText.set(text, picked.length);
        picked.push({ text, score, word: pass === 0 });
      } else picked[at].score += score;
    }
    if (pass === 0) words = picked.length;
  }
  picked.sort((a, b) => Number(b.word) - Number(a.word) || b.score - a.score);
  const top = picked[0]?.score ?? 0;
  const out: string[] = [];
  for (const p of picked) {
    if (out.length >= MAX_TERMS) break;
    if (!p.word && words >= 2) continue;
    if (p.score < top * 0.2 && out.length >= 2) continue;
    if (SAYS_NOTHING.has(p.text)) continue;
    // A shorter term inside a chosen longer one adds nothing for a reader; a longer one replaces it.
    if (out.some((t) => t.includes(p.text))) continue;
    const inside = out.findIndex((t) => p.text.includes(t));
    if (inside >= 0) {
      out[inside] = p.text;
      for (let k = out.length - 1; k > inside; k--) if (p.text.includes(out[k])) out.splice(k, 1);
      continue;
    }
    out.push(p.text);
    if (!p.word) words++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// WindModel

export interface TrainOptions {
  /** Passes of SGD over the corpus for the logistic-regression half. */
  epochs?: number;
  /** Initial SGD learning rate (decays as rate / (1 + epoch)). */
  rate?: number;
  /** Starting weight of a lexicon feature for its own wind (the lexicon as prior evidence). */
  lexiconPrior?: number;
  /** Softmax temperature (fit it on held-out folds; see scripts/train-triage.ts). */
  temperature?: number;
  seed?: number;
}

export interface WindModelJSON {
  format: 'massline.wind-model';
  version: 1;
  labels: Wind[];
  features: { bits: number; families: number[] };
  temperature: number;
  mix: number;
  nbAlpha: number;
  nbTemper: number;
  vocabulary: string; // words joined by '\n'
  lexicon: Record<string, string[]>; // the vocabulary words that are lexicon evidence, per wind
  bias: number[];
  rows: string; // base64 Int32Array: feature ids with logistic-regression weights
  weights: string; // base64 Float32Array: K weights per row
  nbDocs: number[];
  nbTotals: number[];
  nbRows: string; // base64 Int32Array: feature ids seen by naive Bayes
  nbLog: string; // base64 Float32Array: K values log(count + alpha) per row
  meta?: Record<string, unknown>;
}

const K = WINDS.length;
const scratch = new Features();
const scores = new Float64Array(K);
const nbPart = new Float64Array(K);

/** Weight of naive Bayes in the ensemble (logistic regression gets the rest). */
const MIX = 0.5;
const WIND_NB_ALPHA = 0.5;
/** Naive Bayes counts each character several times (1-, 2-, 3-grams, words): its log-likelihood is divided by this. */
const WIND_NB_TEMPER = 4;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmaxInto(s: Float64Array, t: number, out: Float64Array) {
  let max = -Infinity;
  for (let k = 0; k < s.length; k++) max = Math.max(max, s[k] / t);
  let sum = 0;
  for (let k = 0; k < s.length; k++) sum += out[k] = Math.exp(s[k] / t - max);
  for (let k = 0; k < s.length; k++) out[k] /= sum;
}

let shippedInstance: WindModel | null = null;

/**
 * The four-winds model: an ensemble of multinomial naive Bayes (counts; strong with little data,
 * learns by counting) and logistic regression (averaged SGD; carries the lexicon prior and takes
 * staff corrections as passive-aggressive steps). The two log-scores are mixed half and half and
 * a fitted temperature turns them into probabilities.
 */
export class WindModel {
  // Logistic regression
  private w: Float32Array;
  private bias: Float64Array;
  // Naive Bayes: log(count + alpha) per feature row and wind (untouched rows hold log(alpha)).
  private nbLog: Float32Array;
  private nbDocs: Float64Array;
  private nbTotals: Float64Array;
  private nbSeen: Uint8Array; // rows touched
  private nbRowCount = 0;
  private nbPrior = new Float64Array(K);
  private nbDenominator = new Float64Array(K);
  private vocab: Vocabulary;
  /** Copy-on-write: true while the tables may be shared with another instance. */
  private shared = false;
  temperature: number;
  meta: Record<string, unknown> = {};

  private constructor(vocab: Vocabulary, temperature: number) {
    this.w = new Float32Array(DIM * K);
    this.bias = new Float64Array(K);
    this.nbLog = new Float32Array(DIM * K).fill(Math.fround(Math.log(WIND_NB_ALPHA)));
    this.nbDocs = new Float64Array(K);
    this.nbTotals = new Float64Array(K);
    this.nbSeen = new Uint8Array(DIM);
    this.vocab = vocab;
    this.temperature = temperature;
    this.refreshNb();
  }

  /** A model that knows only the lexicon (no corpus): the starting point of train(). */
  static empty(lexiconPrior = 10): WindModel {
    const m = new WindModel(new Vocabulary(), 1);
    Object.entries(LEXICON).forEach(([wind, terms]) => {
      const k = WINDS.indexOf(wind as Wind);
      for (const t of terms) m.vocab.add(normalize(t), k);
    });
    for (let k = 0; k < K - 1; k++) m.w[(fmix(step(SEED_LEX, k)) & MASK) * K + k] = lexiconPrior;
    return m;
  }

  /** The model trained on the shipped corpus (src/modules/triage/corpus). Each call returns an
   * independent copy (copy-on-write, so it is cheap): learning on it never changes classify(). */
  static shipped(): WindModel {
    return WindModel.base().clone();
  }

  /** The shared instance behind classify(); never mutated (learn() on it copies first). */
  static base(): WindModel {
    return (shippedInstance ??= WindModel.fromJSON(shippedModel as unknown as WindModelJSON));
  }

  /** Trains a model from labelled opinions (vocabulary from jieba, then counts and averaged SGD). */
  static train(examples: readonly { text: string; wind: Wind }[], options: TrainOptions = {}): WindModel {
    const { epochs = 25, rate = 5, lexiconPrior = 10, temperature = 1, seed = 1 } = options;
    const m = WindModel.empty(lexiconPrior);
    m.temperature = temperature;
    const norms = examples.map((e) => normalize(e.text));
    for (const n of norms) for (const w of newWords(n)) m.vocab.add(w);
    const docs = norms.map((n) => extract(n, m.vocab, true, scratch).snapshot());
    const labels = examples.map((e) => WINDS.indexOf(e.wind));
    if (labels.some((l) => l < 0)) throw new Error('unknown wind label');

    docs.forEach((d, i) => m.count(d.ids, d.kinds, d.ids.length, labels[i], 1));
    m.refreshNb();

    // Averaged SGD on the softmax loss of the logistic-regression half alone: w is the running
    // weight, u accumulates c·update, so the average over all steps is w − u/c.
    const u = new Float32Array(DIM * K);
    const ub = new Float64Array(K);
    const p = new Float64Array(K);
    const order = docs.map((_, i) => i);
    const random = mulberry32(seed);
    let c = 1;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const eta = rate / (1 + epoch);
      for (const d of order) {
        const doc = docs[d];
        m.scoreLr(doc.ids, doc.kinds, doc.ids.length, doc.scale, scores);
        softmaxInto(scores, 1, p);
        for (let k = 0; k < K; k++) {
          const g = (p[k] - (k === labels[d] ? 1 : 0)) * eta;
          if (g === 0) continue;
          m.bias[k] -= g * 0.1;
          ub[k] -= c * g * 0.1;
          for (let i = 0; i < doc.ids.length; i++) {
            const x = FAMILY_WEIGHT[doc.kinds[i]] * doc.scale * g;
            const at = doc.ids[i] * K + k;
            m.w[at] -= x;
            u[at] -= c * x;
          }
        }
        c++;
      }
    }
    for (let i = 0; i < m.w.length; i++) if (u[i] !== 0) m.w[i] -= u[i] / c;
    for (let k = 0; k < K; k++) m.bias[k] -= ub[k] / c;
    return m;
  }

  /** Adds a document's features to the naive Bayes counts of wind k. */
  private count(ids: Int32Array, kinds: Uint8Array, n: number, k: number, weight: number) {
    for (let i = 0; i < n; i++) {
      const row = ids[i];
      const x = FAMILY_WEIGHT[kinds[i]] * weight;
      const at = row * K + k;
      this.nbLog[at] = Math.log(Math.exp(this.nbLog[at]) + x);
      if (!this.nbSeen[row]) {
        this.nbSeen[row] = 1;
        this.nbRowCount++;
      }
      this.nbTotals[k] += x;
    }
    this.nbDocs[k] += weight;
  }

  private refreshNb() {
    const docs = this.nbDocs.reduce((s, x) => s + x, 0);
    const v = this.nbRowCount + 1;
    for (let k = 0; k < K; k++) {
      this.nbPrior[k] = Math.log((this.nbDocs[k] + 1) / (docs + K));
      this.nbDenominator[k] = Math.log(this.nbTotals[k] + WIND_NB_ALPHA * v);
    }
  }

  private scoreLr(ids: Int32Array, kinds: Uint8Array, n: number, scale: number, out: Float64Array) {
    const w = this.w;
    let s0 = this.bias[0];
    let s1 = this.bias[1];
    let s2 = this.bias[2];
    let s3 = this.bias[3];
    let s4 = this.bias[4];
    for (let i = 0; i < n; i++) {
      const x = FAMILY_WEIGHT[kinds[i]] * scale;
      const at = ids[i] * K;
      s0 += w[at] * x;
      s1 += w[at + 1] * x;
      s2 += w[at + 2] * x;
      s3 += w[at + 3] * x;
      s4 += w[at + 4] * x;
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
    out[4] = s4;
  }

  /** Combined score per wind: MIX · naive Bayes log posterior + (1 − MIX) · logistic-regression logit. */
  private score(norm: string, out: Float64Array): Features {
    const f = extract(norm, this.vocab, true, scratch);
    const n = f.n;
    const ids = f.ids;
    const kinds = f.kinds;
    this.scoreLr(ids, kinds, n, f.scale, out);
    const nb = this.nbLog;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    let b3 = 0;
    let b4 = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = FAMILY_WEIGHT[kinds[i]];
      const at = ids[i] * K;
      sum += x;
      b0 += nb[at] * x;
      b1 += nb[at + 1] * x;
      b2 += nb[at + 2] * x;
      b3 += nb[at + 3] * x;
      b4 += nb[at + 4] * x;
    }
    nbPart[0] = b0;
    nbPart[1] = b1;
    nbPart[2] = b2;
    nbPart[3] = b3;
    nbPart[4] = b4;
    for (let k = 0; k < K; k++) {
      const logPosterior = this.nbPrior[k] + (nbPart[k] - sum * this.nbDenominator[k]) / WIND_NB_TEMPER;
      out[k] = MIX * logPosterior + (1 - MIX) * out[k];
    }
    return f;
  }

  /** Probabilities per wind for a text. */
  probabilities(text: string, normalized?: string): Record<Wind, number> {
    const norm = normalized ?? normalize(text);
    this.score(norm, scores);
    const p = new Float64Array(K);
    softmaxInto(scores, this.temperature, p);
    return Object.fromEntries(WINDS.map((w, k) => [w, p[k]])) as Record<Wind, number>;
  }

  predict(text: string, normalized?: string): Classification {
    const norm = normalized ?? normalize(text);
    const f = this.score(norm, scores);
    let best = 0;
    for (let k = 1; k < K; k++) if (scores[k] > scores[best]) best = k;
    // Confidence: the softmax probability of the winner at the fitted temperature.
    let sum = 0;
    const t = this.temperature;
    for (let k = 0; k < K; k++) sum += Math.exp((scores[k] - scores[best]) / t);
    const confidence = Math.round((1 / sum) * 1000) / 1000;
    const w = this.w;
    const nb = this.nbLog;
    let otherDenominators = 0;
    for (let k = 0; k < K; k++) if (k !== best) otherDenominators += this.nbDenominator[k];
    const denominatorGap = this.nbDenominator[best] - otherDenominators / (K - 1);
    // Words and lexicon terms first; character n-grams only when fewer than two words speak for the winner.
    let positive = 0;
    for (let pass = 0; pass < 2 && (pass === 0 || positive < 2); pass++) {
      for (let i = 0; i < f.n; i++) {
        const kind = f.kinds[i];
        if (pass === 0 ? kind !== KIND_WORD && kind !== KIND_LEX : kind !== KIND_BI && kind !== KIND_TRI) continue;
        const at = f.ids[i] * K;
        let lrOthers = 0;
        let nbOthers = 0;
        for (let k = 0; k < K; k++) {
          if (k === best) continue;
          lrOthers += w[at + k];
          nbOthers += nb[at + k];
        }
        const x = FAMILY_WEIGHT[kind];
        const lr = (w[at + best] - lrOthers / (K - 1)) * x * f.scale;
        const bayes = ((nb[at + best] - nbOthers / (K - 1) - denominatorGap) * x) / WIND_NB_TEMPER;
        const c = (1 - MIX) * lr + MIX * bayes;
        f.contributions[i] = c;
        if (c > 0) positive++;
      }
    }
    const terms = topTerms(f, norm);
    return { wind: WINDS[best], confidence, terms };
  }

  /**
   * Learns from a staff confirmation or correction of one opinion: the text's features are counted
   * for `wind` (weight: 1 for a correction, less for a mere confirmation), its new words join the
   * vocabulary, and a passive-aggressive step on the regression half makes `wind` win for this
   * text by a margin.
   */
  learn(text: string, wind: Wind, weight = 1): void {
    const y = WINDS.indexOf(wind);
    if (y < 0) throw new Error(`unknown wind: ${wind}`);
    if (!(weight > 0) || !Number.isFinite(weight)) return;
    const norm = normalize(text);
    if (!norm) return;
    this.own();
    for (const word of newWords(norm)) this.vocab.add(word);
    const f = extract(norm, this.vocab, true, scratch);
    this.count(f.ids, f.kinds, f.n, y, weight);
    this.refreshNb();
    const margin = 1.5 * this.temperature;
    for (let round = 0; round < 4; round++) {
      const g = this.score(norm, scores);
      let rival = -1;
      for (let k = 0; k < K; k++) if (k !== y && (rival < 0 || scores[k] > scores[rival])) rival = k;
      const loss = margin - (scores[y] - scores[rival]);
      if (loss <= 0) break;
      let sq = 0;
      for (let i = 0; i < g.n; i++) sq += (FAMILY_WEIGHT[g.kinds[i]] * g.scale) ** 2;
      // The combined score moves by (1 − MIX) · 2τ · |x|² for a step τ on both rows.
      const cap = 8 * weight;
      const tau = Math.min(cap, loss / ((1 - MIX) * 2 * Math.max(sq, 1e-9)));
      for (let i = 0; i < g.n; i++) {
        const x = tau * FAMILY_WEIGHT[g.kinds[i]] * g.scale;
        const at = g.ids[i] * K;
        this.w[at + y] += x;
        this.w[at + rival] -= x;
      }
      if (tau >= cap) break; // one example may not move the model further than this
    }
  }

  /** An independent model with the same knowledge (copy-on-write: cheap until it learns). */
  clone(): WindModel {
    const m = Object.create(WindModel.prototype) as WindModel;
    Object.assign(m, this);
    m.nbPrior = this.nbPrior.slice();
    m.nbDenominator = this.nbDenominator.slice();
    m.meta = { ...this.meta };
    m.shared = true;
    this.shared = true;
    return m;
  }

  private own() {
    if (!this.shared) return;
    this.w = this.w.slice();
    this.bias = this.bias.slice();
    this.nbLog = this.nbLog.slice();
    this.nbDocs = this.nbDocs.slice();
    this.nbTotals = this.nbTotals.slice();
    this.nbSeen = this.nbSeen.slice();
    this.vocab = this.vocab.clone();
    this.shared = false;
  }

  get vocabularySize(): number {
    return this.vocab.size;
  }

  toJSON(): WindModelJSON {
    const { rows, values } = sparseRows(this.w, K);
    const nbRows: number[] = [];
    for (let r = 0; r < DIM; r++) if (this.nbSeen[r]) nbRows.push(r);
    const nbValues = new Float32Array(nbRows.length * K);
    nbRows.forEach((r, i) => nbValues.set(this.nbLog.subarray(r * K, r * K + K), i * K));
    const lexicon: Record<string, string[]> = {};
    this.vocab.words.forEach((word, i) => {
      const k = this.vocab.lex[i];
      if (k >= 0) (lexicon[WINDS[k]] ??= []).push(word);
    });
    return {
      format: 'massline.wind-model',
      version: 1,
      labels: [...WINDS],
      features: { bits: BITS, families: [...FAMILY_WEIGHT] },
      temperature: this.temperature,
      mix: MIX,
      nbAlpha: WIND_NB_ALPHA,
      nbTemper: WIND_NB_TEMPER,
      vocabulary: this.vocab.words.join('\n'),
      lexicon,
      bias: Array.from(this.bias),
      rows: encodeInts(rows),
      weights: encodeFloats(values),
      nbDocs: Array.from(this.nbDocs),
      nbTotals: Array.from(this.nbTotals),
      nbRows: encodeInts(Int32Array.from(nbRows)),
      nbLog: encodeFloats(nbValues),
      meta: this.meta,
    };
  }

  static fromJSON(json: WindModelJSON | string): WindModel {
    const j = (typeof json === 'string' ? JSON.parse(json) : json) as WindModelJSON;
    if (j?.format !== 'massline.wind-model' || j.version !== 1) throw new Error('not a wind model (regenerate: npx tsx scripts/train-triage.ts)');
    if (j.labels.join() !== WINDS.join()) throw new Error('wind model labels differ');
    if (j.features.bits !== BITS || j.features.families.join() !== FAMILY_WEIGHT.join() || j.mix !== MIX || j.nbAlpha !== WIND_NB_ALPHA || j.nbTemper !== WIND_NB_TEMPER) {
      throw new Error('wind model was trained with other feature settings (regenerate: npx tsx scripts/train-triage.ts)');
    }
    const vocab = new Vocabulary();
    for (const word of j.vocabulary ? j.vocabulary.split('\n') : []) vocab.add(word);
    for (const [wind, terms] of Object.entries(j.lexicon)) {
      const k = WINDS.indexOf(wind as Wind);
      for (const t of terms) vocab.add(t, k);
    }
    const m = new WindModel(vocab, j.temperature);
    const rows = decodeInts(j.rows);
    const values = decodeFloats(j.weights);
    rows.forEach((r, i) => m.w.set(values.subarray(i * K, i * K + K), r * K));
    m.bias = Float64Array.from(j.bias);
    const nbRows = decodeInts(j.nbRows);
    const nbValues = decodeFloats(j.nbLog);
    nbRows.forEach((r, i) => {
      m.nbLog.set(nbValues.subarray(i * K, i * K + K), r * K);
      m.nbSeen[r] = 1;
    });
    m.nbRowCount = nbRows.length;
    m.nbDocs = Float64Array.from(j.nbDocs);
    m.nbTotals = Float64Array.from(j.nbTotals);
    m.refreshNb();
    m.meta = j.meta ?? {};
    return m;
  }
}

