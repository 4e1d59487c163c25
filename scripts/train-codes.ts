// Trains the learned model of numbers (src/modules/triage/code-model.ts) on the labels of the studied sets
// and writes src/modules/triage/corpus/code-model.json:
//
//   npx tsx scripts/train-codes.ts           # grouped 5-fold cross-validation report, then train and write
//   npx tsx scripts/train-codes.ts --cv-only # the report alone
//
// Every run of Latin letters and digits of a labelled line (codeRuns) is an example: personal data when each of its
// characters is inside a labelled substring. The runs the rules find are examples too; at run time the model reads
// only what the rules left. It reads the sets the name model reads (scripts/pii-training-sets.ts), never the unseen ones;
// the cross-validation leaves whole sets (writers) out.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_MAX_FEATURES, CodeModel, codeFeatures, codeRuns, type CodeModelWeights } from '../src/modules/triage/code-model.js';
import { countPii, type Labelled } from '../src/modules/triage/evaluate.js';
import { detectPii } from '../src/modules/triage/pii.js';
import { trainLogistic, type Example, type Schedule } from './logistic.js';
import { addTally, CODE_TRAINING_SETS, codeTrainingSha256, fmt, studiedSets, tally } from './pii-training-sets.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The shipped threshold (a logit) is chosen on the cross-validation below (the vetoes of pii.ts knownNotPersonalCode
 * included). Over 35 sets left out five ways: at 3, 9 more labels found (recall 0.9612 → 0.9619) and 5 spans outside
 * every label; at 2, 14 and 11 (the five more found cost six more outside). Over 37 (pii22 and pii23 studied since):
 * at 3, 27 more found (0.9518 → 0.9538) and 5 outside; at 2, 34 and 15.
 * (Stop 41) Over the 79 studied sets (every one, pii-training-sets.ts): at 3, 211 more found (0.9412 → 0.9475) and 19
 * outside; at 2, 239 and 35; at 1, 260 and 66. At 2 now: 28 more labels for 16 spans outside, where a number left
 * readable is what the product must not publish and the goals ask recall 0.98 before precision 0.90. With the vetoes the
 * rules know (a template's, a notice's, a group's or a firm's number: pii.ts knownNotPersonalCode), on the sets never
 * read, counts only, against the model trained on the first 37 sets at 3: pii60 0.860 → 0.880 and pii61 0.894 → 0.929
 * (written blind this stop, and read for this choice by counts), pii62 0.908 → 0.931 and pii63 0.840 → 0.876 (written
 * after it); eval, dev10, dev24 … dev29, pii6 and pii48 the same but dev25's precision 0.968 → 0.961. */
const SCHEDULE: Schedule = { bits: 16, epochs: 8, rate: 0.2, l2: 1e-6, positiveWeight: 1, threshold: 2 };


function examples(items: Labelled[]): Example[] {
  const out: Example[] = [];
  const scratch = new Int32Array(CODE_MAX_FEATURES);
  for (const { text, pii = [] } of items) {
    const covered = new Uint8Array(text.length);
    for (const sub of pii) if (sub) for (let at = text.indexOf(sub); at >= 0; at = text.indexOf(sub, at + 1)) covered.fill(1, at, at + sub.length);
    const runs = codeRuns(text);
    for (let i = 0; i < runs.length; i += 2) {
      const n = codeFeatures(text, runs[i], runs[i + 1], SCHEDULE.bits, scratch);
      out.push({ x: scratch.slice(0, n), y: covered.subarray(runs[i], runs[i + 1]).every((c) => c === 1) });
    }
  }
  return out;
}

function crossValidate(sets: { name: string; items: Labelled[] }[]): void {
  const FOLDS = 5;
  const thresholds = [-1, 0, 1, 2, 3, 4];
  const rulesAll = tally();
  const withAll = thresholds.map(tally);
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = trainLogistic(sets.filter((_, i) => i % FOLDS !== fold).flatMap((s) => examples(s.items)), SCHEDULE);
    const models = thresholds.map((threshold) => new CodeModel({ ...weights, threshold }));
    for (const [i, set] of sets.entries()) {
      if (i % FOLDS !== fold) continue;
      for (const { text, pii = [] } of set.items) {
        const base = countPii(text, pii, detectPii(text, null, null));
        addTally(rulesAll, base, 0, 0);
        models.forEach((model, k) => {
          const c = countPii(text, pii, detectPii(text, null, model));
          addTally(withAll[k], c, 0, c.overmasked.length - base.overmasked.length);
        });
      }
    }
  }
  console.log(`rules R ${fmt(rulesAll.found / rulesAll.labelled)} P ${fmt(rulesAll.inside / rulesAll.masked)} (${rulesAll.labelled} labels)`);
  withAll.forEach((t, k) => console.log(`  ${thresholds[k]}: R ${fmt(t.found / t.labelled)} P ${fmt(t.inside / t.masked)} (${t.found - rulesAll.found} more found, ${t.outside} spans outside every label)`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sets = studiedSets(CODE_TRAINING_SETS);
  crossValidate(sets);
  if (!process.argv.includes('--cv-only')) {
    const data = sets.flatMap((s) => examples(s.items));
    const model: CodeModelWeights = { ...trainLogistic(data, SCHEDULE), trainingSha256: codeTrainingSha256() };
    fs.writeFileSync(path.join(here, '../src/modules/triage/corpus/code-model.json'), JSON.stringify(model) + '\n');
    console.log(`wrote code-model.json: ${data.length} examples, ${data.filter((d) => d.y).length} personal, ${1 << SCHEDULE.bits} weights, scale ${model.scale.toFixed(5)}`);
  }
}
