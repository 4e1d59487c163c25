import type { PiiSpan } from './spans.js';
import { idShaped } from './checksums.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, textTables } from './text.js';
import { digit } from './name-words.js';
import { numbersTables } from './numbers.js';

const { CN_DIGIT, CN_DIGIT_BIT } = anchoredScansTables;
const { listedAt, listedCount } = textTables;
const { ID_INTRO, PHONE_INTRO, QQ_INTRO } = numbersTables;

// Numbers said in words, as hotline transcripts write them.

/** Numerals and digits together ("135七三一二九六零四"): ASCII and full-width digits join a run of numerals. */
const CN_OR_DIGIT = new Int8Array(CN_DIGIT);
for (let d = 0; d < 10; d++) {
  CN_OR_DIGIT[0x30 + d] = d;
  CN_OR_DIGIT[0xff10 + d] = d;
}
/** Characters that make a run of numerals a quantity, not digits read out ("一百二十三", "三十五万"). */
const CN_QUANTITY = /[十百千万萬亿億拾佰仟]/;

const isHanAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return c >= 0x3400 && c <= 0x9fff;
};

export function scanChineseDigits(text: string, out: PiiSpan[]) {
  const len = text.length;
  // (The text being read: its numerals' positions are listed, CN_DIGIT_BIT, and the scan goes from one to the next.)
  const listed = text === candText;
  const positions = listedAt(CN_DIGIT_BIT);
  const count = listedCount(CN_DIGIT_BIT);
  let cursor = 0;
  let i = 0;
  while (i < len) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    } else if (CN_DIGIT[text.charCodeAt(i)] < 0) {
      i++;
      continue;
    }
    // "135七三一二九六零四": digits right before the numerals belong to the run (at most a mobile's prefix).
    const runStart = i;
    while (i > 0 && runStart - i < 4 && digit(text.charCodeAt(i - 1)) >= 0) i--;
    let j = i;
    let digits = '';
    let lastDigitEnd = i;
    /** Numerals (not digits) in the run: a run of digits alone is scanNumbers' ("135七三一…" is both). */
    let numerals = 0;
    // "一八六，二七三五，零九四八": a mobile read out in 3-4-4 groups with commas between.
    let commaAt = -1;
    let digitsAtComma = 0;
    /** Where the eleventh digit ends: a mobile's end, when a space and another numeral follow it. */
    let eleventhEnd = -1;
    while (j < len && digits.length < 20) {
      const c = text.charCodeAt(j);
      const v = CN_OR_DIGIT[c];
      if (v >= 0) {
        digits += String.fromCharCode(0x30 + v);
        if (CN_DIGIT[c] >= 0) numerals++;
        j++;
        lastDigitEnd = j;
        if (digits.length === 11) eleventhEnd = j;
      } else if ((text[j] === ' ' || text[j] === '-' || text[j] === '－' || text[j] === '\u3000') && j + 1 < len && CN_OR_DIGIT[text.charCodeAt(j + 1)] >= 0) j++;
      // (Stop 34) "屋里电话五七六六，零四二九": a home line read out in two groups of four, after a phone's word.
      else if ((text[j] === '，' || text[j] === ',') && ((digits[0] === '1' && (digits.length === 3 || digits.length === 7)) || (digits.length === 4 && digits[0] !== '1' && commaAt < 0)) && j + 1 < len && CN_DIGIT[text.charCodeAt(j + 1)] >= 0) {
        if (commaAt < 0) {
          commaAt = j;
          digitsAtComma = digits.length;
        }
        j++;
      } else break;
    }
    // (Digits with a numeral or two after them, 13800138000一直, are a number and a word: scanNumbers reads those.)
    if (numerals < digits.length && numerals < 4) {
      i = Math.max(lastDigitEnd, runStart + 1);
      continue;
    }
    // (Commas join only the groups of one mobile; otherwise the run ends at the first comma.)
    if (commaAt >= 0 && !(digits.length === 11 && /^1[3-9]/.test(digits)) && !(digitsAtComma === 4 && digits.length === 8 && PHONE_INTRO.test(text.slice(Math.max(0, i - 14), i)))) {
      lastDigitEnd = commaAt;
      digits = digits.slice(0, digitsAtComma);
    }
    // (Stop 30) "…四八九腰疼": 腰 closing a run and opening a word after it is the word's (waist), not a one.
    if (digits.length > 7 && text[lastDigitEnd - 1] === '腰' && isHanAt(text, lastDigitEnd) && CN_OR_DIGIT[text.charCodeAt(lastDigitEnd)] < 0) {
      digits = digits.slice(0, -1);
      lastDigitEnd--;
      while (' -－\u3000'.includes(text[lastDigitEnd - 1])) lastDigitEnd--;
    }
    // (Stop 30) "腰三五二七腰六零四八九 腰就是一": a mobile read out, then a space and a word that starts with a numeral.
    if (digits.length > 11 && /^1[3-9]/.test(digits) && (text[eleventhEnd] === ' ' || text[eleventhEnd] === '\u3000') && commaAt < 0) {
      digits = digits.slice(0, 11);
      lastDigitEnd = eleventhEnd;
    }
    // (Stop 30) "…零九二零三二一叉": an ID read out ends in 叉 (X) after its seventeen digits.
    if (digits.length === 17) {
      const x = text[lastDigitEnd] === ' ' ? lastDigitEnd + 1 : lastDigitEnd;
      if ('叉XxＸｘ'.includes(text[x] ?? '-')) {
        digits += 'X';
        lastDigitEnd = x + 1;
      }
    }
    const start = i;
    i = Math.max(lastDigitEnd, runStart + 1);
    if (digits.length < 7 || CN_QUANTITY.test(text[lastDigitEnd] ?? '') || CN_QUANTITY.test(text[start - 1] ?? '')) continue;
    const introduced = PHONE_INTRO.test(text.slice(Math.max(0, start - 14), start));
    if (digits.length === 11 && /^1[3-9]/.test(digits)) out.push({ kind: 'mobile', start, end: lastDigitEnd });
    // "身份证号码是四三零九二三…": an ID number read out (date-shaped, or introduced as one).
    else if ((digits.length === 18 || digits.length === 15) && (idShaped(digits) || ID_INTRO.test(text.slice(Math.max(0, start - 12), start)))) out.push({ kind: 'id_number', start, end: lastDigitEnd });
    // "QQ号是六四八二九零三七一": a QQ number read out after its introduction.
    else if (digits.length <= 11 && QQ_INTRO.test(text.slice(Math.max(0, start - 12), start))) out.push({ kind: 'qq', start, end: lastDigitEnd });
    else if (introduced && digits.length >= 7 && digits.length <= 12) out.push({ kind: 'landline', start, end: lastDigitEnd });
  }
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const spokenNumbersTables = { isHanAt };
