// Removes who-made-it information from a PDF without a PDF library and without moving a byte:
// every value of the document information dictionary that names a person, a program or a time
// (/Author, /Creator, /Producer, /Title, /Subject, /Keywords, /CreationDate, /ModDate) is
// overwritten in place with blanks of the same length, and every XMP metadata stream
// (/Type /Metadata) is blanked the same way, its /Filter entry blanked too so readers see an
// empty uncompressed stream. Same length means the cross-reference table's offsets stay right,
// so the document opens as before.
//
// What this cannot reach it reports: information inside compressed object streams (PDF 1.5+
// /ObjStm) is not plain text in the file; `complete` is false then and the caller keeps the
// portal's warning for that file.

const INFO_KEYS = ['Author', 'Creator', 'Producer', 'Title', 'Subject', 'Keywords', 'CreationDate', 'ModDate', 'Company', 'SourceModified', 'AAPL:Keywords'];
const SPACE = 0x20;

export interface PdfScrub {
  data: Buffer;
  /** Fields and streams blanked. */
  removed: number;
  /** False when part of the file (compressed object streams) could not be inspected. */
  complete: boolean;
}

export function scrubPdf(input: Buffer): PdfScrub {
  const data = Buffer.from(input); // never alter the caller's buffer
  const text = data.toString('latin1'); // one char per byte: indexes are byte offsets
  const streams = streamRegions(text);
  const inStream = (pos: number) => streams.some(([s, e]) => pos >= s && pos < e);
  let removed = 0;

  // Information dictionary entries, outside stream data.
  const keyRe = new RegExp(`/(?:${INFO_KEYS.map((k) => k.replace(/[:]/g, '\\$&')).join('|')})(?=[\\s(<\\[/])`, 'g');
  for (const m of text.matchAll(keyRe)) {
    const at = m.index!;
    if (inStream(at)) continue;
    let i = at + m[0].length;
    while (i < text.length && /\s/.test(text[i])) i++;
    const end = valueEnd(text, i);
    if (end <= i) continue;
    blank(data, i, end);
    removed++;
  }

  // XMP metadata streams: the dictionary says /Type /Metadata; blank /Filter and the content.
  for (const [start, end, dictStart] of streams) {
    const dict = text.slice(dictStart, start);
    if (!/\/Type\s*\/Metadata\b/.test(dict)) continue;
    const filter = /\/Filter\s*(\/\w+|\[[^\]]*\])/.exec(dict);
    if (filter) blank(data, dictStart + filter.index, dictStart + filter.index + filter[0].length, true);
    blank(data, start, end, true);
    removed++;
  }

  return { data, removed, complete: !/\/Type\s*\/ObjStm\b/.test(text) };
}

/** [data start, data end, dictionary start] of every stream. */
function streamRegions(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  const re = /\bstream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    // The dictionary before it: back to the "obj" keyword that opened the object.
    const objAt = text.lastIndexOf(' obj', m.index);
    const dictStart = objAt >= 0 ? objAt : Math.max(0, m.index - 2048);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(text.slice(dictStart, m.index));
    let end = length ? start + Number(length[1]) : -1;
    if (end < 0 || end > text.length || !/^\s*endstream/.test(text.slice(end, end + 20))) end = text.indexOf('endstream', start);
    if (end < 0) break; // truncated file: leave the rest alone
    out.push([start, end, dictStart]);
    re.lastIndex = end;
  }
  return out;
}

/** The end of a PDF value starting at i: a literal string, a hex string, or a name/token. */
function valueEnd(text: string, i: number): number {
  if (text[i] === '(') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
    }
    return -1;
  }
  if (text[i] === '<' && text[i + 1] !== '<') {
    const j = text.indexOf('>', i);
    return j < 0 ? -1 : j + 1;
  }
  return -1; // references (12 0 R) and other forms: the referenced string object is not followed
}

/**
 * Overwrites [from, to) keeping the PDF valid: strings become "( )" padded with spaces (an
 * empty-looking string of the same length); raw regions become spaces.
 */
function blank(data: Buffer, from: number, to: number, raw = false): void {
  if (raw || to - from < 2) {
    data.fill(SPACE, from, to);
    return;
  }
  data.fill(SPACE, from, to);
  data[from] = 0x28; // (
  data[to - 1] = 0x29; // )
}
