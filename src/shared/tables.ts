import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badRequest } from './errors.js';

// Spreadsheets in: the first sheet of an xlsx, or a csv (UTF-8, with or without BOM, or the
// GB18030 that Excel on Chinese Windows writes), as rows of trimmed text cells. The format is
// told by the content (an xlsx is a zip), not by the file name.
export async function readTable(fileName: string, data: Buffer): Promise<string[][]> {
  const isXlsx = data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isXlsx) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (err) {
      throw badRequest('import.bad_file', { reason: (err as Error).message.slice(0, 200) });
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw badRequest('import.empty');
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      table[n - 1] = (row.values as unknown[]).slice(1).map(cellText);
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    return table;
  }
  if (/\.xlsx?$/i.test(fileName)) throw badRequest('import.bad_file', { reason: 'not a valid xlsx file' });
  let text = data.toString('utf8');
  if (text.includes('\uFFFD')) text = new TextDecoder('gb18030').decode(data);
  try {
    return parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    throw badRequest('import.bad_file', { reason: (err as Error).message.slice(0, 200) });
  }
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: string; richText?: { text: string }[]; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return String(o.result);
  }
  return String(v);
}

// A table's header row is read by its importer's ImportHeader (src/shared/import-headers.ts), in Simplified, Traditional or English.
