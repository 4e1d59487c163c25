// Numerals as they are written in Chinese reports: Arabic (1200, 1,200, 73.6), Chinese (一千二百,
// 两千, 十五, 一万零五, 三点五), both with a magnitude word (4.8万, 3.5亿, 150多万) and the vague
// forms that still carry a figure (十几 → about 15, 近百 → about 100). Everything here works on the
// *analysis* text (Simplified, half-width); callers keep positions, so the analysis text has the
// same length as the original.
//
// A numeral that does not parse is reported as null — skipped by the extractor, never guessed.

export type Qualifier = 'exact' | 'more_than' | 'about' | 'percent';

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear inside a Chinese numeral run. */
export const CHINESE_NUMERAL_CHARS = new Set([...Object.keys(DIGIT), ...Object.keys(SMALL_UNIT), ...Object.keys(BIG_UNIT)]);

export const isChineseDigit = (ch: string): boolean => ch in DIGIT;
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** 二〇一四, 五六: a string of bare digits (a year, a code, "five or six") — not a quantity. */
export function isDigitString(s: string): boolean {
  if (s.length < 2) return false;
  for (const ch of s) if (!(ch in DIGIT)) return false;
  return true;
}

/**
 * The integer value of a Chinese numeral (一千二百 → 1200, 两千 → 2000, 十五 → 15,
 * 一万零五 → 10005, 两千五 → 2500, 三万亿 → 3e12). Returns null for anything malformed, for digit
 * strings (二〇一四 — see isDigitString) and for a bare 百/千/万/亿 with no count before it.
 */
export function parseChineseInteger(s: string): number | null {
  if (!s || isDigitString(s)) return null;
  let total = 0; // closed by 万 / 亿
  let section = 0; // below 万
  let pending: number | null = null; // a digit waiting for its unit
  let pendingChar = '';
  let lastSmall = Infinity; // units inside a section decrease: 一千二百, not 一百二千
  let lastBig = 0;
  let unitBefore = 0; // the unit right before the current digit (两千五 → 5 × 100)
  let zero = false; // a 零 since the last unit: 一百零五 is 105, 一百五 is 150
  let prev: 'none' | 'digit' | 'zero' | 'small' | 'big' = 'none';

  for (const ch of s) {
    if (ch === '零' || ch === '〇') {
      if (prev !== 'small' && prev !== 'big') return null;
      zero = true;
      prev = 'zero';
    } else if (ch in DIGIT) {
      if (prev === 'digit') return null;
      pending = DIGIT[ch];
      pendingChar = ch;
      prev = 'digit';
    } else if (ch in SMALL_UNIT) {
      const unit = SMALL_UNIT[ch];
      if (pending === null) {
        if (unit !== 10) return null; // 百 / 千 need a count; 十五 = 15 does not
        pending = 1;
        pendingChar = '';
      }
      if (unit >= lastSmall) return null;
      if (unit === 10 && pendingChar === '两') return null; // 二十, never 两十
      section += pending * unit;
      pending = null;
      lastSmall = unit;
      unitBefore = unit;
      zero = false;
      prev = 'small';
    } else if (ch in BIG_UNIT) {
      const big = BIG_UNIT[ch];
      if (pending !== null) section += pending;
      pending = null;
      if (big === 1e8) {
        if (total + section === 0) return null;
        total = (total + section) * big;
      } else {
        if (section === 0 || lastBig === 1e4) return null;
        total += section * big;
      }
      lastBig = big;
      section = 0;
      lastSmall = Infinity;
      unitBefore = big;
      zero = false;
      prev = 'big';
    } else {
      return null;
    }
  }
  if (prev === 'zero') return null;
  if (pending !== null) {
    // 两千五 → 2500, 一万五 → 15000: a digit right after a unit of 百 or more is one step below it.
    section += !zero && unitBefore >= 100 ? pending * (unitBefore / 10) : pending;
  }
  const value = total + section;
  return Number.isFinite(value) ? value : null;
}

/** Arabic digits with optional thousands separators and decimals: "1,200" → 1200, "73.6" → 73.6. */
export function parseArabic(s: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return null;
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Round away binary noise from decimal × magnitude (4.8 × 10000 = 47999.99…). */
export function clean(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

export interface NumberToken {
  start: number;
  /** End of the numeral including its magnitude and an inner 余/多 (150多万 → through 万). */
  end: number;
  value: number;
  qualifier: Qualifier;
  /** Written with Chinese numerals. */
  chinese: boolean;
  /** The bare numeral 一 (an article far more often than a count). */
  bareOne: boolean;
  /** A single-character Chinese numeral (三, 两): idioms like 三天两头 are built from them. */
  singleChar: boolean;
}

const MAGNITUDE: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
// 千米, 千克, 千瓦, 百分点 … where the character starts a unit, not a magnitude.
const NOT_MAGNITUDE_BEFORE = new Set(['米', '克', '瓦', '分', '方']);

/** 万, 千万, 万亿 … after a count: the factor and where it ends (factors grow: 3千万, not 3万千). */
function readMagnitudes(text: string, i: number): { factor: number; end: number } {
  let factor = 1;
  let j = i;
  let last = 0;
  while (j < text.length) {
    const m = MAGNITUDE[text[j]];
    if (m === undefined || m <= last || NOT_MAGNITUDE_BEFORE.has(text[j + 1] ?? '')) break;
    factor *= m;
    last = m;
    j++;
  }
  return { factor, end: j };
}

/**
 * Reads the numeral starting at `i` of the analysis text, with its magnitude and an adjoining
 * 余/多 (1.2万余, 150多万, 十几). Returns null when there is no well-formed numeral here.
 */
export function scanNumber(text: string, i: number): NumberToken | null {
  const code = text.charCodeAt(i);
  if (isAsciiDigit(code)) return scanArabic(text, i);
  if (CHINESE_NUMERAL_CHARS.has(text[i])) return scanChinese(text, i);
  return null;
}

function scanArabic(text: string, i: number): NumberToken | null {
  let j = i;
  while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
  // 1,200 — only groups of exactly three digits; otherwise the comma is punctuation (30日,全县).
  while (text[j] === ',' && isAsciiDigit(text.charCodeAt(j + 1)) && isAsciiDigit(text.charCodeAt(j + 2)) && isAsciiDigit(text.charCodeAt(j + 3)) && !isAsciiDigit(text.charCodeAt(j + 4)) && j - i <= 15) j += 4;
  if (text[j] === '.' && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
  }
  if (j - i > 24) return null;
  const base = parseArabic(text.slice(i, j));
  if (base === null) return null;
  return finishNumber(text, i, j, base, false, false, false);
}

const MORE = new Set(['余', '多']);

/** The magnitude and 余/多 after a count: 150多万, 1.2万余, 50多. */
function finishNumber(text: string, start: number, j: number, base: number, chinese: boolean, bareOne: boolean, singleChar: boolean): NumberToken {
  let qualifier: Qualifier = 'exact';
  if (MORE.has(text[j]) && (MAGNITUDE[text[j + 1]] ?? 0) >= 1e4) {
    qualifier = 'more_than';
    j++;
  }
  const mag = readMagnitudes(text, j);
  const magnified = mag.end > j;
  j = mag.end;
  if (qualifier === 'exact' && MORE.has(text[j])) {
    qualifier = 'more_than';
    j++;
  }
  return { start, end: j, value: mag.factor === 1 ? base : clean(base * mag.factor), qualifier, chinese, bareOne: bareOne && !magnified, singleChar: singleChar && !magnified };
}

function scanChinese(text: string, i: number): NumberToken | null {
  let j = i;
  while (j < text.length && CHINESE_NUMERAL_CHARS.has(text[j]) && j - i < 20) j++;
  let run = text.slice(i, j);
  // Trailing magnitude words belong to the numeral only if the rest parses (三万 yes, 万 alone no).
  if (isDigitString(run)) return null;
  // 十几 → about 15, 二十几 → about 25; 几十 / 几百 are too vague to count.
  if (text[j] === '几') {
    const v = parseChineseInteger(run);
    if (v === null || !run.endsWith('十')) return null;
    const tok = finishNumber(text, i, j + 1, v + 5, true, false, false);
    tok.qualifier = 'about';
    return tok;
  }
  // 三点五(亿): a decimal written in Chinese.
  if (text[j] === '点' && text[j + 1] in DIGIT) {
    const intPart = parseChineseInteger(run) ?? (run in DIGIT ? DIGIT[run] : null);
    if (intPart === null) return null;
    let k = j + 1;
    let frac = '';
    while (k < text.length && text[k] in DIGIT && text[k] !== '两') frac += String(DIGIT[text[k++]]);
    if (!frac) return null;
    const base = Number(`${intPart}.${frac}`);
    let m = 1;
    let end = k;
    if (text[k] === '万' || text[k] === '亿') {
      m = BIG_UNIT[text[k]];
      end = k + 1;
      if (text[end] === '亿' && m === 1e4) { m *= 1e8; end++; }
    }
    return finishNumber(text, i, end, clean(base * m), true, false, false);
  }
  // Strip magnitude words that cannot belong (一百万 fine; 百 alone → null).
  let value = parseChineseInteger(run);
  while (value === null && run.length > 1) {
    run = run.slice(0, -1);
    j--;
    value = parseChineseInteger(run);
  }
  if (value === null) return null;
  // A single bare magnitude (百, 千, 万, 亿) is a word (百姓, 千方百计, 万众), not a count.
  if (/^[百佰千仟万亿]/.test(run)) return null;
  return finishNumber(text, i, j, value, true, run === '一', run.length === 1);
}

/** 百分之九十五 / 百分之95.6 / 百分之百 starting at i (i points at 百). */
export function scanPercentWords(text: string, i: number): NumberToken | null {
  if (!text.startsWith('百分之', i)) return null;
  const k = i + 3;
  if (text[k] === '百') return { start: i, end: k + 1, value: 100, qualifier: 'percent', chinese: true, bareOne: false, singleChar: false };
  const tok = scanNumber(text, k);
  if (!tok) return null;
  return { ...tok, start: i, qualifier: 'percent', bareOne: false, singleChar: false };
}

/**
 * 三分之二 / 三分之一 / 4分之1 starting at i: a share, read as a percentage (66.67, percent). The
 * denominator must be a whole number of at least 2 and the numerator no larger than it.
 */
export function scanFraction(text: string, i: number): NumberToken | null {
  const den = scanNumber(text, i);
  if (!den || den.qualifier !== 'exact' || !text.startsWith('分之', den.end)) return null;
  const num = scanNumber(text, den.end + 2);
  if (!num || num.qualifier !== 'exact' || num.chinese !== den.chinese) return null;
  if (!Number.isInteger(den.value) || den.value < 2 || num.value <= 0 || num.value > den.value) return null;
  return { start: i, end: num.end, value: (num.value * 100) / den.value, qualifier: 'percent', chinese: den.chinese, bareOne: false, singleChar: false };
}

/**
 * Parses a whole numeral expression as it may stand in a table cell or a test: "4.8万" → 48000,
 * "1.2万余" → 12000 more_than, "百分之九十五" → 95 percent, "95.6%" → 95.6 percent, "三成" → 30
 * percent, "十几" → 15 about, "二〇一四" → null (a year or code, not a quantity).
 */
export function parseNumeral(s: string): { value: number; qualifier: Qualifier } | null {
  const text = s.trim();
  if (!text) return null;
  if (text.startsWith('百分之')) {
    const t = scanPercentWords(text, 0);
    return t && t.end === text.length ? { value: t.value, qualifier: 'percent' } : null;
  }
  const frac = scanFraction(text.replace(/^(近|约|大约)/, ''), 0);
  if (frac) {
    const rest = text.replace(/^(近|约|大约)/, '').slice(frac.end);
    return rest === '' || /^(以上|左右)$/.test(rest) ? { value: frac.value, qualifier: 'percent' } : null;
  }
  let prefix: Qualifier | null = null;
  let body = text;
  if (/^(近|约|大约)/.test(body)) { prefix = 'about'; body = body.replace(/^(近|约|大约)/, ''); }
  const tok = scanNumber(body, 0);
  if (!tok) {
    const near = /^[近上]([百千万])$/.exec(text);
    if (near) return { value: { 百: 100, 千: 1000, 万: 10000 }[near[1] as '百' | '千' | '万'], qualifier: 'about' };
    return null;
  }
  let rest = body.slice(tok.end);
  let qualifier: Qualifier = prefix ?? tok.qualifier;
  let value = tok.value;
  if (rest === '%' || rest === '％') return { value, qualifier: 'percent' };
  if (rest.startsWith('成') && value < 10 && Number.isInteger(value)) {
    return { value: value * 10, qualifier: 'percent' };
  }
  if (/^(以上|余|多)$/.test(rest)) { qualifier = 'more_than'; rest = ''; }
  if (/^左右$/.test(rest)) { qualifier = 'about'; rest = ''; }
  return rest === '' ? { value, qualifier } : null;
}
