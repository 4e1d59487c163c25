import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { nameWordsTables, surnameLength } from './name-words.js';
import { anyDictionaryWord } from './dictionary.js';
import { foldToSimplified } from '../normalize.js';
import { officialCell } from './regions/emigrant-county.js';

const { GIVEN_SET } = nameWordsTables;

// (Stop 47, pii85 studied) Parents of a training school that closed, as they write to the campaign office: the payments they
// made, by the numbers the payment apps give each one, pasted bare or after any word (支付宝2025061522001385314730753094, 微信支付
// 單號420000552025040643889521055385, a chat's line of nothing else), a bank transfer's serial (银行转账流水A9872025041735508680),
// and rosters under a heading that names them (…班名单\n樊可可\t周六9:00; 分期贷款名单\n汤志远 HDXF2024… 剩12期). Older sets label
// these numbers where a cue (支付宝交易号) stands before them; a payment's number is one payer's whatever stands before it.

/** An Alipay trade number: the date, then 2200 and sixteen digits (2025061522001385314730753094). */
const ALIPAY_TRADE_47 = /(?<![0-9])20[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])2200[0-9]{16}(?![0-9])/g;
/** A WeChat Pay transaction number: 4200, a few digits, the date and the serial (4200013866202404018863145785, 28 digits;
 * writers copy longer ones too, 420000552025040643889521055385). */
const WECHAT_PAY_47 = /(?<![0-9])4200[0-9]{2,6}20[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{8,16}(?![0-9])/g;
/** An invoice's code or a shop's order in the same shape (发票代码…, 京东订单号…): no payer's. */
const NOT_A_PAYMENT_BEFORE_47 = /发票|發票|京东|京東|淘宝订单|淘寶訂單|拼多多/;
/** A bank transfer's serial after 流水 (or 流水号), in letters and digits with its date (A9872025041735508680). */
const TRANSFER_SERIAL_47 = /(?:流水|流水号|流水號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,4}[0-9]{0,6}20[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{4,16})(?![0-9A-Za-z])/g;
const OFFICE_MONEY_BEFORE_47 = /局|委|财政|財政|单位|單位|政府|公司|企业|企業/;
const OFFICE_MONEY_AFTER_47 = /拨款|撥款|公司|单位|單位|财政|財政/;
/** A roster's heading: the first line names a list of people. */
const ROSTER_HEADING_47 = /^[^\n]{0,40}(?:名单|名單|花名册|花名冊)[^\n]{0,20}(?:\n|$)/;
/** A heading of officials', representatives' or firms' names, or of estates (领导班子成员名单, 人大代表名单, 驻村工作队名单, 中标企业
 * 名单, 安置小区名单): public persons and places, not a private roster. */
const PUBLIC_ROSTER_47 = /领导|領導|班子|代表|委员|委員|工作队|工作隊|干部|幹部|企业|企業|中标|中標|公司|单位|單位|小区|小區|村名|获奖|獲獎|先进|先進|表彰|候选|候選|政协|政協|人大/;
/** The rest of a roster's line that makes its name an official's or a place (县委书记, 组长, 队员, 家园, 建筑公司). */
const PUBLIC_LINE_REST_47 = /书记|書記|县长|縣長|镇长|鎮長|乡长|鄉長|主任|主席|委员|委員|组长|組長|队员|隊員|队长|隊長|局|委|办|辦|政府|所长|所長|站长|站長|科长|科長|部长|部長|花园|花園|家园|家園|小区|小區|公司|集团|集團|建筑|建築|建材|联|聯/;
/** A roster's line: perhaps a number, then a name of two or three characters, then a tab, spaces or a comma and the rest. */
const ROSTER_LINE_47 = /\n[ \t]*(?:[0-9]{1,3}[.、．\t ]+)?([\u3400-\u9fff]{2,3})(?=[\t ]+\S|[，,、][^\n]*[0-9])/g;

export function scanPaymentsAndRosters47(text: string, spans: PiiSpan[]): void {
  if (has(text, '22')) {
    ALIPAY_TRADE_47.lastIndex = 0;
    for (let m = ALIPAY_TRADE_47.exec(text); m; m = ALIPAY_TRADE_47.exec(text)) if (!NOT_A_PAYMENT_BEFORE_47.test(text.slice(Math.max(0, m.index - 8), m.index))) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '42')) {
    WECHAT_PAY_47.lastIndex = 0;
    for (let m = WECHAT_PAY_47.exec(text); m; m = WECHAT_PAY_47.exec(text)) if (!NOT_A_PAYMENT_BEFORE_47.test(text.slice(Math.max(0, m.index - 8), m.index))) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '流水')) {
    TRANSFER_SERIAL_47.lastIndex = 0;
    for (let m = TRANSFER_SERIAL_47.exec(text); m; m = TRANSFER_SERIAL_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      // (Not a bureau's or a firm's: 财政局流水号…是拨款, …是公司的合同流水.)
      if (OFFICE_MONEY_BEFORE_47.test(text.slice(Math.max(0, m.index - 12), m.index)) || OFFICE_MONEY_AFTER_47.test(text.slice(s + m[1].length, s + m[1].length + 12))) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '\n') && hasAny(text, ['名单', '名單', '花名册', '花名冊']) && ROSTER_HEADING_47.test(text) && !PUBLIC_ROSTER_47.test(text.slice(0, text.indexOf('\n')))) {
    const found: PiiSpan[] = [];
    ROSTER_LINE_47.lastIndex = 0;
    for (let m = ROSTER_LINE_47.exec(text); m; m = ROSTER_LINE_47.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      const name = m[1];
      const given = foldToSimplified(name.slice(1));
      // A person's: a surname, a given name's characters, no word, no office or title (班主任, 县民政局).
      const lineEnd = text.indexOf('\n', s);
      const rest = text.slice(s + name.length, lineEnd < 0 ? text.length : lineEnd);
      if (surnameLength(text, s) !== 1 || ![...given].every((c) => GIVEN_SET.has(c)) || anyDictionaryWord(foldToSimplified(name)) || officialCell('name', name) || PUBLIC_LINE_REST_47.test(rest)) continue;
      found.push({ kind: 'name', start: s, end: s + name.length });
    }
    // (Two lines at least: a roster, not a sentence under a heading.)
    if (found.length >= 2) spans.push(...found);
  }
}
