import type { PiiKind, PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { namesAfterRoleCues } from './regions/internships-and-provincial-capital.js';

// (Stop 43, pii60 … pii63 studied) Papers one person holds, by their number: a veteran's discharge, disability or martyr's
// certificate in a register's form (吉军残字第948490号, 凇退字第901581号) wherever the text speaks of such a paper, a
// worker's health or trade certificate after its cue (健康证沄健2025-YC-077260, 母婴护理证MYHL-2019-340211), a discharge
// certificate of ten digits (退出现役证TC2022875983), and a pension or compensation account that is no bank card
// (抚恤金账户FX22080768876104), a grave by its row and place (墓位QS-KA-04-01) and a home-care order of one elder's (工单号JJ202505194995). An office's document number has a year in brackets (凇政发〔2024〕12号) and few digits;
// a firm's qualification certificate has the firm's word right before its cue.

/** Words that say a text speaks of a person's paper: the register-form number may stand a clause away from them
 * (退伍证找到了……号码是凇退字第901581号) or in a table under a column's head (残疾军人证号). */
const PAPER_WORDS_43 = ['退伍证', '退伍證', '退役证', '退役證', '退出现役', '退出現役', '残疾军人', '殘疾軍人', '伤残军人', '傷殘軍人', '烈士证', '烈士證', '证明书', '證明書', '优待证', '優待證', '退伍证号', '退伍證號', '残疾证', '殘疾證', '士兵证', '士兵證', '军官证', '軍官證',
  // (Stop 51, pii95 studied) A household's land and building papers: a rural building permit's 乡字第…号 of fourteen digits, a
  // homestead's or a land-use certificate's register form, wherever the text speaks of such a paper or its holder.
  '宅基地', '持证人', '持證人', '建房', '许可证', '許可證', '土地证', '土地證', '使用证', '使用證',
  // (Stop 51, pii99 studied) A household's minimum-living certificate in the same form (低保证珂低保字第51864号).
  '低保证', '低保證'];
/** A register's form: a place's and a kind's characters (not the cue's last, 证号 or 号码是), 字第, five digits or more and 号 (2019湘退字第01736号 too). Document
 * numbers (国发字第12号 in old style) run to three or four digits; a person's certificate to five and more. */
const REGISTER_NUMBER_43 = /(?<![〔［\[（(0-9０-９）)〕］\]])(?:(?:19|20)[0-9]{2})?(?:(?![号號证證书書码碼是为為个個])[\u3400-\u9fff]){1,4}字第[0-9０-９]{5,14}[号號]/g;
/** (Review of stop 43) A court's, an arbitration's, an office's or a federation's number in the same form ((2014)朝民初字第12345号,
 * x劳人仲案字第…, x残联字第…, x政字第…, 沪公交决字第…): a case's or a document's, no one's paper. */
const NOT_A_PAPER_KIND_43 = /[民刑行执執初终終再申案仲裁政发發办辦函联聯决決令罚罰]/;

/** A trade's or a worker's certificate right before its number: 健康证, 母婴护理证, 育婴师证书, 上户证, 退出现役证, 证书编号,
 * 证明编号 (a death certificate's). */
// (证书 and 证明 alone only with a number's word after them: 这个证明20240315开的 is a date.)
const CERTIFICATE_CUE_43 = /(?:(?:(?:健康证|健康證)(?![明书書])|居住证|居住證|护理证书?|護理證書?|育婴师证书?|育嬰師證書?|月嫂证书?|月嫂證書?|上户证|上戶證|退出现役证|退出現役證|裁判证|裁判證|裁判员证|裁判員證)[”"」』]?(?:那个|那個|的)?(?:编号|編號|号码|號碼|证号|證號|号|號)?|(?:证书|證書|证明|證明)[”"」』]?(?:编号|編號|号码|號碼|证号|證號|号|號))(?:是|为|為|係)?[:：\s\u3000]{0,2}/g;
/** The number itself: the issuing place's one or two characters before a year (沄健2025-YC-077260), letters (MY-YJ-2024-11873,
 * YYS2023310900781, TC2022875983), digits and dash-joined parts. */
const CERTIFICATE_NUMBER_43 = /(?:[\u3400-\u9fff]{1,2}(?=(?:19|20)[0-9]{2}))?(?:[A-Z]{1,4}(?:[-－][A-Z]{1,4})?[-－]?)?[0-9]{4,16}(?:[-－][0-9A-Z]{2,10}){0,3}(?![0-9A-Za-z])/y;
/** A firm's or an office's certificate: its word right before the cue (公司资质证书, 企业的证书编号, 营业执照). */
// (Review of stop 43: and a product's or a device's, 3C认证证书, 产品合格证书, 检定证书, 检疫合格证明, 荣誉证书.)
const FIRM_BEFORE_43 = /(?:公司|企业|企業|机构|機構|协会|協會|资质|資質|营业|營業|许可|許可|单位|單位|学校|學校|医院|醫院|认证|認證|合格|检定|檢定|检验|檢驗|检测|檢測|检疫|檢疫|产品|產品|荣誉|榮譽|质量|質量|计量|計量)(?:的)?$/;
/** A date, not a number (健康证2024-03-15就过期了, 20240315): a year, a month and a day. */
const DATE_SHAPE_43 = /^(?:19|20)[0-9]{2}[-－./]?(?:0[1-9]|1[0-2])[-－./]?(?:0[1-9]|[12][0-9]|3[01])$/;
/** A pension or a compensation account that is no bank card (Luhn), or a pensioner's own number (养老金个人编号): its own
 * letters and digits after the account's word. */
const PENSION_ACCOUNT_43 = /(?:抚恤金|撫恤金|撫卹金|养老金|養老金|补偿款|補償款)(?:账户|賬戶|帳戶|账号|賬號|帳號|个人编号|個人編號)(?:是|为|為|係)?[:：\s]{0,2}([A-Z]{0,4}[0-9]{8,20})(?![0-9A-Za-z])/g;

/** A grave by its section, row and place (墓位QS-KA-04-01, plot QS-NB-16-20): stop 38b's grave codes end in three digits or
 * more (ML-B-0388); a cemetery's letters, a section's and two numbers of two digits are one family's grave too. */
const GRAVE_BY_ROW_43 = /(?:墓位|墓穴|\bplot|\bPlot|\bgrave|\bGrave)(?:号|號)?(?:是|为|為)?[:：]?\s?([A-Z]{1,4}[-－][A-Z]{1,4}[-－][0-9]{1,4}[-－][0-9]{1,4})(?![0-9A-Za-z])/g;

/** A home-care service's work order or order (工单号JJ202505194995) where the person served is in the text: one elder's
 * visits, as a ride's order is one rider's (stop 39b). A hotline's work order (12345's 工单) has no care word and stays. */
const CARE_ORDER_43 = /(?:工单|工單|订单|訂單)(?:号|號|编号|編號)?(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[0-9]{8,16})(?![0-9A-Za-z])/g;
const CARE_WORDS_43 = ['居家养老', '居家養老', '居家服务', '居家服務', '养老服务', '養老服務', '助浴', '助餐', '助洁', '助潔', '护理员', '護理員', '上门服务', '上門服務'];
const CARE_PERSON_43 = /服务对象|服務對象|长者|長者|我爸|我妈|我媽|我阿爸|我阿媽|家属|家屬|老人/;
/** (Review of stop 43) A hotline's or a mayor's line's work order (12345工单号GD…): the office's, whatever the text is about. */
const HOTLINE_BEFORE_43 = /(?:12345|热线|熱線|市长|市長|便民)[^，,。；;]{0,4}$/;

/** (Stop 43, pii64 studied) Shops' and studios' staff before a full name (美容师樊小蝶, 铁燧的销售卞凯文 — not 销售 alone, the
 * verb of 有商家销售江小白假酒 —, 私教郜明轩, 店员施浩, 课程顾问
 * 邰嘉怡, 洗车工曹大勇): private trades, read as stop 39b reads a coach or a driver (roleName39b). */
/** (Stop 43, pii69 studied) An ex-partner or a child's other parent before a full name (和前任蓝国富离婚了, 孩子他爸唐建国): a
 * private person, read as a role's name. */
const FORMER_PARTNER_CUES_43 = ['前任', '前妻', '前夫', '孩子他爸', '孩子他妈', '孩子他媽', '孩子她爸'];
const SHOP_ROLE_CUES_43 = ['美容师', '美容師', '美发师', '美髮師', '发型师', '髮型師', '理发师', '理髮師', '美甲师', '美甲師', '私教', '的销售', '的銷售', '销售员', '銷售員', '销售人员', '銷售人員', '店员', '店員', '导购', '導購', '收银员', '收銀員', '课程顾问', '課程顧問', '洗车工', '洗車工', '月嫂', '育儿嫂', '育兒嫂', '保姆', '护工', '護工', '钟点工', '鐘點工',
  // (Stop 51, pii96 studied) A cleaning firm's shift leader and the scrap trade (男领班蔡志刚, 收废品的牛二旦).
  '领班', '領班', '收废品的', '收廢品的', '捡破烂的', '撿破爛的', '收破烂的', '收破爛的'];

/** (Stop 43, pii66 and pii67 studied) Numbers of one person's case after their cue: an insurance claim (报案号RDAA…), a
 * car's engine (发动机号L15B77963484, as its VIN), a driving-school trainee (学员流水号XY20259072193), a medical
 * reimbursement slip (报销单BXD202503112573) and a prescription (处方号CF250723420), as stop 32 reads a patient's record
 * numbers. (Stop 47, pii83 and pii84 studied: a claim's own number, 理赔号LP202529036046, and a lost-property register's,
 * 失物登记号, are one person's case as the report's number is; relief-and-tourism.ts reads them written with the year, SW-2025-9955.) (Policy numbers, 保单号, and traffic decisions, 决定书编号, were tried: the older sets leave them visible, dev4,
 * dev23, dev26, dev16 and pii18 lost precision.) */
const CASE_NUMBER_43 = /(?:报案号|報案號|理赔号|理賠號|理赔编号|理賠編號|赔案号|賠案號|失物登记号|失物登記號|发动机号|發動機號|发动机号码|發動機號碼|学员流水号|學員流水號|学员编号|學員編號|报销单号|報銷單號|报销单|報銷單|处方号|處方號|处方编号|處方編號)(?:是|为|為|係)?[:：]?\s?([A-Z]{0,4}[-－]?[0-9A-Z]{6,24}(?:[-－][0-9A-Z]{2,10}){0,3})(?![0-9A-Za-z])/g;
const CASE_CUES_43 = ['报案', '報案', '理赔', '理賠', '赔案', '賠案', '失物登记', '失物登記', '发动机', '發動機', '学员', '學員', '报销单', '報銷單', '处方', '處方'];
/** (Stop 43, pii70 and pii71 studied) An application's number in letters, a year and a serial (申请编号JF-2025-WJ-18293), as
 * stop 40 reads an application's number; a miner's lamp or work permit number (矿灯号YZY-469, 工作证DFA-4731); an
 * occupational-disease diagnosis or a work-injury decision on one person (岚职诊〔2024〕123号, 岚人社工伤认字〔2024〕第1234号:
 * health data, however like a document's number they look). Courts' and arbitrations' case numbers stay visible. */
const APPLICATION_NUMBER_43 = /(?:申请编号|申請編號|申请号|申請號|申请单号|申請單號)(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[-－](?:19|20)[0-9]{2}(?:[-－][0-9A-Z]{2,10}){1,3})(?![0-9A-Za-z])/g;
const LAMP_NUMBER_43 = /(?:矿灯号|礦燈號|矿灯编号|礦燈編號|工作证号?|工作證號?)(?:码|碼)?(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[-－]?[0-9]{3,6})(?![0-9A-Za-z])/g;
const HEALTH_DECISION_43 = /(?:(?![号號证證书書码碼是为為个個定明断斷])[\u3400-\u9fff]){1,3}(?:职诊|職診|人社工伤认|人社工傷認|工伤认|工傷認)字?[〔［\[（(](?:19|20)[0-9]{2}[〕］\]）)]第?[0-9０-９]{1,6}[号號]/g;

const PRIVATE_PERSON_CUES_43 = [...SHOP_ROLE_CUES_43, ...FORMER_PARTNER_CUES_43];

/** Every match of `re` (global, its number in group 1, at the match's end) as a span of `kind` (a personal number unless
 * told), where `keep` (given the match) lets it through. */
export function numbersAfterCues(re: RegExp, text: string, spans: PiiSpan[], keep?: (m: RegExpExecArray) => boolean, kind: PiiKind = 'member_number'): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (keep && !keep(m)) continue;
    const start = m.index + m[0].length - m[1].length;
    spans.push({ kind, start, end: start + m[1].length });
  }
}
/** Every match of `re` (global) whole as a personal number. */
function wholeMatches(re: RegExp, text: string, spans: PiiSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
}
// (Four digits in a row at least: 报销单已交 or a letter code alone is no number.)
const hasFourDigits = (m: RegExpExecArray): boolean => /[0-9]{4}/.test(m[1]);
const notAfterHotline = (text: string) => (m: RegExpExecArray): boolean => !HOTLINE_BEFORE_43.test(text.slice(Math.max(0, m.index - 8), m.index));

export function scanPersonalPapers43(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, CASE_CUES_43)) numbersAfterCues(CASE_NUMBER_43, text, spans, hasFourDigits);
  namesAfterRoleCues(text, PRIVATE_PERSON_CUES_43, spans);
  if (has(text, '字第') && hasAny(text, PAPER_WORDS_43)) {
    REGISTER_NUMBER_43.lastIndex = 0;
    for (let m = REGISTER_NUMBER_43.exec(text); m; m = REGISTER_NUMBER_43.exec(text)) {
      if (NOT_A_PAPER_KIND_43.test(m[0].slice(0, m[0].indexOf('字第')))) continue;
      spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  if (has(text, '证') || has(text, '證')) {
    CERTIFICATE_CUE_43.lastIndex = 0;
    for (let m = CERTIFICATE_CUE_43.exec(text); m; m = CERTIFICATE_CUE_43.exec(text)) {
      if (FIRM_BEFORE_43.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const at = m.index + m[0].length;
      CERTIFICATE_NUMBER_43.lastIndex = at;
      const n = CERTIFICATE_NUMBER_43.exec(text);
      if (!n) continue;
      // (Six digits at least: 证书编号123 or a year alone is no one's number.)
      let digits = 0;
      for (let k = 0; k < n[0].length; k++) if (n[0].charCodeAt(k) >= 0x30 && n[0].charCodeAt(k) <= 0x39) digits++;
      if (digits < 6 || DATE_SHAPE_43.test(n[0])) continue;
      spans.push({ kind: 'member_number', start: at, end: at + n[0].length });
    }
  }
  if (has(text, '墓') || has(text, 'lot') || has(text, 'rave')) numbersAfterCues(GRAVE_BY_ROW_43, text, spans);
  // (A form's sample, JF-2025-WJ-00000, is no one's.)
  if (has(text, '申请') || has(text, '申請')) numbersAfterCues(APPLICATION_NUMBER_43, text, spans, (m) => !/[-－]0+$/.test(m[1]));
  if (has(text, '灯') || has(text, '燈') || has(text, '工作证') || has(text, '工作證')) numbersAfterCues(LAMP_NUMBER_43, text, spans);
  if (has(text, '职诊') || has(text, '職診') || has(text, '工伤认') || has(text, '工傷認')) {
    wholeMatches(HEALTH_DECISION_43, text, spans);
  }
  if ((has(text, '工单') || has(text, '工單') || has(text, '订单') || has(text, '訂單')) && hasAny(text, CARE_WORDS_43) && CARE_PERSON_43.test(text)) numbersAfterCues(CARE_ORDER_43, text, spans, notAfterHotline(text));
  if (has(text, '账') || has(text, '賬') || has(text, '帳') || has(text, '编号') || has(text, '編號')) numbersAfterCues(PENSION_ACCOUNT_43, text, spans);
  if ((has(text, '公证') || has(text, '公證')) && (has(text, '证民') || has(text, '證民') || has(text, '证经') || has(text, '證經') || has(text, '证内') || has(text, '證內') || has(text, '证外') || has(text, '證外'))) {
    wholeMatches(NOTARIAL_NUMBER_51, text, spans);
  }
  if (has(text, '摊位证') || has(text, '攤位證')) numbersAfterCues(STALL_PERMIT_51, text, spans);
  if (has(text, '号码布') || has(text, '號碼布') || has(text, '参赛号') || has(text, '參賽號') || has(text, '芯片号') || has(text, '芯片號') || has(text, '注册号') || has(text, '註冊號')) {
    numbersAfterCues(RACE_NUMBER_51, text, spans, (m) => !FIRM_REGISTRATION_51.test(text.slice(Math.max(0, m.index - 8), m.index)));
  }
  if (has(text, '筹') || has(text, '籌')) {
    numbersAfterCues(FUNDRAISER_51, text, spans);
    numbersAfterCues(FUNDRAISER_PAGE_51, text, spans);
  }
  if (has(text, '火字')) wholeMatches(CREMATION_NUMBER_51, text, spans);
  if (has(text, '取件') || has(text, '取货') || has(text, '取貨') || has(text, '提货') || has(text, '提貨')) numbersAfterCues(PICKUP_CODE_52, text, spans);
}

/** (Stop 52, pii104 studied) A parcel's pickup code at a locker or a station (取件码186022, 取件碼8-5-1115: a shelf's row, layer
 * and number): whoever reads it takes the parcel, and it stands beside its owner's name and phone. pii104 labels all 27 of
 * its own; pii17 left its two shelf codes visible (the only other set with one). */
const PICKUP_CODE_52 = /(?:取件|取货|取貨|提货|提貨)(?:码|碼)(?:是|为|為|係)?[:：]?\s?([0-9０-９]{1,2}[-－][0-9０-９]{1,2}[-－][0-9０-９]{3,6}|[0-9０-９]{4,8})(?![0-9０-９])/g;

/** (Stop 51, pii97 studied) A notarial certificate's number ((2025)溆衡证民字第04594号: a will's, an inheritance's, a kinship's
 * — one family's paper, as a property certificate is) where the text speaks of a notary. pii80 and pii97 label all 35 of theirs;
 * pii34 left its two visible (stop 46 followed pii34, before pii97). A court's case number stays visible ((2025)赣0193民初2931号:
 * fourteen sets leave them, six label them), and so does a legal-aid office's (溆法援〔2025〕第081号), as an office's case. */
const NOTARIAL_NUMBER_51 = /[（(](?:19|20)[0-9]{2}[）)](?:(?![证證])[\u3400-\u9fff]){1,6}[证證][民经經内內外]字第?[0-9０-９]{1,8}[号號]/g;
/** (Stop 51, pii100 studied) A vendor's stall permit at a market or a scenic area (摊位证：XMD-TW-016): one vendor's, as a
 * worker's badge is one worker's (a stall's place, 摊位号A-12, is not read). */
const STALL_PERMIT_51 = /(?:摊位证|攤位證)(?:号码|號碼|编号|編號|号|號)?(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}(?:[-－][A-Z]{1,4}){0,2}[-－]?[0-9]{2,8})(?![0-9A-Za-z])/g;
/** (Stop 51, pii102 studied) A runner's bib, entry and timing chip, and a league player's registration (号码布A5292,
 * 芯片号E280119642D729, 注册号YL25-701): each one athlete's in the race's or the league's records, which publish results by
 * them. A firm's registration number (营业执照注册号…) is no person's. */
const RACE_NUMBER_51 = /(?:号码布|號碼布|参赛号|參賽號|芯片号|芯片號|注册号|註冊號)(?:码|碼)?(?:是|为|為|係)?[:：]?\s?([A-Z]{0,4}[0-9]{2,4}(?:[-－][0-9]{2,6})?|[A-Z]{0,4}[0-9]{3,8}|[A-Z0-9]{8,20})(?![0-9A-Za-z])/g;
const FIRM_REGISTRATION_51 = /营业|營業|执照|執照|企业|企業|公司|工商|商标|商標|专利|專利|软件|軟件|域名|统一|統一/;
/** (Stop 51, pii99 studied) A patient's fundraiser: the project's number after its word (暖筹项目NC2025484201, 筹款编号…) and
 * the page's address after 链接 or 页面 (nuanchou.cn/p/2126888): each is one sick person's appeal, with their name and
 * illness on it. A foundation's or a hospital's public page has no fundraiser's word before it. */
const FUNDRAISER_51 = /(?:筹项目|籌項目|筹款项目|籌款項目|筹款编号|籌款編號|筹款号|籌款號)(?:编号|編號|号|號)?(?:是|为|為|係)?[:：]?\s?([A-Z]{1,4}[0-9]{6,16})(?![0-9A-Za-z])/g;
const FUNDRAISER_PAGE_51 = /(?:筹款|籌款|众筹|眾籌|筹)(?:链接|鏈接|連結|页面|頁面|网址|網址|地址)(?:是|为|為|係)?[:：]?\s?((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[A-Za-z0-9_\/-]*[0-9]{4,}[A-Za-z0-9_\/-]*)/g;
/** (Stop 51, pii97 studied) A cremation certificate's number in a register's form with its year (溆殡火字2025第01742号): one dead
 * person's, as pii61 labels every 火化证明's number. */
const CREMATION_NUMBER_51 = /(?:(?![证證号號是为為])[\u3400-\u9fff]){0,3}[殡殯]火字(?:(?:19|20)[0-9]{2}|[〔［\[（(](?:19|20)[0-9]{2}[〕］\]）)])?第?[0-9０-９]{3,8}[号號]/g;
