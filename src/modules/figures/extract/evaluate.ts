import fs from 'node:fs';
import path from 'node:path';
import { readDocumentFile } from './documents.js';
import { analysisText, extractStatistics, type Statistic } from './extract.js';
import type { Qualifier } from './numerals.js';

// `massline extract eval GOLD.jsonl --docs DIR`: runs the shipped extractor over the labelled
// documents and scores it. A gold statistic is found when an extracted one from the same document
// has the same value, unit and qualifier and its span shares at least one character position with
// the gold quote. The gold quote is located with indexOf; when it occurs several times every
// occurrence may be the one meant. Matching is one-to-one (a maximum bipartite matching), so one
// extracted figure never counts for two gold lines. Precision = matched extracted / all extracted,
// recall = matched gold / all gold.
//
// Equivalent spellings of the same figure are compared as equal: a gold unit written 万元 with
// value 73.6 is 736000 元, ％ is %, and a Traditional unit (個) is its Simplified form (个).

export interface GoldItem {
  doc: string;
  quote: string;
  indicator?: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  scope?: string;
}

export interface DocumentScore {
  doc: string;
  gold: number;
  extracted: number;
  matchedGold: number;
  matchedExtracted: number;
  missed: GoldItem[];
  unlocated: GoldItem[];
  spurious: Statistic[];
}

export interface Evaluation {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  extracted: number;
  documents: DocumentScore[];
  missingDocuments: string[];
}

const QUALIFIERS = new Set(['exact', 'more_than', 'about', 'percent']);
const round = (x: number) => Math.round(x * 1000) / 1000;

export function parseGoldJsonl(text: string): { items: GoldItem[]; badLines: number[] } {
  const items: GoldItem[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const value = typeof o.value === 'string' ? Number(o.value) : o.value;
      if (typeof o.doc !== 'string' || typeof o.quote !== 'string' || typeof value !== 'number' || !Number.isFinite(value) || typeof o.unit !== 'string' || !QUALIFIERS.has(String(o.qualifier))) {
        badLines.push(i + 1);
        return;
      }
      items.push({ doc: o.doc, quote: o.quote, indicator: typeof o.indicator === 'string' ? o.indicator : undefined, value, unit: o.unit, qualifier: o.qualifier as Qualifier, scope: typeof o.scope === 'string' ? o.scope : undefined });
    } catch {
      badLines.push(i + 1);
    }
  });
  return { items, badLines };
}

/** value and unit in the extractor's convention: (73.6, 万元) → (736000, 元). */
export function canonical(value: number, unit: string): { value: number; unit: string } {
  let u = analysisText(unit.trim()).replace(/^个(学时|小时|课时|工作日|月|百分点)$/, '$1');
  let v = value;
  const m = /^(万|亿|千|百)(.+)$/.exec(u);
  if (m && m[2] !== '分点' && m[2] !== '米' && m[2] !== '克') {
    v *= { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 }[m[1] as '万' | '亿' | '千' | '百'];
    u = m[2];
  }
  if (u === '大类') u = '类';
  return { value: v, unit: u };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function occurrences(text: string, quote: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!quote) return spans;
  for (let at = text.indexOf(quote); at >= 0 && spans.length < 1000; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
  return spans;
}

/** Scores one document's extraction against its gold lines. */
export function scoreDocument(doc: string, text: string, extracted: Statistic[], gold: GoldItem[]): DocumentScore {
  const located = gold.map((g) => occurrences(text, g.quote));
  const canonGold = gold.map((g) => canonical(g.value, g.unit));
  const canonExtracted = extracted.map((e) => canonical(e.value, e.unit));
  // Candidate pairs: same value, unit and qualifier, overlapping spans.
  const edges: number[][] = gold.map((g, gi) => {
    const list: number[] = [];
    extracted.forEach((e, ei) => {
      if (e.qualifier !== g.qualifier) return;
      if (canonGold[gi].unit !== canonExtracted[ei].unit || !sameValue(canonGold[gi].value, canonExtracted[ei].value)) return;
      if (located[gi].some(([s, t]) => s < e.end && e.start < t)) list.push(ei);
    });
    return list;
  });
  // Kuhn's augmenting paths: a maximum one-to-one matching.
  const owner = new Array<number>(extracted.length).fill(-1);
  const tryAssign = (gi: number, seen: Uint8Array): boolean => {
    for (const ei of edges[gi]) {
      if (seen[ei]) continue;
      seen[ei] = 1;
      if (owner[ei] < 0 || tryAssign(owner[ei], seen)) {
        owner[ei] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => {
    if (edges[gi].length) tryAssign(gi, new Uint8Array(extracted.length));
  });
  // An augmenting path can move a gold line to another partner but never unmatches it.
  const matchedGold = new Set(owner.filter((o) => o >= 0)).size;
  return {
    doc,
    gold: gold.length,
    extracted: extracted.length,
    matchedGold,
    matchedExtracted: owner.filter((o) => o >= 0).length,
    missed: gold.filter((_, gi) => !owner.includes(gi)),
    unlocated: gold.filter((_, gi) => located[gi].length === 0),
    spurious: extracted.filter((_, ei) => owner[ei] < 0),
  };
}

export function summarize(scores: DocumentScore[], missingDocuments: string[] = []): Evaluation {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const extracted = scores.reduce((n, s) => n + s.extracted, 0);
  const mg = scores.reduce((n, s) => n + s.matchedGold, 0);
  const me = scores.reduce((n, s) => n + s.matchedExtracted, 0);
  const precision = extracted ? me / extracted : gold ? 0 : 1;
  const recall = gold ? mg / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), gold, extracted, documents: scores, missingDocuments };
}

/** Runs the extractor over every document named in the gold lines (read from docsDir) and scores it. */
export async function evaluateGold(items: GoldItem[], docsDir: string): Promise<Evaluation> {
  const byDoc = new Map<string, GoldItem[]>();
  for (const g of items) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const scores: DocumentScore[] = [];
  const missing: string[] = [];
  for (const [doc, gold] of byDoc) {
    const file = path.join(docsDir, doc);
    if (!fs.existsSync(file)) {
      missing.push(doc);
      scores.push({ doc, gold: gold.length, extracted: 0, matchedGold: 0, matchedExtracted: 0, missed: gold, unlocated: gold, spurious: [] });
      continue;
    }
    const { text } = await readDocumentFile(file);
    scores.push(scoreDocument(doc, text, extractStatistics(text), gold));
  }
  return summarize(scores, missing);
}
