import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentFile } from '../src/modules/figures/extract/documents.js';
import { extractStatistics } from '../src/modules/figures/extract/extract.js';

// Narrative reports → figures: throughput of extractStatistics in MB of UTF-8 text per second
// (goal ≥ 1 MB/s). The corpus is the labelled report fixtures (and the seed reports when the
// shared folder is present), replicated to a few MB and read as one report per copy, plus one
// large Traditional-script report; then 1 MB of random characters, which must simply finish.

const here = path.dirname(fileURLToPath(import.meta.url));
const GOAL_MB_S = 1;

async function corpus(): Promise<{ simplified: string[]; traditional: string[] }> {
  const dirs = [path.resolve(here, '../tests/fixtures/extract/docs'), path.resolve(here, '../../shared/seeds')];
  const simplified: string[] = [];
  const traditional: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!/\.(txt|html|docx)$/.test(f)) continue;
      const { text } = await readDocumentFile(path.join(dir, f));
      (/[個們這為國會時對關]/.test(text) ? traditional : simplified).push(text);
    }
  }
  if (!simplified.length) simplified.push(generated());
  if (!traditional.length) traditional.push('全縣召開座談會三百四十場次，收集意見建議4.8萬條，清理辦公用房39871平方米。');
  return { simplified, traditional };
}

function generated(): string {
  const parts: string[] = [];
  for (let i = 0; i < 200; i++) {
    parts.push(`全市累计开展调研${1 + (i % 9)}.${i % 10}万余次，召开座谈会${300 + i}场，征求意见建议${1000 + i * 7}条，压缩会议${100 + i}场次，参学率达到9${i % 10}.5%。2014年${1 + (i % 12)}月，第${i + 1}批单位“十个一”活动有序开展。`);
  }
  return parts.join('\n');
}

function replicate(texts: string[], bytes: number): string[] {
  const docs: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const t = texts[i % texts.length];
    docs.push(t);
    total += Buffer.byteLength(t);
  }
  return docs;
}

function time(docs: string[]): { mb: number; seconds: number; figures: number } {
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
  const t0 = performance.now();
  let figures = 0;
  for (const d of docs) figures += extractStatistics(d).length;
  return { mb, seconds: (performance.now() - t0) / 1000, figures };
}

export async function benchExtract(): Promise<string[]> {
  const { simplified, traditional } = await corpus();
  extractStatistics(simplified.join('\n')); // warm up (opencc tables, JIT)
  extractStatistics(traditional.join('\n'));
  const lines = ['narrative reports → figures (extractStatistics)'];
  const cases: Array<[string, string[]]> = [
    ['reports, one per copy (mixed)', replicate([...simplified, ...traditional], 4e6)],
    ['one large Traditional report', [replicate(traditional, 2e6).join('\n')]],
  ];
  for (const [label, docs] of cases) {
    const r = time(docs);
    const rate = r.mb / r.seconds;
    lines.push(`  ${label.padEnd(32)} ${r.mb.toFixed(2)} MB in ${(r.seconds * 1000).toFixed(0)} ms = ${rate.toFixed(2)} MB/s (goal ≥ ${GOAL_MB_S}) ${rate >= GOAL_MB_S ? 'ok' : 'MISS'}  [${docs.length} docs, ${r.figures} figures]`);
  }
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let garbage = '';
  while (garbage.length < 1 << 20) garbage += String.fromCharCode(rnd() < 0.5 ? 0x20 + Math.floor(rnd() * 0x5f) : 0x4e00 + Math.floor(rnd() * 0x5200));
  const g = time([garbage]);
  lines.push(`  ${'1 MB of random characters'.padEnd(32)} ${(g.seconds * 1000).toFixed(0)} ms  [${g.figures} figures]`);
  return lines;
}
