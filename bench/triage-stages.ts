import { redact } from '../src/modules/triage/pii.js';
import { normalize } from '../src/modules/triage/normalize.js';
import { signatureOfNormalized, DuplicateIndex } from '../src/modules/triage/duplicates.js';
import { issueTerms } from '../src/modules/triage/issue-terms.js';
import { classify } from '../src/modules/triage/classify.js';
import { OrgMatcher } from '../src/modules/triage/routing.js';
import { generatedProvince, type TreeSpec } from '../src/demo/city.js';
import { generateOpinions } from './opinion-text.js';

// Where the triage first pass spends its time, stage by stage (CPU microseconds per opinion, so
// that other processes on the machine move the figures less than wall time):
//   npx tsx bench/triage-stages.ts [count]

const N = Number(process.argv[2] ?? 20_000);
function flatten(t: TreeSpec, out: { id: string; name: string; aliases?: string[] }[] = []) {
  out.push({ id: t.code, name: t.name, aliases: t.aliases });
  for (const c of t.children ?? []) flatten(c, out);
  return out;
}
const directory = flatten(generatedProvince(10_000, 3));
const matcher = new OrgMatcher(directory);
const texts = [...generateOpinions(N, 11, directory.map((o) => o.name))];
let red: string[] = [];
let norm: string[] = [];
let sigs: Uint32Array[] = [];
let terms: ReturnType<typeof issueTerms>[] = [];
let clustered = 0;
const stages: [string, () => void][] = [
  ['redact', () => void (red = texts.map((t) => redact(t)))],
  ['normalize', () => void (norm = red.map((t) => normalize(t)))],
  ['signature', () => void (sigs = norm.map((n) => signatureOfNormalized(n)))],
  ['classify', () => { for (let i = 0; i < N; i++) classify(texts[i], norm[i]); }],
  ['issue terms', () => void (terms = norm.map((n) => issueTerms(n)))],
  ['index', () => {
    const index = new DuplicateIndex(0.45);
    clustered = 0;
    for (let i = 0; i < N; i++) if (index.addSignature(String(i), sigs[i], terms[i]) !== String(i)) clustered++;
  }],
  ['route', () => { for (const n of norm) matcher.matchNormalized(n); }],
];
const best = new Map<string, number>();
for (let round = 0; round < 3; round++) {
  for (const [name, run] of stages) {
    const c = process.cpuUsage();
    run();
    const d = process.cpuUsage(c);
    const us = (d.user + d.system) / N;
    best.set(name, Math.min(best.get(name) ?? Infinity, us));
  }
}
let sum = 0;
for (const [name, us] of best) {
  sum += us;
  console.log(`${name.padEnd(12)} ${us.toFixed(1).padStart(6)} µs`);
}
console.log(`${'total'.padEnd(12)} ${sum.toFixed(1).padStart(6)} µs  (≈ ${Math.round(1e6 / sum).toLocaleString('en')} opinions/s)  clustered ${clustered} of ${N}`);
