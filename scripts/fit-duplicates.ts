// Fits duplicates.ts ISSUE_MODEL (when two differently worded opinions report one issue) on the
// labelled pairs of the development sets, and reports what the fitted model gives there:
//
//   npx tsx scripts/fit-duplicates.ts
//
// A logistic regression over the features of a pair's issue terms that duplicates.ts issueZ reads
// (issueFeatures: shared names, shared topic, cover, their interaction, whether any name is
// shared). The bias is then set where pairwise F1 of the whole pipeline (candidates, best match,
// clusters) is highest on average over the sets. eval.jsonl is held out: it is never read here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUE_MODEL, issueFeatures, issueZ } from '../src/modules/triage/duplicates.js';
import { evaluate, type Labelled } from '../src/modules/triage/evaluate.js';
import { analyse } from '../src/modules/triage/pipeline.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sets = ['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl'];
const read = (f: string): Labelled[] => fs.readFileSync(path.join(here, '../tests/fixtures/triage', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);

/** The features in issueZ's order, read off it (so the two cannot drift apart). */
function features(names: number, topic: number, cover: number, differ: boolean): number[] {
  const keys = ['names', 'topic', 'cover', 'both', 'named', 'differ'] as const;
  return keys.map((k) => {
    const saved = { ...ISSUE_MODEL };
    Object.assign(ISSUE_MODEL, { names: 0, topic: 0, cover: 0, both: 0, named: 0, differ: 0, bias: 0, [k]: 1 });
    const v = issueZ(names, topic, cover, differ);
    Object.assign(ISSUE_MODEL, saved);
    return v;
  });
}

// Pairs: every positive, and the negatives that share anything (the rest score 0 and never match).
const X: number[][] = [];
const y: number[] = [];
for (const f of sets) {
  const items = read(f);
  const terms = items.map((it) => analyse(it.text).terms);
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      const { names, topic, cover, differ } = issueFeatures(terms[i], terms[j]);
      const pos = items[i].cluster !== undefined && items[i].cluster === items[j].cluster;
      if (!pos && !(names + topic)) continue;
      X.push(features(names, topic, cover, differ));
      y.push(pos ? 1 : 0);
    }
  }
}

// Standardized gradient descent with a little L2; then back to raw units.
const d = X[0].length;
const dims = [...Array(d).keys()];
const mean = dims.map((k) => X.reduce((s, x) => s + x[k], 0) / X.length);
const sd = dims.map((k) => Math.sqrt(X.reduce((s, x) => s + (x[k] - mean[k]) ** 2, 0) / X.length) || 1);
const Z = X.map((x) => x.map((v, k) => (v - mean[k]) / sd[k]));
const w = new Array<number>(d + 1).fill(0);
// Positives are rare: weigh them up so the fit is not all about the negatives' bulk.
const posWeight = y.length / y.filter(Boolean).length / 4;
for (let it = 0; it < 4000; it++) {
  const g = new Array<number>(d + 1).fill(0);
  for (let i = 0; i < Z.length; i++) {
    let z = w[d];
    for (let k = 0; k < d; k++) z += w[k] * Z[i][k];
    const p = 1 / (1 + Math.exp(-z));
    const e = (p - y[i]) * (y[i] ? posWeight : 1);
    for (let k = 0; k < d; k++) g[k] += e * Z[i][k];
    g[d] += e;
  }
  for (let k = 0; k <= d; k++) w[k] -= 0.5 * (g[k] / Z.length + (k < d ? 1e-3 * w[k] : 0));
}
const rawW = dims.map((k) => w[k] / sd[k]);
const raw = {
  names: rawW[0], topic: rawW[1], cover: rawW[2], both: rawW[3], named: rawW[4], differ: rawW[5],
  bias: w[d] - dims.reduce((s, k) => s + (w[k] * mean[k]) / sd[k], 0),
};
console.log(`${y.length} pairs (${y.filter(Boolean).length} positive) from ${sets.join(', ')}`);

// The bias: the whole pipeline's pairwise F1 over the sets, stepping the threshold.
const data = sets.map(read);
let best = { f1: -1, bias: raw.bias };
for (let shift = -6; shift <= 2.001; shift += 0.25) {
  Object.assign(ISSUE_MODEL, { ...raw, bias: raw.bias + shift });
  const results = data.map((items) => evaluate(items).duplicates);
  const f1 = results.reduce((s, r) => s + r.f1, 0) / results.length;
  console.log(`bias ${(raw.bias + shift).toFixed(2)}: ${results.map((r) => `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`).join(' | ')}`);
  if (f1 > best.f1) best = { f1, bias: raw.bias + shift };
}
const round = (v: number) => Math.round(v * 1000) / 1000;
console.log(`ISSUE_MODEL = { names: ${round(raw.names)}, topic: ${round(raw.topic)}, cover: ${round(raw.cover)}, both: ${round(raw.both)}, named: ${round(raw.named)}, differ: ${round(raw.differ)}, bias: ${round(best.bias)} } (mean F1 ${best.f1.toFixed(3)})`);
