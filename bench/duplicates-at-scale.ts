import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuplicateIndex } from '../src/modules/triage/duplicates.js';
import { pairwise, type Labelled } from '../src/modules/triage/evaluate.js';
import { analyse, DUPLICATE_THRESHOLD } from '../src/modules/triage/pipeline.js';

// Duplicates at a campaign's scale (issue 4): every labelled development set and eval.jsonl as the opinions of one
// campaign (about 12,700), their clusters kept apart by set, the sets' opinions interleaved as a province-wide
// inbox mixes its counties'. Each labelled set measures about 330 opinions; here one township's health centre with
// no doctor at night meets forty others' (bench/measured-2026-12-07.md, stop 44: pairwise F1 0.162 against 0.40–0.90
// set by set; stop 45, one cluster to one place: 0.452). A quality figure, printed beside the speed figures so that
// neither is read without the other. Twice: with no units known (the labelled sets carry none), and with each set's
// opinions come through a county's inbox of its own (stop 46: one cluster, one branch of the hierarchy), as a province's
// counties feed its inbox.

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'triage');

export interface DuplicatesAtScale {
  /** Whether each set's opinions came through a county's inbox of its own. */
  units: boolean;
  opinions: number;
  sets: number;
  precision: number;
  recall: number;
  f1: number;
  labelledPairs: number;
  /** The predicted clusters' sizes, largest first (the first ten), and how many sets the largest spans. */
  largest: number[];
  largestSpansSets: number;
  seconds: number;
}

export function duplicatesAtScale(units = false): DuplicatesAtScale {
  const files = fs.readdirSync(FIXTURES).filter((f) => /^(?:dev[0-9]*|eval)\.jsonl$/.test(f)).sort();
  const bySet = files.map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled).filter((x) => x.cluster !== undefined).map((x) => ({ text: String(x.text), cluster: `${f}:${x.cluster}`, set: f })));
  const mixed: { text: string; cluster: string; set: string }[] = [];
  for (let i = 0; bySet.some((b) => i < b.length); i++) for (const b of bySet) if (i < b.length) mixed.push(b[i]);
  const started = performance.now();
  const index = new DuplicateIndex(DUPLICATE_THRESHOLD);
  mixed.forEach((x, i) => {
    const a = analyse(x.text);
    index.addSignature(String(i), a.signature, a.terms, units ? `/province/${files.indexOf(x.set)}/` : undefined);
  });
  const predicted = mixed.map((_, i) => index.find(String(i)));
  const pairs = pairwise(mixed.map((x) => x.cluster), predicted);
  const members = new Map<string, number[]>();
  predicted.forEach((c, i) => members.set(c, [...(members.get(c) ?? []), i]));
  const clusters = [...members.values()].sort((a, b) => b.length - a.length);
  const f1 = pairs.precision + pairs.recall ? (2 * pairs.precision * pairs.recall) / (pairs.precision + pairs.recall) : 0;
  return {
    units, opinions: mixed.length, sets: files.length, precision: pairs.precision, recall: pairs.recall, f1, labelledPairs: pairs.positives,
    largest: clusters.slice(0, 10).map((c) => c.length), largestSpansSets: new Set(clusters[0]?.map((i) => mixed[i].set)).size,
    seconds: (performance.now() - started) / 1000,
  };
}

export function duplicatesAtScaleLines(r: DuplicatesAtScale): string[] {
  return [
    `duplicates at a campaign's scale — the ${r.sets} labelled development sets as one campaign of ${r.opinions.toLocaleString('en')} opinions (${r.labelledPairs.toLocaleString('en')} labelled pairs), ${r.units ? 'each set through a county\'s inbox' : 'no units known'}, placed in ${r.seconds.toFixed(1)} s`,
    `  pairwise precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, F1 ${r.f1.toFixed(3)} (goal 0.90: ${r.f1 >= 0.9 ? 'met' : 'MISSED'}); largest clusters ${r.largest.join(', ')} (the largest spans ${r.largestSpansSets} sets)`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) console.log([...duplicatesAtScaleLines(duplicatesAtScale()), ...duplicatesAtScaleLines(duplicatesAtScale(true))].join('\n'));
