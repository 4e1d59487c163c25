import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scrubPdf } from './pdf-metadata.js';
import { stripMetadata } from './attachments.js';

// A small but well-formed PDF: catalog, page, content stream, an information dictionary with
// a Chinese author (UTF-16BE hex) and a compressed XMP stream, and a cross-reference table
// whose offsets must still point at their objects after scrubbing.
function buildPdf(): Buffer {
  const author = `<FEFF${Buffer.from('张三', 'utf16le').swap16().toString('hex').toUpperCase()}>`;
  const xmp = zlib.deflateSync(Buffer.from('<x:xmpmeta><dc:creator>张三 13800138000</dc:creator><xmp:CreatorTool>SpyWriter</xmp:CreatorTool></x:xmpmeta>'));
  const content = 'BT /F1 12 Tf 72 720 Td (Hello) Tj ET';
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>'],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [`<< /Type /Metadata /Subtype /XML /Filter /FlateDecode /Length ${xmp.length} >>\nstream\n`, xmp, '\nendstream'],
    [`<< /Author ${author} /Creator (Microsoft Word \\(Zhang's PC\\)) /Producer (SpyPDF 1.0) /Title (My complaint) /CreationDate (D:20140305120000+08'00') >>`],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), ...body.map((b) => (typeof b === 'string' ? Buffer.from(b, 'latin1') : b)), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

describe('PDF metadata', () => {
  const pdf = buildPdf();

  it('blanks the information dictionary and the XMP stream in place, keeping every offset', () => {
    const { data, removed, complete } = scrubPdf(pdf);
    expect(data.length).toBe(pdf.length);
    expect(removed).toBe(6); // Author, Creator, Producer, Title, CreationDate + the XMP stream
    expect(complete).toBe(true);
    const text = data.toString('latin1');
    for (const gone of ['FEFF5F205309', 'Microsoft Word', 'SpyPDF', 'My complaint', 'D:2014']) expect(text).not.toContain(gone);
    expect(text).not.toContain('/FlateDecode');
    expect(data.includes(zlib.deflateSync(Buffer.from('x')).subarray(0, 2))).toBe(false); // no zlib stream left
    // The page content is untouched, and every xref offset still lands on its object.
    expect(text).toContain('(Hello) Tj');
    const xref = text.slice(text.lastIndexOf('xref'));
    const offsets = [...xref.matchAll(/(\d{10}) 00000 n/g)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(text.slice(o, o + 10)).toBe(`${i + 1} 0 obj\n`.slice(0, 10)));
    expect(text).toMatch(/\/Author \(\s+\)/);
    // The original buffer is not altered.
    expect(pdf.toString('latin1')).toContain('SpyPDF');
  });

  it('is what attachments go through', () => {
    expect(stripMetadata(pdf, 'application/pdf').toString('latin1')).not.toContain('SpyPDF');
  });

  it('says when compressed object streams could hide information, and survives a truncated file', () => {
    const objstm = Buffer.from('%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length 3 >>\nstream\nabc\nendstream\nendobj\n', 'latin1');
    expect(scrubPdf(objstm).complete).toBe(false);
    const cut = pdf.subarray(0, Math.floor(pdf.length / 2));
    expect(() => scrubPdf(cut)).not.toThrow();
    expect(scrubPdf(cut).data.length).toBe(cut.length);
  });
});
