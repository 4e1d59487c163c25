import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractCli } from './cli.js';
import { canonical, evaluateGold, parseGoldJsonl, scoreDocument, summarize, type GoldItem } from './evaluate.js';
import { extractStatistics } from './extract.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const fixtures = path.join(repoRoot, 'tests/fixtures/extract');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExtractCli(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('scoring', () => {
  it('matches on value, unit, qualifier and overlapping quotes, one to one', () => {
    const text = '全市召开座谈会12场，收集意见建议1.3万余条，另召开座谈会12场。';
    const extracted = extractStatistics(text);
    expect(extracted).toHaveLength(3);
    const gold: GoldItem[] = [
      { doc: 'a', quote: '座谈会12场', value: 12, unit: '场', qualifier: 'exact' }, // occurs twice: either may be meant
      { doc: 'a', quote: '座谈会12场', value: 12, unit: '场', qualifier: 'exact' },
      { doc: 'a', quote: '1.3万余条', value: 13000, unit: '条', qualifier: 'about' }, // wrong qualifier
      { doc: 'a', quote: '不在文中', value: 1, unit: '个', qualifier: 'exact' }, // quote not in the document
    ];
    const score = scoreDocument('a', text, extracted, gold);
    expect(score).toMatchObject({ gold: 4, extracted: 3, matchedGold: 2, matchedExtracted: 2 });
    expect(score.unlocated.map((g) => g.quote)).toEqual(['不在文中']);
    expect(score.spurious.map((s) => s.value)).toEqual([13000]);
    const { precision, recall, f1 } = summarize([score]);
    expect([precision, recall, f1]).toEqual([0.667, 0.5, 0.571]);
  });

  it('needs the spans to overlap, not only the figures to agree', () => {
    const text = '甲单位召开座谈会12场。乙单位召开座谈会12场。';
    const [first] = extractStatistics(text);
    const gold: GoldItem[] = [{ doc: 'a', quote: '乙单位召开座谈会12场', value: 12, unit: '场', qualifier: 'exact' }];
    expect(scoreDocument('a', text, [first], gold).matchedGold).toBe(0);
  });

  it('compares equivalent spellings of a figure as equal', () => {
    expect(canonical(73.6, '万元')).toEqual({ value: 736000, unit: '元' });
    expect(canonical(1200, '個')).toEqual({ value: 1200, unit: '个' });
    expect(canonical(3, '百分点')).toEqual({ value: 3, unit: '百分点' });
    expect(canonical(95, '％')).toEqual({ value: 95, unit: '%' });
    expect(canonical(8, '个月')).toEqual({ value: 8, unit: '月' }); // 个月 and 月 are one unit
    expect(canonical(4.3, '个百分点')).toEqual({ value: 4.3, unit: '百分点' });
  });

  it('parses gold lines and reports the unreadable ones', () => {
    const { items, badLines } = parseGoldJsonl('{"doc":"a","quote":"x","value":1,"unit":"个","qualifier":"exact"}\nnot json\n{"doc":"a","quote":"x","value":1,"unit":"个","qualifier":"roughly"}\n');
    expect(items).toHaveLength(1);
    expect(badLines).toEqual([2, 3]);
  });
});

describe('gold sets', () => {
  it('scores F1 ≥ 0.85 on the labelled seed reports', async () => {
    expect(fs.existsSync(seeds)).toBe(true);
    const { items } = parseGoldJsonl(fs.readFileSync(path.join(fixtures, 'gold.jsonl'), 'utf8'));
    expect(new Set(items.map((g) => g.doc)).size).toBe(3);
    const result = await evaluateGold(items, seeds);
    expect(result.missingDocuments).toEqual([]);
    expect(result.documents.flatMap((d) => d.unlocated)).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('scores F1 ≥ 0.85 on the extra documents (Traditional, GB18030, docx, html)', async () => {
    const { items } = parseGoldJsonl(fs.readFileSync(path.join(fixtures, 'gold-extra.jsonl'), 'utf8'));
    const result = await evaluateGold(items, path.join(fixtures, 'docs'));
    expect(result.documents.map((d) => d.doc).sort()).toEqual(['extra_01_trad.txt', 'extra_02_gb18030.txt', 'extra_03.docx', 'extra_04.html', 'extra_05_news.txt', 'extra_06_hk.txt']);
    expect(result.documents.flatMap((d) => d.unlocated)).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['gold-blind.jsonl', 'blind', 6],
    ['gold-blind2.jsonl', 'blind2', 3],
    ['gold-blind3.jsonl', 'blind3', 3],
    ['gold-blind4.jsonl', 'blind4', 2],
    ['gold-blind5.jsonl', 'blind5', 2],
  ])('scores F1 ≥ 0.9 on %s (labelled before the extractor saw the documents)', async (gold, dir, docs) => {
    const { items, badLines } = parseGoldJsonl(fs.readFileSync(path.join(fixtures, gold), 'utf8'));
    expect(badLines).toEqual([]);
    const result = await evaluateGold(items, path.join(fixtures, dir));
    expect(result.documents).toHaveLength(docs);
    expect(result.missingDocuments).toEqual([]);
    expect(result.documents.flatMap((d) => d.unlocated)).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('massline extract (runExtractCli)', () => {
  it('prints one JSON array of statistics', async () => {
    const r = await cli([path.join(fixtures, 'docs/extra_01_trad.txt'), '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out);
    expect(Array.isArray(stats)).toBe(true);
    expect(Object.keys(stats[0]).sort()).toEqual(['indicator', 'qualifier', 'quote', 'scope', 'unit', 'value']);
    expect(stats[0]).toEqual({ quote: '一千二百個基層黨組織', indicator: '基层党组织', value: 1200, unit: '个', qualifier: 'exact', scope: '全区' });
  });

  it('prints a readable table with proposed catalogue indicators', async () => {
    const r = await cli([path.join(fixtures, 'docs/extra_03.docx')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/20 项统计数字/);
    expect(r.out).toMatch(/meetings_cut/);
    const json = JSON.parse((await cli([path.join(fixtures, 'docs/extra_03.docx'), '--json', '--propose'])).out);
    expect(json.find((s: { value: number }) => s.value === 318).proposed.code).toBe('meetings_cut');
  });

  it('answers an unreadable file with a bilingual error and exit code 1, no stack trace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-extract-'));
    const bin = path.join(dir, 'report.txt');
    fs.writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
    for (const args of [[bin], [path.join(dir, 'missing.docx')], [dir], ['--bogus'], []]) {
      const r = await cli(args);
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
    expect((await cli([bin])).err).toMatch(/[\u4e00-\u9fff].*\/.*[a-z]/);
  });

  it('evaluates a gold file against a documents folder', async () => {
    const r = await cli(['eval', path.join(fixtures, 'gold-extra.jsonl'), '--docs', path.join(fixtures, 'docs'), '--json']);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.out);
    expect(Object.keys(scores).sort()).toEqual(['f1', 'precision', 'recall']);
    expect(scores.f1).toBeGreaterThanOrEqual(0.85);
    const text = await cli(['eval', path.join(fixtures, 'gold.jsonl'), '--docs', seeds]);
    expect(text.out).toMatch(/precision [\d.]+ {2}recall [\d.]+ {2}F1 [\d.]+/);
    expect((await cli(['eval', path.join(fixtures, 'gold.jsonl')])).code).toBe(1); // --docs missing
    expect((await cli(['eval', path.join(fixtures, 'gold.jsonl'), '--docs', path.join(fixtures, 'docs')])).code).toBe(1); // seeds not there
  });
});
