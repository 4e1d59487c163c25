import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { nameWordsTables, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';
import { officialCell } from './regions/emigrant-county.js';

const { FAMOUS, GIVEN_SET } = nameWordsTables;

// (Stop 47, pii86 studied) Families before the women's federation, the civil affairs bureau and the court: a marriage's or a
// divorce's certificate number (结婚证字号J439127-2016-000991), a police warning of family violence to one person (沭公（桐）家告字
// 〔2025〕0031号: as a work-injury decision on one person, however like an office's document it looks), the other party of an
// engagement or a marriage (鲁永福与卜金花订婚后…, and the second party after a first found: 王建国和李秀英…), and a child or a spouse named with a found name's
// surname after a kin word (前夫扶永福拖欠孩子扶佳琪…: the surname the table lacks is the family's). Courts' case numbers stay
// visible, as the older sets leave them (28 of 36 unlabelled), though this set's writer was asked to label a family's.

const MARRIAGE_CERTIFICATE_47 = /(?:结婚证|結婚證|离婚证|離婚證)(?:字号|字號|号|號|编号|編號)(?:是|为|為)?[:：]?\s?([A-Z]{1,2}[0-9]{6}[-－][0-9]{4}[-－][0-9]{4,8}|[A-Z]{0,2}[0-9]{8,20})(?![0-9A-Za-z])/g;
const FAMILY_WARNING_47 = /(?:[\u3400-\u9fff]?公(?:[（(][\u3400-\u9fff]{1,3}[）)])?)?家告字[〔［\[（(]20[0-9]{2}[〕］\]）)]第?[0-9]{1,6}[号號]/g;
/** Two parties of an engagement, a marriage or a divorce opening a clause (鲁永福与卜金花订婚后…, 吳德勝與鄺春妹訂婚後…). */
const COUPLE_47 = /(?:^|[，,。；;\n：:])([\u3400-\u9fff]{3})[与與和跟]([\u3400-\u9fff]{3})(?=订婚|訂婚|结婚|結婚|离婚|離婚|登记结婚|登記結婚|解除婚约|解除婚約|协议离婚|協議離婚)/g;
/** What joins two parties named together (X与Y订婚, X和Y离婚). */
// (Stop 51, pii97 studied: and the defendant after 诉 in a suit's title, 周秀兰诉周树林继承纠纷, 诸振华诉萧立本继承纠纷: the
// plaintiff found, the other party a private person as well.)
const PARTY_JOIN_47 = /[与與和跟同诉訴]/;
/** What may follow the second party: a boundary or what two parties do together (or dispute: 继承纠纷, 借款合同纠纷). */
const AFTER_PARTY_47 = /^(?:[，,。；;、\s（(]|$|订婚|訂婚|结婚|結婚|离婚|離婚|登记|登記|解除|同居|恋爱|戀愛|相亲|相親|的(?:婚|彩|孩|女|儿|兒)|继承|繼承|[\u3400-\u9fff]{0,6}(?:纠纷|糾紛|一案))/;
/** What stands before a clause's first word. */
const CLAUSE_OPEN_52 = /[，,。；;：:、\s（(“”「」"]/;
/** Kin words before a child or a spouse named with the family's surname (孩子扶佳琪, 前夫扶永福). */
const KIN_BEFORE_47 = /(?:孩子|儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|大儿子|小儿子|大女儿|小女儿|前夫|前妻|丈夫|妻子|老公|老婆|父亲|父親|母亲|母親|公公|婆婆)$/;

/** Two given name's characters (folded), as a full name of a found name's family has. */
const givenPair = (text: string, at: number): boolean => GIVEN_SET.has(foldToSimplified(text[at] ?? '')) && GIVEN_SET.has(foldToSimplified(text[at + 1] ?? ''));

export function scanFamiliesAndCourts47(text: string, spans: PiiSpan[]): void {
  if (has(text, '婚证') || has(text, '婚證')) {
    MARRIAGE_CERTIFICATE_47.lastIndex = 0;
    for (let m = MARRIAGE_CERTIFICATE_47.exec(text); m; m = MARRIAGE_CERTIFICATE_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '婚')) {
    COUPLE_47.lastIndex = 0;
    for (let m = COUPLE_47.exec(text); m; m = COUPLE_47.exec(text)) {
      const a = m.index + m[0].length - 7;
      const b = a + 4;
      // Both full names: a known surname, given name's characters, no word.
      const person = (s: number): boolean => surnameLength(text, s) === 1 && givenPair(text, s + 1) && !anyDictionaryWord(foldToSimplified(text.slice(s, s + 3))) && !anyDictionaryWord(foldToSimplified(text.slice(s, s + 2)));
      if (!person(a) || !person(b)) continue;
      spans.push({ kind: 'name', start: a, end: a + 3 }, { kind: 'name', start: b, end: b + 3 });
    }
  }
  if (has(text, '家告字')) {
    FAMILY_WARNING_47.lastIndex = 0;
    for (let m = FAMILY_WARNING_47.exec(text); m; m = FAMILY_WARNING_47.exec(text)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
}

/** The second party after a found name, and a found name's family members after a kin word (the header's two), added to the
 * spans as merged. */
export function familiesAfter47(text: string, spans: PiiSpan[]): PiiSpan[] {
  const added: PiiSpan[] = [];
  // (Which characters a span holds: a look-up per character, so a text of thousands of names stays linear.)
  const taken = new Uint8Array(text.length + 3);
  for (const sp of spans) taken.fill(1, sp.start, sp.end);
  const covered = (s: number, e: number): boolean => {
    for (let k = s; k < e; k++) if (taken[k]) return true;
    return false;
  };
  const add = (s: number): void => {
    added.push({ kind: 'name', start: s, end: s + 3 });
    taken.fill(1, s, s + 3);
  };
  const surnames = new Set<string>();
  for (const sp of spans) {
    if (sp.kind !== 'name' || sp.end - sp.start !== 3) continue;
    surnames.add(text[sp.start]);
    // (Stop 52, pii97) The plaintiff before 诉 where the defendant is found, opening a clause (舒建新訴冼巧雲繼承糾紛).
    const p = sp.start - 4;
    if (p >= 0 && (text[sp.start - 1] === '诉' || text[sp.start - 1] === '訴') && (p === 0 || CLAUSE_OPEN_52.test(text[p - 1])) && !covered(p, p + 3) && AFTER_PARTY_47.test(text.slice(sp.end, sp.end + 6))) {
      const plaintiff = text.slice(p, p + 3);
      if (surnameLength(text, p) === 1 && givenPair(text, p + 1) && !anyDictionaryWord(foldToSimplified(plaintiff)) && !anyDictionaryWord(foldToSimplified(plaintiff.slice(0, 2))) && !officialCell('name', plaintiff) && !FAMOUS.has(plaintiff)) add(p);
    }
    // X与Y订婚: a full name of a known surname and given name's characters after the joining word.
    const s = sp.end + 1;
    if (!PARTY_JOIN_47.test(text[sp.end] ?? '') || covered(s, s + 3)) continue;
    if (surnameLength(text, s) !== 1 || !givenPair(text, s + 1) || !AFTER_PARTY_47.test(text.slice(s + 3, s + 6))) continue;
    const name = text.slice(s, s + 3);
    if (anyDictionaryWord(foldToSimplified(name)) || anyDictionaryWord(foldToSimplified(name.slice(0, 2))) || officialCell('name', name) || FAMOUS.has(name)) continue;
    add(s);
  }
  if (surnames.size) {
    // 孩子扶佳琪: the family's surname (a found full name's first character) and two given name's characters after a kin word.
    for (const surname of surnames) {
      for (let k = text.indexOf(surname); k >= 0; k = text.indexOf(surname, k + 1)) {
        if (covered(k, k + 3) || !givenPair(text, k + 1) || !KIN_BEFORE_47.test(text.slice(Math.max(0, k - 3), k))) continue;
        const name = text.slice(k, k + 3);
        if (anyDictionaryWord(foldToSimplified(name)) || anyDictionaryWord(foldToSimplified(name.slice(0, 2)))) continue;
        add(k);
      }
    }
  }
  if (!added.length) return spans;
  return spans.concat(added).sort((a, b) => a.start - b.start);
}
