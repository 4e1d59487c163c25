import { foldToSimplified } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameEnd, nameWordsTables, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { kinAndContextCuesTables } from '../kin-and-context-cues.js';
import { wordSurnameFullEnd } from '../names-as-words.js';
import { threeGorgesReservoirTables } from './three-gorges-reservoir.js';
import { deliveryHubAndIslandPortTables, ordinaryWord37 } from './delivery-hub-and-island-port.js';

const { CLAUSE_END, NUMERAL_NAME_END, PEOPLE, P_WORD_SURNAME, TITLE_AFTER, isHan } = nameWordsTables;
const { WORD_NOT_NAME_STOP34 } = threeGorgesReservoirTables;
const { ROLE_DASH_BEFORE, SURNAME_TITLE_37 } = deliveryHubAndIslandPortTables;
const { P_ACTION_FIRST, P_RIGHT_FIRST } = kinAndContextCuesTables;

// (Stop 37b) Read on pii46 (a city after a P2P lending collapse and an illegal fund-raising: investors, transfers,
// contracts, lawyers, debt collectors) and pii47 (a county's politics-and-law organs: household registration, traffic
// police, courts, prisoners' families, community correction).

/** A private party named after the word for their part or trade in a matter (业务员, 经手人, 前夫, 被执行人, 对方,
 * 服刑人员, 矫正对象, 律师, 催款员, 理事长 of a private co-operative, 大哥 …): none of these is an office, so the person
 * is labelled like anyone. A closing quote may stand between (“风控专员”曾凯). The name must read as one (nameEnd,
 * likelyName) and end where a name ends (punctuation, a verb, 的, 名下, 卡上): 对方说, 律师费, 被执行人拒不 stay. */
const PARTY_NAME_37B = /(?:业务员|業務員|业务总监|業務總監|风控专员|風控專員|经手人|經手人|前夫|前妻|前台|公司行政|理事长|理事長|被执行人|被執行人|对方|對方|催款员|催款員|催收员|催收員|矫正对象|矯正對象|矫正人员|矯正人員|社区矫正人员|服刑人员|服刑人員|在押人员|在押人員|刑满释放的|刑滿釋放的|出借人代表|投资人代表|投資人代表|退休民警|退休法官|大哥|二哥|大姐|律师事务所的|律師事務所的|律师|律師)[”"」]?/g;
/** After the party's name: what may follow a name besides the usual (PEOPLE's right and action flags). */
const PARTY_END_37B = /^(?:名下|卡上|个人|個人|手里|手裡|手上|挪|哭|阿姨|律师|律師)/;
/** Cue words the rule must not read as a party when the word is part of a longer one before it (公司行政部, 法律援助律师
 * is a lawyer too, but 值班律师 sent by the court's office is in role: left to the older rules). */
const PARTY_NOT_BEFORE_37B = /(?:值班|公职|公職|法援|援助)$/;
/** Signed after 我 or 俺 (我向国富, 俺彭老实。电话…): the writer's own name at a clause's end, before a number or 当场.
 * A surname and a kin word or title (我覃老太, 我们村彭老爹) is no name by the sets' convention. */
const I_SIGNED_37B = /(?:^|[。！？!?，,；;\s）)」”])(?:我|俺)(?=[\u3400-\u9fff]{2,4}(?:$|[，,。；;！!\s0-9１-９]|当场|當場))/g;
/** A surname and a kin word or title, or 老 and a surname: a form of address, not a name (覃老太, 龙二婶, 麻二爷,
 * 彭老爹, 龙嫂, 老桑). A birth-order nickname (谢老四) or one with a given character (彭老实) stays a name. */
const KIN_FORM_37B = /^[\u3400-\u9fff](?:[老二三大小]?(?:太|倌|爹|嬸|婶|爷|爺|嫂|叔|伯|婆|娘|奶|哥|姐|姨|律))$|^老[\u3400-\u9fff]$/;
/** A record number of one person's claim or custody after its cue: a contract's, a loan's, a receipt's, a loss
 * registration's, an agreement's, a detainee's, a prisoner's, a correction's, a staff badge, a lawyer's licence (17
 * digits), and a platform's user name. A police case's, a court's, a work order's or a fine's number is the organ's and
 * stays (案件编号, 案号, 工单号, 罚单号: their cues are not here). */
const RECORD_37B = /(?:出借编号|出借編號|登记编号|登記編號|确认单[”"」]?编号|確認單[”"」]?編號|在押编号|在押編號|在押人员编号|在押人員編號|矫正编号|矯正編號|服刑人员编号|服刑人員編號|执业证号|執業證號|执业证编号|工牌上写|工牌號|工牌号|股金证号|股金證號)[”"」]?(?:是|为|為)?[:：\s]{0,2}([A-Za-z]{1,6}[0-9]{0,4}(?:[-－][A-Za-z0-9]{1,12}){1,4}|[A-Za-z]{2,6}[0-9]{4,12}(?:[-－][0-9]{2,8})?|[0-9]{6,20})(?![-A-Za-z0-9])/g;
/** A prisoner's number after a bare 编号 where the text speaks of prison (监狱, 服刑, 在押, 会见): one person's; a
 * police case's (案件编号), a work order's or a fine's stays. Digits or Chinese digits read out. */
const PRISON_WORD_37B = /监狱|監獄|服刑|在押|会见|會見|看守所/;
const BARE_NUMBER_37B = /(?<!案件|案|工单|工單|罚单|罰單|流水|单|單)(?:编号|編號)(?:是|为|為)?[:：\s]{0,2}([0-9]{6,12}|[零〇一二三四五六七八九幺]{6,12})(?![0-9零〇一二三四五六七八九幺])/g;
/** A platform's or a payment account's user name in Latin letters after its cue (用户名, 账户名, 平台账号): its owner's. */
const ACCOUNT_NAME_37B = /(?:用户名|用戶名|账户名|賬戶名|帳戶名|平台账号|平台賬號|平台帳號)(?:是|为|為)?[:：\s]{0,2}([A-Za-z][A-Za-z0-9_.]{3,30})(?![A-Za-z0-9_.@])/g;
/** A chat speaker named with a place and a dash (金涔-熊猫妹：…): the place stays outside, the display name is labelled
 * unless an office or a form of address (网点-老聂 is older rules', 律所-老桑, 正衡所-肖律). */
const PLACE_DASH_SPEAKER_37B = /(?:^|\n)([\u3400-\u9fff]{1,6})[-－]([\u3400-\u9fff]{2,6})[：:]/g;
/** Calls himself (他叫自己“…”): a self-styled nickname. */
const SELF_STYLED_37B = /叫自己[“"「]?([\u3400-\u9fff]{2,8})[”"」]?(?=[，,。；;！!]|$)/g;
/** A transfer's payee after an arrow from a payer (郑小平→邓秋实): a private person. */
const ARROW_PAYEE_37B = /[→＞>]\s?(?=[\u3400-\u9fff]{2,4}(?:$|[，,。；;\s（(]))/g;

/** A name where a cue says one stands: a surname and given characters (nameEnd), a surname that also starts words and a
 * two-character given name (向国富, 覃万春, 麻友谊: wordSurnameFullEnd), and a village name by 大/二/小 and a typical
 * last character (杨大毛, where nameEnd stops at 杨大). */
export function cuedNameEnd37b(text: string, s: number): number {
  let e = nameEnd(text, s);
  if ((e < 0 || e === s + 2) && (surnameLength(text, s) === 1 || PEOPLE[text.charCodeAt(s)] & P_WORD_SURNAME) && wordSurnameFullEnd(text, s) === s + 3) return s + 3;
  if (e === s + 2 && '大二三小'.includes(text[s + 1]) && NUMERAL_NAME_END.has(text[s + 2] ?? '')) e = s + 3;
  return e;
}
/** Drawn in or cheated by someone (被付宏拉进合作社, 被黎素琴骗了): the one who drew them in is a private person. */
const DRAWN_BY_37B = /被(?=[\u3400-\u9fff]{2,4}(?:拉进|拉進|拉去|拉入|骗|騙|忽悠|坑))/g;
const DRAWN_VERB_37B = /^(?:拉进|拉進|拉去|拉入|骗|騙|忽悠|坑)/;
/** A full name before an elder's form of address (邹玉兰阿姨, 的丁秀娥奶奶), after a clause's start or 的: a neighbour
 * or a fellow investor named whole. A surname alone before it (张阿姨) is a form of address and stays. */
const ELDER_AFTER_37B = /^(?:阿姨|奶奶|大爷|大爺|大妈|大媽|婆婆|爷爷|爺爺)/;
export function partyNameEnd37b(text: string, s: number): number {
  let e = cuedNameEnd37b(text, s);
  if (e < 0) return -1;
  // (康健律师: a name before a title the reading ran into.)
  if (e - s === 3 && (text.slice(e - 1, e + 1) === '律师' || text.slice(e - 1, e + 1) === '律師')) e--;
  if (!(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2)) || KIN_FORM_37B.test(text.slice(s, e))) return -1;
  // (An ordinary word after the cue, 大姐包饺子, 大哥高收入, or a surname and a title, 前台王先生: no name; review of stop
  // 37. A two-character word that may be a given name stays a name here, 前台丛珊, so 前夫全程说 is still read as one.)
  if (ordinaryWord37(text.slice(s, e), true) || SURNAME_TITLE_37.test(text.slice(s + 1, s + 3))) return -1;
  const c = text.charCodeAt(e);
  if (e === text.length || !isHan(c) || (PEOPLE[c] & (P_RIGHT_FIRST | P_ACTION_FIRST) && !(text[e] === '家' && e - s === 2)) || PARTY_END_37B.test(text.slice(e, e + 2))) return e;
  return -1;
}

export function scanStop37b(text: string, spans: PiiSpan[]): void {
  PARTY_NAME_37B.lastIndex = 0;
  for (let m = PARTY_NAME_37B.exec(text); m; m = PARTY_NAME_37B.exec(text)) {
    if (PARTY_NOT_BEFORE_37B.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // (A co-operative's or a firm's chairman is a private person; a public body's 理事长 (残联) is in role.)
    if (m[0].startsWith('理事') && !/合作社|公司/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = m.index + m[0].length;
    const e = partyNameEnd37b(text, s);
    if (e < 0) continue;
    spans.push({ kind: 'name', start: s, end: e });
    PARTY_NAME_37B.lastIndex = e;
  }
  // (律师 after a name: 的康健律师, at a line's start 穆晓东律师（…）.)
  if (has(text, '律师') || has(text, '律師')) {
    for (let k = text.indexOf('律'); k >= 0; k = text.indexOf('律', k + 1)) {
      if (text[k + 1] !== '师' && text[k + 1] !== '師') continue;
      for (const len of [3, 2]) {
        const s = k - len;
        if (s < 0 || !(s === 0 || text[s - 1] === '的' || text[s - 1] === '\n' || CLAUSE_END.has(text[s - 1]))) continue;
        if (nameEnd(text, s) < k || !likelyName(text, s, k) || KIN_FORM_37B.test(text.slice(s, k))) continue;
        spans.push({ kind: 'name', start: s, end: k });
        break;
      }
    }
  }
  if (has(text, '被')) {
    DRAWN_BY_37B.lastIndex = 0;
    for (let m = DRAWN_BY_37B.exec(text); m; m = DRAWN_BY_37B.exec(text)) {
      const s = m.index + 1;
      const e = cuedNameEnd37b(text, s);
      if (e < 0 || !DRAWN_VERB_37B.test(text.slice(e, e + 2)) || !(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || KIN_FORM_37B.test(text.slice(s, e)) || TITLE_AFTER.test(text.slice(s + 1, e)) || ordinaryWord37(text.slice(s, e))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '阿姨') || has(text, '奶奶') || has(text, '大爷') || has(text, '大爺') || has(text, '大妈') || has(text, '大媽') || has(text, '婆婆') || has(text, '爷爷') || has(text, '爺爺')) {
    for (let k = 3; k + 2 <= text.length; k++) {
      const c = text[k];
      if (c !== '阿' && c !== '奶' && c !== '大' && c !== '婆' && c !== '爷' && c !== '爺') continue;
      if (!ELDER_AFTER_37B.test(text.slice(k, k + 2))) continue;
      const s = k - 3;
      if (!(s === 0 || text[s - 1] === '的' || CLAUSE_END.has(text[s - 1]) || text[s - 1] === '\n')) continue;
      if (cuedNameEnd37b(text, s) !== k || !(likelyName(text, s, k) || wordSurnameFullEnd(text, s) === k) || KIN_FORM_37B.test(text.slice(s, k)) || ordinaryWord37(text.slice(s, k))) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  if (has(text, '我') || has(text, '俺')) {
    I_SIGNED_37B.lastIndex = 0;
    for (let m = I_SIGNED_37B.exec(text); m; m = I_SIGNED_37B.exec(text)) {
      const s = m.index + m[0].length;
      const e = cuedNameEnd37b(text, s);
      if (e < 0 || !(likelyName(text, s, e) || (e === s + 3 && wordSurnameFullEnd(text, s) === e)) || KIN_FORM_37B.test(text.slice(s, e)) || WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2))) continue;
      const c = text[e] ?? '';
      if (!(c === '' || CLAUSE_END.has(c) || /[\s0-9１-９]/.test(c) || c === '当' || c === '當')) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (hasAny(text, RECORD_CUES_37B)) {
    RECORD_37B.lastIndex = 0;
    for (let m = RECORD_37B.exec(text); m; m = RECORD_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if ((has(text, '编号') || has(text, '編號')) && PRISON_WORD_37B.test(text)) {
    BARE_NUMBER_37B.lastIndex = 0;
    for (let m = BARE_NUMBER_37B.exec(text); m; m = BARE_NUMBER_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (hasAny(text, ACCOUNT_CUES_37B)) {
    ACCOUNT_NAME_37B.lastIndex = 0;
    for (let m = ACCOUNT_NAME_37B.exec(text); m; m = ACCOUNT_NAME_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '-') || has(text, '－')) {
    PLACE_DASH_SPEAKER_37B.lastIndex = 0;
    for (let m = PLACE_DASH_SPEAKER_37B.exec(text); m; m = PLACE_DASH_SPEAKER_37B.exec(text)) {
      const s = m.index + m[0].length - m[2].length - 1;
      if (ROLE_DASH_BEFORE.test(m[1] + '-') || OFFICE_DASH_37B.test(m[1]) || KIN_FORM_37B.test(m[2]) || ROLE_SPEAKER_37B.test(m[2]) || PLACE_AFTER_DASH_37B.test(m[2])) continue;
      spans.push({ kind: 'name', start: s, end: s + m[2].length });
    }
  }
  if (has(text, '叫自己')) {
    SELF_STYLED_37B.lastIndex = 0;
    for (let m = SELF_STYLED_37B.exec(text); m; m = SELF_STYLED_37B.exec(text)) {
      const s = m.index + m[0].length - m[1].length - (/[”"」]$/.test(m[0]) ? 1 : 0);
      // (Calls himself a word or a form of address, “老大”, “领导”: no nickname of his own.)
      if (KIN_FORM_37B.test(m[1]) || wordNotPerson(foldToSimplified(m[1]))) continue;
      spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '→')) {
    ARROW_PAYEE_37B.lastIndex = 0;
    for (let m = ARROW_PAYEE_37B.exec(text); m; m = ARROW_PAYEE_37B.exec(text)) {
      const s = m.index + m[0].length;
      const e = nameEnd(text, s);
      if (e < 0 || !likelyName(text, s, e) || isHan(text.charCodeAt(e))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
}
const RECORD_CUES_37B = ['编号', '編號', '执业证', '執業證', '工牌', '股金证', '股金證'];
const ACCOUNT_CUES_37B = ['用户名', '用戶名', '户名', '戶名', '平台账号', '平台賬號', '平台帳號'];
/** An office or a firm before a chat speaker's dash: the speaker is in their role (律所, 法院, 所). */
const OFFICE_DASH_37B = /(?:所|局|院|办|辦|委|队|隊|中心|公司|律所|银行|銀行|群主|主任|会|會|站|处|處|里|裡|群)$/;
/** A home after the dash (张伟-滨江花园：): the person's name is before it, the rule is older rules'. */
const PLACE_AFTER_DASH_37B = /(?:别墅|別墅|花园|花園|家园|家園|小区|小區|苑|庭|府|山庄|山莊|新村|公寓|[村镇鎮乡鄉区區街路巷园園栋棟楼樓号號])$/;
/** A speaker named by a post or by 小/老 and a surname (村会计, 站长, 文书, 周老师, 小王): someone in role or a form of
 * address, left to the older rules. */
const ROLE_SPEAKER_37B = /(?:长|長|师|師|书|書|计|計|任|员|員|官)$|^[小老][㐀-鿿]$/;
/** Words some rule read as a name that are none: a chat log's heading (聊天记录), 查询 (inquire), a mediation room. */
const WORD_NOT_NAME_37B = /^(?:聊天记录|聊天記錄|查询|查詢|调解工作室|調解工作室)$/;

/** (Stop 37b) After all rules: forms of address and words read as names dropped, a place before a chat speaker's dash
 * left visible, a trailer's 挂 joined to its plate, a company's account after its cue left visible. */
export function stop37bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      if (WORD_NOT_NAME_37B.test(span)) { changed = true; continue; }
      // (A place before a chat speaker's dash at a line's start, 金涔-熊猫妹：: outside by the sets' convention.)
      if ((text[sp.end] === '-' || text[sp.end] === '－') && (sp.start === 0 || text[sp.start - 1] === '\n')) {
        const right = /^[-－]([\u3400-\u9fff]{2,6})[：:]/.exec(text.slice(sp.end, sp.end + 9));
        if (right && !PLACE_AFTER_DASH_37B.test(right[1])) { changed = true; continue; }
      }
    }
    // (Not 挂车 or 挂靠, the word a plate stands before.)
    if (sp.kind === 'plate' && (text[sp.end] === '挂' || text[sp.end] === '掛') && !'车車靠'.includes(text[sp.end + 1] ?? '')) { kept.push({ kind: sp.kind, start: sp.start, end: sp.end + 1 }); changed = true; continue; }
    if (sp.kind === 'bank_card' && /公司[\s:：]*$|对公|對公/.test(text.slice(Math.max(0, sp.start - 16), sp.start))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const lendingCollapseAndLegalOrgansTables = { PARTY_END_37B, KIN_FORM_37B, OFFICE_DASH_37B };
