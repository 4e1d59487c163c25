import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { numbersAfterCues } from './personal-papers.js';
import { namesAfterRoleCues, roleName39b } from './regions/internships-and-provincial-capital.js';

// (Stop 46, pii80 studied) A city's housing provident fund, property registration and mortgages as buyers, heirs and
// borrowers write about them: a registration's acceptance number (受理号2024-DJ-2286324: one household's application, as the
// older sets label 受理号TQ…), a loan contract in a bank's document form (借款合同编号琅农商个贷字2023第31591号), a property
// certificate written with spaces round its serial or read out in Chinese digits (as stop 39 reads one written close), an
// account read out in Chinese digits, and the parties of a purchase, an inheritance or a tenancy after their word.
// pii80 labels a residents' chat name with its building whole (16栋-茅思琪), as pii73 does; pii36, pii40, pii43 and pii48 label
// the name alone, and the building stays visible as stop 44 chose (it tells staff where the complaint comes from).
// Notarial certificates' numbers ((2025)鲁琅澈证民字第4648号) stay visible, as pii34 leaves them; so do an agency's staff
// called by surname (范经理, 小蔺), which the older sets leave visible.

/** An application's acceptance number after its cue, in digits and letters with dashes (2024-DJ-2286324, DJ2024051203). */
const ACCEPTANCE_46 = /(?:受理[号號]|受理[编編][号號]|受理[单單][号號])(?:码|碼)?(?:是|为|為|係)?[:：]?\s?((?:19|20)[0-9]{2}[-－—]?[A-Z]{1,4}[-－—]?[0-9]{4,12}|[A-Z]{1,4}[-－—]?(?:19|20)[0-9]{2}[-－—]?[0-9]{4,12})(?![0-9A-Za-z])/g;
/** One person's application: an applicant, an owner, the writer's own, or kin in the text. */
const APPLICANT_46 = ['申请人', '申請人', '业主', '業主', '我的', '我家', '我也', '本人', '俺家', '买受人', '買受人', '继承人', '繼承人', '前夫', '前妻', '丈夫', '妻子', '儿子', '兒子', '女儿', '女兒', '父亲', '父親', '母亲', '母親'];
/** Not a hotline's or a petition office's case (their numbers stay visible, as the older sets leave work orders). */
const CASE_OFFICE_46 = ['12345', '12329', '热线', '熱線', '工单', '工單', '信访', '信訪', '市长信箱', '市長信箱'];
/** Nor a project's (竣工验收受理号, 项目备案受理号, 预售). */
const PROJECT_BEFORE_46 = /(?:项目|項目|竣工|验收|驗收|备案|備案|预售|預售|规划|規劃|施工)[\u3400-\u9fff]{0,4}$/;

/** A loan contract's number in a bank's document form: the bank's short name and 字, the year, 第 and the serial. (Stop 51,
 * pii98 studied: after a loan's own name too, 烟农贷合同椤信贷字2025第0446号.) */
const LOAN_CONTRACT_46 = /(?:借款|贷款|貸款|按揭|借贷|借貸|贷|貸)合同(?:编号|編號|号码|號碼|号|號)?(?:是|为|為|係)?[:：]?\s?((?:(?![是为為的])[\u3400-\u9fff]){2,8}字(?:(?:19|20)[0-9]{2}年?|[〔［\[（(【](?:19|20)[0-9]{2}[〕］\]）)】])第?\s?[0-9]{3,10}\s?[号號])/g;
/** A loan contract in letters and digits read out and followed by a particle (贷款合同号是GJDK2021LC588428啊). */
const LOAN_CODE_46 = /(?:借款|贷款|貸款|按揭)合同(?:编号|編號|号|號)(?:是|为|為)?[:：]?\s?([A-Z]{2,6}(?:19|20)[0-9]{2}[A-Z]{0,4}[0-9]{4,10})(?![0-9A-Za-z])/g;
/** A bank's loan document number anywhere (琅农商个贷字2023第50407号): the borrower's, as the contract it numbers. */
// (Review: a bank's notices, 琅农商贷字〔2023〕112号通知, are its own: only a personal loan's form, 个贷字/房贷字, whole after a
// clause's boundary, and not one a notice, an announcement or a file follows.)
// (Stop 53, pii108 studied: right after a bare 合同号 too, 合同号芗农商个贷字2024第08283号.)
const LOAN_DOCUMENT_46 = /(?<=^|[，,。；;：:\s（(、]|合同[号號]|合同[编編][号號])(?:(?![是为為的号號编編同款揭完还還按据據照依])[\u3400-\u9fff]){1,6}(?:个|個|房)(?:贷|貸)字(?:(?:19|20)[0-9]{2}年?|[〔［\[（(【](?:19|20)[0-9]{2}[〕］\]）)】])第?\s?[0-9]{3,10}\s?[号號](?![\u3400-\u9fff]{0,4}(?:通知|公告|文件|规定|規定|办法|辦法|关于|關於))/g;
/** A firm's loan (开发商, 有限公司 the borrower before the cue in its sentence) is the firm's. */
const FIRM_BORROWER_46 = /(?:公司|企业|企業|开发商|開發商|置业|置業|集团|集團)[^。！？!?\n]{0,30}$/;
const LOAN_WORDS_46 = ['借款合同', '贷款合同', '貸款合同', '按揭合同', '借贷合同', '借貸合同', '贷合同', '貸合同'];

/** A property certificate with spaces round its serial (鲁(2021)琅澈市不动产权第 0012508 号). */
const SPACED_PROPERTY_46 = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]\s?[（(](?:19|20)[0-9]{2}[）)][\u3400-\u9fff]{0,10}?不[动動][产產][权權][证證]?第(?:\s+[0-9]{5,10}\s*|[0-9]{5,10}\s+)[号號]/g;
/** The same read out in Chinese digits (鲁二零二三琅澈市不动产权第零零四五一二三号), and a correction of its serial after it
 * (不对是零零四五一三二号). */
const SPOKEN_PROPERTY_46 = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊][（(]?(?:一九|二[零〇])[零〇一二三四五六七八九幺]{2}[）)]?[\u3400-\u9fff]{0,10}?不[动動][产產][权權][证證]?第[零〇一二三四五六七八九幺]{5,10}[号號]/g;
const SPOKEN_CORRECTION_46 = /(?:不对|不對)[，,\s]{0,2}(?:是|係)?([零〇一二三四五六七八九幺]{5,10}[号號])/g;

/** An account read out in Chinese digits after its cue (公积金账号一五九七零零二三四五六七). */
const SPOKEN_ACCOUNT_46 = /(?:账号|賬號|帳號|账户|賬戶|帳戶)(?:是|为|為|係)?[:：]?\s?([零〇一二三四五六七八九幺](?:\s?[零〇一二三四五六七八九幺]){7,24})/g;
/** The writer's own account (我的, 我那个, 本人), not an office's or a fund's (专户, 监管账户, 对公). */
const OWN_ACCOUNT_46 = ['我', '俺', '本人'];
const OFFICE_ACCOUNT_46 = /专户|專戶|监管|監管|对公|對公|公户|公戶|基金|财政|財政|单位|單位/;

/** The parties of a purchase, a loan, an inheritance or a tenancy, by their word before the name. */
const PARTY_CUES_46 = ['继承人', '繼承人', '共同借款人', '房东', '房東', '中介', '销售经理', '銷售經理', '置业顾问', '置業顧問', '开发商员工', '開發商員工', '买受人', '買受人', '出卖人', '出賣人', '卖方', '賣方', '买方', '買方'];
/** A former spouse named as the one the writer divorced (我和鄢立群协议离婚, 我同…離婚, 我与…离异). */
const DIVORCED_FROM_46 = /我(?:和|与|與|同|跟)((?:(?![协協办辦已离離的於于在])[\u3400-\u9fff]){2,3})(?:协议|協議|办了|辦了|已经|已經)?(?:离婚|離婚|离异|離異)/g;

const FIRM_GUARANTEE_53 = ['担保公司', '擔保公司', '担保机构', '擔保機構', '融资担保', '融資擔保', '担保费', '擔保費', '公司担保', '公司擔保'];

export function scanHomesBoughtAndLoans46(text: string, spans: PiiSpan[]): void {
  if (has(text, '受理') && hasAny(text, APPLICANT_46) && !hasAny(text, CASE_OFFICE_46)) numbersAfterCues(ACCEPTANCE_46, text, spans, (m) => !PROJECT_BEFORE_46.test(text.slice(Math.max(0, m.index - 8), m.index)));
  // (Stop 53, pii108 studied) Not where a guarantee firm lends or stands surety (担保公司); a relative as guarantor (担保人是我弟弟) leaves
  // the borrower's contract theirs.
  const firmGuarantee = hasAny(text, FIRM_GUARANTEE_53);
  if (hasAny(text, LOAN_WORDS_46) && !firmGuarantee) {
    const own = (m: RegExpExecArray) => !FIRM_BORROWER_46.test(text.slice(0, m.index)) && !/[公企][贷貸]/.test(m[1]);
    numbersAfterCues(LOAN_CONTRACT_46, text, spans, own);
    numbersAfterCues(LOAN_CODE_46, text, spans, own);
  }
  if ((has(text, '贷字') || has(text, '貸字')) && !firmGuarantee) whole(LOAN_DOCUMENT_46, text, spans);
  if (has(text, '不动') || has(text, '不動')) {
    whole(SPACED_PROPERTY_46, text, spans);
    if (whole(SPOKEN_PROPERTY_46, text, spans)) numbersAfterCues(SPOKEN_CORRECTION_46, text, spans);
  }
  if (hasAny(text, ['账', '賬', '帳']) && hasAny(text, OWN_ACCOUNT_46) && !OFFICE_ACCOUNT_46.test(text)) numbersAfterCues(SPOKEN_ACCOUNT_46, text, spans);
  namesAfterRoleCues(text, PARTY_CUES_46, spans);
  if (has(text, '离婚') || has(text, '離婚')) {
    DIVORCED_FROM_46.lastIndex = 0;
    for (let m = DIVORCED_FROM_46.exec(text); m; m = DIVORCED_FROM_46.exec(text)) {
      const e = roleName39b(text, m.index + 2);
      if (e > 0) spans.push({ kind: 'name', start: m.index + 2, end: e });
    }
  }
}

/** Every match of `re` (global) as a personal number; whether any was found. */
function whole(re: RegExp, text: string, spans: PiiSpan[]): boolean {
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    found = true;
  }
  return found;
}
