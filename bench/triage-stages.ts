import { redact } from '../src/modules/triage/pii.js';
import { foldNumerals, normalize } from '../src/modules/triage/normalize.js';
import { signatureOfNormalized, DuplicateIndex } from '../src/modules/triage/duplicates.js';
import { issueTerms } from '../src/modules/triage/issue-terms.js';
import { classify } from '../src/modules/triage/classify.js';
import { analyse } from '../src/modules/triage/pipeline.js';
import { OrgMatcher } from '../src/modules/triage/routing.js';
import { generatedProvince, type TreeSpec } from '../src/demo/city.js';
import { generateOpinions } from './opinion-text.js';

// Where the triage first pass spends its time, stage by stage (CPU microseconds per opinion, so
// that other processes on the machine move the figures less than wall time):
//   npx tsx bench/triage-stages.ts [count] [rounds]
// Each stage is run over all `count` opinions, `rounds` times (default 5); the median per stage is
// printed with the best beside it. The stages read what pipeline.ts's analyse() gives them (issue
// terms and signatures read the numeral-folded text), and "analyse" is the whole of analyse() —
// the sum of its stages minus what they share — so the two can be compared.

const N = Number(process.argv[2] ?? 20_000);
const ROUNDS = Number(process.argv[3] ?? 5);
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
let folded: string[] = [];
let sigs: Uint32Array[] = [];
let terms: ReturnType<typeof issueTerms>[] = [];
let clustered = 0;
const stages: [string, () => void][] = [
  ['redact', () => void (red = texts.map((t) => redact(t)))],
  ['normalize', () => void (norm = red.map((t) => normalize(t)))],
  ['fold numbers', () => void (folded = norm.map((t) => foldNumerals(t)))],
  ['signature', () => void (sigs = folded.map((n) => signatureOfNormalized(n)))],
  ['classify', () => { for (let i = 0; i < N; i++) classify(texts[i], norm[i]); }],
  ['issue terms', () => void (terms = folded.map((n) => issueTerms(n)))],
  ['index', () => {
    const index = new DuplicateIndex(0.45);
    clustered = 0;
    for (let i = 0; i < N; i++) if (index.addSignature(String(i), sigs[i], terms[i]) !== String(i)) clustered++;
  }],
  ['route', () => { for (const n of norm) matcher.matchNormalized(n); }],
];
const whole: [string, () => void] = ['analyse', () => { for (const t of texts) analyse(t); }];
const runs = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of [...stages, whole]) {
    const c = process.cpuUsage();
    run();
    const d = process.cpuUsage(c);
    const list = runs.get(name) ?? [];
    list.push((d.user + d.system) / N);
    runs.set(name, list);
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
let sum = 0;
for (const [name, list] of runs) {
  const m = median(list);
  if (name !== 'analyse') sum += m;
  else console.log(`${'(stages sum)'.padEnd(13)} ${sum.toFixed(1).padStart(6)} µs  (≈ ${Math.round(1e6 / sum).toLocaleString('en')} opinions/s)  clustered ${clustered} of ${N}`);
  console.log(`${name.padEnd(13)} ${m.toFixed(1).padStart(6)} µs  (best ${Math.min(...list).toFixed(1)})${name === 'analyse' ? `  (≈ ${Math.round(1e6 / m).toLocaleString('en')} opinions/s, no index or routing)` : ''}`);
}
