// Personal data in opinions: what must never reach the portal or roles that may not see it.
// Each detector returns character spans of the (verbatim) text; redact() masks exactly those
// characters, so the rest of the opinion reads as written. Detectors check what can be checked
// (ID number checksums, Luhn for bank cards) to avoid masking ordinary numbers.

export type PiiKind = 'mobile' | 'landline' | 'id_number' | 'bank_card' | 'email' | 'address' | 'name';

export interface PiiSpan {
  kind: PiiKind;
  start: number; // UTF-16 index, inclusive
  end: number; // exclusive
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function validIdNumber(id: string): boolean {
  if (/^\d{15}$/.test(id)) return /^[1-9]\d{5}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}$/.test(id);
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!/^[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Digits as people write them: ASCII or full-width, sometimes grouped with spaces or dashes.
const D = '[0-9０-９]';
const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s-]/g, '');

const PATTERNS: { kind: PiiKind; re: RegExp; check?: (match: string) => boolean }[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { kind: 'id_number', re: new RegExp(`(?<![0-9０-９])(?:${D}{17}[0-9０-９Xx]|${D}{15})(?![0-9０-９])`, 'g'), check: (m) => validIdNumber(toAscii(m)) },
  { kind: 'bank_card', re: new RegExp(`(?<![0-9０-９])${D}{4}(?:[ -]?${D}{4}){2,3}(?:[ -]?${D}{1,3})?(?![0-9０-９])`, 'g'), check: (m) => { const d = toAscii(m); return d.length >= 16 && d.length <= 19 && luhn(d); } },
  { kind: 'mobile', re: new RegExp(`(?<![0-9０-９])(?:\\+?86[ -]?)?[1１][3-9３-９]${D}(?:[ -]?${D}{4}){2}(?![0-9０-９])`, 'g') },
  { kind: 'landline', re: new RegExp(`(?<![0-9０-９])(?:[(（]?0${D}{2,3}[)）]?[ -]?)${D}{7,8}(?![0-9０-９])`, 'g') },
  // A home address: a residential compound followed by building / unit / room numbers.
  { kind: 'address', re: /[\u4e00-\u9fa5A-Za-z0-9]{2,12}(?:小区|花园|家园|新村|公寓|大厦|苑|里|村)(?:[0-9０-９一二三四五六七八九十百]+(?:号楼|栋|幢|号|单元|楼|层|室|户|-)){1,5}[0-9０-９]*(?:室|号|户)?/g },
  { kind: 'address', re: /[0-9０-９一二三四五六七八九十]+(?:号楼|栋|幢)[0-9０-９一二三四五六七八九十]+(?:单元)?[0-9０-９]*(?:室|号)/g },
];

// "我是张三", "我叫李四", "本人王五", "村民赵六反映" — a name the writer gives: two to three Han characters
// (a common surname first), or the surname + 某.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAME_INTRO = new RegExp(`(?:我是|我叫|本人|我的名字是|我名叫|村民|居民|群众|业主|职工|老党员)([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?=[，,。.、；;：:\\s]|$|反映|举报|投诉|家|的|住|是|今年|说|向|在|，)`, 'g');

export function detectPii(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      if (p.check && !p.check(m[0])) continue;
      spans.push({ kind: p.kind, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const m of text.matchAll(NAME_INTRO)) {
    const start = m.index! + m[0].length - m[1].length;
    spans.push({ kind: 'name', start, end: start + m[1].length });
  }
  // Longest first, then drop spans inside an already kept one (an ID number is not also a phone).
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiSpan[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    kept.push({ ...s });
  }
  return kept;
}

/** The text with every personal-data character masked; everything else verbatim. */
export function redact(text: string, spans = detectPii(text)): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '＊'.repeat([...text.slice(s.start, s.end)].length);
    at = s.end;
  }
  return out + text.slice(at);
}
