// Fits issue-model.ts ISSUE_MODEL (when two differently worded opinions report one issue) on the
// labelled pairs of the development sets, and reports what the fitted model gives there:
//
//   npx tsx scripts/fit-duplicates.ts   # how the shipped weights were fitted
//
// A logistic regression over the features of a pair's issue terms that issue-model.ts issueZ reads
// (issueFeatures: cover, whether any name is shared, whether their winds differ, shared concepts,
// shared concepts beside a shared name, and concepts each names that the other does not). The weights are then searched from there
// for the highest pairwise F1 of the whole pipeline (candidates, best match, the cluster check,
// clusters) on average over the studied development sets (STUDIED below). eval.jsonl (and any
// later blind set) is held out: it is never read here. The figures on the sets fitted flatter; what
// unseen opinions get is estimated by leaving one set out (fit on the others, measure on it):
//
//   [FIX=differ] [OFF=apart] [CLUSTER_CHECK=1] npx tsx scripts/fit-duplicates.ts --loo [--from-current] [--bias-only] [--only dev5.jsonl,dev6.jsonl]
//
// FIT_SETS=dev.jsonl,…,dev16.jsonl fits (or leaves out) over other sets than the eighteen (stop 17 checked the
// shipped weights over fifteen: the search moved the mean F1 by 0.002 and kept them; stop 34 fitted
// over eighteen, with the characters' feature: issue-model.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER, DuplicateIndex } from '../src/modules/triage/duplicates.js';
import { ISSUE_MODEL, issueFeatures, issueZ } from '../src/modules/triage/issue-model.js';
import { pairwise, type Labelled } from '../src/modules/triage/evaluate.js';
import { analyse, DUPLICATE_THRESHOLD } from '../src/modules/triage/pipeline.js';
import { WindModel } from '../src/modules/triage/model.js';
import { readCorpus, TRAINING_FILES } from './train-triage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The studied sets (tests/fixtures/triage/README.md): since stop 34, eighteen, dev18 and dev19 among them. Stop 35 read
// dev20's and dev21's errors too; the quantities' weight was fitted with FIT_SETS over the twenty (the other weights
// refitted over the twenty measured worse on the sets never fitted on, and were not kept: issue-model.ts).
const STUDIED = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19'].map((f) => `${f}.jsonl`);
const sets = process.env.FIT_SETS ? process.env.FIT_SETS.split(',') : STUDIED;
// The wind model learns the development sets' wind labels (train-triage.ts), so on them its
// suggestions are nearly always right, and "their winds differ" would look surer than it is on
// opinions it never saw. Each set is therefore analysed with a model trained without it (the
// corpus and the other sets), as the shipped model meets new opinions.
const windModelWithout = (f: string): WindModel =>
  WindModel.train(TRAINING_FILES.filter((t) => path.basename(t) !== f).flatMap((t) => readCorpus(t)));
const read = (f: string): Labelled[] => fs.readFileSync(path.join(here, '../tests/fixtures/triage', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);

type Key = keyof typeof ISSUE_MODEL;
/** The weights issueZ reads, in its model's order; the bias last. */
// OFF=placed,apart: leave those weights at 0 (to measure what a feature adds).
const off = new Set((process.env.OFF ?? '').split(',').filter(Boolean));
for (const k of off) (ISSUE_MODEL as Record<string, number>)[k] = 0;
// FIX=differ: keep those weights as issue-model.ts ships them (not fitted, not searched). The
// differ weight used to be kept strong that way: a campaign’s own frame (its town,
// 反映了好多次…请领导管一管) shared by every opinion joined different complaints through the town
// otherwise; issue-model.ts LOCAL_NAME_LEVEL stops that now, and differ is fitted like the rest.
const fixed = new Set((process.env.FIX ?? '').split(',').filter(Boolean));
// CLUSTER_CHECK=1: single link (a new opinion joins its best match's cluster without asking the
// cluster's other members; duplicates.ts CLUSTER), to measure what the check adds.
if (process.env.CLUSTER_CHECK) CLUSTER.check = Number(process.env.CLUSTER_CHECK);
const keys = (Object.keys(ISSUE_MODEL) as Key[]).filter((k) => !off.has(k));
const weightKeys = keys.filter((k) => k !== 'bias');
const shipped = { ...ISSUE_MODEL };

/** The features in issueZ's order, read off it (so the two cannot drift apart). */
function features(names: number, topic: number, cover: number, differ: boolean, concepts: number, apart: number, chars: number, quantities: number, nameTerms: number): number[] {
  return weightKeys.map((k) => {
    const saved = { ...ISSUE_MODEL };
    for (const j of keys) ISSUE_MODEL[j] = 0;
    ISSUE_MODEL[k] = 1;
    const v = issueZ(names, topic, cover, differ, concepts, apart, chars, quantities, nameTerms);
    Object.assign(ISSUE_MODEL, saved);
    return v;
  });
}

const heldOutModels = new Map(sets.map((f) => [f, windModelWithout(f)]));
const data = sets.map((f) => {
  const items = read(f);
  return { name: f, items, analyses: items.map((it) => analyse(it.text, heldOutModels.get(f))) };
});

// Pairs: every positive, and the negatives that share anything (the rest score 0 and never match).
function pairsOf(d: (typeof data)[number]): { X: number[][]; y: number[] } {
  const X: number[][] = [];
  const y: number[] = [];
  const terms = d.analyses.map((a) => a.terms);
  for (let i = 0; i < d.items.length; i++) {
    for (let j = 0; j < i; j++) {
      const { names, nameTerms, topic, cover, differ, conceptCount, apart, chars, quantities } = issueFeatures(terms[i], terms[j]);
      const pos = d.items[i].cluster !== undefined && d.items[i].cluster === d.items[j].cluster;
      if (!pos && !(names + topic)) continue;
      X.push(features(names, topic, cover, differ, conceptCount, apart, chars, quantities, nameTerms));
      y.push(pos ? 1 : 0);
    }
  }
  return { X, y };
}
const pairs = data.map(pairsOf);

/** A logistic regression over the pairs of these sets: standardized gradient descent with a
 * little L2, then back to raw units. */
function regression(train: number[]): Record<Key, number> {
  const X = train.flatMap((s) => pairs[s].X);
  const y = train.flatMap((s) => pairs[s].y);
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
  const raw = Object.fromEntries(weightKeys.map((k, i) => [k, w[i] / sd[i]])) as Record<Key, number>;
  raw.bias = w[d] - dims.reduce((s, k) => s + (w[k] * mean[k]) / sd[k], 0);
  console.log(`${y.length} pairs (${y.filter(Boolean).length} positive) from ${train.map((s) => sets[s]).join(', ')}`);
  return raw;
}

type Score = { p: number; r: number; f1: number };
/** The whole pipeline (candidates, best match, clusters) on one set, as `massline triage eval` measures it. */
function pipelineOn(s: number): Score {
  const { items, analyses } = data[s];
  const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
  const ids: number[] = [];
  items.forEach((it, i) => {
    if (it.cluster === undefined) return;
    index.addSignature(String(i), analyses[i].signature, analyses[i].terms);
    ids.push(i);
  });
  const { precision: p, recall: r } = pairwise(ids.map((i) => items[i].cluster!), ids.map((i) => index.find(String(i))));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
function pipelineF1(train: number[]): { f1: number; each: Score[] } {
  const each = train.map(pipelineOn);
  return { f1: each.reduce((s, e) => s + e.f1, 0) / each.length, each };
}
const show = (train: number[], each: Score[]) => each.map((e, i) => `${sets[train[i]]} P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f1.toFixed(3)}`).join(' | ');

// --from-current: search from the weights issue-model.ts ships instead of the regression's.
const fromCurrent = process.argv.includes('--from-current');
/**
 * Fits ISSUE_MODEL on these sets: starting from the regression (or the shipped weights), a
 * coordinate search over the weights for the best mean pairwise F1 of the whole pipeline over them,
 * on analyses made once. Leaves the result in ISSUE_MODEL.
 */
function fit(train: number[], rounds = 8): void {
  const raw = fromCurrent ? { ...shipped } : regression(train);
  for (const k of fixed) raw[k as Key] = shipped[k as Key];
  Object.assign(ISSUE_MODEL, raw);
  // The regression's bias suits its weighting of positives, not the pipeline: find a start first.
  let best = pipelineF1(train);
  let startBias = raw.bias;
  for (let shift = fromCurrent ? 0 : -10; shift <= (fromCurrent ? 0 : 2.001); shift += 0.125) {
    ISSUE_MODEL.bias = raw.bias + shift;
    const got = pipelineF1(train);
    if (got.f1 > best.f1) {
      best = got;
      startBias = raw.bias + shift;
    }
  }
  ISSUE_MODEL.bias = startBias;
  best = pipelineF1(train);
  console.log(`start: mean F1 ${best.f1.toFixed(3)} — ${show(train, best.each)}`);
  // --bias-only: the regression's weights with the pipeline's best bias (no search: steadier
  // across sets, what leave-one-set-out compares features with).
  if (process.argv.includes('--bias-only')) rounds = 0;
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const k of keys) {
      if (fixed.has(k)) continue;
      const v = ISSUE_MODEL[k];
      const step = Math.abs(v) * 0.1;
      // A weight at 0 is tried at several scales (a feature's values range from 0–1 to 0–100).
      const tries = v ? [v * 0.5, v * 0.8, v * 1.25, v * 2, v + step, v - step, v + 3 * step, v - 3 * step] : [0.01, -0.01, 0.05, -0.05, 0.2, -0.2, 1, -1];
      for (const next of tries) {
        const saved = ISSUE_MODEL[k];
        ISSUE_MODEL[k] = next;
        const got = pipelineF1(train);
        if (got.f1 > best.f1 + 1e-4) {
          best = got;
          improved = true;
        } else ISSUE_MODEL[k] = saved;
      }
    }
    console.log(`round ${round + 1}: mean F1 ${best.f1.toFixed(3)} — ${show(train, best.each)}`);
    if (!improved) break;
  }
}
const rounded = () => Object.fromEntries(keys.map((k) => [k, Math.round(ISSUE_MODEL[k] * 1000) / 1000]));
const all = sets.map((_, s) => s);
if (process.argv.includes('--loo')) {
  // Leave one set out: fit on the others, measure on it — what unseen opinions would get.
  const only = process.argv.indexOf('--only');
  const held = only > 0 ? process.argv[only + 1].split(',').map((f) => sets.indexOf(f)) : all;
  const got: string[] = [];
  const shippedEach = pipelineF1(all);
  for (const s of held) {
    Object.assign(ISSUE_MODEL, shipped);
    fit(all.filter((t) => t !== s), 4);
    const e = pipelineOn(s);
    got.push(`${sets[s]} P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} F1 ${e.f1.toFixed(3)}`);
    console.log(`left out ${sets[s]}: ${got.at(-1)}  ${JSON.stringify(rounded())}`);
  }
  Object.assign(ISSUE_MODEL, shipped);
  console.log(`shipped weights: mean F1 ${shippedEach.f1.toFixed(3)} — ${show(all, shippedEach.each)}`);
  console.log(`leave one set out:\n  ${got.join('\n  ')}`);
} else {
  fit(all);
  const r = rounded();
  console.log(`ISSUE_MODEL = ${JSON.stringify(r).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ').replace('{', '{ ').replace('}', ' }')}`);
}
