import { normalize } from './normalize.js';

// Which organization an opinion is about: every name and alias of the directory goes into one
// Aho–Corasick automaton, so a text is scanned once whatever the directory's size. The longest
// match wins ("东城区教育局" over "东城区"); with no match the unit the submitter chose stands.

interface Node {
  next: Map<string, number>;
  fail: number;
  out: { orgId: string; length: number }[];
}

export class OrgMatcher {
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  // The automaton compiled into typed arrays (what matching reads): transitions of the root by
  // UTF-16 unit, the others in an open-addressing table keyed by (node, unit); each node's outputs
  // (its own and its fail chain's) as a range of (organization, length) pairs.
  private root = new Int32Array(0x10000);
  private edgeNode = new Int32Array(0);
  private edgeUnit = new Uint16Array(0);
  private edgeNext = new Int32Array(0);
  private edgeMask = 0;
  private fail = new Int32Array(0);
  private outStart = new Int32Array(0);
  private outOrg = new Int32Array(0);
  private outLength = new Int32Array(0);
  private orgIds: string[] = [];
  private foundAt = new Int32Array(0);
  private foundLength = new Int32Array(0);
  private foundList = new Int32Array(0);
  private call = 0;

  /**
   * `skipAmbiguous`: a name several organizations share ("机关党支部" under every township) names
   * none of them in particular, so it is left out rather than routed to one at random.
   */
  constructor(orgs: { id: string; name: string; aliases?: string[] }[], opts: { skipAmbiguous?: boolean } = {}) {
    const owners = new Map<string, string[]>();
    for (const o of orgs) {
      for (const n of new Set([o.name, ...(o.aliases ?? [])].map((x) => normalize(x)).filter((x) => x.length >= 2))) {
        const list = owners.get(n);
        if (list) list.push(o.id);
        else owners.set(n, [o.id]);
      }
    }
    for (const [name, ids] of owners) {
      if (opts.skipAmbiguous && ids.length > 1) continue;
      for (const id of ids) this.insert(name, id);
    }
    this.link();
    this.compile();
  }

  private compile() {
    const nodes = this.nodes;
    const orgIndex = new Map<string, number>();
    let edges = 0;
    let outs = 0;
    for (const n of nodes) {
      edges += n.next.size;
      outs += n.out.length;
      for (const o of n.out) if (!orgIndex.has(o.orgId)) orgIndex.set(o.orgId, orgIndex.size);
    }
    this.orgIds = [...orgIndex.keys()];
    let size = 16;
    while (size < edges * 2) size <<= 1;
    this.edgeMask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeUnit = new Uint16Array(size);
    this.edgeNext = new Int32Array(size);
    this.fail = new Int32Array(nodes.length);
    this.outStart = new Int32Array(nodes.length + 1);
    this.outOrg = new Int32Array(outs);
    this.outLength = new Int32Array(outs);
    let o = 0;
    nodes.forEach((n, i) => {
      this.fail[i] = n.fail;
      this.outStart[i] = o;
      for (const x of n.out) {
        this.outOrg[o] = orgIndex.get(x.orgId)!;
        this.outLength[o++] = x.length;
      }
      for (const [ch, next] of n.next) {
        // Names are inserted by code point; one of two UTF-16 units (outside the BMP) is rare
        // enough in organization names to be matched by the Map-based walk below instead.
        if (ch.length !== 1) continue;
        const unit = ch.charCodeAt(0);
        if (i === 0) {
          this.root[unit] = next;
          continue;
        }
        let slot = edgeHash(i, unit) & this.edgeMask;
        while (this.edgeNode[slot] !== -1) slot = (slot + 1) & this.edgeMask;
        this.edgeNode[slot] = i;
        this.edgeUnit[slot] = unit;
        this.edgeNext[slot] = next;
      }
    });
    this.outStart[nodes.length] = o;
    this.foundAt = new Int32Array(this.orgIds.length);
    this.foundLength = new Int32Array(this.orgIds.length);
    this.foundList = new Int32Array(this.orgIds.length);
    this.astral = nodes.some((n) => [...n.next.keys()].some((ch) => ch.length !== 1));
  }

  /** Whether some name has a character outside the BMP (then the Map-based walk is used). */
  private astral = false;

  private next(node: number, unit: number): number {
    if (node === 0) return this.root[unit];
    for (let slot = edgeHash(node, unit) & this.edgeMask; ; slot = (slot + 1) & this.edgeMask) {
      const n = this.edgeNode[slot];
      if (n === -1) return -1;
      if (n === node && this.edgeUnit[slot] === unit) return this.edgeNext[slot];
    }
  }

  private insert(word: string, orgId: string) {
    let cur = 0;
    for (const ch of word) {
      let nxt = this.nodes[cur].next.get(ch);
      if (nxt === undefined) {
        nxt = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[cur].next.set(ch, nxt);
      }
      cur = nxt;
    }
    this.nodes[cur].out.push({ orgId, length: [...word].length });
  }

  private link() {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    while (queue.length) {
      const u = queue.shift()!;
      for (const [ch, v] of this.nodes[u].next) {
        let f = this.nodes[u].fail;
        while (f && !this.nodes[f].next.has(ch)) f = this.nodes[f].fail;
        const target = this.nodes[f].next.get(ch);
        this.nodes[v].fail = target !== undefined && target !== v ? target : 0;
        this.nodes[v].out.push(...this.nodes[this.nodes[v].fail].out);
        queue.push(v);
      }
    }
  }

  /** Organizations named in the text, longest match first. */
  match(text: string): { orgId: string; length: number }[] {
    return this.matchNormalized(normalize(text));
  }

  /** The same over text already normalized (the pipeline normalizes once for every stage). */
  matchNormalized(norm: string): { orgId: string; length: number }[] {
    if (this.astral) return this.matchByCodePoint(norm);
    const stamp = ++this.call;
    let nFound = 0;
    let cur = 0;
    for (let i = 0; i < norm.length; i++) {
      const unit = norm.charCodeAt(i);
      let nxt = this.next(cur, unit);
      while (nxt < 0 && cur) {
        cur = this.fail[cur];
        nxt = this.next(cur, unit);
      }
      // The root has no transition for this unit: back at the root.
      cur = nxt > 0 ? nxt : 0;
      for (let o = this.outStart[cur], end = this.outStart[cur + 1]; o < end; o++) {
        const org = this.outOrg[o];
        const length = this.outLength[o];
        if (this.foundAt[org] !== stamp) {
          this.foundAt[org] = stamp;
          this.foundLength[org] = length;
          this.foundList[nFound++] = org;
        } else if (length > this.foundLength[org]) this.foundLength[org] = length;
      }
    }
    const out: { orgId: string; length: number }[] = [];
    for (let k = 0; k < nFound; k++) out.push({ orgId: this.orgIds[this.foundList[k]], length: this.foundLength[this.foundList[k]] });
    return out.sort((a, b) => b.length - a.length);
  }

  /** The same walk over code points with the build-time Maps (names with characters beyond the BMP). */
  private matchByCodePoint(norm: string): { orgId: string; length: number }[] {
    const found = new Map<string, number>();
    let cur = 0;
    for (const ch of norm) {
      while (cur && !this.nodes[cur].next.has(ch)) cur = this.nodes[cur].fail;
      cur = this.nodes[cur].next.get(ch) ?? 0;
      for (const o of this.nodes[cur].out) found.set(o.orgId, Math.max(found.get(o.orgId) ?? 0, o.length));
    }
    return [...found].map(([orgId, length]) => ({ orgId, length })).sort((a, b) => b.length - a.length);
  }

  /** The suggested unit: the longest name in the text, else the one the submitter chose. */
  route(text: string, chosenOrgId: string | null): string | null {
    return this.match(text)[0]?.orgId ?? chosenOrgId;
  }
}

function edgeHash(node: number, unit: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ unit;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
