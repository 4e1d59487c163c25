import { normalize } from './normalize.js';

// Near-duplicate detection over normalized text: MinHash signatures of character bigrams and
// trigrams, banded into an LSH index so that a new opinion finds its candidates without a scan
// of everything (O(bands) look-ups), then confirmed by the estimated Jaccard similarity.
// Clusters are kept with union–find; merging never discards an original.

const HASHES = 64;
// 32 bands of 2 rows: two texts at similarity 0.45 share a band with probability > 0.999, so the
// threshold below, not the banding, decides; the extra candidates are checked and dropped.
const BANDS = 32;
const ROWS = HASHES / BANDS;
const RECENT_PER_BAND = 8;

// Fixed seeds so signatures are the same in every process and run.
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  const next = () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0);
  for (let i = 0; i < HASHES; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

function fnv1a(str: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Character shingles of the text's letters and digits (punctuation and spaces ignored). */
export function shingles(text: string): Set<string> {
  const chars = [...normalize(text).replace(/[^\p{L}\p{N}]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i] + chars[i + 1] + chars[i + 2]);
  if (!out.size && chars.length) out.add(chars.join(''));
  return out;
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const sh of shingles(text)) {
    const h = fnv1a(sh);
    for (let i = 0; i < HASHES; i++) {
      const v = (Math.imul(A[i], h) + B[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** The LSH band keys of a signature (what the database indexes for candidate look-ups). */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${fnv1a(Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')).toString(36)}`);
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export class DuplicateIndex {
  private readonly sigs = new Map<string, Uint32Array>();
  private readonly bands = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();

  constructor(readonly threshold = 0.45) {}

  /**
   * Adds an opinion; returns its cluster (the id of the cluster's first member). Only the most
   * recent members of each band are compared, and the first match above the threshold decides:
   * a campaign where thousands say the same thing must not make every addition scan them all.
   */
  add(id: string, text: string): string {
    const sig = signature(text);
    this.sigs.set(id, sig);
    this.parent.set(id, id);
    const candidates = new Set<string>();
    for (const key of bandKeys(sig)) {
      const list = this.bands.get(key);
      if (list) {
        for (let i = list.length - 1, n = 0; i >= 0 && n < RECENT_PER_BAND; i--, n++) candidates.add(list[i]);
        list.push(id);
      } else this.bands.set(key, [id]);
    }
    for (const other of candidates) {
      if (similarity(sig, this.sigs.get(other)!) >= this.threshold) {
        this.union(other, id);
        break;
      }
    }
    return this.find(id);
  }

  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later look-ups short.
    let cur = id;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  /** Staff merge two clusters by hand. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  get size(): number {
    return this.sigs.size;
  }
}
