// Regenerates src/modules/triage/corpus/bigram-df.json: in how many of the corpus's opinions each
// character bigram occurs. Duplicate matching weighs a shared bigram by how rare it is among
// opinions (issue-terms.ts): 干部, 反映 and 群众 are in every other complaint, a village's name or
// 宅基 in few; and each concept of concepts.ts and each single character likewise. Read as the pipeline reads text: normalized, numbers folded.
//
//   npx tsx scripts/bigram-df.ts
//
// Deterministic: the same corpus gives the same file; its SHA-256 is stored in the table and a
// test fails when the corpus changed without regenerating it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distinctBigrams, isHan } from '../src/modules/triage/bigrams.js';
import { CONCEPTS, conceptsOf } from '../src/modules/triage/concepts.js';
import { foldNumerals, normalize } from '../src/modules/triage/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusFile = path.join(here, '../src/modules/triage/corpus/train.jsonl');
const outFile = path.join(here, '../src/modules/triage/corpus/bigram-df.json');

const raw = fs.readFileSync(corpusFile);
const texts = raw.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
const df = new Map<number, number>();
const conceptDf = CONCEPTS.map(() => 0);
const charDf = new Map<number, number>();
for (const t of texts) {
  const text = foldNumerals(normalize(t));
  for (const k of distinctBigrams(text)) df.set(k, (df.get(k) ?? 0) + 1);
  const chars = new Set<number>();
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) chars.add(text.charCodeAt(i));
  for (const c of chars) charDf.set(c, (charDf.get(c) ?? 0) + 1);
  for (const c of conceptsOf(text)) conceptDf[c]++;
}
// Sorted by key: a stable file whatever the Map's order.
const keys = [...df.keys()].sort((a, b) => a - b);
const table = {
  corpusSha256: crypto.createHash('sha256').update(raw).digest('hex'),
  documents: texts.length,
  // Each bigram as its two characters, concatenated: smaller than numbers and readable.
  bigrams: keys.map((k) => String.fromCharCode(k >>> 16, k & 0xffff)).join(''),
  df: keys.map((k) => df.get(k)),
  // concepts.ts: the groups' document frequencies, and a digest of the groups they were counted for.
  conceptsSha256: crypto.createHash('sha256').update(JSON.stringify(CONCEPTS)).digest('hex'),
  conceptDf,
  // Single Han characters likewise (issue-terms.ts charTerms): 酒 in 喝酒 and 饮酒, 牌 in 打牌 and 牌局.
  chars: [...charDf.keys()].sort((a, b) => a - b).map((c) => String.fromCharCode(c)).join(''),
  charDf: [...charDf.keys()].sort((a, b) => a - b).map((c) => charDf.get(c)),
};
fs.writeFileSync(outFile, JSON.stringify(table) + '\n');
console.log(`${texts.length} opinions, ${keys.length} bigrams → ${path.relative(process.cwd(), outFile)}`);
