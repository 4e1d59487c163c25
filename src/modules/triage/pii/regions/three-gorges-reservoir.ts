import { foldToSimplified } from '../../normalize.js';
import { mergeSpans, type PiiSpan } from '../spans.js';
import { has, hasAny } from '../text.js';
import { digit, likelyName, nameEnd, nameWordsTables, pushName, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { sawLetter } from '../numbers.js';
import { platesTables } from '../plates.js';
import { permitsTables } from '../permits.js';
import { knownNotName, notANameTables } from '../not-a-name.js';
import { sentenceAround } from './hakka-county-and-bohai-port.js';
import { emigrantCountyTables, officialCell } from './emigrant-county.js';

const { NAME_BOUNDARY_BEFORE, OPEN_QUOTE, isHan } = nameWordsTables;
const { isKnownWord } = notANameTables;
const { PLACE_END_CHARS, TITLE_OR_PLACE_END } = emigrantCountyTables;
const { PUBLIC_CAR } = platesTables;
const { BUSINESS_PERMIT_BEFORE } = permitsTables;

// ---------------------------------------------------------------------------------------------
// (Stop 34) Read on pii36.jsonl (a Three Gorges reservoir county: resettled migrants, relocation after landslides, fishers
// who gave up fishing, passbooks, subsidy rosters) and pii37.jsonl (a manufacturing city between Jiangsu and Zhejiang:
// private firms, private lending, guarantors, court enforcement, transfer records, migrant workers) after two stops unseen.

/** A passbook's number after its word (折号6217 0035 1187 2694 03, 摺子號30512 0417 7723 61): an account, one household's. */
const PASSBOOK_NUMBER = /(?:存折|存摺|折子|摺子|折|摺)(?:号|號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([0-9](?:[0-9]|[ \u3000](?=[0-9])){11,29})(?![0-9])/g;
const ROSTER_ROW = /(?:^|\n)[ \u3000]*([\u3400-\u9fff]{2,3})[ \u3000\t]+(?=[0-9０-９*＊]|[户戶][ \u3000]|[一二三四五六七八九十两兩][人口](?![\u3400-\u9fff]))/g;
/** A bicycle's or an e-bike's plate with its city's name (澜湾B20417, 柳川C31742), after the plate's word or the vehicle. */
const CITY_PLATE = /(?:车牌|車牌|牌照|号牌|號牌|电动车|電動車|电瓶车|電瓶車)(?:号|號)?(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}((?![是为為係号號码碼的])[\u3400-\u9fff]{2}[A-Z][0-9]{5})(?![0-9A-Za-z])/g;
/**
 * A certificate's number in a register's form with the issuing place and the year in brackets, after the certificate's
 * word (船舶登记证书编号（湘澧）船登（籍）（2018）FT-300417號, 不动产权证号苏（2019）澜湾市不动产权第0017263号): a person's
 * boat or home. CERTIFICATE_FORM reads the shorter forms.
 */
const REGISTER_FORM = /(?:证号|證號|证书编号|證書編號|证书号|證書號|证编号|證編號)(?:码|碼)?(?:是|为|為|係)?[:：\s]{0,2}((?:[（(][\u3400-\u9fff]{1,4}[）)])?[\u3400-\u9fff]{1,4}(?:[（(][\u3400-\u9fff]{1,2}[）)])?[（(][0-9]{4}[）)][\u3400-\u9fff]{0,10}?(?:[A-Z]{1,3}[-－]?)?[0-9]{3,8}[号號])/g;
/** A certificate's number that repeats the certificate's word after the issuer's (漁民證澧渔民证0512号, 低保證號澧低保证2020-0317). */
const CERTIFICATE_OWN_WORD = /([\u3400-\u9fff]{1,3}[证證])(?:号|號)?(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]{1,3}\1[0-9]{2,6}(?:[-－][0-9]{2,6})?[号號]?)(?![0-9])/g;
/** A person's number by its word: a retiree's card, a resettled migrant's number, a boat's identification, a seaman's book. */
const PERSON_CODE = /(?:退休证号|退休證號|退休证编号|退休證編號|移民编号|移民編號|移民证号|移民證號|船舶识别号|船舶識別號|服务簿号|服務簿號|服务簿编号|服務簿編號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]?[A-Za-z0-9]{1,16}(?:[-－][A-Za-z0-9]{1,8}){0,3})(?![A-Za-z0-9])/g;
const PERSON_CODE_CUES = ['退休证', '退休證', '移民编', '移民編', '移民证', '移民證', '识别号', '識別號', '服务簿', '服務簿'];
/** A receipt's payer (今收到符阿根交来…, 收到柳湾村符阿根交来…): the person who paid, after any place named before them. */
const RECEIPT_PAYER = /收到([\u3400-\u9fff]{2,10}?)(?:交来|交來|缴来|繳來|缴纳|繳納|交纳|交納)/g;
/** Whom money was lent or transferred to (借给邬晓峰二十万, 微信转账给“峰哥”): a private person, by name or by nickname. */
const LENT_TO = /(?<!流)(?:借给|借給|借钱给|借錢給|转账给|轉賬給|轉帳給|转给|轉給|汇给|匯給)了?(?=[\u3400-\u9fff“"「])/g;
/** A borrower's or a payer's name opening a clause before what they did with the writer's money (邬国平借给我…, 樊德林欠我…,
 * 蔺春花向我转账…). */
const DEALS_WITH_WRITER_AFTER = /^(?:借给我|借給我|借了我|借我|欠我|欠了我|向我借|找我借|向我转账|向我轉賬|向我轉帳|给我转|給我轉|转给我|轉給我|还我|還我|拿了我)/;
/** Whom a debt is owed to or a claim is brought against (他欠樊德林二十万, 起诉邬国平, 申请执行蔺春花的厂房, 转给 邬国平 2000元). */
// (Also with 的是 between, 申請執行的是X的紡織廠.)
const OWED_BEFORE = /(?:欠了?|起诉了?|起訴了?|申请执行|申請執行|状告|狀告|转给|轉給|借给|借給)(?:的是)?[ \u3000]?(?=[\u3400-\u9fff])/g;
/** A member of the writer's household by full name (我家陶长顺退捕没收入, 我家郭俊宇去了). */
const HOUSEHOLD_MEMBER_BEFORE = /(?:我家|俺家|咱家)(?=[\u3400-\u9fff])/g;
/** A child's name in a parent's display name in a school's group (改成“蔺雨桐媽媽”). */
const PARENT_REMARK = /[“"「]([\u3400-\u9fff]{2,3})(?:妈妈|媽媽|爸爸|家长|家長)[”"」]/g;
/** Who phones on the writer's behalf, after the number (联系：135…（温小燕代）). */
const ON_BEHALF = /[（(]([\u3400-\u9fff]{2,3})代[）)]/g;
/** A surname and a form of address right before the real name (滕大姐，大名滕秀英): the same person, by both. */
const FORM_BEFORE_REAL_NAME = /(?:大姐|大哥|阿姨|大妈|大媽|大爷|大爺|大叔|大婶|大嬸|老汉|老漢|老太|幺妹)[，,\s]?(?:大名|真名|本名|全名|学名|學名)/g;
/** A plate right after whoever drives it (老板聂振华开着浙F·3K715): that person's car, whatever else the sentence says. */
const DRIVES_AFTER_NAME = /^(?:开着|開著|开的是|開的是|开来|開來)/;
/** A private firm's or association's secretary-general, where the text is about such an association (商会, 协会, 会费). */
const ASSOCIATION_SECRETARY = /(?:秘书长|秘書長)(?=[\u3400-\u9fff])/g;
const ASSOCIATION_WORDS = ['商会', '商會', '协会', '協會', '会费', '會費', '联谊会', '聯誼會', '同乡会', '同鄉會'];
/** A name misspelt on a paper, and the right one (证上把我蔺春花打成了蔺春华, 把我爸的名字写成了邬德後): both the person's. */
const MISWRITTEN = /(?:名字|名|把我[\u3400-\u9fff]{2,3})[^。！？!?\n]{0,20}?(?:打成|写成|寫成|印成|错成|錯成)了?(?=[\u3400-\u9fff])/g;
const MISWRITTEN_FROM = /把我([\u3400-\u9fff]{2,3})(?:打成|写成|寫成|印成|错成|錯成)/g;
/** A private lender or a debt collector by their trade before a name (隔壁放贷的鲍志强): a private person. */
const LENDER_BEFORE = /(?:放贷|放貸|放高利贷|放高利貸|放水|收账|收賬|讨债|討債|催债|催債)的(?=[\u3400-\u9fff])/g;
/**
 * The heads of private firms and associations and a village group's or a building's leader, as the sets label them
 * (厂长聂振华, 会长聂振华, 组长邬大成, 会长是南春吉大爷), and a ship's crew; not where a firm follows (会长是恒达家具厂的老板).
 */
const PRIVATE_HEAD = /(?:厂长|廠長|会长|會長|组长|組長)(?:是|叫)?(?=[\u3400-\u9fff])/g;
const FIRM_AFTER_NAME = /^[\u3400-\u9fff]{0,4}?(?:厂|廠|公司|集团|集團|店|行|社|协会|協會|商会|商會)/;

function pushNamedAt(text: string, out: PiiSpan[], s: number, e: number): void {
  if (surnameLength(text, s) && !knownNotName(text, s, e) && !TITLE_OR_PLACE_END.test(text.slice(s, e))) pushName(out, s, e);
}
/** A name in a slot that says it is one (a roster's row, a firm's head): a surname and no word, whatever stands before it
 * (knownNotName takes a name after 组长 for an official's). */
function slotName(text: string, s: number, e: number): boolean {
  const span = text.slice(s, e);
  return surnameLength(text, s) > 0 && e - s >= 2 && e - s <= 4 && span[0] !== span[1] && !isKnownWord(span) && !wordNotPerson(foldToSimplified(span)) && !TITLE_OR_PLACE_END.test(span);
}

export function scanStop34(text: string, out: PiiSpan[]) {
  if (has(text, '折') || has(text, '摺')) {
    PASSBOOK_NUMBER.lastIndex = 0;
    for (let m = PASSBOOK_NUMBER.exec(text); m; m = PASSBOOK_NUMBER.exec(text)) out.push({ kind: 'bank_card', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '\n')) {
    const rows: number[] = [];
    ROSTER_ROW.lastIndex = 0;
    for (let m = ROSTER_ROW.exec(text); m; m = ROSTER_ROW.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]); // (after the line's break and indent)
      rows.push(start, start + m[1].length);
    }
    // (Not a place's row, 石桥 2户, 高坪 5户: a hamlet's name ends in its landform.)
    if (rows.length >= 4) for (let k = 0; k < rows.length; k += 2) if (!officialCell('name', text.slice(rows[k], rows[k + 1])) && !PLACE_END_CHARS.has(text[rows[k + 1] - 1]) && slotName(text, rows[k], rows[k + 1])) pushName(out, rows[k], rows[k + 1]);
  }
  if (sawLetter && hasAny(text, ['车牌', '車牌', '牌照', '号牌', '號牌', '电动车', '電動車', '电瓶车', '電瓶車'])) {
    CITY_PLATE.lastIndex = 0;
    for (let m = CITY_PLATE.exec(text); m; m = CITY_PLATE.exec(text)) {
      const end = m.index + m[0].length;
      // (Not a part's or a model's code, 电动车电池A12345, 型号B20417.)
      // (Review: nor a spot it is parked at, 停在B12345车位, 放在C20417号棚: a verb or a locative is no city's name.)
      if (PUBLIC_CAR.test(sentenceAround(text, m.index, end)) || /^(?:电池|電池|电瓶|電瓶|车架|車架|电机|電機|型号|型號|配件|品牌|车型|車型)/.test(m[1]) || /[在到停放于於着著里裡内內边邊旁]/.test(m[1].slice(0, 2))) continue;
      out.push({ kind: 'plate', start: end - m[1].length, end });
    }
  }
  if (has(text, '证') || has(text, '證')) {
    REGISTER_FORM.lastIndex = 0;
    for (let m = REGISTER_FORM.exec(text); m; m = REGISTER_FORM.exec(text)) {
      if (BUSINESS_PERMIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    CERTIFICATE_OWN_WORD.lastIndex = 0;
    for (let m = CERTIFICATE_OWN_WORD.exec(text); m; m = CERTIFICATE_OWN_WORD.exec(text)) {
      if (BUSINESS_PERMIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index + m[1].length - 1))) continue;
      out.push({ kind: 'member_number', start: m.index + m[0].length - m[2].length, end: m.index + m[0].length });
    }
  }
  if (hasAny(text, PERSON_CODE_CUES)) {
    PERSON_CODE.lastIndex = 0;
    for (let m = PERSON_CODE.exec(text); m; m = PERSON_CODE.exec(text)) {
      let digits = 0;
      for (let k = 0; k < m[1].length; k++) if (digit(m[1].charCodeAt(k)) >= 0) digits++;
      if (digits >= 4) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (has(text, '收到')) {
    RECEIPT_PAYER.lastIndex = 0;
    for (let m = RECEIPT_PAYER.exec(text); m; m = RECEIPT_PAYER.exec(text)) {
      // (The payer after the place they are from: 柳湾村符阿根.)
      const payer = m[1];
      const cut = Math.max(...[...'镇鎮乡鄉村县縣区區市街组組的'].map((c) => payer.lastIndexOf(c))) + 1;
      const s = m.index + 2 + cut;
      const e = m.index + 2 + payer.length;
      // (Any surname: the slot is a payer's, 符阿根 too.)
      if (e - s >= 2 && e - s <= 3 && !knownNotName(text, s, e)) pushName(out, s, e);
    }
  }
  if (hasAny(text, ['借给', '借給', '钱给', '錢給', '账给', '賬給', '帳給', '转给', '轉給', '汇给', '匯給'])) {
    LENT_TO.lastIndex = 0;
    for (let m = LENT_TO.exec(text); m; m = LENT_TO.exec(text)) {
      const at = m.index + m[0].length;
      if (OPEN_QUOTE.has(text[at])) {
        const close = text.slice(at + 1, at + 12).search(/[”"」]/);
        if (close >= 2 && !/[0-9０-９]|(?:园|園|社|厂|廠|公司|中心|基地|协会|協會|合作社|所|办|辦|委会|委會|局|政府|站|院|队|隊|处|處|科|村|镇|鎮|乡|鄉|街道|社区|社區|银行|銀行|账户|賬戶|帳戶)$/.test(text.slice(at + 1, at + 1 + close))) out.push({ kind: 'name', start: at + 1, end: at + 1 + close });
        continue;
      }
      const e = nameEnd(text, at);
      if (e > at + 1 && likelyName(text, at, e)) pushNamedAt(text, out, at, e);
    }
  }
  if (hasAny(text, ['欠', '起诉', '起訴', '申请执行', '申請執行', '状告', '狀告', '转给', '轉給', '借给', '借給'])) {
    OWED_BEFORE.lastIndex = 0;
    for (let m = OWED_BEFORE.exec(text); m; m = OWED_BEFORE.exec(text)) {
      const at = m.index + m[0].length;
      const e = nameEnd(text, at);
      // (A full name, or two characters the clause ends after: 欠了工资, 借了钱给他 name no one.)
      if (e === at + 3 || (e === at + 2 && !isHan(text.charCodeAt(e)))) if (slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (hasAny(text, ['给我', '給我', '了我', '借我', '欠我', '向我', '找我', '还我', '還我'])) {
    for (let at = 0; at < text.length; at++) {
      // (At a clause's start only: a surname right after a boundary.)
      if (!(at === 0 || NAME_BOUNDARY_BEFORE.has(text[at - 1])) || !surnameLength(text, at)) continue;
      const e = nameEnd(text, at);
      if (e > at + 1 && DEALS_WITH_WRITER_AFTER.test(text.slice(e, e + 4)) && slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (has(text, '我家') || has(text, '俺家') || has(text, '咱家')) {
    HOUSEHOLD_MEMBER_BEFORE.lastIndex = 0;
    for (let m = HOUSEHOLD_MEMBER_BEFORE.exec(text); m; m = HOUSEHOLD_MEMBER_BEFORE.exec(text)) {
      const at = m.index + 2;
      const e = nameEnd(text, at);
      // (A full name of three only, no place's or thing's: 我家林权证, 我家钱家浜村, 我家门口, 我家李子树 name no one.)
      if (e === at + 3 && !text.slice(at, e).includes('家') && !wordNotPerson(foldToSimplified(text.slice(at, at + 2))) && !PLACE_END_CHARS.has(text[e - 1]) && !PLACE_END_CHARS.has(text[e] ?? '') && slotName(text, at, e) && !knownNotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (has(text, '妈妈') || has(text, '媽媽') || has(text, '爸爸') || has(text, '家长') || has(text, '家長')) {
    PARENT_REMARK.lastIndex = 0;
    for (let m = PARENT_REMARK.exec(text); m; m = PARENT_REMARK.exec(text)) pushNamedAt(text, out, m.index + 1, m.index + 1 + m[1].length);
  }
  if (has(text, '代）') || has(text, '代)')) {
    ON_BEHALF.lastIndex = 0;
    for (let m = ON_BEHALF.exec(text); m; m = ON_BEHALF.exec(text)) if (likelyName(text, m.index + 1, m.index + 1 + m[1].length)) pushNamedAt(text, out, m.index + 1, m.index + 1 + m[1].length);
  }
  if (has(text, '名')) {
    FORM_BEFORE_REAL_NAME.lastIndex = 0;
    for (let m = FORM_BEFORE_REAL_NAME.exec(text); m; m = FORM_BEFORE_REAL_NAME.exec(text)) {
      const s = m.index - 1;
      if (s >= 0 && surnameLength(text, s) === 1 && (s === 0 || NAME_BOUNDARY_BEFORE.has(text[s - 1]))) pushName(out, s, m.index + (m[0].match(/^[\u3400-\u9fff]{2}/)?.[0].length ?? 2));
    }
  }
  if (hasAny(text, ASSOCIATION_WORDS)) {
    ASSOCIATION_SECRETARY.lastIndex = 0;
    for (let m = ASSOCIATION_SECRETARY.exec(text); m; m = ASSOCIATION_SECRETARY.exec(text)) {
      // (Review: a government's or an office's secretary-general is an official, 商会 elsewhere or not.)
      if (/(?:政府|委|局|办|辦|院|厅|廳|部|处|處|人大|政协|政協)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const at = m.index + m[0].length;
      const e = nameEnd(text, at);
      if (e > at + 1 && likelyName(text, at, e)) pushNamedAt(text, out, at, e);
    }
  }
  if (hasAny(text, ['打成', '写成', '寫成', '印成', '错成', '錯成'])) {
    MISWRITTEN.lastIndex = 0;
    for (let m = MISWRITTEN.exec(text); m; m = MISWRITTEN.exec(text)) {
      // (A full name of three characters only, set off after: 名字写成了错别字 is none.)
      const at = m.index + m[0].length;
      // (Review: 地名, 村名, 单位名 written wrong are places', 张家湾 no one's.)
      if (text[m.index] === '名' && /(?:地|村|镇|鎮|乡|鄉|街|路|单位|單位|公司|店|校|厂|廠|组|組)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (!isHan(text.charCodeAt(at + 3)) && slotName(text, at, at + 3)) pushName(out, at, at + 3);
    }
    MISWRITTEN_FROM.lastIndex = 0;
    for (let m = MISWRITTEN_FROM.exec(text); m; m = MISWRITTEN_FROM.exec(text)) if (slotName(text, m.index + 2, m.index + 2 + m[1].length)) pushName(out, m.index + 2, m.index + 2 + m[1].length);
  }
  if (hasAny(text, ['放贷的', '放貸的', '利贷的', '利貸的', '放水的', '收账的', '收賬的', '讨债的', '討債的', '催债的', '催債的'])) {
    LENDER_BEFORE.lastIndex = 0;
    for (let m = LENDER_BEFORE.exec(text); m; m = LENDER_BEFORE.exec(text)) {
      const at = m.index + m[0].length;
      const e = nameEnd(text, at, true);
      if (e > at + 1 && slotName(text, at, e)) pushName(out, at, e);
    }
  }
  if (hasAny(text, ['长', '長'])) {
    PRIVATE_HEAD.lastIndex = 0;
    for (let m = PRIVATE_HEAD.exec(text); m; m = PRIVATE_HEAD.exec(text)) {
      // (A group's leader only of a village's, a building's or a shop floor's group: 村民小组长, 楼组长, 原来的组长, 厂里组长,
      // 佢哋組長; not an inspection's or a task force's, 督导组组长, 工作组组长.)
      if ((m[0][0] === '组' || m[0][0] === '組') && m.index > 0 && isHan(text.charCodeAt(m.index - 1)) && !'的小楼樓们們村原我俺里裡哋'.includes(text[m.index - 1])) continue;
      const at = m.index + m[0].length;
      const e = nameEnd(text, at, true);
      // (Two characters only where the name visibly ends: 会长郜占魁组织… is not 韩占.)
      if (e === at + 2 && isHan(text.charCodeAt(e)) && !'说說的在是把跟和让讓叫就也都又还還不没沒'.includes(text[e])) continue;
      if (e > at + 1 && likelyName(text, at, e) && !FIRM_AFTER_NAME.test(text.slice(e, e + 7)) && slotName(text, at, e)) pushName(out, at, e);
    }
  }
}

/** (Stop 34) A name set off at the end after a sentence or a dash, then its home closing the text (…情况就是这样。樊德林，柳湾村3组7号;
 * ——滕幺妹，柳湾村2组11号): the writer's signature. */
const SIGNED_BEFORE_HOME = /(?:^|[。！？!?\n]|——|—)\s?([\u3400-\u9fff]{2,3})[，,\s]\s?$/;
/** (Stop 34) Beside a name found: a worker's code after it in a list (邬国平 TX-0417，…), and the plate it drives. */
const CODE_AFTER_NAME = /^[ \u3000]([A-Z]{1,4}[-－]?[0-9]{3,6})(?=[，,；;、。\s]|$)/;
export function besideNamesStop34(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  const last = spans[spans.length - 1];
  if (last.kind === 'address' && !/[^\s。.！!]/.test(text.slice(last.end))) {
    const m = SIGNED_BEFORE_HOME.exec(text.slice(Math.max(0, last.start - 8), last.start));
    const s = last.start - m?.[0].length! + m?.[0].indexOf(m[1])!;
    if (m && slotName(text, s, s + m[1].length) && !spans.some((x) => x.start < s + m[1].length && x.end > s)) (added ??= []).push({ kind: 'name', start: s, end: s + m[1].length });
  }
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    if (sp.kind !== 'name') continue;
    const code = CODE_AFTER_NAME.exec(text.slice(sp.end, sp.end + 14));
    if (code) (added ??= []).push({ kind: 'member_number', start: sp.end + 1, end: sp.end + 1 + code[1].length });
    const drive = sawLetter ? DRIVES_AFTER_NAME.exec(text.slice(sp.end, sp.end + 3)) : null;
    if (drive) {
      const at = sp.end + drive[0].length;
      const plate = /^[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・.\s-]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/.exec(text.slice(at, at + 12));
      if (plate) (added ??= []).push({ kind: 'plate', start: at, end: at + plate[0].length });
    }
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** (Stop 34) Words that open what some rule read as a name: a cruise ship, a chamber of commerce, a court's parties, a boat's
 * papers, blood pressure and sugar. */
const WORD_NOT_NAME_STOP34 = new Set('游轮 遊輪 商会 商會 被告 原告 船证 船證 高血 血压 血壓 血糖'.split(' '));
/** A chat group's name in a list of groups (班级群、年级群、安全群、家委会群): 群 ends it and the list goes on with another. */
export function groupInList(text: string, sp: PiiSpan): boolean {
  if (text[sp.end - 1] !== '群' || sp.end - sp.start > 4) return false;
  const after = text.slice(sp.end, sp.end + 7);
  return /^[、，,]/.test(after) && after.slice(1).includes('群') || /群[、，,]$/.test(text.slice(Math.max(0, sp.start - 2), sp.start));
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const threeGorgesReservoirTables = { WORD_NOT_NAME_STOP34 };
