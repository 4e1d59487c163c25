import type { PiiSpan } from './spans.js';
import { numbersTables } from './numbers.js';

const { isAsciiAlnum } = numbersTables;

// E-mail addresses, also with the at and the dots written out.

// ---------------------------------------------------------------------------------------------
// E-mail: anchored on each @ (or full-width ＠), expanded both ways over address characters.

const isLocalChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff3f;
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0e || c === 0xff0d;

/** "chen.li [at] 163.com", "xiaoma(at)yeah.net": an @ written out so robots miss it. */
const AT_WORD = /\s?(?:\[at\]|\(at\)|（at）|［at］|\[AT\]|\(AT\))\s?/g;
export function scanSpelledEmails(text: string, out: PiiSpan[]) {
  AT_WORD.lastIndex = 0;
  for (let m = AT_WORD.exec(text); m; m = AT_WORD.exec(text)) {
    let s = m.index;
    while (s > 0 && m.index - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < m.index && !isAsciiAlnum(text.charCodeAt(s))) s++;
    const from = m.index + m[0].length;
    let e = from;
    while (e < text.length && e - from < 255 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > from && /[.．\-－]/.test(text[e - 1])) e--;
    if (s === m.index || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text.slice(from, e))) continue;
    out.push({ kind: 'email', start: s, end: e });
    AT_WORD.lastIndex = Math.max(AT_WORD.lastIndex, e);
  }
}

/** "wanghongqi (at) 163 (dot) com", "jinshan.mak at gmail dot com": both the @ and the dots written out. */
const DOT_SPELLED_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:\s(?:dot|DOT)\s[A-Za-z0-9_%+-]{1,63}){0,3}\s?(?:\[at\]|\(at\)|（at）|\s(?:at|AT)\s)\s?[A-Za-z0-9-]{1,63}(?:\s?(?:\[dot\]|\(dot\)|（dot）|\s(?:dot|DOT)\s|\.)\s?[A-Za-z0-9-]{1,63}){0,2}\s?(?:\[dot\]|\(dot\)|（dot）|\s(?:dot|DOT)\s)\s?[A-Za-z]{2,6}(?![A-Za-z0-9])/g;
const EMAIL_INTRO = /(?:邮箱|郵箱|电邮|電郵|邮件|郵件|信箱|e-?mail|E-?mail|EMAIL|mail)[^，,。；;]{0,4}$/;
export function scanDotSpelledEmails(text: string, out: PiiSpan[]) {
  DOT_SPELLED_EMAIL.lastIndex = 0;
  for (let m = DOT_SPELLED_EMAIL.exec(text); m; m = DOT_SPELLED_EMAIL.exec(text)) {
    // (A bare " at " needs the writer to say it is an e-mail: English words also say "at".)
    if (!/[[(（]at/i.test(m[0]) && !EMAIL_INTRO.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const emailsTables = { isLocalChar, isDomainChar };
