import type { PiiSpan } from './spans.js';
import { nameWordsTables } from './name-words.js';
import { numbersTables } from './numbers.js';
import { emailsTables } from './emails.js';

const { isHan } = nameWordsTables;
const { isDomainChar, isLocalChar } = emailsTables;
const { isAsciiAlnum } = numbersTables;

// Passports and travel permits, and names and lines typed in pinyin.

// ---------------------------------------------------------------------------------------------
// Passports and travel permits (护照号E35902817, 通行证C61027413): a letter or two and 7–8 digits
// where the writer says what the number is.
// (Round 14) Also after the English word, and the shapes of other countries' passports: two letters and six
// digits (Canada GA302519), a letter, seven digits and a letter (the Philippines P1234567A).
// (Stop 32) Also a letter set apart from its digits (印尼护照C 4418273) and Korea's newer form (M518K2049).
// (Stop 34) A Dutch passport's number by the Dutch government's own description: nine characters, letters and digits, never
// the letter O, the first two letters and the last a digit (NX4K7R2P8, XR1001R58); a digit among the six between, so a Latin
// word after 护照 (HOLLAND12, NEDERLAND, PASSPORT1) is none, nor an amount after a currency's code (签证费用RMB880000).
const PASSPORT = /(?:护照|護照|通行证|通行證|旧证|舊證|签证|簽證|passport|Passport|PASSPORT)[^，,。；;！!？?\n]{0,8}?(?<![A-Za-z0-9])([A-Za-z]{1,2} ?[0-9]{6,8}[A-Za-z]?|[A-Z][0-9]{3}[A-Z][0-9]{4}|(?!RMB|CNY|USD|EUR|HKD|MOP|TWD|NTD|JPY|GBP|AUD|CAD|SGD|KRW)[A-NP-Z]{2}(?=[A-NP-Z]{0,5}[0-9])[A-NP-Z0-9]{6}[0-9])(?![A-Za-z0-9])/g;
/** "Zhou Xiaolan在网上…": a Chinese name in pinyin (a common surname, then one to three syllables) inside Chinese text. */
const PINYIN_NAME = /(?<![A-Za-z0-9@._-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,17})(?![A-Za-z0-9@])/g;
const PINYIN_SURNAMES = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Duan Lei Long Tao Mao Hao Gong Shao Wan Qian Yan Dai Mo Kong Xiang Chang Wen Kang Niu Ge Xing Qi Qiao Pang Ni Zhuang Yue Zhai Yin Zhan Geng Guan Lan Jiao Zuo Gan Bao Ning Shang Shu Ruan Ke Ji Mei Tong Ling Bi Pei Huo Tu Miao Gu Sheng Qu Weng Ran Luo Lv Lyu Mu Yi Ou Tian Xue Yan Hong Bian Chu'.split(' '),
);
const PINYIN_GIVEN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)){1,3}$/;
export function scanPinyinNames(text: string, out: PiiSpan[]) {
  PINYIN_NAME.lastIndex = 0;
  for (let m = PINYIN_NAME.exec(text); m; m = PINYIN_NAME.exec(text)) {
    const end = m.index + m[0].length;
    // (Inside Chinese text: a Han character or a boundary on both sides, so an English sentence is left alone.)
    const before = m.index === 0 ? 0x3002 : text.charCodeAt(m.index - 1);
    const after = end === text.length ? 0x3002 : text.charCodeAt(end);
    const hanOrStop = (c: number) => isHan(c) || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3001 || c === 0xff08 || c === 0xff09;
    if (!hanOrStop(before) || !hanOrStop(after) || !(isHan(before) || isHan(after))) continue;
    if (!PINYIN_SURNAMES.has(m[1]) || m[2] === 'Kong' || !PINYIN_GIVEN.test(m[2].toLowerCase())) continue;
    out.push({ kind: 'name', start: m.index, end });
  }
}
/**
 * (Round 15) A line typed wholly in pinyin (wo jiao Tao Xiuzhen, wo shi Zhang Guiqin de sunzi, zhu zai hongqi tun san
 * zu 5 hao): the capitalised name after the pinyin of 叫 or 是, and the address after zhu zai (住在) up to its house
 * number (N hao), as the Chinese forms are. Same surname and syllable checks as above, so English stays.
 */
const PINYIN_CALLED = /(?<![A-Za-z])(?:jiao|shi) ([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,17})(?![A-Za-z0-9@])/g;
const PINYIN_HOME = /(?<![A-Za-z])zhu zai ((?:[A-Za-z][a-z]{0,9} ){1,7}[0-9]{1,5} hao)(?![A-Za-z])/g;
export function scanPinyinLine(text: string, out: PiiSpan[]) {
  PINYIN_CALLED.lastIndex = 0;
  for (let m = PINYIN_CALLED.exec(text); m; m = PINYIN_CALLED.exec(text)) {
    if (!PINYIN_SURNAMES.has(m[1]) || !PINYIN_GIVEN.test(m[2].toLowerCase())) continue;
    const start = m.index + m[0].length - m[1].length - m[2].length - 1;
    out.push({ kind: 'name', start, end: m.index + m[0].length });
  }
  PINYIN_HOME.lastIndex = 0;
  for (let m = PINYIN_HOME.exec(text); m; m = PINYIN_HOME.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'address', start, end: m.index + m[0].length });
  }
}
export function scanPassports(text: string, out: PiiSpan[]) {
  PASSPORT.lastIndex = 0;
  for (let m = PASSPORT.exec(text); m; m = PASSPORT.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'id_number', start, end: start + m[1].length });
  }
}

export function scanEmails(text: string, out: PiiSpan[]) {
  const len = text.length;
  for (let at = 0; at < len; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x40 && c !== 0xff20) continue;
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && !isAsciiAlnum(text.charCodeAt(s)) && !(text.charCodeAt(s) >= 0xff10)) s++; // no leading dot
    let e = at + 1;
    while (e < len && e - at < 255 && isDomainChar(text.charCodeAt(e))) e++;
    // Trailing dots/dashes are punctuation, not the domain.
    while (e > at + 1 && /[.．\-－]/.test(text[e - 1])) e--;
    if (s === at) continue;
    const domain = text.slice(at + 1, e).replace(/．/g, '.');
    if (!/^[^.]+(?:\.[^.]+)*\.[A-Za-zＡ-Ｚａ-ｚ]{2,}$/.test(domain)) continue;
    // A government office's mailbox (xzf@….gov.cn) identifies no person, like an office's line.
    if (/(?:^|\.)gov\.cn$/i.test(domain)) {
      at = e - 1;
      continue;
    }
    out.push({ kind: 'email', start: s, end: e });
    at = e - 1;
  }
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const passportsTables = { PINYIN_SURNAMES, PINYIN_GIVEN };
