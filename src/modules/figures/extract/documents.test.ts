import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeText, DocumentError, docxXmlToText, htmlToText, readDocument, readDocumentFile } from './documents.js';
import { extractStatistics } from './extract.js';

const fixtures = path.resolve(import.meta.dirname, '../../../../tests/fixtures/extract/docs');
const SENTENCE = '全县召开座谈会12场，收集意见建议1.3万余条。';

async function refused(bytes: Uint8Array, name: string): Promise<DocumentError> {
  try {
    await readDocument(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    return e as DocumentError;
  }
  throw new Error('expected a DocumentError');
}

describe('plain text encodings', () => {
  it('reads UTF-8, UTF-8 with BOM, UTF-16 and GB18030', () => {
    const utf8 = Buffer.from(SENTENCE, 'utf8');
    expect(decodeText(utf8)).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({ text: SENTENCE, encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])).text).toBe(SENTENCE);
    // GB18030 bytes of the sentence (TextEncoder only writes UTF-8, so the bytes are spelled out).
    const gb = Buffer.from('c8abcfd8d5d9bfaad7f9ccb8bbe13132b3a1a3accad5bcafd2e2bcfbbda8d2e9312e33cdf2d3e0ccf5a1a3', 'hex');
    expect(decodeText(gb)).toEqual({ text: '全县召开座谈会12场，收集意见建议1.3万余条。', encoding: 'gb18030' });
  });

  it('reads the GB18030 fixture and finds its figures', async () => {
    const doc = await readDocumentFile(path.join(fixtures, 'extra_02_gb18030.txt'));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('征集意见建议：3562条');
    expect(extractStatistics(doc.text).length).toBeGreaterThan(20);
  });

  it('refuses binary and garbage, with a bilingual message', async () => {
    let seed = 3;
    const bytes = new Uint8Array(1 << 20).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    const e = await refused(bytes, 'garbage.txt');
    expect(e.code).toBe('not_text');
    expect(e.message).toMatch(/无法识别.*not a readable text/);
    expect((await refused(Buffer.from('%PDF-1.4\n…'), 'a.pdf')).code).toBe('unsupported');
    expect((await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.doc')).code).toBe('unsupported');
  });
});

describe('html', () => {
  it('keeps the text of the page: no scripts, styles or comments; entities decoded; blocks on their own lines', () => {
    const html = '<!DOCTYPE html><html><head><title>t</title><script>var n = 12345;</script><style>.a{width:100px}</style></head><body>'
      + '<div>首页 | 第12期</div><!-- 10 个段落 --><p>&nbsp;全区召开座谈会<strong>128</strong>场次，&ldquo;四风&rdquo;问题&#19968;千余条。</p>'
      + '<table><tr><td>群众满意率</td><td>97.1%</td></tr></table><p>a &lt; b &amp; c</p></body></html>';
    expect(htmlToText(html)).toBe('首页 | 第12期\n全区召开座谈会128场次，“四风”问题一千余条。\n群众满意率\t97.1%\na < b & c');
  });

  it('stays linear on broken markup', () => {
    const t0 = performance.now();
    htmlToText('<p'.repeat(200_000) + '>' + '<'.repeat(200_000) + '<script>'.repeat(10_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads the html fixture (by content, whatever the name) and finds its figures', async () => {
    const doc = await readDocumentFile(path.join(fixtures, 'extra_04.html'));
    expect(doc.format).toBe('html');
    expect(doc.text).not.toContain('12345;');
    const stats = extractStatistics(doc.text);
    expect(stats.find((s) => s.unit === '元')).toMatchObject({ value: 10_000_000, qualifier: 'about', quote: '减少公务接待费用约一千万元' });
    expect(stats.some((s) => s.value === 2345)).toBe(false); // the page-view counter is not a figure
  });
});

describe('docx', () => {
  it('reads paragraphs and table rows (cells separated by tabs); a unit in the label applies to its cell', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({ sections: [{ children: [
      new Paragraph({ children: [new TextRun('全镇走访农户'), new TextRun({ text: '2,600余户', bold: true }), new TextRun('。')] }),
      new Table({ rows: [new TableRow({ children: [cell('压缩会议（场次）'), cell('318')] }), new TableRow({ children: [cell('节约经费（万元）'), cell('45.5')] })] }),
    ] }] });
    const read = await readDocument(await Packer.toBuffer(doc), 'report.docx');
    expect(read.format).toBe('docx');
    expect(read.text).toBe('全镇走访农户2,600余户。\n压缩会议（场次）\t318\n节约经费（万元）\t45.5');
    expect(extractStatistics(read.text).map((s) => [s.value, s.unit, s.qualifier])).toEqual([[2600, '户', 'more_than'], [318, '场次', 'exact'], [455000, '元', 'exact']]);
  });

  it('decodes XML entities, tabs and breaks', () => {
    const xml = '<w:document><w:body><w:p><w:r><w:t xml:space="preserve">A &amp; B</w:t></w:r><w:r><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t></w:r></w:p><w:p/></w:body></w:document>';
    expect(docxXmlToText(xml)).toBe('A & B\tC\nD\n');
  });

  it('refuses broken archives and zips that are not Word documents', async () => {
    const real = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect((await refused(real.subarray(0, 300), 'cut.docx')).code).toBe('broken_docx');
    const zip = new JSZip();
    zip.file('a.txt', 'hello');
    expect((await refused(await zip.generateAsync({ type: 'uint8array' }), 'a.docx')).code).toBe('unsupported');
    expect((await refused(Buffer.from('not a zip at all'), 'b.docx')).code).toBe('broken_docx');
  });

  it('refuses a docx whose text inflates beyond the limit', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:p><w:r><w:t>${'a'.repeat(70 * 1024 * 1024)}</w:t></w:r></w:p>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await refused(bomb, 'bomb.docx')).code).toBe('too_large');
  }, 60_000);
});
