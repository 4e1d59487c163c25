import { createRequire } from 'node:module';
import type { Classification, Wind } from './classify.js';
import { normalize } from './normalize.js';
import shippedModel from './corpus/model.json' with { type: 'json' };

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

/** In Vocabulary's `seq` table: some longer word begins with this sequence. */
const MORE = 1 << 30;

class Vocabulary {
  words: string[] = [];
  /** Per word: the lexicon class it is evidence for, or -1. */
  lex: number[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(1024); // open addressing: word index + 1, 0 = empty
  private prefixes = new Uint8Array(1 << 13); // bit set over the first two units' hash
  /**
   * What scan() reads: per slot, two Int32s — the hash of a CHAR-mapped unit sequence (as
   * hash() computes it) and (index of the first word that maps to it) + 1, 0 when it is only the
   * beginning of words, with MORE set when some longer word begins with it. MORE lets the scan
   * stop at the first length that no word continues (most positions: after two units) instead
   * of probing every length up to MAX_WORD. A sequence whose hash equals another's may see MORE
   * it does not deserve, which costs a probe and changes nothing found.
   */
  private seq = new Int32Array(2048);
  private seqUsed = 0;
  /** Per word: its CHAR-mapped units (MAX_WORD per word) and length, what scan() compares. */
  private mapped = new Uint16Array(1024 * MAX_WORD);
  private mappedLen = new Uint8Array(1024);

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
    if (this.mappedLen.length <= index) {
      const mapped = new Uint16Array(this.mapped.length * 2);
      mapped.set(this.mapped);
      this.mapped = mapped;
      const mappedLen = new Uint8Array(this.mappedLen.length * 2);
      mappedLen.set(this.mappedLen);
      this.mappedLen = mappedLen;
    }
    for (let k = 0; k < word.length; k++) this.mapped[index * MAX_WORD + k] = CHAR[word.charCodeAt(k)];
    this.mappedLen[index] = word.length;
    this.place(index);
    this.placeSequences(index);
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

  /** Enters word `index` and its beginnings (2..len−1 units) into `seq` (words in index order). */
  private placeSequences(index: number) {
    if ((this.seqUsed + MAX_WORD) * 8 > (this.seq.length >>> 1) * 5) {
      this.reseq(); // enters every word so far, this one included
      return;
    }
    this.enterSequences(index);
  }

  private enterSequences(index: number) {
    const w = this.words[index];
    let h = step(SEED_WORD, CHAR[w.charCodeAt(0)]);
    for (let len = 2; len <= w.length; len++) {
      h = step(h, CHAR[w.charCodeAt(len - 1)]);
      const key = fmix(h) | 0;
      const last = len === w.length;
      const t = this.seq;
      const mask = (t.length >>> 1) - 1;
      let slot = key & mask;
      let done = false;
      for (; t[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
        if (t[slot * 2] !== key) continue;
        const v = t[slot * 2 + 1];
        if (!last) {
          // A beginning: mark the first entry of this hash (scan() reads MORE from any of them).
          t[slot * 2 + 1] = v | MORE;
          done = true;
          break;
        }
        const e = (v & ~MORE) - 1;
        if (e < 0) {
          // Only a beginning so far: this word ends here too.
          t[slot * 2 + 1] = v | (index + 1);
          done = true;
          break;
        }
        // The same CHAR-mapped sequence as an earlier word (digits differ): scan() finds the
        // earlier one first, as the old single-table walk did.
        if (this.sameUnits(e, w)) {
          done = true;
          break;
        }
      }
      if (done) continue;
      t[slot * 2] = key;
      t[slot * 2 + 1] = last ? index + 1 : MORE;
      this.seqUsed++;
    }
  }

  private sameUnits(index: number, word: string): boolean {
    const w = this.words[index];
    if (w.length !== word.length) return false;
    for (let k = 0; k < w.length; k++) if (CHAR[w.charCodeAt(k)] !== CHAR[word.charCodeAt(k)]) return false;
    return true;
  }

  /**
   * `seq` rebuilt at the smallest size that leaves it at most half full, so that an eighth of its
   * slots fills before placeSequences grows it again. Words share beginnings, so the count of
   * their sequences only bounds what is entered: a first try at 3/4 of it (never full), doubled
   * when more than half is used. The shipped vocabulary then takes 32,768 slots (256 kB, 44% used)
   * instead of 65,536: −4% of score()'s CPU in an in-process A/B, scan() reading it at random.
   */
  private reseq() {
    let sequences = MAX_WORD;
    for (const w of this.words) sequences += w.length - 1;
    let slots = 1024;
    while (slots * 3 < sequences * 4) slots <<= 1;
    for (;;) {
      this.seq = new Int32Array(slots * 2);
      this.seqUsed = 0;
      for (let i = 0; i < this.words.length; i++) this.enterSequences(i);
      if ((this.seqUsed + MAX_WORD) * 2 <= slots) return;
      slots <<= 1;
    }
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
    v.seq = this.seq.slice();
    v.seqUsed = this.seqUsed;
    v.mapped = this.mapped.slice();
    v.mappedLen = this.mappedLen.slice();
    return v;
  }

  /**
   * Adds a word feature (and, with the lexicon, a lexicon feature) to `f` for every vocabulary
   * word occurring in units[0..n) (CHAR-mapped code units, 0 = separator).
   */
  scan(units: Uint16Array, n: number, f: Features, withLexicon: boolean) {
    const seq = this.seq;
    const mask = (seq.length >>> 1) - 1;
    const prefixes = this.prefixes;
    for (let i = 0; i + 1 < n; i++) {
      const a = units[i];
      const b = units[i + 1];
      if (!a || !b) continue;
      const p = Vocabulary.prefix(a, b);
      if (!(prefixes[p >>> 3] & (1 << (p & 7)))) continue;
      let h = step(step(SEED_WORD, a), b);
      for (let len = 2; ; len++) {
        const fh = fmix(h);
        const key = fh | 0;
        let more = 0;
        let found = -1;
        for (let slot = key & mask; ; slot = (slot + 1) & mask) {
          const v = seq[slot * 2 + 1];
          if (v === 0) break;
          if (seq[slot * 2] !== key) continue;
          more |= v;
          const e = (v & ~MORE) - 1;
          if (found < 0 && e >= 0 && this.matches(e, units, i, len)) found = e;
        }
        if (found >= 0) {
          f.push(fmix(step(fh, SEED_WORD)), KIND_WORD, i, len);
          const lex = withLexicon ? this.lex[found] : -1;
          if (lex >= 0) f.push(fmix(step(SEED_LEX, lex)), KIND_LEX, i, len);
        }
        // No word continues what was read: none longer starts here.
        if (!(more & MORE) || len >= MAX_WORD || i + len >= n || !units[i + len]) break;
        h = step(h, units[i + len]);
      }
    }
  }

  private matches(index: number, units: Uint16Array, start: number, len: number): boolean {
    if (this.mappedLen[index] !== len) return false;
    const mapped = this.mapped;
    const at = index * MAX_WORD;
    for (let k = 0; k < len; k++) if (mapped[at + k] !== units[start + k]) return false;
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
  /** Features [0, grams) are character n-grams, [grams, n) words and lexicon terms (extract's order). */
  grams = 0;

  push(id: number, kind: number, start: number, len: number) {
    if (this.n === this.ids.length) this.grow();
    const i = this.n++;
    this.ids[i] = id & MASK;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.lens[i] = len;
  }

  /** Room for `size` features (the first n kept). */
  reserve(size: number) {
    while (this.ids.length < size) this.grow();
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

/** Per (CHAR-mapped) unit: its unigram feature's row, hashed once here instead of per occurrence. */
const UNI_ROW = new Int32Array(65536);
for (let c = 0; c < 65536; c++) UNI_ROW[c] = fmix(step(SEED_UNI, c)) & MASK;

function extract(norm: string, vocab: Vocabulary, withLexicon: boolean, f: Features): Features {
  const n = Math.min(norm.length, MAX_CHARS);
  if (f.units.length < n) f.units = new Uint16Array(Math.max(n, f.units.length * 2));
  const u = f.units;
  for (let i = 0; i < n; i++) u[i] = CHAR[norm.charCodeAt(i)];
  // At most three n-grams per unit: with room for all of them reserved, the hot loop writes the
  // arrays directly (no capacity check and no call per feature). Order: per position, its uni-,
  // bi- and trigram — the scores are sums in this order, so it must not change.
  f.reserve(3 * n);
  const ids = f.ids;
  const kinds = f.kinds;
  const starts = f.starts;
  const lens = f.lens;
  let k = 0;
  let uni = 0;
  let bi = 0;
  for (let i = 0; i < n; i++) {
    const c = u[i];
    if (!c) continue;
    ids[k] = UNI_ROW[c];
    kinds[k] = KIND_UNI;
    starts[k] = i;
    lens[k++] = 1;
    uni++;
    const d = i + 1 < n ? u[i + 1] : 0;
    if (!d) continue;
    const h2 = step(step(SEED_BI, c), d);
    ids[k] = fmix(h2) & MASK;
    kinds[k] = KIND_BI;
    starts[k] = i;
    lens[k++] = 2;
    bi++;
    const e = i + 2 < n ? u[i + 2] : 0;
    if (!e) continue;
    ids[k] = fmix(step(step(step(SEED_TRI, c), d), e)) & MASK;
    kinds[k] = KIND_TRI;
    starts[k] = i;
    lens[k++] = 3;
  }
  f.n = k;
  f.grams = k;
  vocab.scan(u, n, f, withLexicon);
  // Σ family weight²: 0.25 per uni- and trigram, 1 per bigram, word and lexicon term. Every partial
  // sum is a multiple of 0.25, exact in a double, so counting gives the same value as adding.
  const sq = 0.25 * (uni + (k - uni - bi)) + bi + (f.n - k);
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
/** Words that may weigh for a wind (short opinions of one wind share them) but tell a reader
 * nothing of why: never shown as deciding words. */
// (Stop 53) And the function words a reader saw shown as the reason (节日期间还有公款送礼 gave 还有 beside 公款 and 送礼):
// connectives, pronouns, modal and degree words, which weigh a little for a wind in short texts and explain nothing.
export const SAYS_NOTHING: ReadonlySet<string> = new Set(
  ('一个 一些 有的 有些 这个 那个 这些 那些 什么 问题 情况 现象 实际 非常 特别 比较 已经 还是 就是 一下 东西 事情 ' +
    '还有 没有 可以 不是 也是 都是 只是 就是说 我们 他们 你们 她们 大家 自己 有人 这样 那样 这么 那么 这种 那种 这里 那里 ' +
    '因为 所以 但是 可是 而且 并且 如果 虽然 然后 而是 其实 真的 一直 一样 一点 不能 不会 不要 怎么 为什么 现在 时候').split(' '),
);
/** topTerms sorts up to this many candidates by insertion in `orderBuffer` (no allocation). */
const ORDER_INSERTION = 64;
const orderBuffer = new Int32Array(ORDER_INSERTION);

/**
 * The features that pushed the winner ahead: contribution = weight for the winner minus the mean
 * weight for the others. Words and lexicon terms first; character n-grams only to fill up when
 * fewer than two words speak for the winner. Returns distinct substrings of the normalized text.
 */
function topTerms(f: Features, norm: string): string[] {
  // The distinct texts among the features that speak for the winner, found by a hash of their
  // units in a table stamped per call: no substring, Map or object per feature, only a string
  // per term that gets looked at below (most opinions have a few dozen candidates, six chosen).
  const t = terms;
  t.begin(f.n);
  let words = 0;
  let positives = 0;
  for (let pass = 0; pass < 2; pass++) {
    // Pass 0: words and lexicon terms; pass 1 (only when fewer than two of those count): bi- and
    // trigrams (whose contributions the caller fills only in that case). extract() puts the
    // n-grams before the words, so each pass reads its own range.
    if (pass === 1 && positives >= 2) break;
    const from = pass === 0 ? f.grams : 0;
    const to = pass === 0 ? f.n : f.grams;
    for (let i = from; i < to; i++) {
      const kind = f.kinds[i];
      const wanted = pass === 0 ? kind === KIND_WORD || kind === KIND_LEX : kind === KIND_BI || kind === KIND_TRI;
      const score = f.contributions[i];
      if (!wanted || !(score > 0)) continue;
      if (pass === 0) positives++;
      t.add(norm, f.starts[i], f.lens[i], score, pass === 0);
    }
    if (pass === 0) words = t.count;
  }
  // Words first, then by score; equal ones in order of first occurrence (as a stable sort).
  // (A total order, so any correct sort gives this one: a few dozen candidates are sorted in place
  // in a reused buffer by insertion, more by Array.prototype.sort.)
  const count = t.count;
  const score = t.score;
  const word = t.word;
  let order: Int32Array | number[];
  if (count <= ORDER_INSERTION) {
    order = orderBuffer;
    for (let k = 0; k < count; k++) {
      let j = k;
      while (j > 0 && termBefore(k, order[j - 1]) < 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = k;
    }
  } else {
    order = [];
    for (let k = 0; k < count; k++) order.push(k);
    order.sort(termBefore);
  }
  const top = count ? score[order[0]] : 0;
  const out: string[] = [];
  for (let q = 0; q < count; q++) {
    const p = order[q];
    if (out.length >= MAX_TERMS) break;
    if (!word[p] && words >= 2) continue;
    if (score[p] < top * 0.2 && out.length >= 2) continue;
    const text = norm.substr(t.start[p], t.len[p]);
    if (SAYS_NOTHING.has(text)) continue;
    // A shorter term inside a chosen longer one adds nothing for a reader; a longer one replaces it.
    let within = false;
    for (let x = 0; x < out.length && !within; x++) within = out[x].includes(text);
    if (within) continue;
    let inside = -1;
    for (let x = 0; x < out.length && inside < 0; x++) if (text.includes(out[x])) inside = x;
    if (inside >= 0) {
      out[inside] = text;
      for (let k = out.length - 1; k > inside; k--) if (text.includes(out[k])) out.splice(k, 1);
      continue;
    }
    out.push(text);
    if (!word[p]) words++;
  }
  return out;
}

/**
 * topTerms' order of two candidates (indices into `terms`): words first, then by score, then by
 * first occurrence. A module function, not a closure per call: under tsx (esbuild keepNames) a
 * closure per call also costs a __name call, 0.6% of the whole first pass's CPU in a profile.
 */
function termBefore(a: number, b: number): number {
  const t = terms;
  return t.word[b] - t.word[a] || t.score[b] - t.score[a] || a - b;
}

/** topTerms' candidates: distinct texts (by their units in `norm`), each with its summed score. */
class TermSet {
  count = 0;
  start = new Int32Array(256);
  len = new Uint8Array(256);
  score = new Float64Array(256);
  word = new Uint8Array(256);
  private hash = new Int32Array(256);
  /** Open addressing: candidate + 1 where `stamps` holds this call's stamp. */
  private slots = new Int32Array(512);
  private stamps = new Int32Array(512);
  private stamp = 0;

  /** Starts a call with room for `features` candidates. */
  begin(features: number) {
    this.count = 0;
    if (this.start.length < features) {
      let size = this.start.length;
      while (size < features) size *= 2;
      this.start = new Int32Array(size);
      this.len = new Uint8Array(size);
      this.score = new Float64Array(size);
      this.word = new Uint8Array(size);
      this.hash = new Int32Array(size);
      this.slots = new Int32Array(size * 2);
      this.stamps = new Int32Array(size * 2);
      this.stamp = 0;
    }
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds `score` to the candidate norm[start, start + len), created (as a word or not) if new. */
  add(norm: string, start: number, len: number, score: number, word: boolean) {
    let h = SEED_WORD;
    for (let k = 0; k < len; k++) h = step(h, norm.charCodeAt(start + k));
    h = fmix(h) | 0;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      if (this.stamps[slot] !== this.stamp) {
        const c = this.count++;
        this.stamps[slot] = this.stamp;
        this.slots[slot] = c + 1;
        this.start[c] = start;
        this.len[c] = len;
        this.score[c] = score;
        this.word[c] = word ? 1 : 0;
        this.hash[c] = h;
        return;
      }
      const c = this.slots[slot] - 1;
      if (this.hash[c] === h && this.len[c] === len && sameText(norm, this.start[c], start, len)) {
        this.score[c] += score;
        return;
      }
    }
  }
}

function sameText(s: string, a: number, b: number, len: number): boolean {
  if (a === b) return true;
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

const terms = new TermSet();

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
/** Floats per feature row of a WindModel's table: K regression weights, then K naive Bayes values. */
const ROW = 2 * K;
/** A relative row (WindModel.rel): K − 1 weights of each half. */
const REL = 2 * (K - 1);
const REL_SHIFT = 3;
if (1 << REL_SHIFT !== REL) throw new Error('a relative row is 2^REL_SHIFT floats');
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
  // One table, ROW floats per feature row, so that scoring a feature reads one place: the K
  // logistic-regression weights (at row·ROW + k), then naive Bayes' log(count + alpha) per wind (at
  // row·ROW + K + k; untouched rows hold log(alpha)).
  private t: Float32Array;
  // What scoring reads: per feature row, its weights less those of the last wind (other), RELATIVE
  // floats (4 logistic-regression, then 4 naive Bayes) — the softmax and the winner depend only on
  // differences between winds, so the last one's column is always 0 and is not stored. A row is 32
  // bytes instead of 40 and 8 products instead of 10: scoring reads one row per feature (hundreds
  // per opinion, scattered over 4 MB), so the row's size is most of its cost. Derived from `t`:
  // built on first use, then kept in step row by row as learning changes `t` (syncRow).
  private rel: Float32Array | null = null;
  private bias: Float64Array;
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
    this.t = new Float32Array(DIM * ROW);
    const alpha = Math.fround(Math.log(WIND_NB_ALPHA));
    for (let r = 0; r < DIM; r++) this.t.fill(alpha, r * ROW + K, r * ROW + ROW);
    this.bias = new Float64Array(K);
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
    for (let k = 0; k < K - 1; k++) m.t[(fmix(step(SEED_LEX, k)) & MASK) * ROW + k] = lexiconPrior;
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
            m.t[doc.ids[i] * ROW + k] -= x;
            u[doc.ids[i] * K + k] -= c * x;
          }
        }
        c++;
      }
    }
    for (let i = 0; i < u.length; i++) if (u[i] !== 0) m.t[((i / K) | 0) * ROW + (i % K)] -= u[i] / c;
    for (let k = 0; k < K; k++) m.bias[k] -= ub[k] / c;
    return m;
  }

  /** Adds a document's features to the naive Bayes counts of wind k. */
  private count(ids: Int32Array, kinds: Uint8Array, n: number, k: number, weight: number) {
    for (let i = 0; i < n; i++) {
      const row = ids[i];
      const x = FAMILY_WEIGHT[kinds[i]] * weight;
      const at = row * ROW + K + k;
      this.t[at] = Math.log(Math.exp(this.t[at]) + x);
      this.syncRow(row);
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
    const w = this.t;
    let s0 = this.bias[0];
    let s1 = this.bias[1];
    let s2 = this.bias[2];
    let s3 = this.bias[3];
    let s4 = this.bias[4];
    for (let i = 0; i < n; i++) {
      const x = FAMILY_WEIGHT[kinds[i]] * scale;
      const at = ids[i] * ROW;
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

  /** The relative rows (see `rel`), built from `t` when the model has changed since. */
  private relative(): Float32Array {
    if (this.rel) return this.rel;
    this.rel = new Float32Array(DIM * REL);
    for (let row = 0; row < DIM; row++) this.syncRow(row);
    return this.rel;
  }

  /** Brings one relative row up to date with `t` (learning changes a few hundred rows). */
  private syncRow(row: number) {
    const r = this.rel;
    if (!r) return;
    const t = this.t;
    const at = row * ROW;
    const to = row * REL;
    for (let k = 0; k < K - 1; k++) {
      r[to + k] = t[at + k] - t[at + K - 1];
      r[to + K - 1 + k] = t[at + K + k] - t[at + ROW - 1];
    }
  }

  /** Combined score per wind, less that of the last wind (0): MIX · naive Bayes log posterior +
   * (1 − MIX) · logistic-regression logit. Only differences between winds are meaningful. */
  private score(norm: string, out: Float64Array): Features {
    const f = extract(norm, this.vocab, true, scratch);
    const n = f.n;
    const ids = f.ids;
    const kinds = f.kinds;
    // Both halves in one pass over the features, one 32-byte row each.
    const r = this.relative();
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    let b3 = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = FAMILY_WEIGHT[kinds[i]];
      const at = ids[i] << REL_SHIFT;
      s0 += r[at] * x;
      s1 += r[at + 1] * x;
      s2 += r[at + 2] * x;
      s3 += r[at + 3] * x;
      b0 += r[at + 4] * x;
      b1 += r[at + 5] * x;
      b2 += r[at + 6] * x;
      b3 += r[at + 7] * x;
      sum += x;
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
    nbPart[0] = b0;
    nbPart[1] = b1;
    nbPart[2] = b2;
    nbPart[3] = b3;
    const last = K - 1;
    for (let k = 0; k < last; k++) {
      const logPosterior = this.nbPrior[k] - this.nbPrior[last] + (nbPart[k] - sum * (this.nbDenominator[k] - this.nbDenominator[last])) / WIND_NB_TEMPER;
      const logit = this.bias[k] - this.bias[last] + f.scale * out[k];
      out[k] = MIX * logPosterior + (1 - MIX) * logit;
    }
    out[last] = 0;
    return f;
  }

  /** The combined scores from the absolute weights `t`, as learning reads them: a step's size
   * follows from the margin, and learning from these (not the float32 differences in `rel`) makes
   * the learnt weights exactly those of the reference implementation. */
  private scoreAbsolute(norm: string, out: Float64Array): Features {
    const f = extract(norm, this.vocab, true, scratch);
    this.scoreLr(f.ids, f.kinds, f.n, f.scale, out);
    const t = this.t;
    nbPart.fill(0);
    let sum = 0;
    for (let i = 0; i < f.n; i++) {
      const x = FAMILY_WEIGHT[f.kinds[i]];
      const nb = f.ids[i] * ROW + K;
      for (let k = 0; k < K; k++) nbPart[k] += t[nb + k] * x;
      sum += x;
    }
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
    const w = this.relative();
    let otherDenominators = 0;
    for (let k = 0; k < K; k++) if (k !== best) otherDenominators += this.nbDenominator[k];
    const denominatorGap = this.nbDenominator[best] - otherDenominators / (K - 1);
    // Words and lexicon terms first; character n-grams only when fewer than two words speak for the winner.
    let positive = 0;
    for (let pass = 0; pass < 2 && (pass === 0 || positive < 2); pass++) {
      // Words and lexicon terms come after the n-grams (extract's order): each pass reads its range.
      const from = pass === 0 ? f.grams : 0;
      const to = pass === 0 ? f.n : f.grams;
      for (let i = from; i < to; i++) {
        const kind = f.kinds[i];
        if (pass === 0 ? kind !== KIND_WORD && kind !== KIND_LEX : kind !== KIND_BI && kind !== KIND_TRI) continue;
        // Relative rows: the last wind's weights are 0, the others' less them (differences are
        // what this reads, so the same as over the absolute weights).
        const at = f.ids[i] << REL_SHIFT;
        let lrOthers = 0;
        let nbOthers = 0;
        for (let k = 0; k < K - 1; k++) {
          if (k === best) continue;
          lrOthers += w[at + k];
          nbOthers += w[at + K - 1 + k];
        }
        const lrBest = best < K - 1 ? w[at + best] : 0;
        const nbBest = best < K - 1 ? w[at + K - 1 + best] : 0;
        const x = FAMILY_WEIGHT[kind];
        const lr = (lrBest - lrOthers / (K - 1)) * x * f.scale;
        const bayes = ((nbBest - nbOthers / (K - 1) - denominatorGap) * x) / WIND_NB_TEMPER;
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
      const g = this.scoreAbsolute(norm, scores);
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
        const at = g.ids[i] * ROW;
        this.t[at + y] += x;
        this.t[at + rival] -= x;
        this.syncRow(g.ids[i]);
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
    this.t = this.t.slice();
    this.rel = this.rel ? this.rel.slice() : null;
    this.bias = this.bias.slice();
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
    const w = new Float32Array(DIM * K);
    for (let r = 0; r < DIM; r++) w.set(this.t.subarray(r * ROW, r * ROW + K), r * K);
    const { rows, values } = sparseRows(w, K);
    const nbRows: number[] = [];
    for (let r = 0; r < DIM; r++) if (this.nbSeen[r]) nbRows.push(r);
    const nbValues = new Float32Array(nbRows.length * K);
    nbRows.forEach((r, i) => nbValues.set(this.t.subarray(r * ROW + K, r * ROW + ROW), i * K));
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
    rows.forEach((r, i) => m.t.set(values.subarray(i * K, i * K + K), r * ROW));
    m.bias = Float64Array.from(j.bias);
    const nbRows = decodeInts(j.nbRows);
    const nbValues = decodeFloats(j.nbLog);
    nbRows.forEach((r, i) => {
      m.t.set(nbValues.subarray(i * K, i * K + K), r * ROW + K);
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

// ---------------------------------------------------------------------------------------------
// LabelModel: an organization's own categories, from staff labels only.

export interface LabelPrediction<L extends string> {
  label: L;
  confidence: number;
  terms: string[];
}

export interface LabelModelJSON {
  format: 'massline.label-model';
  version: 1;
  labels: string[];
  vocabulary: string;
  examples: number[];
  totals: number[];
  minExamples: number;
  rows: string; // base64 Int32Array
  counts: string; // base64 Float32Array, labels.length per row
}

const NB_ALPHA = 0.5;
/** Naive Bayes counts every character several times over (uni-, bi-, trigrams, words); dividing
 * the log-likelihood by this keeps its confidence from being absurdly sure. */
const NB_TEMPER = 5;
const LABEL_BITS = 17;
const LABEL_MASK = (1 << LABEL_BITS) - 1;

/**
 * Multinomial naive Bayes over the same features (hashed into 2^17 rows), learning arbitrary
 * string labels one example at a time. predict() returns null until it has seen `minExamples`
 * examples of at least two labels.
 */
export class LabelModel<L extends string = string> {
  private labelList: L[] = [];
  private examples: number[] = [];
  private totals: number[] = [];
  private counts = new Map<number, Float32Array>();
  private vocab = new Vocabulary();
  private readonly features = new Features();
  readonly minExamples: number;

  constructor(options: { minExamples?: number } = {}) {
    this.minExamples = options.minExamples ?? 5;
  }

  get labels(): readonly L[] {
    return this.labelList;
  }

  get size(): number {
    return this.examples.reduce((s, x) => s + x, 0);
  }

  learn(text: string, label: L, weight = 1): void {
    if (!(weight > 0)) return;
    const norm = normalize(text);
    if (!norm) return;
    let k = this.labelList.indexOf(label);
    if (k < 0) {
      k = this.labelList.length;
      this.labelList.push(label);
      this.examples.push(0);
      this.totals.push(0);
      for (const [row, c] of this.counts) {
        const grown = new Float32Array(k + 1);
        grown.set(c);
        this.counts.set(row, grown);
      }
    }
    for (const word of newWords(norm)) this.vocab.add(word);
    const f = extract(norm, this.vocab, false, this.features);
    const L = this.labelList.length;
    for (let i = 0; i < f.n; i++) {
      const row = f.ids[i] & LABEL_MASK;
      let c = this.counts.get(row);
      if (!c) this.counts.set(row, (c = new Float32Array(L)));
      const x = FAMILY_WEIGHT[f.kinds[i]] * weight;
      c[k] += x;
      this.totals[k] += x;
    }
    this.examples[k] += weight;
  }

  /** Tempered log posterior per label (up to a constant), the features, and the per-label normalizers. */
  private score(norm: string) {
    const L = this.labelList.length;
    const f = extract(norm, this.vocab, false, this.features);
    const v = this.counts.size + 1;
    const total = this.size;
    const s = new Float64Array(L);
    for (let k = 0; k < L; k++) s[k] = Math.log((this.examples[k] + 1) / (total + L));
    const denominators = this.totals.map((t) => Math.log(t + NB_ALPHA * v));
    for (let i = 0; i < f.n; i++) {
      const c = this.counts.get(f.ids[i] & LABEL_MASK);
      const x = FAMILY_WEIGHT[f.kinds[i]] / NB_TEMPER;
      for (let k = 0; k < L; k++) s[k] += x * (Math.log((c ? c[k] : 0) + NB_ALPHA) - denominators[k]);
    }
    return { s, f, denominators };
  }

  /** Probability per known label (empty before anything was learnt). */
  probabilities(text: string, normalized?: string): Record<L, number> {
    const { s } = this.score(normalized ?? normalize(text));
    const max = Math.max(...s);
    const e = Array.from(s, (x) => Math.exp(x - max));
    const z = e.reduce((a, b) => a + b, 0);
    return Object.fromEntries(this.labelList.map((l, k) => [l, e[k] / z])) as Record<L, number>;
  }

  predict(text: string, normalized?: string): LabelPrediction<L> | null {
    const L = this.labelList.length;
    if (L < 2 || this.size < this.minExamples) return null;
    const norm = normalized ?? normalize(text);
    const { s, f, denominators } = this.score(norm);
    if (!f.n) return null;
    let best = 0;
    for (let k = 1; k < L; k++) if (s[k] > s[best]) best = k;
    let sum = 0;
    for (let k = 0; k < L; k++) sum += Math.exp(s[k] - s[best]);
    for (let i = 0; i < f.n; i++) {
      const c = f.kinds[i] === KIND_UNI ? undefined : this.counts.get(f.ids[i] & LABEL_MASK);
      if (!c) {
        f.contributions[i] = 0;
        continue;
      }
      const own = Math.log(c[best] + NB_ALPHA) - denominators[best];
      let others = 0;
      for (let k = 0; k < L; k++) if (k !== best) others += Math.log(c[k] + NB_ALPHA) - denominators[k];
      f.contributions[i] = (own - others / (L - 1)) * FAMILY_WEIGHT[f.kinds[i]];
    }
    const terms = topTerms(f, norm);
    return { label: this.labelList[best], confidence: Math.round((1 / sum) * 1000) / 1000, terms };
  }

  clone(): LabelModel<L> {
    return LabelModel.fromJSON<L>(this.toJSON());
  }

  toJSON(): LabelModelJSON {
    const rows = Int32Array.from([...this.counts.keys()].sort((a, b) => a - b));
    const L = this.labelList.length;
    const counts = new Float32Array(rows.length * L);
    rows.forEach((r, i) => counts.set(this.counts.get(r)!, i * L));
    return {
      format: 'massline.label-model',
      version: 1,
      labels: [...this.labelList],
      vocabulary: this.vocab.words.join('\n'),
      examples: [...this.examples],
      totals: [...this.totals],
      minExamples: this.minExamples,
      rows: encodeInts(rows),
      counts: encodeFloats(counts),
    };
  }

  static fromJSON<L extends string = string>(json: LabelModelJSON | string): LabelModel<L> {
    const j = (typeof json === 'string' ? JSON.parse(json) : json) as LabelModelJSON;
    if (j?.format !== 'massline.label-model' || j.version !== 1) throw new Error('not a label model');
    const m = new LabelModel<L>({ minExamples: j.minExamples });
    m.labelList = j.labels as L[];
    m.examples = [...j.examples];
    m.totals = [...j.totals];
    for (const word of j.vocabulary ? j.vocabulary.split('\n') : []) m.vocab.add(word);
    const rows = decodeInts(j.rows);
    const counts = decodeFloats(j.counts);
    const L = j.labels.length;
    rows.forEach((r, i) => m.counts.set(r, counts.slice(i * L, i * L + L)));
    return m;
  }
}
