import { Converter as ToTraditional } from 'opencc-js/cn2t';
import { hkToSimplified, twToSimplified } from './opencc.js';

// Normalization for matching and classifying, kept beside the verbatim original (原汁原味: the
// original is never altered). Traditional → Simplified (OpenCC, Taiwan and Hong Kong variants),
// full-width ASCII → half-width, ideographic space and runs of whitespace folded, and the
// punctuation variants people type folded to one form each.

// opencc-js's conversions, run on typed-array tries (opencc.ts: the same output, faster).
const toSimplifiedTw = twToSimplified;
const toSimplifiedHk = hkToSimplified;

const PUNCTUATION: Record<string, string> = {
  '，': ',', '。': '.', '、': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '【': '[', '】': ']',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"', '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '～': '~', '…': '...', '·': '·',
};

export function toHalfWidth(text: string): string {
  // (Most texts have no full-width form: returned as they are, without a copy.)
  let k = 0;
  for (const n = text.length; k < n; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (k === text.length) return text;
  // One unit for one (the forms folded are all in the Basic Multilingual Plane; a surrogate is kept as it is), so
  // positions in the folded text are the original's.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
  }
  return unitsToText(out);
}

/** Per UTF-16 unit: the one Simplified unit a Traditional character converts to on its own, else itself (filled below
 * with `convertible`, from the same conversion). */
const simplifiedUnit = Uint16Array.from({ length: 0x10000 }, (_, c) => c);

// Which characters a Traditional → Simplified conversion can change, found once by converting
// every CJK character on its own (about 40 ms at start-up). Text with none of them — most
// opinions — skips OpenCC, which costs more than the rest of normalization together. (A
// phrase-level conversion whose characters are each unchanged is not worth that price: it
// changes a variant spelling, not what the opinion says.)
const convertible = (() => {
  const bits = new Uint8Array(0x10000);
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  for (let c = 0xf900; c <= 0xfaff; c++) chars.push(String.fromCharCode(c));
  const converted = toSimplifiedHk(toSimplifiedTw(chars.join('\n'))).split('\n');
  // A character that is itself Simplified (it has a Traditional form of its own, like 么 → 麼)
  // does not call for conversion even if OpenCC maps it when alone (么 → 幺, never in 什么).
  const back = ToTraditional({ from: 'cn', to: 'tw' })(chars.join('\n')).split('\n');
  // If a converter ever changed the line count, mark everything so conversion always runs.
  if (converted.length !== chars.length || back.length !== chars.length) bits.fill(1);
  else {
    for (let i = 0; i < chars.length; i++) {
      if (converted[i] === chars[i] || back[i] !== chars[i]) continue;
      bits[chars[i].charCodeAt(0)] = 1;
      if (converted[i].length === 1) simplifiedUnit[chars[i].charCodeAt(0)] = converted[i].charCodeAt(0);
    }
  }
  return bits;
})();

/**
 * Each character of text in its Simplified form, one for one (the same length, so positions carry over): what the
 * learned name model reads, so that a Traditional 陳 or 說 weighs what the Simplified 陈 or 说 learned, and a bigram's
 * commonness is looked up in the (Simplified) corpus. Not a conversion: a phrase whose Simplified form is not its
 * characters' one by one is folded character by character all the same.
 */
export function foldToSimplified(text: string): string {
  let k = 0;
  while (k < text.length && simplifiedUnit[text.charCodeAt(k)] === text.charCodeAt(k)) k++;
  if (k === text.length) return text;
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = simplifiedUnit[text.charCodeAt(i)];
  return unitsToText(out);
}

/** The string of `units`, every unit kept (a lone surrogate too, as unitsToString), in one native call where it can. */
function unitsToText(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.length * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return s;
}


// One table folds every UTF-16 unit in a single pass: full-width → half-width, the ideographic
// and other spaces → ' ', punctuation variants → one form, control characters dropped (0).
const FOLD = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0; c < 0x20; c++) t[c] = 0;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 0x20;
  t[0x7f] = 0;
  t[0xfffd] = 0;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const [from, to] of Object.entries(PUNCTUATION)) t[from.charCodeAt(0)] = to.charCodeAt(0); // '…' folds to '.', as '...' would
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 32;
  return t;
})();
const REPEATABLE = new Uint8Array(128);
for (const ch of ',.;:?!') REPEATABLE[ch.charCodeAt(0)] = 1;
let buffer = new Uint16Array(4096);
/** `buffer`'s bytes, to make a string of its units in one native call (unitsToString). */
let bytes = Buffer.from(buffer.buffer);
const utf16 = new TextDecoder('utf-16le');
/** Whether Uint16Array units are little-endian here (then `bytes` reads as UTF-16LE). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** buffer[0, n) as a string, every unit kept (a lone surrogate too). */
function unitsToString(n: number): string {
  // Buffer's UTF-16LE decoding copies the units as they are, like String.fromCharCode but about
  // eight times faster for an opinion's length (fromCharCode.apply spreads the array into
  // arguments). Longer texts go through TextDecoder as they always have: it turns a lone
  // surrogate into U+FFFD, and the output must not change.
  if (n > 8192) return utf16.decode(buffer.subarray(0, n));
  return LITTLE_ENDIAN ? bytes.toString('utf16le', 0, n * 2) : String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]);
}

/** The normalized form used for matching; never shown instead of the original. */
export function normalize(text: string): string {
  if (!text) return '';
  // Most opinions are written in Simplified script: fold first, noting whether any unit calls for
  // the Traditional → Simplified conversion, and only for those that do convert and fold again.
  const folded = fold(text, true);
  return folded !== null ? folded : fold(toSimplifiedHk(toSimplifiedTw(text)), false)!;
}

/**
 * `simplified` folded (see FOLD), or null when `check` is set and it has a unit that a
 * Traditional → Simplified conversion can change.
 */
function fold(simplified: string, check: boolean): string | null {
  if (simplified.length > buffer.length) {
    buffer = new Uint16Array(simplified.length * 2);
    bytes = Buffer.from(buffer.buffer);
  }
  let n = 0;
  let last = 0x20; // as if preceded by a space: leading spaces drop
  // Whether a unit outside ASCII, CJK and the half-/full-width forms is kept: the regular
  // expression /[^\u0000-\u007f\u3000-\u9fff\uff00-\uffef]/ on the result, tested as it is built.
  let other = false;
  for (let i = 0; i < simplified.length; i++) {
    const u = simplified.charCodeAt(i);
    if (check && convertible[u]) return null;
    const c = FOLD[u];
    if (c === 0) continue;
    // Runs of spaces fold to one; a repeated ",.;:?!" to one.
    if (c === last && (c === 0x20 || (c < 128 && REPEATABLE[c]))) continue;
    buffer[n++] = c;
    last = c;
    if (c >= 0x80 && (c < 0x3000 || (c > 0x9fff && c < 0xff00) || c > 0xffef)) other = true;
  }
  if (n && buffer[n - 1] === 0x20) n--;
  const folded = unitsToString(n);
  // Letters beyond ASCII (Greek, Cyrillic, accented Latin) lower-cased too; rare, so noted above.
  return other ? folded.toLowerCase() : folded;
}

// ---------------------------------------------------------------------------------------------
// Numbers written in Chinese numerals, folded to digits for matching (十四次 → 14次, 两个 → 2个,
// 一千二百元 → 1200元, 二〇一四年 → 2014年) and thousands separators dropped (1,200 → 1200), so
// that two reports of one issue that write its numbers differently still share them. Only in the
// text duplicates and issue terms read: the classifier and routing keep the normalized text.
// A run of numerals is a number only where a number is expected — before a measure word or unit
// (次, 个, 元, 天, 小时, 多, 几…) or after 第 — so words that contain numerals (一直, 统一, 十分,
// 五保户, 三农, 千万) are left alone, and so is 一 alone (一个, 一次: the article, not a count).

const NUMERAL_DIGIT = new Int8Array(0x10000).fill(-1);
for (const [ch, d] of [['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]] as const) NUMERAL_DIGIT[ch.charCodeAt(0)] = d;
const NUMERAL_UNIT = new Int32Array(0x10000);
for (const [ch, u] of [['十', 10], ['百', 100], ['千', 1000], ['万', 10_000]] as const) NUMERAL_UNIT[ch.charCodeAt(0)] = u;
/** What may follow a number: measure words and units (one or two characters). */
const COUNTED = new Set([
  '次', '趟', '回', '遍', '个', '名', '位', '人', '户', '家', '天', '年', '月', '日', '号', '岁', '元', '块', '亩', '米', '里', '斤', '吨', '台', '辆', '栋', '层', '间',
  '套', '份', '张', '条', '件', '起', '场', '周', '点', '多', '几', '余', '来', '倍', '桌', '盏', '处', '所', '项', '批', '轮', '届', '期', '节', '级', '楼', '室', '组', '本', '页',
  '小时', '分钟', '公里', '星期', '单元', '平方', '公斤',
]);
/** COUNTED's one-character words by unit, and its two-character ones by their two units' key: looked up without a string made. */
const COUNTED_UNIT = new Uint8Array(0x10000);
const COUNTED_PAIR = new Set<number>();
for (const w of COUNTED) {
  if (w.length === 1) COUNTED_UNIT[w.charCodeAt(0)] = 1;
  else if (w.length === 2) COUNTED_PAIR.add(w.charCodeAt(0) * 0x10000 + w.charCodeAt(1));
  else throw new Error('normalize.ts: a COUNTED word of more than two characters');
}
/** COUNTED.has(text.charAt(j)) || COUNTED.has(text.slice(j, j + 2)), without the strings. */
const countedAt = (text: string, j: number): boolean =>
  j < text.length && (COUNTED_UNIT[text.charCodeAt(j)] === 1 || (j + 1 < text.length && COUNTED_PAIR.has(text.charCodeAt(j) * 0x10000 + text.charCodeAt(j + 1))));
const DI = '第'.charCodeAt(0);
/** 1 for a numeral digit or unit: one look-up per unit where most text has none. */
const NUMERAL = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) NUMERAL[c] = NUMERAL_DIGIT[c] >= 0 || NUMERAL_UNIT[c] > 0 ? 1 : 0;
const isNumeral = (c: number) => NUMERAL[c] === 1;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The value of a run of Chinese numerals, or −1 when it is not read as one number. */
export function numeralValue(run: string): number {
  let units = false;
  let zero = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (NUMERAL_UNIT[c]) units = true;
    if (NUMERAL_DIGIT[c] === 0) zero = true;
  }
  if (!units) {
    // Digit by digit (二〇一四) when it is long or has a zero; two digits alone are a range (五六趟).
    if (run.length === 1) return NUMERAL_DIGIT[run.charCodeAt(0)];
    if (run.length < 3 && !zero) return -1;
    let v = 0;
    for (let i = 0; i < run.length; i++) v = v * 10 + NUMERAL_DIGIT[run.charCodeAt(i)];
    return v;
  }
  let total = 0;
  let section = 0;
  let num = -1;
  let lastUnit = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    const d = NUMERAL_DIGIT[c];
    if (d >= 0) {
      if (num > 0) return -1; // two digits in a row (三四十): a range
      num = d;
      continue;
    }
    const u = NUMERAL_UNIT[c];
    if (u === 10_000) {
      total = (total + section + Math.max(num, 0)) * 10_000;
      section = 0;
      lastUnit = 10_000;
    } else {
      if (lastUnit && u >= lastUnit && lastUnit < 10_000) return -1; // 十百, 百千: not a number
      section += (num < 0 ? 1 : num) * u;
      lastUnit = u;
    }
    num = -1;
  }
  return total + section + Math.max(num, 0);
}

/**
 * Digits ending at `end` (from `from` on: earlier text was copied already) times a one-unit run
 * (万, 千, 百): its start and value, or null when it is not a whole amount (1.23456万) or is part of
 * a longer one.
 */
function scaledDigits(text: string, from: number, end: number, run: string): { start: number; value: string } | null {
  if (run.length !== 1) return null;
  const unit = NUMERAL_UNIT[run.charCodeAt(0)];
  if (unit < 100) return null;
  let start = end;
  let dots = 0;
  while (start > from && (isDigit(text.charCodeAt(start - 1)) || (text.charCodeAt(start - 1) === 0x2e && ++dots === 1))) start--;
  if (text.charCodeAt(start) === 0x2e) return null;
  // Part of something longer: a taken-out thousands comma, a version (v1.2), a numeral (3万5千).
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 0x2c || before === 0x2e || (before >= 0x41 && before <= 0x7a) || isNumeral(before)) return null;
  if (end + 1 < text.length && (isDigit(text.charCodeAt(end + 1)) || isNumeral(text.charCodeAt(end + 1)))) return null;
  const value = Number(text.slice(start, end)) * unit;
  return Number.isSafeInteger(value) ? { start, value: String(value) } : null;
}

/** The normalized text with its numbers in digits (for duplicates and issue terms only). */
export function foldNumerals(normalized: string): string {
  let out = '';
  let copied = 0;
  const n = normalized.length;
  for (let i = 0; i < n; i++) {
    const c = normalized.charCodeAt(i);
    if (c === 0x2c && i > 0 && isDigit(normalized.charCodeAt(i - 1)) && i + 3 < n && isDigit(normalized.charCodeAt(i + 1)) && isDigit(normalized.charCodeAt(i + 2)) && isDigit(normalized.charCodeAt(i + 3)) && !(i + 4 < n && isDigit(normalized.charCodeAt(i + 4)))) {
      out += normalized.slice(copied, i);
      copied = i + 1;
      continue;
    }
    if (!isNumeral(c)) continue;
    let j = i + 1;
    while (j < n && isNumeral(normalized.charCodeAt(j))) j++;
    const run = normalized.slice(i, j);
    if (i > 0 && isDigit(normalized.charCodeAt(i - 1))) {
      // A unit after digits (3万元, 1.5万): the amount in digits, as 三万元 and 30000元 read; the unit
      // alone would have been read as 0 (3万元 → 30元). Anything else after digits stays as written.
      const amount = scaledDigits(normalized, copied, i, run);
      if (amount) {
        out += normalized.slice(copied, amount.start) + amount.value;
        copied = j;
      }
      i = j - 1;
      continue;
    }
    const counted = countedAt(normalized, j) || (i > 0 && normalized.charCodeAt(i - 1) === DI);
    if (counted && run !== '一') {
      const v = numeralValue(run);
      if (v >= 0) {
        out += normalized.slice(copied, i) + String(v);
        copied = j;
      }
    }
    i = j - 1;
  }
  return copied ? out + normalized.slice(copied) : normalized;
}
