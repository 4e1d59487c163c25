// Regenerates src/modules/triage/corpus/model.json from the corpus and the development sets' wind
// labels (TRAINING_FILES; eval.jsonl is held out and never read here):
//
//   npx tsx scripts/train-triage.ts            # 5-fold cross-validation, temperature fit, train, write
//   npx tsx scripts/train-triage.ts --cv-only  # report only, write nothing
//
// Training is deterministic (seeded shuffles): the same files give the same model. Their SHA-256
// is stored in the model's meta; a test fails when one changed without a retrain.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';
import type { Wind } from '../src/modules/triage/classify.js';
import { WindModel, WINDS, type TrainOptions } from '../src/modules/triage/model.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, '../src/modules/triage/corpus');
const corpusFile = path.join(corpusDir, 'train.jsonl');
const modelFile = path.join(corpusDir, 'model.json');
/**
 * What the shipped model learns from: the corpus, and the wind labels of the labelled development
 * sets (their duplicate and personal-data labels are not read here). The held-out set
 * (eval.jsonl) is never trained on: it is what measures the model. Adding the development sets
 * (1,839 opinions written by five other hands) raised the held-out macro-F1 from 0.902 to 0.935.
 * dev11 … dev18 (stop 18, eight more writers) moved the sets it never saw from a mean of 0.916 to
 * 0.925 (eval 0.934 → 0.931, dev10 0.885 → 0.899, dev19 0.950 → 0.953, dev20 0.894 → 0.917). dev19 … dev21 (stop 35,
 * three more) moved the seven it never saw from 0.890 to 0.901 (eval 0.931 → 0.926, dev22 0.902 → 0.919, dev25 0.891 → 0.917,
 * dev26 0.826 → 0.844). dev22 … dev24 (stop 36, three more) moved the six it never saw from 0.903 to 0.915 (eval 0.926 → 0.935,
 * dev10 0.898 → 0.912, dev25 0.917 → 0.931, dev26 0.844 → 0.869, dev27 0.950 → 0.947, dev28 0.885 → 0.897; the wind labels of
 * pii2 0.561 → 0.538 and pii3 0.709 → 0.707), and their duplicates from 0.618 to 0.620. dev25 … dev37 (stop 50, thirteen more
 * writers, 4,400 opinions) moved the eleven it never saw (eval, dev10, dev38 … dev46) from a mean of 0.9138 to 0.9276 (nine up:
 * dev46 0.938 → 0.963, dev38 0.949 → 0.970, dev43 0.937 → 0.957, dev45 0.938 → 0.957; dev40 the same; eval 0.935 → 0.926), and
 * their duplicates from 0.5991 to 0.6043 (dev46 0.664 → 0.694, dev10 0.786 → 0.811, dev40 0.629 → 0.654; eval 0.840 → 0.832,
 * dev44 0.545 → 0.532).
 */
export const TRAINING_FILES = [corpusFile, ...['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl', 'dev4.jsonl', 'dev5.jsonl', 'dev6.jsonl', 'dev7.jsonl', 'dev8.jsonl', 'dev9.jsonl', 'dev11.jsonl', 'dev12.jsonl', 'dev13.jsonl', 'dev14.jsonl', 'dev15.jsonl', 'dev16.jsonl', 'dev17.jsonl', 'dev18.jsonl', 'dev19.jsonl', 'dev20.jsonl', 'dev21.jsonl', 'dev22.jsonl', 'dev23.jsonl', 'dev24.jsonl', 'dev25.jsonl', 'dev26.jsonl', 'dev27.jsonl', 'dev28.jsonl', 'dev29.jsonl', 'dev30.jsonl', 'dev31.jsonl', 'dev32.jsonl', 'dev33.jsonl', 'dev34.jsonl', 'dev35.jsonl', 'dev36.jsonl', 'dev37.jsonl'].map((f) => path.join(here, '../tests/fixtures/triage', f))];

/** The SHA-256 of the training files in order (model.json records it; a test compares). */
export function trainingSha256(): string {
  const hash = crypto.createHash('sha256');
  for (const f of TRAINING_FILES) hash.update(fs.readFileSync(f));
  return hash.digest('hex');
}

export interface Example {
  text: string;
  wind: Wind;
}

export function readCorpus(file = corpusFile): Example[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const e = JSON.parse(l) as Example;
      if (typeof e.text !== 'string' || !WINDS.includes(e.wind)) throw new Error(`${file}:${i + 1}: bad line`);
      return { text: e.text, wind: e.wind };
    });
}

export function macroF1(gold: Wind[], got: Wind[]): { macro: number; perLabel: Record<string, number> } {
  const perLabel: Record<string, number> = {};
  for (const w of WINDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (got[i] === w && g === w) tp++;
      else if (got[i] === w) fp++;
      else if (g === w) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    perLabel[w] = p + r ? (2 * p * r) / (p + r) : 0;
  }
  return { macro: WINDS.reduce((s, w) => s + perLabel[w], 0) / WINDS.length, perLabel };
}

/** k-fold cross-validation: held-out predictions (probabilities at temperature 1) for every example. */
export function crossValidate(examples: Example[], folds = 5, options: TrainOptions = {}) {
  const probs: Record<Wind, number>[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => i % folds !== f);
    const model = WindModel.train(train, { ...options, temperature: 1 });
    examples.forEach((e, i) => {
      if (i % folds === f) probs[i] = model.probabilities(e.text);
    });
  }
  return probs;
}

/** The temperature that minimises held-out negative log-likelihood (probabilities given at T = 1). */
export function fitTemperature(examples: Example[], probs: Record<Wind, number>[]): { temperature: number; nll: number } {
  let best = { temperature: 1, nll: Infinity };
  for (let t = 0.2; t <= 3.0001; t += 0.05) {
    let nll = 0;
    probs.forEach((p, i) => {
      // p ∝ exp(s); at temperature t, p_t ∝ p^(1/t)
      let z = 0;
      for (const w of WINDS) z += Math.pow(Math.max(p[w], 1e-300), 1 / t);
      nll -= Math.log(Math.pow(Math.max(p[examples[i].wind], 1e-300), 1 / t) / z);
    });
    nll /= probs.length;
    if (nll < best.nll) best = { temperature: Math.round(t * 100) / 100, nll };
  }
  return best;
}

function argmax(p: Record<Wind, number>): Wind {
  return WINDS.reduce((a, b) => (p[b] > p[a] ? b : a));
}

const toSimplified = Converter({ from: 'tw', to: 'cn' });

function main() {
  const cvOnly = process.argv.includes('--cv-only');
  const examples = TRAINING_FILES.flatMap((f) => readCorpus(f));
  const started = Date.now();
  const probs = crossValidate(examples, 5);
  const got = probs.map(argmax);
  const { macro, perLabel } = macroF1(
    examples.map((e) => e.wind),
    got,
  );
  const { temperature, nll } = fitTemperature(examples, probs);
  // Calibration check: mean confidence vs accuracy, held out.
  const conf = probs.map((p) => {
    let z = 0;
    for (const w of WINDS) z += Math.pow(p[w], 1 / temperature);
    return Math.pow(p[argmax(p)], 1 / temperature) / z;
  });
  const accuracy = got.filter((g, i) => g === examples[i].wind).length / got.length;
  const meanConfidence = conf.reduce((s, x) => s + x, 0) / conf.length;
  console.log(
    JSON.stringify(
      {
        examples: examples.length,
        traditionalShare: Math.round((examples.filter((e) => toSimplified(e.text) !== e.text).length / examples.length) * 100) / 100,
        cvMacroF1: Math.round(macro * 1000) / 1000,
        perLabel: Object.fromEntries(Object.entries(perLabel).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
        accuracy: Math.round(accuracy * 1000) / 1000,
        temperature,
        heldOutNll: Math.round(nll * 1000) / 1000,
        meanConfidence: Math.round(meanConfidence * 1000) / 1000,
        seconds: (Date.now() - started) / 1000,
      },
      null,
      2,
    ),
  );
  if (process.argv.includes('--errors')) {
    got.forEach((g, i) => {
      if (g !== examples[i].wind) console.log(`${examples[i].wind} → ${g}\t${examples[i].text}`);
    });
  }
  if (cvOnly) return;
  const model = WindModel.train(examples, { temperature });
  model.meta = {
    corpusSha256: trainingSha256(),
    examples: examples.length,
    cvMacroF1: Math.round(macro * 1000) / 1000,
    regenerate: 'npx tsx scripts/train-triage.ts',
  };
  fs.writeFileSync(modelFile, JSON.stringify(model.toJSON()) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), modelFile)} (${(fs.statSync(modelFile).size / 1024).toFixed(0)} KiB, ${model.vocabularySize} words)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
