import { eachDictionaryWord } from '../../jieba-dictionary.js';
import { foldToSimplified, toHalfWidth } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { validOrcid } from '../checksums.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameEnd, nameWordsTables, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { kinAndContextCuesTables } from '../kin-and-context-cues.js';
import { deliveryHubAndIslandPortTables, ordinaryWord37 } from './delivery-hub-and-island-port.js';
import { cuedNameEnd37b, lendingCollapseAndLegalOrgansTables, partyNameEnd37b } from './lending-collapse-and-legal-organs.js';

const { KIN_FORM_37B, PARTY_END_37B } = lendingCollapseAndLegalOrgansTables;
const { NOT_GIVEN_37, SURNAME_TITLE_37 } = deliveryHubAndIslandPortTables;
const { CLAUSE_END, GIVEN_SET, HONORIFIC, PEOPLE, TITLE_AFTER, isHan } = nameWordsTables;
const { P_ACTION_FIRST } = kinAndContextCuesTables;

// (Stop 38) Read on pii49 (a research university and a provincial academy of sciences: students, supervisors,
// postdocs, foreign scholars, reimbursements, dormitories).

/** A student's or a researcher's place in a university before a full name (研一葉曉薇, 博士後蘇亦辰, 师姐贝思彤, 交換生黃品睿,
 * 研究助理焦嘉禾): none is an office, so the person is labelled like anyone. The name must read as one and end where a
 * name ends (partyNameEnd37b): 研究生院, 博士生导师, 师兄说 stay. */
const ACADEMIC_38 = /(?:研[一二三]|博[一二三四五](?![士])|研究生|博士生|博士后|博士後|硕士生|碩士生|本科生|师兄|師兄|师姐|師姐|师妹|師妹|师弟|師弟|学长|學長|学姐|學姐|学弟|學弟|学妹|學妹|交换生|交換生|研究助理|访问学者|訪問學者|同门|同門|我导师|我導師|老教授|(?:我们|我們)(?:课题|課題)?(?:组|組)的?)(?:[:：\s]{0,2})/g;
/** The same cue ending right before a span (stop38After). */
const ACADEMIC_END_38 = new RegExp(`(?:${ACADEMIC_38.source})$`);
const ACADEMIC_CUES_38 = ['我们', '我們', '研', '博', '硕', '碩', '本科生', '师', '師', '学长', '學長', '学姐', '學姐', '学弟', '學弟', '学妹', '學妹', '交换生', '交換生', '访问学者', '訪問學者', '同门', '同門', '老教授'];
/** The writer after 是我/和我/有我 (搬酒的是我孔令晗和…, 名单上有…和我柯梓默，): a full name of three characters. */
const I_AFTER_38 = /(?:是|和|有|、)(?:我|俺)(?=[\u3400-\u9fff]{3})/g;
/** An ORCID iD: four groups of four, the last character the ISO 7064 MOD 11-2 check of the fifteen digits before it. */
const ORCID_38 = /(?<![0-9A-Za-z-‐–－])(000[09])[-‐–－ ]?([0-9]{4})[-‐–－ ]?([0-9]{4})[-‐–－ ]?([0-9]{3}[0-9X])(?![0-9A-Za-z-‐–－])/g;
/** A campus card's, a car pass's or a campus clinic's number after its cue (一卡通号20230952, 通行证编号TX-2025-1487,
 * 就诊卡号, 医疗证号): one person's. */
const CAMPUS_NUMBER_38 = /(?:一卡通卡?[号號]|校[园園]卡[号號]|[饭飯]卡[号號]|通行[证證][编編][号號]|[车車][证證][号號]|就[诊診]卡[号號]|[医醫][疗療][证證][号號])(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,4}-?[0-9][0-9-]{4,15}[0-9])(?![0-9A-Za-z])/g;
const CAMPUS_CUES_38 = ['一卡通', '校园卡', '校園卡', '饭卡', '飯卡', '通行证', '通行證', '车证', '車證', '就诊卡', '就診卡', '医疗证', '醫療證'];
/** A student number set before its word (2023060355 学号的同学…). */
const NUMBER_BEFORE_STUDENT_38 = /(?<![0-9０-９])([0-9０-９]{8,12})\s?(?:学号|學號)/g;
/** A date of eight digits (20241020): no student's number (review of stop 38). */
const DATE_DIGITS_38 = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])$/;
/** A table's header cell naming one person's number: the cells under it are labelled. */
const NUMBER_HEADER_38 = /^(?:学号|學號|工号|工號|职工号|職工號|一卡通号|一卡通號|校园卡号|校園卡號)$/;
/** A German or another passport of nine letters and digits after the English word: letters (no vowels) and at least three digits. */
const PASSPORT_MIXED_38 = /(?:passport|Passport|PASSPORT)(?: (?:No\.?|number))?[:\s]{0,2}\(?([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(?![A-Za-z0-9])/g;

function academicNameEnd38(text: string, s: number): number {
  let e = partyNameEnd37b(text, s);
  // (Review of stop 38: no two-character word passes for a name here, 师姐温柔, 师兄幸好, 师兄战友: partyNameEnd37b's
  // leniency for a word whose second character is a given name's is not taken after a student's place, nor a word the
  // dictionary tags as a person's, 师兄安静, 师姐阳光, 研二秦岭.)
  if (e >= 0 && (ordinaryWord37(text.slice(s, e)) || (e - s === 2 && taggedPersonWord38(text.slice(s, e))))) e = -1;
  // (After such a cue a full name of three characters where a name ends, 师兄敖博远负责, 研二施若兮 ending the text; not
  // one opening with a word, 师兄连连道歉, 研二高温天气, 研究生秦岭考察.)
  if (e < 0) {
    const e3 = nameEnd(text, s, true);
    if (e3 === s + surnameLength(text, s) + 2 && e3 - s >= 3 && !NOT_GIVEN_37.has(text[e3 - 1]) && !NOT_GIVEN_37.has(text[e3 - 2]) && likelyName(text, s, e3) && !ordinaryWord37(text.slice(s, e3)) && !KIN_FORM_37B.test(text.slice(s, e3)) && nameEndsHere38(text, e3)) e = e3;
  }
  if (e < 0) return -1;
  // (马达和他媳妇: a function word read as the name's last character ends the name before it.)
  if (NOT_GIVEN_37.has(text[e - 1])) e = e - 1 - s >= 2 ? e - 1 : -1;
  if (e < 0) return -1;
  const name = text.slice(s, e);
  // (A three-character reading that opens with a word is none, 师姐迟早会知道, 师兄安静地坐着; one opening with a word the
  // dictionary tags as a person's keeps a given name's last character, 我们组阳光明.)
  if (e - s === 3 && (wordNotPerson(foldToSimplified(name.slice(0, 2))) || (taggedPersonWord38(name.slice(0, 2)) && !GIVEN_SET.has(foldToSimplified(name[2]))))) return -1;
  if (titleAfterSurname38(text, s)) return -1;
  return e;
}

export function scanStop38(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, ACADEMIC_CUES_38)) {
    ACADEMIC_38.lastIndex = 0;
    for (let m = ACADEMIC_38.exec(text); m; m = ACADEMIC_38.exec(text)) {
      const s = m.index + m[0].length;
      const e = academicNameEnd38(text, s);
      if (e < 0) continue;
      spans.push({ kind: 'name', start: s, end: e });
      ACADEMIC_38.lastIndex = e;
    }
  }
  if (has(text, '我') || has(text, '俺')) {
    I_AFTER_38.lastIndex = 0;
    for (let m = I_AFTER_38.exec(text); m; m = I_AFTER_38.exec(text)) {
      const s = m.index + m[0].length;
      const e = cuedNameEnd37b(text, s);
      if (e !== s + 3 || !likelyName(text, s, e) || KIN_FORM_37B.test(text.slice(s, e)) || ordinaryWord37(text.slice(s, e)) || titleAfterSurname38(text, s)) continue;
      const c = text[e] ?? '';
      if (!(c === '' || CLAUSE_END.has(c) || c === '和' || c === '的' || /\s/.test(c))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '000')) {
    ORCID_38.lastIndex = 0;
    for (let m = ORCID_38.exec(text); m; m = ORCID_38.exec(text)) if (validOrcid(m[0])) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, CAMPUS_CUES_38)) {
    CAMPUS_NUMBER_38.lastIndex = 0;
    for (let m = CAMPUS_NUMBER_38.exec(text); m; m = CAMPUS_NUMBER_38.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '学号') || has(text, '學號')) {
    NUMBER_BEFORE_STUDENT_38.lastIndex = 0;
    for (let m = NUMBER_BEFORE_STUDENT_38.exec(text); m; m = NUMBER_BEFORE_STUDENT_38.exec(text)) if (!DATE_DIGITS_38.test(toHalfWidth(m[1]))) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[1].length });
  }
  if (has(text, '\t') && (has(text, '号') || has(text, '號'))) numberColumns38(text, spans);
  if (has(text, 'assport') || has(text, 'ASSPORT')) {
    PASSPORT_MIXED_38.lastIndex = 0;
    for (let m = PASSPORT_MIXED_38.exec(text); m; m = PASSPORT_MIXED_38.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits < 3 || digits > 7) continue;
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'id_number', start: s, end: s + m[1].length });
    }
  }
}

/** A table pasted with tabs whose header names a person's number (姓名\t学号\t…, 姓名\t工号\t…): the digits under it. */
function numberColumns38(text: string, spans: PiiSpan[]): void {
  let column = -1;
  let width = 0;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const header = cells.findIndex((c) => NUMBER_HEADER_38.test(c.trim()));
      if (header >= 0) {
        column = header;
        width = cells.length;
      } else if (column >= 0 && (cells.length !== width || (!/[0-9０-９]/.test(line) && cells[column].trim() !== ''))) column = -1; // (a row of another shape or a row of words, another table's header: review of stop 38)
      else if (column >= 0) {
        let start = at;
        for (let k = 0; k < column; k++) start += cells[k].length + 1;
        // (Cells trimmed: a \r before the line's end, spaces around; full-width digits too.)
        const raw = cells[column];
        const cell = raw.trim();
        start += raw.length - raw.trimStart().length;
        if (/^[A-Z]{0,3}-?[0-9０-９]{5,12}$/.test(cell)) spans.push({ kind: 'member_number', start, end: start + cell.length });
      }
    } else column = -1;
    at = end + 1;
  }
}

const ORCID_SHAPE_38 = /^000[09][-‐–－ ]?[0-9]{4}[-‐–－ ]?[0-9]{4}[-‐–－ ]?[0-9]{3}[0-9X]$/;
/** Forms of address a rule read as names (师姐, 师兄): no one's name by the sets' convention. */
const ADDRESS_NOT_NAME_38 = /^(?:师姐|師姐|师兄|師兄|师妹|師妹|师弟|師弟|师母|師母|导师|導師)$/;
/** A bank's short name after 开户 (开户行建行): no one's name. */
const BANK_SHORT_38 = /^行?(?:建行|工行|农行|農行|中行|交行|招行)$/;

/** (Stop 38) After all rules: forms of address and a bank's short name dropped, a phone read inside a longer digit run
 * (an invoice number) dropped. */
export function stop38After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'name') {
      const span = text.slice(sp.start, sp.end);
      if (ADDRESS_NOT_NAME_38.test(span) || BANK_SHORT_38.test(span)) { changed = true; continue; }
      // (Review of stop 38: an ordinary word right after a student's place and before a clause's end, 我们组的温柔。, is no
      // name whichever rule read it; a nickname doing something, 我们组的黑子把水渠堵了, stays.)
      if (sp.end - sp.start <= 3 && (sp.end === text.length || CLAUSE_END.has(text[sp.end])) && (ordinaryWord37(span) || (span.length === 2 && taggedPersonWord38(span))) && ACADEMIC_END_38.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    }
    if ((sp.kind === 'mobile' || sp.kind === 'landline') && sp.start > 0 && /[0-9]/.test(text[sp.start - 1]) && /^[0-9]/.test(text[sp.start])) { changed = true; continue; }
    // (An ORCID-shaped number whose check character is wrong, read by an older rule after the word ORCID: review of stop 38.)
    if (sp.kind === 'member_number' && ORCID_SHAPE_38.test(text.slice(sp.start, sp.end)) && !validOrcid(text.slice(sp.start, sp.end))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

/** Characters a person's name is often followed by (的, 说, 管, 过, 熬): what a person does or has. */
const NAME_NEXT_38 = new CharSet([...'的是说說被和与與也都就还還把给給让讓去来來管过過熬帮幫带帶做写寫发發拿找跟替陪等叫要在已又才曾']);
/** (Review of stop 38) Where a three-character name read after a student's place may end: the text's or a clause's end,
 * a space, a party's word (名下, 手里) or a verb a person does (师兄敖博远负责, 研二施若兮。). */
export function nameEndsHere38(text: string, e: number): boolean {
  if (e >= text.length) return true;
  const c = text.charCodeAt(e);
  if (CLAUSE_END.has(text[e]) || /\s/.test(text[e]) || NAME_NEXT_38.has(text[e]) || PARTY_END_37B.test(text.slice(e, e + 2)) || (isHan(c) && PEOPLE[c] & P_ACTION_FIRST)) return true;
  // (A word starting right after the name and none across its end: 敖博远负责, not 全程英文.)
  return e + 2 <= text.length && wordNotPerson(foldToSimplified(text.slice(e, e + 2))) && !wordNotPerson(foldToSimplified(text.slice(e - 1, e + 1)));
}
/** A degree or a post after a surname that no list of titles has (李博士, 王师兄, 王保安, 李门卫, 周教授). */
const TITLE_GIVEN_38 = /^(?:博士|硕士|碩士|博导|博導|导师|導師|师兄|師兄|师姐|師姐|师弟|師弟|师妹|師妹|学长|學長|学姐|學姐|保安|门卫|門衛|保洁|保潔|司机|司機|教授|院士|宿管|辅导员|輔導員|秘书|秘書|会计|會計|出纳|出納|厨师|廚師|馆长|館長|老总|老總)/;
/** (Review of stop 38) Whether a title or a post follows the surname at `s` (王科长, 陈镇长, 王保安, 王先生): someone
 * named by their role, no name. */
export function titleAfterSurname38(text: string, s: number): boolean {
  const g = text.slice(s + Math.max(1, surnameLength(text, s)), s + Math.max(1, surnameLength(text, s)) + 3);
  return SURNAME_TITLE_37.test(g) || HONORIFIC.test(g) || TITLE_AFTER.test(g) || TITLE_GIVEN_38.test(g);
}
/** Two- and three-character words the jieba dictionary tags as a person's and has 50 times or more (安静, 阳光, 秦岭, 宋体,
 * 吉普车, 高尔夫, 王府井, 全家福; and a few famous people's names, 李娜), not the names a writer gives (王建国 12, 李秀英 3):
 * ordinary words a cue's reading takes for names. wordNotPerson leaves them out, as its
 * person tags are unreliable; after a student's place (a two-character name the writer invents is in no dictionary) they
 * are read as words. Read from the dictionary the first time. */
let personWords38: Set<string> | undefined;
export function taggedPersonWord38(span: string): boolean {
  if (!personWords38) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && tag.startsWith('nr')) words.add(word);
    });
    personWords38 = words;
  }
  return personWords38.has(foldToSimplified(span));
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const researchUniversityTables = { DATE_DIGITS_38 };
