import { toHalfWidth } from '../normalize.js';
import { luhn, validCodiceFiscale, validHkId, validIban, validIdNumber, validOrcid, validTaiwanId } from './checksums.js';
import { platesTables } from './plates.js';

const { PLATE_PROVINCE } = platesTables;
import { mergeSpans, type PiiSpan } from './spans.js';
import { officeLines } from './office-contacts.js';

// (Stop 49) An identifier no rule and no model read: masked unless its cue says whose it is not.
//
// Each setting brings numbers of its own (a police report's receipt A4118…, a driving school's K3-20250610-5291, a
// talent scheme's RCBT-2025-683143, a vaccination card's 3713970202…), and each round of rules learnt a setting's cues
// only after its writer had labelled them: new writers' sets measured unseen lost a third of their misses to such
// numbers (pii87 … pii92 on stop 47's code: 113 of 273 missed labels were runs of six digits or more). The rules and the
// learned model of numbers read a number as a person's where a cue or a shape says so; this pass turns the default
// round for what they left: a run of letters and digits with six digits or more (eight characters or more) is masked
// unless it is one of the kinds the writers of the labelled sets, all together, leave visible — an office's case
// number (工单号, 受理编号), a firm's credit code, a line after an office's phone words, a sample's number, a product's
// batch or approval, a project's, a notice's, a report's, an invoice's or a customs declaration's number, a standard,
// a model, a patent — or that the checks say is no such number (an ID number's shape whose check character fails, a
// card's digits after a card's cue that fail Luhn: the writers' decoys), a date, an amount, a count, a phone's shape
// (the phone rules decide those), an office's line the rules found, a web address.
// Measured over the 134 labelled sets (57,814 labels): recall 0.966 → 0.973, precision 0.984 → 0.972 (the older
// writers left waybills, orders, receipts and policies visible; the newer label them, as BLIND-RULES.md asks:
// "waybill numbers tied to a person"). On pii87 … pii92 with stop 47's rules (as their writers' new cues first met the
// code): recall 0.892 → 0.931, precision 0.966 → 0.954; figures in bench/measured-2026-12-07.md (stop 49).

/** A run of letters and digits (ASCII or full width), joined by single dashes or slashes. */
const RUN = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ](?:[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]|[-－/](?=[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]))*/g;
/** Six digits, at least, in a text (before the runs are read). */
const MIN_DIGITS = 6;
const MIN_LENGTH = 8;
const DATE = /^(?:(?:19|20)\d\d[-/.]?\d\d?[-/.]?\d\d?|\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d)$/;
/** Digits that are one digit repeated or the digits in order, whatever letters stand with them: a form's filler or a
 * test (1111111111, BM00000000001, A12345678). */
const FILLER = /^(\d)\1+$|12345678|87654321|^0?1234567$/;
/** Years or dates from one to another (2021-2025年, 20250101-20251231), and a national or a local standard's number
 * (GB50016-2014, after GB/T or JGJ as its own word too). */
const RANGE = /^(?:19|20)\d\d(?:\d{4})?[-/](?:19|20)\d\d(?:\d{4})?$/;
const STANDARD = /^(?:GB|JGJ|CJJ|JTG|HJ|DB\d{2})\d{3,5}-(?:19|20)\d\d$/;
/** A timestamp as systems print it (20250615220013). */
const TIMESTAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$/;
/** An amount with its currency's code (RMB880000, HKD12000). */
const CURRENCY = /^(?:RMB|CNY|USD|HKD|EUR|MOP|NTD|TWD|JPY|GBP)\d/i;
/** A phone's shape: a landline with its area code, a service line, a mobile, a bank's or a public service's short
 * number. The phone rules decide these (an office's line stays visible by their reading). */
const PHONE_SHAPE = /^(?:0\d{2,3}-?\d{7,8}|0\d{2,3}-\d{3,4}|[48]00-?\d{3}-?\d{4}|1[3-9]\d{9}|95\d{3,6}|1\d{4}|106\d{7,14})$/;
const ID_SHAPE = /^\d{17}[\dXx]$/;
const CARD_SHAPE = /^\d{16,19}$/;
const CARD_CUE = /(?:卡号|卡號|银行卡|銀行卡|账号|賬號|帳號|储蓄卡|儲蓄卡|借记卡|借記卡|信用卡)$/;
/** Units and words after a number that make it an amount, a count or a thing's (8000000元, 12000000人次). */
const AMOUNT_AFTER = /^\s?(?:元|万|萬|亿|億|块|塊|%|％|平方|亩|畝|公里|米|吨|噸|公斤|千克|斤|人次|次|页|頁|个|個|件|份|辆|輛|台|套|股|kg|km|ml|mg|mAh|G|M|KB|MB|GB)/i;
/** Separators between a cue and its number: 工单号：…, 受理编号是…, 编号为…, 号码「…」. */
const SEPARATORS_BEFORE = /[\s：:（(是为為「“"'#＃№]+$/;
/** A firm's or an office's number by its clause (加油站购买合同号…, 公司統一編號…, 医疗美容门诊部的许可证号…), where no person is in
 * it; a published or a template's number (公示编号…, 范本编号…); a firm's account (对公账户…). */
const FIRM_BEFORE = /公司|企业|企業|加油站|厂家|廠家|商家|门店|門店|工厂|工廠|集团|集團|作坊|局|政府|街道[办辦]|管委[会會]|村委|居委|门诊部|門診部|医疗机构|醫療機構|医院|醫院|银行|銀行|托班|托育|幼儿园|幼兒園|学校|學校|机构|機構|诊所|診所|药店|藥店|超市|合作社|项目|項目|工程|产品|產品|商品|设备|設備|这台|這台|这款|這款|3C|CCC/;
const PERSON_IN_CLAUSE = /我(?![们們])|俺(?![们們])|本人|(?<![厂廠商这這那哪一每店东東])家(?![长長])|[妈媽爸父母妻夫儿兒孙孫爷爺奶婆]|女儿|女兒|孩子|老人|[他她](?![们們])|[哥姐弟妹](?!妹)/;
const PUBLISHED_BEFORE = /公示|公布|[范範]本|模板|[样樣]本|示例|[样樣]例|示[范範]|格式|对公|對公|批次|我们村|我們村|其中|他们|他們|集体|集體|全班|全体|全體|都签|都簽|统一|統一|工[单單]|受理|通报|通報|通知|文件|采购|採購|招标|招標|中标|中標/;
/** A model contract's national number (GF-2015-0601: the text every tenancy of its kind is signed on). */
const MODEL_CONTRACT = /^GF-\d{4}-\d{4}$/;
/** A notice's or a document's sentence, with no person in it (检查通报，编号…). */
const NOTICE_IN_SENTENCE = /通报|通報|通知|公告|文件|公示/;
/** After the number: what makes it a document's, a project's, a template's or a sample's (…的文件, …的工程, …为范本, …（示例）). */
const PUBLIC_AFTER = /^(?:[（(]?(?:示例|样例|樣例|范本|範本|模板|样本|樣本)|[为為是]?(?:示例|样例|樣例|范本|範本|模板)|的(?:文件|通知|公告|通报|通報|工程|项目|項目|模板|范本|範本|标准|標準)|号文|號文)/;
/**
 * The kinds the labelled sets' writers leave visible, by the cue right before the number (counted over the 134 sets:
 * 工单号 110 runs unlabelled and none labelled, 受理编号 63 and none, a credit code 35 and none, …).
 */
const PUBLIC_CUE = new RegExp(
  '(?:' + [
    // An office's number for a case (the hotline's work order, a window's acceptance number) and its receipt.
    '工[单單](?:编号|編號|号|號)?', '受理(?:编号|編號|号|號)', '受理回[执執]上的?编号', '受理回[执執]上的?編號',
    // A firm's.
    '信用代[码碼]', '营业执照(?:号码?|編號|编号)?', '營業執照(?:號碼?|編號)?', '注册号', '註冊號', '备案号', '備案號',
    // A case's, a report's or a mediation's number, as the older sets leave them (the rules read those a writer's own).
    '案件(?:编号|編號)', '案[号號]', '警情(?:编号|編號)', '[调調]解[书書](?:编号|編號)',
    // A chat group's.
    '群[号號]?',
    // Lines and what offices publish.
    '电话', '電話', '热线', '熱線', '客服', '值班', '传真', '傳真', '公告(?:编号|編號)', '招标(?:编号|編號)', '招標(?:编号|編號)',
    '项目(?:编号|編號)', '項目(?:编号|編號)', '文号', '文號', '报告(?:编号|編號)', '報告(?:编号|編號)',
    // Samples a form gives.
    '示例', '样例', '樣例', '例如', '比如', '张三', '張三', '李四',
    // Things and products.
    '批号', '批號', '批文号?', '准字', '準字', '健字', '健注', '械注准?', '械备', '械備', '批准文[号號]', '标准', '標準', '型号', '型號', '专利(?:申请)?号', '專利(?:申請)?號', '条形?码', '條形?碼',
    '序列号', '序列號', '机身号', '機身號', '版本', '书号', '書號', 'ISBN', 'IMO', 'MMSI', '呼号', '呼號',
    'GB(?:/[TZ])?', 'JGJ(?:/T)?', 'CJJ(?:/T)?', 'JTG', 'HJ', 'DB\\d{2}(?:/T)?',
    // Invoices, customs declarations and repair tickets of a building's, an office's or a firm's.
    '发票(?:号码|號碼|号|號)', '發票(?:號碼|号码|號|号)', '报关单号', '報關單號', '[维維][修]单号', '[维維]修單號', '[报報]修单号', '[报報]修單號',
  ].join('|') + ')$',
);

/** The spans, and each identifier no span covers that is no kind the writers leave visible (spans sorted and disjoint). */
export function unreadIdentifiers(text: string, spans: PiiSpan[]): PiiSpan[] {
  let digits = 0;
  for (let i = 0, n = text.length; i < n && digits < MIN_DIGITS; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) digits++;
  }
  if (digits < MIN_DIGITS) return spans;
  let added: PiiSpan[] | null = null;
  RUN.lastIndex = 0;
  let k = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end - start < MIN_LENGTH) continue;
    const run = toHalfWidth(m[0]);
    let d = 0;
    for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) d++;
    if (d < MIN_DIGITS) continue;
    // Covered whole already (the rules' own or a model's).
    while (k < spans.length && spans[k].end <= start) k++;
    if (k < spans.length && spans[k].start <= start && spans[k].end >= end) continue;
    if (!personalIdentifier(text, start, end, run)) continue;
    (added ??= []).push({ kind: 'member_number', start, end });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

function personalIdentifier(text: string, start: number, end: number, run: string): boolean {
  if (DATE.test(run) || RANGE.test(run) || STANDARD.test(run) || TIMESTAMP.test(run) || PHONE_SHAPE.test(run) || CURRENCY.test(run) || FILLER.test(run.replace(/[^0-9]/g, ''))) return false;
  // A plate after its province (黑05-12345, 湘G88888): the plate rules decide.
  if (PLATE_PROVINCE.has(text.charCodeAt(start - 1))) return false;
  if (failsItsCheck(run, text)) return false;
  for (const o of officeLines) if (start < o.end && o.start < end) return false;
  // A web address's or an e-mail's part (…gov.cn/2025/1234567, 12345678@qq.com: the e-mail rules read those).
  const prev = text[start - 1] ?? '';
  if (prev === '@' || prev === '.' || prev === '/' || prev === '=' || prev === '?' || text[end] === '@' || text[end] === '.' && /^\.[A-Za-z]/.test(text.slice(end, end + 2))) return false;
  if (/(?:https?:|www\.)[^\s，。]*$/i.test(text.slice(Math.max(0, start - 60), start))) return false;
  if (AMOUNT_AFTER.test(text.slice(end, end + 4)) || PUBLIC_AFTER.test(text.slice(end, end + 6))) return false;
  const before = toHalfWidth(text.slice(Math.max(0, start - 12), start)).replace(SEPARATORS_BEFORE, '');
  if (PUBLIC_CUE.test(before) || (before.endsWith('第') && /^[号號]/.test(text[end] ?? ''))) return false;
  const clause = before.slice(before.search(/[^，,。；;！!？?\n]*$/));
  if (PUBLISHED_BEFORE.test(clause) || (FIRM_BEFORE.test(clause) && !PERSON_IN_CLAUSE.test(clause)) || MODEL_CONTRACT.test(run)) return false;
  const sentence = before.slice(before.search(/[^。！!？?\n]*$/));
  if (NOTICE_IN_SENTENCE.test(sentence) && !PERSON_IN_CLAUSE.test(sentence)) return false;
  // The writers' decoys: an ID number's shape whose check character fails, a card's digits after a card's cue that fail Luhn.
  if (ID_SHAPE.test(run) && !validIdNumber(run.toUpperCase())) return false;
  if (CARD_SHAPE.test(run) && CARD_CUE.test(before) && !luhn(run)) return false;
  return true;
}

/**
 * Whether the run has the shape of a number with a check character and fails the check (the writers' decoys, which the
 * rules leave visible): an ID number's after a card's cue is the card's (below), a Hong Kong identity card's, a Taiwan
 * ID's, an Italian codice fiscale's, an ORCID iD's, an IBAN's.
 */
function failsItsCheck(run: string, text: string): boolean {
  const up = run.toUpperCase();
  let m: RegExpExecArray | null;
  // (The two short shapes only where the text speaks of such a card: a letter or two and seven digits is many a code's.)
  if ((m = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(up)) && HK_CARD.test(text)) return !validHkId(m[1], m[2], m[3]);
  if (/^[A-Z][12]\d{8}$/.test(up) && TAIWAN_CARD.test(text)) return !validTaiwanId(up);
  if (/^[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]$/.test(up)) return !validCodiceFiscale(up);
  if (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(up)) return !validOrcid(up);
  if (IBAN_SHAPE.test(up)) return !validIban(up);
  return false;
}
const HK_CARD = /香港|身份[證证]|HKID/i;
const TAIWAN_CARD = /[台臺]|身分[證证]/;
/** An IBAN of a European country's (SF1428367190352 is a courier's waybill, not an IBAN of some SF). */
const IBAN_SHAPE = /^(?:AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK)\d\d[A-Z0-9]{11,30}$/;
