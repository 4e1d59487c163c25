import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { proposeIndicator } from './catalogue.js';
import { DocumentError, readDocumentFile } from './documents.js';
import { evaluateGold, parseGoldJsonl } from './evaluate.js';
import { extractStatistics, type Statistic } from './extract.js';

// `massline extract …` — the arguments after `extract`:
//   FILE [--json] [--propose]              the statistics of one report (txt, docx, html)
//   eval GOLD.jsonl --docs DIR [--json]   precision / recall / F1 against labelled documents
// Errors are one bilingual line and exit code 1, never a stack trace.

const USAGE = `用法 / usage:
  massline extract FILE [--json] [--propose]
      列出报告（txt、docx、html）中的统计数字 / list the statistics in a report
      --json      输出 JSON 数组 / print one JSON array
      --propose   附上建议的目录指标 / add the proposed catalogue indicator
  massline extract eval GOLD.jsonl --docs DIR [--json]
      用标注数据评估抽取质量 / score the extractor against labelled documents`;

export async function runExtractCli(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    err(`参数错误 / bad arguments: ${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  try {
    if (positionals[0] === 'eval' && positionals.length >= 2) return await runEval(positionals[1], values.docs, !!values.json, out, err);
    if (positionals.length !== 1) {
      err(USAGE);
      return 1;
    }
    return await runExtract(positionals[0], !!values.json, !!values.propose, out);
  } catch (e) {
    if (e instanceof DocumentError) err(e.message);
    else err(`无法处理 / failed: ${(e as Error)?.message ?? String(e)}`);
    return 1;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, propose: { type: 'boolean' }, docs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

async function runExtract(file: string, json: boolean, propose: boolean, out: (s: string) => void): Promise<number> {
  const { text } = await readDocumentFile(file);
  const stats = extractStatistics(text);
  if (json) {
    out(JSON.stringify(stats.map((s) => present(s, propose))));
    return 0;
  }
  out(`${stats.length} 项统计数字 / statistics found in ${file}`);
  if (!stats.length) return 0;
  const rows = stats.map((s, i) => {
    const p = proposeIndicator(s);
    return [String(i + 1), formatValue(s.value), s.unit, s.qualifier, s.indicator, s.scope || '—', p ? `${p.code} (${p.confidence})` : '—', s.quote.replace(/\s+/g, ' ')];
  });
  const header = ['#', '数值 value', '单位 unit', '限定 qualifier', '指标 indicator', '范围 scope', '建议指标 proposed', '原文 quote'];
  for (const line of table([header, ...rows])) out(line);
  return 0;
}

function present(s: Statistic, propose: boolean) {
  const base = { quote: s.quote, indicator: s.indicator, value: s.value, unit: s.unit, qualifier: s.qualifier, scope: s.scope };
  if (!propose) return base;
  const p = proposeIndicator(s);
  return { ...base, proposed: p ? { code: p.code, confidence: p.confidence } : null };
}

async function runEval(goldFile: string, docs: string | undefined, json: boolean, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (!docs) {
    err(`缺少 --docs 目录 / --docs DIR is required\n${USAGE}`);
    return 1;
  }
  if (!fs.existsSync(docs) || !fs.statSync(docs).isDirectory()) {
    err(`找不到文档目录 / documents directory not found: ${docs}`);
    return 1;
  }
  let raw: string;
  try {
    raw = fs.readFileSync(goldFile, 'utf8');
  } catch {
    err(`找不到标注文件 / gold file not found: ${goldFile}`);
    return 1;
  }
  const { items, badLines } = parseGoldJsonl(raw);
  if (badLines.length) err(`忽略无法解析的行 / unreadable lines skipped: ${badLines.slice(0, 20).join(', ')}${badLines.length > 20 ? ' …' : ''}`);
  const result = await evaluateGold(items, docs);
  if (result.missingDocuments.length) {
    err(`文档目录中缺少这些文档 / documents missing from ${docs}: ${result.missingDocuments.join(', ')}`);
    return 1;
  }
  if (json) {
    out(JSON.stringify({ precision: result.precision, recall: result.recall, f1: result.f1 }));
    return 0;
  }
  out(`gold ${result.gold}, extracted ${result.extracted}`);
  out(`precision ${result.precision}  recall ${result.recall}  F1 ${result.f1}`);
  for (const d of result.documents) {
    out(`  ${d.doc}: gold ${d.gold}, extracted ${d.extracted}, matched ${d.matchedGold}`);
    for (const g of d.unlocated) out(`    引文不在文档中 / quote not in document: ${g.quote}`);
    for (const g of d.missed) if (!d.unlocated.includes(g)) out(`    漏 / missed: ${g.value} ${g.unit} ${g.qualifier} «${g.quote}»`);
    for (const s of d.spurious) out(`    多 / spurious: ${s.value} ${s.unit} ${s.qualifier} «${s.quote}»`);
  }
  return 0;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function table(rows: string[][]): string[] {
  const cols = rows[0].length;
  const widths = Array.from({ length: cols - 1 }, (_, c) => Math.min(24, Math.max(...rows.map((r) => width(r[c])))));
  return rows.map((r) => r.map((cell, c) => (c === cols - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[c] - width(cell))))).join('  ').trimEnd());
}
