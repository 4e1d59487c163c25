import { toHalfWidth } from '../normalize.js';
import { luhn, validIdNumber } from './checksums.js';
import { numbersTables } from './numbers.js';
import { platesTables } from './plates.js';
import { officeContactsTables, officeLines } from './office-contacts.js';

const { CORPORATE_ACCOUNT_BEFORE } = officeContactsTables;
const { OFFICE_LINE_BEFORE, OFFICE_RIGHT_BEFORE } = numbersTables;
const { PLATE_PROVINCE } = platesTables;

// What the learned model of numbers reads that is no one's number by the campaign's conventions.

/**
 * Whether the number the learned model of numbers read at text[start, end) is, by the campaign's conventions, no
 * one's: an office's or a company's line (as dropOfficeContacts reads the rules' own), a company's account or credit
 * code, an order, a parcel's pick-up code, a transaction, a police case, a procurement contract, an amount, a count,
 * a page, a version, a thing's number; a plate after its province (the rules'); without a cue, a number whose
 * checksum fails. The model sees few of these in the labelled sets, and each writer labels them alike (not at all).
 */
export function knownNotPersonalCode(text: string, start: number, end: number): boolean {
  for (const o of officeLines) if (start < o.end && o.start < end) return true;
  // (Read at half width, as the model reads the run: ＲＭＢ８８００００ is RMB880000.)
  let before = toHalfWidth(text.slice(Math.max(0, start - 14), start));
  let run = toHalfWidth(text.slice(start, end));
  // (Stop 32) After +86 a line is read without the country code, and the words before the plus (县委办公室：+86 0797 …).
  if (before.endsWith('+')) {
    before = before.replace(/\(?\+$/, '');
    run = run.replace(/^86[ -]?/, '');
  }
  // (An office's line by the rules' own pattern, for a line's shape only: 会员号码 2019123456 is a member's.)
  if ((LINE_SHAPE.test(run) && OFFICE_LINE_BEFORE.test(before)) || OFFICE_RIGHT_BEFORE.test(before) || CORPORATE_ACCOUNT_BEFORE.test(before) || NOT_PERSONAL_CODE_BEFORE.test(before)) return true;
  // (Stop 43, pii68 studied) A product's approval or registration number (国食健字G20180229, 国药准字H20053366, 国械注准…,
  // 食品生产许可证SC…): a product's, on its box, no one's.
  if (PRODUCT_APPROVAL_BEFORE_43.test(before)) return true;
  // (Stop 49) A national or a local standard's number (GB/T 50378-2019, JGJ 79-2012): a text's, no one's.
  if (STANDARD_BEFORE_49.test(before)) return true;
  // (A plate after its province, 湘G88888 or 京A·12345, is the rules': they mask the one a writer gives as theirs.)
  if (PLATE_PROVINCE.has(text.charCodeAt(start - 1)) || (start >= 3 && PLATE_PROVINCE.has(text.charCodeAt(start - 3)) && /^[A-Za-z][·•・]$/.test(before.slice(-2)))) return true;
  // (Without a cue the rules read, a checksum decides: an ID number's shape whose check fails, or a card's digits that
  // fail Luhn, the rules leave as no such number, and so does the model. After 身份证号 or 卡号 the rules mask them.)
  if (ID_SHAPE.test(run) ? !validIdNumber(run.toUpperCase()) : CARD_SHAPE.test(run) && !luhn(run.replace(/ /g, ''))) return true;
  if (CURRENCY_CODE.test(run) || NOT_PERSONAL_CODE_AFTER.test(toHalfWidth(text.slice(end, end + 8)))) return true;
  // (Stop 41) A template's, a notice's or a group's number, as the rules leave them (CONTRACT_SAMPLE_38B, SAMPLE_BEFORE_39):
  // the words in its clause before it (公示的协议编号, 协议范本编号, 我们村的, 其中, 他们公布的) or a template's right after
  // (为范本, 的模板). The model, trained on numbers after such cues that were a person's, reads the cue alone.
  const clause = before.slice(before.search(/[^，,。；;！!？?\n]*$/));
  // (Review: none where a person is in the clause — 按照模板填写了我妈的社保号…, 厂家说儿子的保修卡号… —: their number.)
  if (PERSON_IN_CLAUSE_41.test(clause)) return false;
  if (TEMPLATE_OR_GROUP_BEFORE_41.test(clause) || TEMPLATE_AFTER_41.test(text.slice(end, end + 5))) return true;
  // (A firm's or an office's: 加油站购买合同号…, 县住建局的招标编号….)
  return FIRM_BEFORE_41.test(clause);
}
const FIRM_BEFORE_41 = /公司|企业|企業|加油站|厂家|廠家|商家|门店|門店|工厂|工廠|集团|集團|作坊|局|政府|街道[办辦]|管委[会會]/;
/** A person in a number's clause (the writer, a relative, someone spoken of; not 我们, 他们 or a firm's 这家/厂家). */
const PERSON_IN_CLAUSE_41 = /我(?![们們])|俺(?![们們])|本人|(?<![厂廠商这這那哪一每店东東])家(?![长長])|[妈媽爸父母妻夫儿兒孙孫爷爺奶婆]|女儿|女兒|孩子|老人|[他她](?![们們])|[哥姐弟妹](?!妹)/;
const TEMPLATE_OR_GROUP_BEFORE_41 = /公示|公布|[范範]本|模板|[样樣]本|示例|[样樣]例|示[范範]|格式|我们村|我們村|其中|他们|他們|集体|集體/;
const TEMPLATE_AFTER_41 = /^(?:[为為]|的)?(?:[范範]本|模板|[样樣]本|示例|[样樣]例)/;
/** A landline's shape (with its area code or without), a service line's (400/800), eight digits in two groups. */
const LINE_SHAPE = /^(?:0\d{2,3}[- ]?\d{7,8}|\d{7,8}|[48]00[- ]?\d{3}[- ]?\d{4}|\d{4} \d{4})$/;
const ID_SHAPE = /^\d{17}[\dXx]$/;
const CARD_SHAPE = /^\d(?: ?\d){15,18}$/;
const CURRENCY_CODE = /^(?:RMB|CNY|USD|HKD|EUR|MOP|NTD|TWD)/i;
const STANDARD_BEFORE_49 = /(?:GB|JGJ|CJJ|JTG|HJ|DB\d{2})(?:\/[TZ])?\s?$/;
const PRODUCT_APPROVAL_BEFORE_43 = /(?:国食健|國食健|卫食健|衛食健|国药准|國藥准|国药试|國藥試|国械注|國械注|食健备|食健備|药准|藥准|械备|械備|械注|批准文号|批准文號|生产许可证|生產許可證)[字注准进許许]?[”"」』]?[:：\s]{0,2}[“"「『]?$/;
const NOT_PERSONAL_CODE_BEFORE = /(?:(?:(?:公司|企业|企業|单位|單位|局|厅|廳|中心|医院|醫院|学校|學校|银行|銀行|部门|部門|办|辦|查询|查詢)[^，,。；;！!？?]{0,6}(?:电话|電話|号码|號碼|热线|熱線)|订单|訂單|单号|單號|取件码|取件碼|附件|型号|型號|版本|流水号|流水號|交易号|交易號|警情|信用代码|信用代碼|采购|採購|金额|金額|文号|文號|发票|發票|费用|費用|价格|價格|工资|工資|罚款|罰款|收费|收費)[^，,。；;！!？?]{0,6}|(?:村委会|村委會|居委会|居委會|委员会|委員會)[:：]?\s?|第[0-9\s]{0,3})$/;
const NOT_PERSONAL_CODE_AFTER = /^\s?(?:的?(?:设备|設備|机器|機器|仪器|儀器|产品|產品|货物|貨物|文件|批次)|元|万|萬|块|塊|%|％|平方|亩|畝|公里|人次|次|页|頁|个|個|件|份|辆|輛|台|吨|噸|公斤|千克|斤|人|[（(](?:公司|总机|總機|单位|單位|办公|辦公))/;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const notAPersonalCodeTables = { NOT_PERSONAL_CODE_BEFORE, PERSON_IN_CLAUSE_41, ID_SHAPE, CURRENCY_CODE };
