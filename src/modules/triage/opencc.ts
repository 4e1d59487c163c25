import { Converter, Locale } from 'opencc-js/t2cn';

// Traditional → Simplified as opencc-js converts it (the same dictionaries, the same algorithm:
// a normalization pass, segmentation into the phrases of the segmentation dictionary, then each
// conversion group applied segment by segment, longest match first), with its tries in typed
// arrays keyed by UTF-16 unit instead of Maps of Maps keyed by code point. Same output, several
// times faster: the opinions written in Traditional script pay this on arrival.
// Text with an Ideographic Description Sequence (U+2FF0–U+2FFF, which opencc-js keeps whole) is
// handed to opencc-js itself.

type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];
interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** A trie over UTF-16 units: children in one open-addressing table keyed by (node, unit). */
class UnitTrie {
  private keyNode = new Int32Array(1 << 12).fill(-1);
  private keyUnit = new Uint16Array(1 << 12);
  private child = new Int32Array(1 << 12);
  private used = 0;
  private nodes = 1;
  /** Per node: index into `values` + 1 (0 = no word ends here). */
  private value = new Int32Array(1024);
  readonly values: string[] = [];
  /** Units that begin some word (a quick "nothing can match here"). */
  readonly starts = new Uint8Array(0x10000);
  /** The root's child per unit (−1: none): a match's first step without a hash probe. */
  private readonly rootChild = new Int32Array(0x10000).fill(-1);

  constructor(group: DictGroup) {
    // A group's first dictionary wins a conflict: loaded last, as opencc-js does.
    for (const dict of [...group].reverse()) {
      if (typeof dict === 'string') {
        for (const entry of dict.split('|')) {
          const sp = entry.indexOf(' ');
          const [from, to] = sp < 0 ? [entry, undefined] : [entry.slice(0, sp), entry.slice(sp + 1)];
          if (typeof to !== 'string' || to.includes(' ')) throw new Error('opencc dictionary entry not "from to"');
          this.add(from, to);
        }
      } else for (const [from, to] of dict) this.add(from, to);
    }
  }

  private add(word: string, replacement: string) {
    if (!word) return; // opencc-js would set a value on its root, never reached by a match
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      let next = this.next(node, unit);
      if (next < 0) {
        next = this.nodes++;
        if (next >= this.value.length) {
          const v = new Int32Array(this.value.length * 2);
          v.set(this.value);
          this.value = v;
        }
        this.link(node, unit, next);
      }
      node = next;
    }
    this.values.push(replacement);
    this.value[node] = this.values.length;
    this.starts[word.charCodeAt(0)] = 1;
  }

  private link(node: number, unit: number, next: number) {
    if (node === 0) this.rootChild[unit] = next;
    if ((this.used + 1) * 2 > this.keyNode.length) this.grow();
    const mask = this.keyNode.length - 1;
    let slot = hash(node, unit) & mask;
    while (this.keyNode[slot] !== -1) slot = (slot + 1) & mask;
    this.keyNode[slot] = node;
    this.keyUnit[slot] = unit;
    this.child[slot] = next;
    this.used++;
  }

  private grow() {
    const { keyNode, keyUnit, child } = this;
    this.keyNode = new Int32Array(keyNode.length * 2).fill(-1);
    this.keyUnit = new Uint16Array(keyNode.length * 2);
    this.child = new Int32Array(keyNode.length * 2);
    this.used = 0;
    for (let s = 0; s < keyNode.length; s++) if (keyNode[s] !== -1) this.link(keyNode[s], keyUnit[s], child[s]);
  }

  next(node: number, unit: number): number {
    const mask = this.keyNode.length - 1;
    for (let slot = hash(node, unit) & mask; ; slot = (slot + 1) & mask) {
      const n = this.keyNode[slot];
      if (n === -1) return -1;
      if (n === node && this.keyUnit[slot] === unit) return this.child[slot];
    }
  }

  /** The longest word at text[i..end): its end, with its value's index in `found`, or −1. */
  match(text: string, i: number, end: number): number {
    let node = this.rootChild[text.charCodeAt(i)];
    let best = -1;
    for (let a = i; a < end; a++) {
      if (a > i) node = this.next(node, text.charCodeAt(a));
      if (node < 0) break;
      const v = this.value[node];
      if (v) {
        best = a + 1;
        found = v - 1;
      }
    }
    return best;
  }

  /** text[from..to) converted (words replaced, longest first; the rest copied). */
  convert(text: string, from = 0, to = text.length): string {
    // Up to the first word nothing is written: most segments have none and come back as they are.
    let i = from;
    let end = -1;
    for (; i < to; i++) if (this.starts[text.charCodeAt(i)] && (end = this.match(text, i, to)) > 0) break;
    if (i >= to) return to === text.length && from === 0 ? text : text.slice(from, to);
    // The output's units go into one buffer and become a string once, instead of a string
    // concatenated per replaced word (Traditional text replaces many single characters; about
    // 10% less time per Traditional opinion, measured with bench/triage-stages.ts's texts).
    let n = 0;
    let out = units;
    if (out.length < (to - from) * 2 + 64) out = units = new Uint16Array((to - from) * 4 + 64);
    for (let k = from; k < i; k++) out[n++] = text.charCodeAt(k);
    while (i < to) {
      if (end > 0) {
        const value = this.values[found];
        if (n + value.length + (to - end) > out.length) {
          const grown = new Uint16Array((n + value.length + (to - end)) * 2);
          grown.set(out.subarray(0, n));
          out = units = grown;
        }
        for (let k = 0; k < value.length; k++) out[n++] = value.charCodeAt(k);
        i = end;
      } else out[n++] = text.charCodeAt(i++);
      end = i < to && this.starts[text.charCodeAt(i)] ? this.match(text, i, to) : -1;
    }
    return unitsToString(out, n);
  }

  /** The boundaries of text's segments: each word alone, the runs between words together. */
  segment(text: string): number[] {
    const cuts = [0];
    for (let i = 0; i < text.length; ) {
      const end = this.starts[text.charCodeAt(i)] ? this.match(text, i, text.length) : -1;
      if (end > 0) {
        if (cuts[cuts.length - 1] !== i) cuts.push(i);
        cuts.push(end);
        i = end;
      } else i++;
    }
    if (cuts[cuts.length - 1] !== text.length) cuts.push(text.length);
    return cuts;
  }
}

/** The value index of the last match (match() returns the end; one converter runs at a time). */
let found = -1;

/** convert()'s output buffer, shared: one conversion runs at a time. */
let units = new Uint16Array(4096);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** units[0, n) as a string, every unit as it is (a lone surrogate too: what concatenation gives). */
function unitsToString(units: Uint16Array, n: number): string {
  if (!LITTLE_ENDIAN) {
    let s = '';
    for (let k = 0; k < n; k += 4096) s += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
    return s;
  }
  // Buffer's UTF-16LE decoding copies units as they are (TextDecoder would replace lone surrogates).
  return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
}

function hash(node: number, unit: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

function build(name: string): (text: string) => string {
  const config = (Locale.configs as unknown as Record<string, Config>)[name];
  const reference = Converter({ from: name.slice(0, 2), to: 'cn' });
  if (!config) return reference;
  const normalization = (config.normalizationChain ?? []).map((g) => new UnitTrie(g));
  const seg = config.segmentation;
  const segmentation = seg ? new UnitTrie(Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as DictGroup) : [seg as DictLike]) : null;
  const chain = config.conversionChain.map((g) => new UnitTrie(g));
  return (text: string) => {
    if (IDS.test(text)) return reference(text);
    for (const t of normalization) text = t.convert(text);
    const cuts = segmentation ? segmentation.segment(text) : [0, text.length];
    let out = '';
    for (let k = 0; k + 1 < cuts.length; k++) {
      let s = text.slice(cuts[k], cuts[k + 1]);
      for (const t of chain) s = t.convert(s);
      out += s;
    }
    return out;
  };
}

const IDS = /[\u2ff0-\u2fff]/;

/** Taiwan Traditional → Simplified (opencc-js `{ from: 'tw', to: 'cn' }`). */
export const twToSimplified = build('tw2s');
/** Hong Kong Traditional → Simplified (opencc-js `{ from: 'hk', to: 'cn' }`). */
export const hkToSimplified = build('hk2s');
