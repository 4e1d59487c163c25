import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { Converter } from 'opencc-js/cn2t';

// Reading an uploaded narrative report into plain text: txt (UTF-8 with or without BOM, UTF-16,
// GB18030/GBK, Big5), html (tags dropped, entities decoded, block elements as line breaks) and
// docx (word/document.xml, table rows as tab-separated lines). The text is what quotes refer to,
// so it is produced deterministically from the bytes. Anything else — binary, legacy .doc, pdf,
// broken zip — is refused with a DocumentError carrying a zh-CN + English message.

export type DocumentFormat = 'txt' | 'html' | 'docx';

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  encoding: string;
}

export class DocumentError extends Error {
  constructor(readonly code: 'not_found' | 'too_large' | 'not_text' | 'unsupported' | 'broken_docx', message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
const MAX_XML_CHARS = 64 * 1024 * 1024; // a docx whose text inflates beyond this is refused (zip bomb)

export async function readDocumentFile(file: string): Promise<ReadDocument> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new DocumentError('not_found', `找不到文件 / file not found: ${file}`);
  }
  if (!stat.isFile()) throw new DocumentError('not_found', `不是文件 / not a file: ${file}`);
  if (stat.size > MAX_DOCUMENT_BYTES) throw new DocumentError('too_large', `文件过大（上限 50 MB）/ file too large (limit 50 MB): ${file}`);
  return readDocument(fs.readFileSync(file), path.basename(file));
}

/** Reads a document from its bytes; the name (its extension) is only a hint — content decides. */
export async function readDocument(bytes: Uint8Array, name = ''): Promise<ReadDocument> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ext = path.extname(name).toLowerCase();
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5) ) return { text: await docxText(buf, name), format: 'docx', encoding: 'utf-8' };
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) throw new DocumentError('unsupported', `不支持旧版 Word（.doc）或其他 OLE 文件，请另存为 .docx / legacy .doc (OLE) files are not supported, save as .docx: ${name}`);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') throw new DocumentError('unsupported', `不支持 PDF，请上传 txt、docx 或 html / PDF is not supported, upload txt, docx or html: ${name}`);
  if (ext === '.docx') throw new DocumentError('broken_docx', `不是有效的 docx 文件 / not a valid docx file: ${name}`);
  const decoded = decodeText(buf, name);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || looksLikeHtml(decoded.text)) {
    const sniffed = htmlCharset(buf);
    const text = sniffed && sniffed !== decoded.encoding ? decodeAs(buf, sniffed, name) : decoded.text;
    return { text: htmlToText(text), format: 'html', encoding: sniffed ?? decoded.encoding };
  }
  return { text: decoded.text, format: 'txt', encoding: decoded.encoding };
}

// ---------------------------------------------------------------------------------------------
// Text encodings

function notText(name: string): DocumentError {
  return new DocumentError('not_text', `无法识别为文本（可能是二进制文件）/ not a readable text document (binary?): ${name}`);
}

/** Refuses binary: NUL bytes or many control bytes (outside UTF-16). */
function assertTextBytes(buf: Buffer, name: string) {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) throw notText(name);
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (control > n * 0.01) throw notText(name);
}

function decodeAs(buf: Buffer, encoding: string, name: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(buf);
  } catch {
    throw notText(name);
  }
  return checkDecoded(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name);
}

function checkDecoded(text: string, name: string): string {
  let bad = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  if (bad > n * 0.02 + 2) throw notText(name);
  return text;
}

export function decodeText(buf: Buffer, name = ''): { text: string; encoding: string } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeAs(buf.subarray(2), 'utf-16le', name), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeAs(buf.subarray(2), 'utf-16be', name), encoding: 'utf-16be' };
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    assertTextBytes(buf.subarray(3), name);
    return { text: decodeAs(buf.subarray(3), 'utf-8', name), encoding: 'utf-8-bom' };
  }
  assertTextBytes(buf, name);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Not clean UTF-8: a national encoding, or UTF-8 with a few broken bytes (a file cut short).
    // GB18030 decodes any bytes, so the readings are compared by how many common characters
    // each one yields.
  }
  const candidates: Array<{ text: string; encoding: string; score: number }> = [];
  const lenient = new TextDecoder('utf-8').decode(buf);
  if (replacementShare(lenient) < 0.002) candidates.push({ text: lenient, encoding: 'utf-8', score: commonScore(lenient) * 1.1 });
  const gb = new TextDecoder('gb18030').decode(buf);
  candidates.push({ text: gb, encoding: 'gb18030', score: commonScore(gb) });
  try {
    const big5 = new TextDecoder('big5').decode(buf);
    candidates.push({ text: big5, encoding: 'big5', score: commonScore(big5) * 0.85 });
  } catch {
    // no Big5 decoder in this Node build
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  return { text: checkDecoded(best.text, name), encoding: best.encoding };
}

function replacementShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return text.length ? bad / text.length : 0;
}

// The most frequent characters of Chinese prose (Simplified), with their Traditional forms added.
const COMMON_SIMPLIFIED = '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展科司五基书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具字爱击流备兵连调深商算质团集百需价花党华城石级整府离况请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚试股拿脑预谁益阳若哪微继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善读超免压银买养怀执副乱抗犯追帮宣岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋索款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗介坏讨良序升监临亮露永呼味野架域沙掉括鱼杂误';
let commonSet: Set<string> | null = null;
function commonScore(text: string): number {
  if (!commonSet) {
    const traditional = Converter({ from: 'cn', to: 'tw' })(COMMON_SIMPLIFIED);
    commonSet = new Set([...COMMON_SIMPLIFIED, ...traditional]);
  }
  let score = 0;
  const n = Math.min(text.length, 100_000);
  for (let i = 0; i < n; i++) if (commonSet.has(text[i])) score++;
  return score;
}

// ---------------------------------------------------------------------------------------------
// HTML

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).toLowerCase();
  return /^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(head) || (head.includes('<body') && head.includes('</'));
}

function htmlCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)/i.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  if (cs === 'utf-8' || cs === 'utf8') return 'utf-8';
  if (cs === 'gb2312' || cs === 'gbk' || cs === 'gb18030' || cs === 'x-gbk') return 'gb18030';
  if (cs === 'big5' || cs === 'big5-hkscs') return 'big5';
  return null;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', laquo: '«', raquo: '»', bull: '•',
  ensp: ' ', emsp: ' ', thinsp: ' ', copy: '©', reg: '®', deg: '°', permil: '‰', sup2: '²', yen: '¥',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return code === 0xa0 ? ' ' : String.fromCodePoint(code);
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'header', 'footer', 'nav', 'title', 'form', 'main', 'aside', 'figure', 'figcaption', 'caption', 'tbody', 'thead']);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'textarea']);

/** Plain text of an HTML page. Linear in the input whatever it holds (unclosed tags included). */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  let gt = -1; // the next '>' (cached so that runs of '<' without '>' stay linear)
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})/.exec(html.slice(lt, lt + 18));
    if (!m && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    if (gt <= lt) gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      parts.push(html.slice(lt).replace(/<[^<]{0,40}$/, ''));
      break;
    }
    i = gt + 1;
    if (!m) continue; // <!doctype …>, <?xml …?>
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing && SKIP.has(name) && html[gt - 1] !== '/') {
      const close = lower.indexOf(`</${name}`, gt);
      if (close < 0) break;
      const end = html.indexOf('>', close);
      i = end < 0 ? n : end + 1;
      if (name === 'head') parts.push('\n');
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
    else if (CELL.has(name) && !closing) parts.push('\t');
  }
  return tidy(decodeEntities(parts.join('')));
}

/** Folds whitespace the way a reader sees it: one line per block, no empty runs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \f\v\r]+/g, ' ').replace(/^[\t ]+|[\t ]+$/g, '').replace(/ ?\t[\t ]*/g, '\t'))
    .filter((line) => line !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// docx

async function docxText(buf: Buffer, name: string): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch {
    throw new DocumentError('broken_docx', `无法打开压缩包，文件可能已损坏 / cannot open the zip archive, the file may be damaged: ${name}`);
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new DocumentError('unsupported', `压缩包中没有 Word 正文（word/document.xml），不是 docx / no word/document.xml in the archive, not a docx: ${name}`);
  const xml = await inflateCapped(entry, name);
  return docxXmlToText(xml);
}

function inflateCapped(entry: JSZip.JSZipObject, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (e: DocumentError) => {
      if (done) return;
      done = true;
      reject(e);
    };
    let stream: NodeJS.ReadableStream;
    try {
      stream = entry.nodeStream('nodebuffer');
    } catch {
      fail(new DocumentError('broken_docx', `docx 内容无法解压 / cannot inflate the docx content: ${name}`));
      return;
    }
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_XML_CHARS) {
        (stream as unknown as { pause(): void }).pause();
        fail(new DocumentError('too_large', `docx 正文解压后过大 / the docx text inflates beyond the limit: ${name}`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => fail(new DocumentError('broken_docx', `docx 内容无法解压 / cannot inflate the docx content: ${name}`)));
    stream.on('end', () => {
      if (done) return;
      done = true;
      const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
      resolve(text);
    });
  });
}

/**
 * Text of word/document.xml: one line per paragraph; a table row is one line with its cells
 * separated by tabs (压缩会议（场次）\t1238), so a figure keeps its label.
 */
export function docxXmlToText(xml: string): string {
  const lines: string[] = [];
  let para = '';
  let cells: string[] | null = null; // the current table row
  let cell: string[] | null = null; // paragraphs of the current cell
  let depth = 0; // nested tables are flattened into their cell
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\s*\/>|<(\/?)w:(p|tab|br|cr|tc|tr|tbl)\b[^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) {
      para += m[1];
      continue;
    }
    const closing = m[2] === '/';
    const tag = m[3];
    const selfClosing = m[4] === '/';
    if (tag === 'tab' && !closing) para += '\t';
    else if ((tag === 'br' || tag === 'cr') && !closing) para += '\n';
    else if (tag === 'p' && (closing || selfClosing)) {
      if (cell) cell.push(para);
      else lines.push(para);
      para = '';
    } else if (tag === 'tbl') depth += closing ? -1 : selfClosing ? 0 : 1;
    else if (tag === 'tr' && depth <= 1) {
      if (!closing) cells = [];
      else if (cells) {
        lines.push(cells.join('\t'));
        cells = null;
      }
    } else if (tag === 'tc' && depth <= 1) {
      if (!closing) cell = [];
      else if (cell) {
        (cells ?? (cells = [])).push(cell.map((p) => p.replace(/[\t\n]+/g, ' ').trim()).filter(Boolean).join(' '));
        cell = null;
      }
    }
  }
  if (para) lines.push(para);
  return decodeEntities(lines.join('\n')).replace(/\n{3,}/g, '\n\n');
}
