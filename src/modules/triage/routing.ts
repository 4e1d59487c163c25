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
