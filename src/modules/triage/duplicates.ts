import { normalize } from './normalize.js';

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
/** How many of a band bucket's most recent members a new opinion is compared with. */
const RECENT_PER_BAND = 8;
const EMPTY = 0xffffffff;
const candidates = new Int32Array(BANDS * RECENT_PER_BAND);
const hits = new Uint8Array(BANDS * RECENT_PER_BAND);

/** A 32-bit avalanche mix (MurmurHash3's finalizer). */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

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

export function signature(text: string): Uint32Array {
  return signatureOfNormalized(normalize(text));
}

/** The LSH band keys of a signature: band b's key is b·2³² + a 32-bit hash of its rows. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(b * 4294967296 + bandHash(sig, b));
  return keys;
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

/** A signature as stored beside the opinion (256 bytes, little-endian). */
export function signatureBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteLength !== HASHES * 4) return null;
  const copy = new Uint8Array(bytes); // aligned copy
  return new Uint32Array(copy.buffer);
}

/**
 * An in-memory duplicate index sized for millions of opinions: signatures kept as 16-bit
 * fingerprints per bin (a false "equal bin" has probability 1/65,536 and barely moves the
 * estimate), each band's members chained newest first through one typed array, and band keys
 * in an open-addressing table. About 450 bytes per opinion, outside the JavaScript heap.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  private sigs = new Uint16Array(HASHES * 1024);
  private parent = new Int32Array(1024);
  /** Which addition last saw a member as a candidate, and where in its candidate list. */
  private seen = new Int32Array(1024);
  private slotOf = new Int32Array(1024);
  private chain = new Int32Array(BANDS * 1024);
  private keys = new Uint32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  constructor(readonly threshold = 0.45) {}

  /**
   * Adds an opinion; returns its cluster (the id of the cluster's first member). Only the most
   * recent members of each band bucket are compared, and the first match above the threshold
   * decides: a campaign where thousands say the same thing must not make every addition scan them all.
   */
  add(id: string, text: string): string {
    return this.addSignature(id, signature(text));
  }

  addSignature(id: string, sig: Uint32Array): string {
    const at = this.ids.length;
    this.reserve(at + 1);
    this.ids.push(id);
    this.byId.set(id, at);
    this.parent[at] = at;
    const fp = this.sigs.subarray(at * HASHES, (at + 1) * HASHES);
    for (let i = 0; i < HASHES; i++) fp[i] = sig[i] & 0xffff;
    // Gather the recent members of each band bucket, counting the bands each shares with the new
    // opinion. A true near-duplicate (similarity ≥ 0.45) shares about 32·s² ≥ 6 bands, and one
    // or none only with probability < 1%; candidates sharing a single band are mostly common
    // phrases ("群众反映…") and are not worth a comparison. Most-shared first.
    const stamp = at + 1;
    let found = 0;
    for (let b = 0; b < BANDS; b++) {
      const slot = this.slot(bandHash(sig, b));
      let other = this.heads[slot];
      this.chain[at * BANDS + b] = other;
      this.heads[slot] = at;
      for (let n = 0; other >= 0 && n < RECENT_PER_BAND; n++, other = this.chain[other * BANDS + b]) {
        if (this.seen[other] !== stamp) {
          this.seen[other] = stamp;
          this.slotOf[other] = found;
          candidates[found] = other;
          hits[found++] = 1;
        } else hits[this.slotOf[other]]++;
      }
    }
    let match = -1;
    for (let round = 0; round < 2 && match < 0; round++) {
      for (let k = 0; k < found; k++) {
        // First the candidates sharing many bands, then those sharing two.
        if (round === 0 ? hits[k] < 4 : hits[k] < 2 || hits[k] >= 4) continue;
        if (this.similarAt(fp, candidates[k])) {
          match = candidates[k];
          break;
        }
      }
    }
    if (match >= 0) this.unionAt(match, at);
    return this.ids[this.root(at)];
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

  get size(): number {
    return this.ids.length;
  }

  /** Bytes held in typed arrays (the benchmark reports it beside the process's peak). */
  get bytes(): number {
    return this.sigs.byteLength + this.parent.byteLength + this.seen.byteLength + this.slotOf.byteLength + this.chain.byteLength + this.keys.byteLength + this.heads.byteLength;
  }

  private similarAt(fp: Uint16Array, other: number): boolean {
    const base = other * HASHES;
    const need = Math.ceil(this.threshold * HASHES);
    let same = 0;
    for (let i = 0; i < HASHES; i++) {
      if (this.sigs[base + i] === fp[i]) {
        if (++same >= need) return true;
      } else if (same + HASHES - 1 - i < need) return false; // cannot reach the threshold any more
    }
    return false;
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
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
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
    const grow = <T extends Int32Array | Uint16Array>(a: T, per: number, make: (len: number) => T): T => {
      const b = make(cap * per);
      b.set(a);
      return b;
    };
    this.sigs = grow(this.sigs, HASHES, (l) => new Uint16Array(l));
    this.parent = grow(this.parent, 1, (l) => new Int32Array(l));
    this.seen = grow(this.seen, 1, (l) => new Int32Array(l));
    this.slotOf = grow(this.slotOf, 1, (l) => new Int32Array(l));
    this.chain = grow(this.chain, BANDS, (l) => new Int32Array(l));
  }
}
