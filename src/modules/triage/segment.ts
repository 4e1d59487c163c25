import { createRequire } from 'node:module';
import fs from 'node:fs';

// Word segmentation for issue terms, in JavaScript over UTF-16 units, with jieba's dictionary and
// IDF table: the same maximum-probability route over the dictionary DAG as jieba's `cut`, and for
// runs of single characters that make no dictionary word, a hidden Markov model (B/M/E/S, jieba's
// transition probabilities) whose emissions are estimated from how each character begins, ends or
// sits inside the dictionary's words. jieba's own HMM is trained on a corpus it does not ship, so
// its unknown words (the names of villages and people) are found by this estimate instead: mostly
// the same words, sometimes cut differently.
//
// Why not the native jieba: a call cost 25–40 µs per 160-character opinion, plus ~9 µs to look its
// ~90 word strings up in a 270,000-entry Map; this scan looks words up by a rolling hash in one
// typed-array table (one cache line per look-up), hands back spans and entry numbers instead of
// strings, and costs about half (measured 17–22 µs of CPU, bench/triage-stages.ts). It also loads
// faster than jieba and the IDF Map together (~1 s instead of ~2 s on a busy machine).

const require = createRequire(import.meta.url);

/** One dictionary entry: a word of the dictionary or of the IDF table, or only a prefix of one. */
const WORD = 1;
const PREFIX = 2;

const SEED = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fmix = (h: number) => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

// States of the HMM.
const B = 0;
const M = 1;
const E = 2;
const S = 3;
const MIN = -3.14e100;
// jieba's start and transition log-probabilities (finalseg).
const START = [-0.26268660809250016, MIN, MIN, -1.4652633398537678];
const TRANS = [
  [MIN, -0.916290731874155, -0.51082562376599, MIN],
  [MIN, -1.2603623820268226, -0.33344856811948514, MIN],
  [-0.5897149736854513, MIN, MIN, -0.8085250474669937],
  [-0.7211965654669841, MIN, MIN, -0.6658631448798212],
];
const PREV: number[][] = [[E, S], [M, B], [B, M], [S, E]];

// The table: 4 × 32 bits per slot, so that a look-up touches one cache line — the key (the
// word's rolling hash), the entry (+1, 0 = empty slot) with the word's length and flags, and the
// word's ln(frequency / total) as a float64 (NaN: not a dictionary word).
const ENTRY_BITS = 21;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
const WORD_BIT = WORD << ENTRY_BITS;
const PREFIX_BIT = PREFIX << ENTRY_BITS;
const LEN_SHIFT = ENTRY_BITS + 2;

export class Lexicon {
  private slots: Int32Array;
  private slotFreq: Float64Array;
  private mask: number;
  /** Per entry: its slot, and its text in the pool (to tell words apart while loading). */
  private slotOf: Int32Array;
  private offsets: Uint32Array;
  /** IDF of a word (NaN: not in the IDF table). */
  idf: Float64Array;
  /** Marks set by users of the lexicon (issue-terms: common words). */
  marks: Uint8Array;
  private pool: Uint16Array;
  private size = 0;
  private used = 0;
  /** Emission log-probabilities per UTF-16 unit and HMM state (4 per unit), for Han characters. */
  private emit: Float32Array;
  private readonly logOne: number;

  constructor(dictText: string, idfText: string) {
    // Parsed in place (no line or word strings): loading is most of this module's cost.
    const lines = countLines(dictText) + countLines(idfText);
    const cap = Math.ceil(lines * 1.4) + 1024;
    let n = 1;
    while (n < cap * 1.5) n <<= 1;
    this.slots = new Int32Array(n * 4);
    this.slotFreq = new Float64Array(this.slots.buffer);
    this.mask = n - 1;
    this.slotOf = new Int32Array(cap);
    this.offsets = new Uint32Array(cap);
    this.idf = new Float64Array(cap).fill(Number.NaN);
    this.marks = new Uint8Array(cap);
    this.pool = new Uint16Array(dictText.length + idfText.length);
    const counts = new Float64Array(0x10000 * 4);
    let total = 0;
    const raw = new Float64Array(cap).fill(Number.NaN);
    // dict.txt: "word freq [tag]" per line.
    for (let at = 0; at < dictText.length; ) {
      let end = dictText.indexOf('\n', at);
      if (end < 0) end = dictText.length;
      const sp = dictText.indexOf(' ', at);
      if (sp > at && sp < end && sp - at <= 255) {
        let freq = 0;
        let i = sp + 1;
        for (let c = dictText.charCodeAt(i); c >= 0x30 && c <= 0x39; c = dictText.charCodeAt(++i)) freq = freq * 10 + (c - 0x30);
        const e = this.insertAt(dictText, at, sp - at);
        // A word listed twice counts once, with its last frequency (as jieba's loader does).
        total += freq - (raw[e] === raw[e] ? raw[e] : 0);
        raw[e] = freq;
        // Emission estimates: how often each character begins, sits inside or ends a word, or is one.
        const len = sp - at;
        if (len === 1) counts[dictText.charCodeAt(at) * 4 + S] += freq;
        else {
          counts[dictText.charCodeAt(at) * 4 + B] += freq;
          for (let k = 1; k < len - 1; k++) counts[dictText.charCodeAt(at + k) * 4 + M] += freq;
          counts[dictText.charCodeAt(at + len - 1) * 4 + E] += freq;
        }
      }
      at = end + 1;
    }
    const logTotal = Math.log(total);
    this.logOne = -logTotal;
    for (let e = 0; e < this.size; e++) {
      const f = raw[e];
      this.slotFreq[this.slotOf[e] * 2 + 1] = f > 0 ? Math.log(f) - logTotal : Number.NaN;
    }
    // idf.txt: "word idf" per line.
    for (let at = 0; at < idfText.length; ) {
      let end = idfText.indexOf('\n', at);
      if (end < 0) end = idfText.length;
      const sp = idfText.lastIndexOf(' ', end - 1);
      if (sp > at && sp - at <= 255) this.idf[this.insertAt(idfText, at, sp - at)] = Number(idfText.slice(sp + 1, end));
      at = end + 1;
    }
    this.compact();
    const stateTotals = [0, 0, 0, 0];
    for (let c = 0; c < 0x10000; c++) for (let k = 0; k < 4; k++) stateTotals[k] += counts[c * 4 + k];
    this.emit = new Float32Array(0x10000 * 4);
    for (let c = 0; c < 0x10000; c++) {
      for (let k = 0; k < 4; k++) this.emit[c * 4 + k] = Math.log((counts[c * 4 + k] + 0.5) / (stateTotals[k] + 0.5 * 0x10000));
    }
  }

  static jieba(): Lexicon {
    return new Lexicon(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'), fs.readFileSync(require.resolve('@node-rs/jieba/idf.txt'), 'utf8'));
  }

  /** Adds a word (and its prefixes) that is in neither table; returns its entry. */
  insert(word: string): number {
    return this.insertAt(word, 0, word.length);
  }

  private insertAt(text: string, start: number, len: number): number {
    let h = SEED;
    let at = -1;
    for (let i = 0; i < len; i++) {
      h = step(h, text.charCodeAt(start + i));
      at = this.entry(fmix(h) | 0, text, start, i + 1);
      this.slots[this.slotOf[at] * 4 + 1] |= i + 1 === len ? WORD_BIT : PREFIX_BIT;
    }
    return at;
  }

  /** The entry of text[start..start+len) (`key`: its hash as a signed 32-bit number), created when absent. */
  private entry(key: number, text: string, start: number, len: number): number {
    const t = this.slots;
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = t[slot * 4 + 1];
      if (v === 0) {
        if (this.size >= this.slotOf.length || (this.size + 1) * 3 > (this.mask + 1) * 2) {
          this.grow();
          return this.entry(key, text, start, len);
        }
        const at = this.size++;
        t[slot * 4] = key;
        t[slot * 4 + 1] = (at + 1) | (len << LEN_SHIFT);
        this.slotFreq[slot * 2 + 1] = Number.NaN;
        this.slotOf[at] = slot;
        if (len === 1) this.single[text.charCodeAt(start)] = slot;
        if (len === 2) {
          const p = pairBit(text.charCodeAt(start), text.charCodeAt(start + 1));
          this.pairs[p >>> 5] |= 1 << (p & 31);
        }
        this.offsets[at] = this.used;
        if (this.used + len > this.pool.length) {
          const pool = new Uint16Array((this.used + len) * 2);
          pool.set(this.pool);
          this.pool = pool;
        }
        for (let i = 0; i < len; i++) this.pool[this.used++] = text.charCodeAt(start + i);
        return at;
      }
      if (t[slot * 4] === key && v >>> LEN_SHIFT === len) {
        const e = (v & ENTRY_MASK) - 1;
        const o = this.offsets[e];
        let i = 0;
        while (i < len && this.pool[o + i] === text.charCodeAt(start + i)) i++;
        if (i === len) return e;
      }
    }
  }

  /** Bit set over pairBit() of every entry's first two units (false positives only cost a look-up). */
  private pairs = new Int32Array(1 << 17);

  /** Slot of each one-unit entry (−1: none). */
  private single = new Int32Array(0x10000).fill(-1);

  /** The table sized to what was read (a smaller table is a faster one: fewer cache misses). */
  private compact() {
    this.grow(this.size + 4096);
  }

  /** More room (`cap` entries), or the table rebuilt at its size. */
  private grow(cap = this.slotOf.length * 2) {
    const slotOf = new Int32Array(cap);
    const offsets = new Uint32Array(cap);
    offsets.set(this.offsets.subarray(0, this.size));
    const idf = new Float64Array(cap).fill(Number.NaN);
    idf.set(this.idf.subarray(0, this.size));
    const marks = new Uint8Array(cap);
    marks.set(this.marks.subarray(0, this.size));
    let n = 1024;
    while (n < cap * 1.6) n <<= 1;
    const slots = new Int32Array(n * 4);
    const slotFreq = new Float64Array(slots.buffer);
    const mask = n - 1;
    for (let e = 0; e < this.size; e++) {
      const old = this.slotOf[e];
      let slot = this.slots[old * 4] & mask;
      while (slots[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 4] = this.slots[old * 4];
      slots[slot * 4 + 1] = this.slots[old * 4 + 1];
      slotFreq[slot * 2 + 1] = this.slotFreq[old * 2 + 1];
      slotOf[e] = slot;
    }
    Object.assign(this, { slots, slotFreq, mask, slotOf, offsets, idf, marks });
    this.single.fill(-1);
    for (let e = 0; e < this.size; e++) if (slots[slotOf[e] * 4 + 1] >>> LEN_SHIFT === 1) this.single[this.pool[offsets[e]]] = slotOf[e];
  }

  /** The slot of units[start..start+len) whose rolling hash is `h` (before fmix), or -1. */
  private find(len: number, h: number): number {
    const key = fmix(h) | 0;
    const t = this.slots;
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = t[slot * 4 + 1];
      if (v === 0) return -1;
      // A 32-bit key and the length tell words apart: a false match is a one-in-billions event,
      // and would only cost one word its weight.
      if (t[slot * 4] === key && v >>> LEN_SHIFT === len) return slot;
    }
  }

  /** The entry of units[start..end), or −1. */
  entryOf(units: Uint16Array, start: number, end: number): number {
    let h = SEED;
    for (let i = start; i < end; i++) h = step(h, units[i]);
    const slot = this.find(end - start, h);
    return slot < 0 ? -1 : (this.slots[slot * 4 + 1] & ENTRY_MASK) - 1;
  }

  /** The entry of a word, or −1. */
  lookup(word: string): number {
    return this.entryOf(Uint16Array.from(word, (c) => c.charCodeAt(0)), 0, word.length);
  }

  /** How many entries there are (entry numbers are below this). */
  get entries(): number {
    return this.size;
  }

  /** Whether units[start..end) is a word of the IDF table. */
  hasIdf(units: Uint16Array, start: number, end: number): boolean {
    const e = this.entryOf(units, start, end);
    return e >= 0 && this.idf[e] === this.idf[e];
  }

  // ---- segmentation ------------------------------------------------------------------------

  private route = new Int32Array(1024);
  private routeSlot = new Int32Array(1024);
  private score = new Float64Array(1024);
  private viterbi = new Float64Array(1024 * 4);
  private back = new Uint8Array(1024 * 4);

  /**
   * Cuts units[0..n) into words, calling `word(start, end, entry)` for each in order (entry −1 for
   * a word found by the HMM or a run of digits/letters that is no dictionary word). Characters
   * outside words (punctuation, single characters) are not reported.
   */
  cut(units: Uint16Array, n: number, word: (start: number, end: number, entry: number) => void): void {
    if (this.route.length < n + 1) {
      this.route = new Int32Array(n * 2 + 2);
      this.routeSlot = new Int32Array(n * 2 + 2);
      this.score = new Float64Array(n * 2 + 2);
    }
    for (let i = 0; i < n; ) {
      if (!inBlock(units[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && inBlock(units[j])) j++;
      this.cutBlock(units, i, j, word);
      i = j;
    }
  }

  private cutBlock(u: Uint16Array, from: number, to: number, word: (start: number, end: number, entry: number) => void) {
    const route = this.route;
    const routeSlot = this.routeSlot;
    const score = this.score;
    const t = this.slots;
    const freq = this.slotFreq;
    score[to] = 0;
    // Maximum-probability route over the DAG of dictionary words, from the end (as jieba).
    for (let i = to - 1; i >= from; i--) {
      let best = Number.NEGATIVE_INFINITY;
      let bestEnd = -1;
      let bestSlot = -1;
      // One character: its own table (most look-ups, and the hottest).
      const c = u[i];
      let slot = this.single[c];
      if (slot >= 0) {
        const lf = freq[slot * 2 + 1];
        if (lf === lf) {
          best = lf + score[i + 1];
          bestEnd = i + 1;
          bestSlot = slot;
        }
        // Most two-character sequences begin no word: a bit set answers before the table.
        const p = pairBit(c, i + 1 < to ? u[i + 1] : 0);
        if (t[slot * 4 + 1] & PREFIX_BIT && this.pairs[p >>> 5] & (1 << (p & 31))) {
          let h = step(SEED, c);
          for (let j = i + 1; j < to; j++) {
            h = step(h, u[j]);
            slot = this.find(j - i + 1, h);
            if (slot < 0) break;
            const lf = freq[slot * 2 + 1];
            if (lf === lf) {
              const s = lf + score[j + 1];
              if (s > best || (s === best && j + 1 > bestEnd)) {
                best = s;
                bestEnd = j + 1;
                bestSlot = slot;
              }
            }
            if (!(t[slot * 4 + 1] & PREFIX_BIT)) break;
          }
        }
      }
      if (bestEnd < 0) {
        best = this.logOne + score[i + 1];
        bestEnd = i + 1;
      }
      score[i] = best;
      route[i] = bestEnd;
      routeSlot[i] = bestSlot;
    }
    // Words of two or more characters as they are; runs of single characters together, and
    // a run that is no dictionary word cut again by the HMM.
    let buf = -1;
    for (let x = from; x < to; ) {
      const y = route[x];
      if (y - x === 1) {
        if (buf < 0) buf = x;
      } else {
        if (buf >= 0) this.flush(u, buf, x, word);
        buf = -1;
        word(x, y, (t[routeSlot[x] * 4 + 1] & ENTRY_MASK) - 1);
      }
      x = y;
    }
    if (buf >= 0) this.flush(u, buf, to, word);
  }

  private flush(u: Uint16Array, from: number, to: number, word: (start: number, end: number, entry: number) => void) {
    if (to - from < 2) return;
    let h = SEED;
    for (let k = from; k < to; k++) h = step(h, u[k]);
    const slot = this.find(to - from, h);
    if (slot >= 0 && this.slotFreq[slot * 2 + 1] === this.slotFreq[slot * 2 + 1]) return; // a word: its characters one by one
    // Han runs through the HMM; digits and letters make one word per run.
    for (let i = from; i < to; ) {
      const c = u[i];
      let j = i + 1;
      if (c >= 0x4e00 && c <= 0x9fd5) {
        while (j < to && u[j] >= 0x4e00 && u[j] <= 0x9fd5) j++;
        this.hmm(u, i, j, word);
      } else if (isAlnum(c)) {
        while (j < to && isAlnum(u[j])) j++;
        if (j - i >= 2) word(i, j, -1);
      }
      i = j;
    }
  }

  private hmm(u: Uint16Array, from: number, to: number, word: (start: number, end: number, entry: number) => void) {
    const n = to - from;
    if (n < 2) return;
    if (this.viterbi.length < n * 4) {
      this.viterbi = new Float64Array(n * 8);
      this.back = new Uint8Array(n * 8);
    }
    const v = this.viterbi;
    const back = this.back;
    const emit = this.emit;
    for (let s = 0; s < 4; s++) v[s] = START[s] + emit[u[from] * 4 + s];
    for (let t = 1; t < n; t++) {
      const c = u[from + t] * 4;
      for (let s = 0; s < 4; s++) {
        const [p0, p1] = PREV[s];
        const a = v[(t - 1) * 4 + p0] + TRANS[p0][s];
        const b = v[(t - 1) * 4 + p1] + TRANS[p1][s];
        // jieba takes the larger, and the later-listed state on a tie.
        if (a > b) {
          v[t * 4 + s] = a + emit[c + s];
          back[t * 4 + s] = p0;
        } else {
          v[t * 4 + s] = b + emit[c + s];
          back[t * 4 + s] = p1;
        }
      }
    }
    let state = v[(n - 1) * 4 + E] >= v[(n - 1) * 4 + S] ? E : S;
    const states = this.states.length >= n ? this.states : (this.states = new Uint8Array(n * 2));
    for (let t = n - 1; t >= 0; t--) {
      states[t] = state;
      state = back[t * 4 + state];
    }
    let begin = 0;
    for (let t = 0; t < n; t++) {
      const s = states[t];
      if (s === B) begin = t;
      else if (s === E) {
        if (t > begin) word(from + begin, from + t + 1, -1);
      }
    }
  }

  private states = new Uint8Array(256);
}

/** A 22-bit hash of two UTF-16 units. */
function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 10;
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** jieba's blocks: Han characters, ASCII letters and digits and +#&._%- (they are cut together). */
function inBlock(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ||
    c === 0x2b || c === 0x23 || c === 0x26 || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2d;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
