import { toHalfWidth } from '../normalize.js';
import { luhn, validCodiceFiscale, validHkId, validIban, validIdNumber, validOrcid, validTaiwanId } from './checksums.js';
import { platesTables } from './plates.js';
import { mergeSpans, type PiiSpan } from './spans.js';
import { officeLines } from './office-contacts.js';
import { notAPersonalCodeTables } from './not-a-personal-code.js';

const { PLATE_PROVINCE } = platesTables;
/** A person in a number's clause (the writer, a relative, someone spoken of; not 我们, 他们 or a firm's 这家/厂家), an ID
 * number's shape, an amount's currency code: as the model of numbers' vetoes read them. */
const { PERSON_IN_CLAUSE_41: PERSON_IN_CLAUSE, ID_SHAPE, CURRENCY_CODE: CURRENCY } = notAPersonalCodeTables;

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
// Measured over the 138 labelled sets (59,681 labels): recall 0.964 → 0.971, precision 0.984 → 0.978 (the older writers
// left waybills, orders, receipts and policies visible; the newer label them, as BLIND-RULES.md asks: "waybill numbers
// tied to a person"). On pii87 … pii92 with stop 47's rules (as their writers' new cues first met the code): recall
// 0.892 → 0.927, precision 0.966 → 0.965; on the four sets written blind in stop 49 (dev43, dev44, pii93, pii94, stop 48's
// rules): 0.919 → 0.929, 0.977 → 0.975. A review read the pass on 813 invented sentences dense with public numbers: it
// masked 177 of them at first, 11 after the mends below (offices' case numbers under many words, public things, lists
// after a cue, amounts past their decimals, offices' letters). Figures in bench/measured-2026-12-07.md (stop 49).

/** A run of letters and digits (ASCII or full width), joined by single dashes or slashes. */
const RUN = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ](?:[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]|[-－/](?=[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]))*/g;
/** Six digits, at least, in a text (before the runs are read). */
const MIN_DIGITS = 6;
const MIN_LENGTH = 8;
/** A run longer than this is no identifier (a pasted hash or a line of digits): left as it is. */
const MAX_LENGTH = 64;
/** A date, a date and an hour (2025-06-12T14), a date written day first. */
const DATE = /^(?:(?:19|20)\d\d[-/.]?\d\d?[-/.]?\d\d?(?:T\d\d)?|\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d)$/;
/** Years or dates from one to another (2021-2025年, 20250101-20251231, 2025-06-01-2025-06-30, 2025/06/12-2025/06/15). */
const RANGE = /^(?:19|20)\d\d(?:[-/.]?\d\d?[-/.]?\d\d?)?[-/](?:19|20)\d\d(?:[-/.]?\d\d?[-/.]?\d\d?)?$/;
/** A national, a trade's or a local standard's number (GB50016-2014; after GB/T, QB/T, T/CECS as its own word too). */
const STANDARD = /^(?:GB|JGJ|CJJ|JTG|HJ|DB\d{2})\d{3,5}-(?:19|20)\d\d$/;
/** A timestamp as systems print it (20250615220013). */
const TIMESTAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$/;
/** Shapes of things' numbers: a stock (SZ000001), a version (V100R001C00SPC200), a flight or a train pair (CZ3081/3082),
 * a size (3840x2160, 5300x2500mm), the national investment project code (2506-440305-04-01-842216), a shop's food licence
 * (JY14403050098765). */
const THING_SHAPE = /^(?:(?:SH|SZ|BJ)\d{6}|V\d+R\d+C\d+\w*|[A-Z]{1,2}\d{1,4}\/[A-Z]{0,2}\d{1,4}|\d+(?:[xX]\d+)+(?:mm|cm|m)?|\d{4}-\d{6}-\d\d-\d\d-\d{6}|JY\d{14}|CR\d{3}[A-Z]{1,3}(?:-[A-Z])?-\d{4}|CN\d{2}-\d{4}\/[A-Z0-9]+|\d+(?:m|km|kg|mm|cm|ml|t|kw|kwh))$/i;
/** Digits that are one digit repeated or the digits in order, whatever letters stand with them: a form's filler or a
 * test (1111111111, JCS0000000000, A12345678). */
const FILLER = /^(\d)\1+$|12345678|87654321|^0?1234567$/;
/** A phone's shape: a landline with its area code (also a service number's five or six digits after it), a service line,
 * a mobile, a bank's or a public service's short number, an SMS platform's. The phone rules decide these (an office's
 * line stays visible by their reading). */
const PHONE_SHAPE = /^(?:0\d{2,3}-?\d{7,8}|0\d{2,3}-\d{3,6}|[48]00-?\d{3}-?\d{4}|1[3-9]\d{9}|95\d{3,6}|1\d{4}|106\d{7,14})$/;
const CARD_SHAPE = /^\d{16,19}$/;
const CARD_CUE = /(?:卡号|卡號|银行卡|銀行卡|账号|賬號|帳號|储蓄卡|儲蓄卡|借记卡|借記卡|信用卡)$/;
/** Units and words after a number that make it an amount, a count or a measure (8000000元, 12000000人次, 17681600人). */
const AMOUNT_AFTER = /^\s?(?:元|万|萬|亿|億|块|塊|%|％|‰|平方|平米|㎡|m²|m2|m³|m3|立方|亩|畝|公里|米|吨|噸|公斤|千克|斤|千瓦|度|人|名|户|戶|只|张|張|株|棵|头|頭|位|宗|起|笔|筆|剂|劑|次|页|頁|个|個|件|份|辆|輛|台|套|股|多|余|餘|左右|港元|港币|港幣|欧元|歐元|日元|美元|kg|km|ml|mg|mAh|kWh|KB|MB|GB)/i;
/** Words before a number that make it an amount or a count (共计…, 达…, ¥…). */
const AMOUNT_BEFORE = /(?:[¥￥$＄]|共计|共計|合计|合計|总计|總計|累计|累計|[达達约約]|阅读量|閱讀量|人口|经度|經度|纬度|緯度|金额|金額|余额|餘額)$/;
/** Separators between a cue and its number: 工单号：…, 受理编号是…, 编号为…, 号码「…」. */
const SEPARATORS_BEFORE = /[\s：:（(是为為「“"'#＃№]+$/;
/** What a list of numbers joins its items with: a cue before the first says what the next ones are too. */
const LIST_JOIN = /^(?:[\s、，,/／和及与與]{1,2}|以及)$/;
/** A person's number by the cue right before it (快递单号, 订单号, 保单号, 收据号, 流水号…): no firm's or notice's word in its
 * clause makes it theirs (快递公司给的单号是…, 收到短信通知，快递单号…). */
const PERSONAL_CUE = /(?:快[递遞]|[运運]|[订訂]|保[单單险險]|收[据據]|小票|流水|退款|行程|[预預]约|[预預]約|[报報]销|[报報]銷|[维維]修|[报報]修|租赁|租賃|[购購]房|[购購]车|[购購]車)[^，,。；;！!？?\n]{0,4}(?:单|單)?(?:号码|號碼|编号|編號|号|號)$/;
/** A firm's or an office's number by its clause (加油站购买合同号…, 公司統一編號…, 医疗美容门诊部的许可证号…), or a thing's that
 * may be a person's own too (公交车辆编号…, but 我的公交卡号…), where no person is in it. */
const FIRM_BEFORE = /公司|企业|企業|加油站|厂家|廠家|商家|门店|門店|店|餐厅|餐廳|饭店|飯店|酒店|宾馆|賓館|养老院|養老院|市场|市場|办事处|辦事處|派出所|大队|大隊|办公室|辦公室|工作站|工厂|工廠|集团|集團|作坊|局|政府|街道[办辦]|管委[会會]|村委|居委|门诊部|門診部|医疗机构|醫療機構|医院|醫院|银行|銀行|托班|托育|幼儿园|幼兒園|学校|學校|机构|機構|诊所|診所|药店|藥店|超市|合作社|项目|項目|工程|产品|產品|商品|设备|設備|这台|這台|这款|這款|这批|這批|3C|CCC|管道|公交|地铁|地鐵|电车|電車|单车|單車|充电宝|充電寶|电子秤|電子秤|车辆|車輛|线路|線路/;
/** A public thing's number (电梯注册代码…, 路灯编号…, 公共厕所编号…): no one's, whoever's door it stands at (我家门口的路灯). */
const PUBLIC_THING = /电梯|電梯|消防栓|路灯|路燈|井盖|井蓋|垃圾|公厕|公廁|厕所|廁所|充电[桩站]|充電[樁站]|咪表|泊位|路[边邊]停[车車]|停[车車]场|停[车車]場|基站|线塔|線塔|排污口|雨水口|监测|監測|摄像|攝像|探头|探頭|调压箱|調壓箱|热力站|熱力站|健身器材|游乐设施|遊樂設施|座椅|站牌|天桥|天橋|自行[车車]|饮水机|飲水機|投放[点點]|转运站|轉運站|快递柜|快遞櫃|公摊|公攤|压力容器|壓力容器|升降机|升降機|列车|列車|车组|車組|航班|车次|車次/;
/** A published, a sample's, a group's, a notice's or an office's case number by its clause (公示编号…, 范本编号…, 其中…,
 * 全班都签了…, 【工单】编号…), where no person is in it; a firm's account (对公账户…). */
const PUBLISHED_BEFORE = /公示|公布|[范範]本|模板|[样樣]本|示例|[样樣]例|示[范範]|格式|对公|對公|批次|我们村|我們村|其中|他们|他們|集体|集體|全班|全体|全體|都签|都簽|统一|統一|工[单單]|受理|通报|通報|通知|文件|采购|採購|招标|招標|中标|中標|例如|比如/;
/** An office's letter, a document's or a licence's number by the words before its 第…号 (院臺經字第…號函, 文號…, 許可執照…). */
const OFFICIAL_DOCUMENT = /文号|文號|字号|字號|公文|来函|來函|函|执照|執照|立案|许可|許可/;
/** A model contract's national number (GF-2015-0601: the text every tenancy of its kind is signed on). */
const MODEL_CONTRACT = /^GF-\d{4}-\d{4}$/;
/** A notice's or a document's sentence, with no person in it (检查通报，编号…). */
const NOTICE_IN_SENTENCE = /通报|通報|通知|公告|文件|公示/;
/** After the number: what makes it a document's, a project's, a template's, a sample's or an office's case (…的文件,
 * …的工程, …为范本, …（示例）, …的工单). */
const PUBLIC_AFTER = /^(?:[（(]?(?:示例|样例|樣例|范本|範本|模板|样本|樣本)|[为為是]?(?:示例|样例|樣例|范本|範本|模板)|的(?:文件|通知|公告|通报|通報|工程|项目|項目|模板|范本|範本|标准|標準|工单|工單|件|工厂|工廠|企业|企業|公司|厂|廠)|号文|號文)/;
/**
 * The kinds the labelled sets' writers leave visible, by the cue right before the number (counted over the 134 sets:
 * 工单号 110 runs unlabelled and none labelled, 受理编号 63 and none, a credit code 35 and none, …), and what a review of
 * this rule found under other words of the same kinds.
 */
const PUBLIC_CUE = new RegExp(
  '(?:' + [
    // An office's number for a case (the hotline's work order, a window's acceptance number, a petition's) and its receipt.
    '工[单單](?:编号|編號|号|號)?', '受理(?:编号|編號|号|號)', '受理回[执執]上的?(?:编号|編號)', '12345[^，,。]{0,6}(?:单号|單號)',
    '(?:诉求|訴求|来电|來電|办件|辦件|转办|轉辦|督办|督辦|事项|事項|投诉|投訴|回访|回訪|事件|举报|舉報|留言|申诉|申訴|服务请求|服務請求|办结|辦結|帖子|通知)(?:单|單|件)?(?:编号|編號|号|號)', '督[办辦]', '12345[^，,。]{0,6}(?:编号|編號)',
    // A case's, a report's or a mediation's number, as the older sets leave them (the rules read those a writer's own).
    '案件(?:编号|編號)', '(?<![备備])案[号號]', '警情(?:编号|編號)', '[调調]解[书書](?:编号|編號)',
    // A firm's, a shop's licence, a product's certificate or test.
    '信用代[码碼]', '营业执照(?:号码?|編號|编号)?', '營業執照(?:號碼?|編號)?', '注册号', '註冊號',
    '(?:经营|經營|卫生|衛生|排污)许可证?(?:编号|号|號|編號)?', '(?:經營|衛生|排污)許可證?(?:編號|號)?', '合格[证證](?:编号|編號|号码|號碼|号|號)?', '型式批准[证證][书書](?:编号|編號)',
    '(?:检测|检验|檢測|檢驗)报告(?:编号|号)?', '(?:檢測|檢驗)報告(?:編號|號)?', '追溯[码碼]',
    // A chat group's; a parcel station's pick-up code (short-lived, as knownNotPersonalCode leaves it).
    '群[号號]?', '取件[码碼]',
    // Lines and what offices publish.
    '电话', '電話', '热线', '熱線', '客服', '值班', '传真', '傳真', '座机', '座機', '拨打', '撥打', '致电', '致電',
    '公告(?:编号|編號)', '招标(?:编号|編號)', '招標(?:编号|編號)', '项目(?:编号|編號|代码|代碼)', '項目(?:编号|編號|代碼)', '文号', '文號',
    '报告(?:编号|編號)', '報告(?:编号|編號)',
    // Land, buildings and public services' codes.
    '宗地[号號]', '不[动動]产单元[号號]', '不動產單元號', '楼栋编码', '樓棟編碼', '(?:事项|事項|实施|實施|办事指南|辦事指南)(?:编码|編碼)', '场所[码碼](?:编号|編號)?', '場所碼(?:編號)?', '二[维維][码碼][^，,。]{0,6}',
    // Samples a form gives.
    '示例', '样例', '樣例', '例如', '比如', '张三', '張三', '李四',
    // Things and products.
    '批号', '批號', '批文号?', '准字', '準字', '健字', '健注', '械注准?', '械备', '械備', '批准文[号號]', '标准', '標準', '型号', '型號',
    '规格', '規格', '尺寸', '分辨率', '专利(?:申请)?号', '專利(?:申請)?號', '条形?码', '條形?碼', '序列号', '序列號', '机身号', '機身號', '版本(?:号|號)?',
    '书号', '書號', 'ISBN', 'ISSN', 'CN', '刊[号號]', 'ICP备', 'ICP備', '登记号', '登記號', '著作权', '著作權',
    'IMO', 'MMSI', '呼号', '呼號', '航班[号號]?', '车次', '車次', '(?:列车|列車|车辆|車輛|线路|線路)(?:编号|編號)', '车组', '車組',
    'GB(?:/[TZ])?', 'JGJ(?:/T)?', 'CJJ(?:/T)?', 'JTG', 'HJ', 'DB\\d{2}(?:/T)?', '[A-Z]{1,4}/[TZ]', 'T/[A-Z]{2,6}',
    // Invoices and customs declarations.
    '发票(?:号码|號碼|号|號)', '發票(?:號碼|号码|號|号)', '报关单号', '報關單號',
  ].join('|') + ')$',
);
/** (Stop 50) A party of a contract or a paper's holder right after a number (，乙方…, ，持证人…). */
const PARTY_AFTER_50 = /^[，,、\s]{0,2}(?:乙方|持证人|持證人|持卡人|签约人|簽約人|受雇人|受僱人)/;
/** A firm's or a building's cues that a person's own case makes theirs (我的维修单号…, 我的租赁合同登记备案号…). */
const FIRM_CUE = /(?:[维維]修|[报報]修)(?:单|單)(?:号|號)$|(?:备案|備案)(?:编号|編號|号|號)$/;

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
  // The last run read and whether it was left visible by its cue: a list's next items are what the cue says too
  // (之前的三个工单：…，…，…; 电话：28908134，28908135).
  let lastEnd = -1;
  let lastPublic = false;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const listed = lastEnd >= 0 && LIST_JOIN.test(text.slice(lastEnd, start));
    if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) {
      if (!listed) lastEnd = -1;
      continue;
    }
    const run = toHalfWidth(m[0]);
    let d = 0;
    for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) d++;
    if (d < MIN_DIGITS) continue;
    // Covered whole already (the rules' own or a model's).
    while (k < spans.length && spans[k].end <= start) k++;
    const covered = k < spans.length && spans[k].start <= start && spans[k].end >= end;
    // (A listed item has no cue of its own: only separators stand between it and the item before.)
    const whose: Whose | typeof COVERED = covered ? COVERED : listed && lastPublic ? BY_CUE : personalIdentifier(text, start, end, run);
    lastPublic = whose === BY_CUE || (whose === NO_ONES && PHONE_SHAPE.test(run));
    lastEnd = end;
    if (whose === PERSONAL) (added ??= []).push({ kind: 'member_number', start, end });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** What personalIdentifier says of a run: a person's; no one's by the cue before it (what a list's next items inherit); no
 * one's otherwise. COVERED: a span had it already. */
const PERSONAL = 1;
const BY_CUE = 2;
const NO_ONES = 0;
const COVERED = 3;
type Whose = typeof PERSONAL | typeof BY_CUE | typeof NO_ONES;

function personalIdentifier(text: string, start: number, end: number, run: string): Whose {
  if (DATE.test(run) || RANGE.test(run) || STANDARD.test(run) || TIMESTAMP.test(run) || PHONE_SHAPE.test(run) || CURRENCY.test(run) || THING_SHAPE.test(run) || FILLER.test(run.replace(/[^0-9]/g, ''))) return NO_ONES;
  // A plate after its province (黑05-12345, 湘G88888): the plate rules decide; after a plus, a phone's country code.
  const prev = text[start - 1] ?? '';
  if (PLATE_PROVINCE.has(text.charCodeAt(start - 1)) || prev === '+' || prev === '＋') return NO_ONES;
  if (failsItsCheck(run, text)) return NO_ONES;
  for (const o of officeLines) if (start < o.end && o.start < end) return NO_ONES;
  const before = toHalfWidth(text.slice(Math.max(0, start - 12), start)).replace(SEPARATORS_BEFORE, '');
  // A web address's or an e-mail's part (…gov.cn/2025/1234567, 12345678@qq.com: the e-mail rules read those); not No.0036651.
  if (((prev === '.' && !/No$/i.test(before)) || prev === '@' || prev === '/' || prev === '=' || prev === '?' || text[end] === '@' || (text[end] === '.' && /^\.[A-Za-z]/.test(text.slice(end, end + 2))))) return NO_ONES;
  if (/(?:https?:|www\.)[^\s，。]*$/i.test(text.slice(Math.max(0, start - 60), start))) return NO_ONES;
  // An amount or a count: its unit after it (past its decimals: 77648082.90元), or its sign or a count's word before.
  const after = text.slice(end, end + 8).replace(/^[.．]\d+/, '');
  if (AMOUNT_AFTER.test(after) || AMOUNT_BEFORE.test(before) || PUBLIC_AFTER.test(text.slice(end, end + 6))) return NO_ONES;
  // A parenthesised area code before a local number ((0755)85780899).
  if (/[(（]0\d{1,3}[)）]$/.test(text.slice(Math.max(0, start - 6), start))) return NO_ONES;
  const clause = before.slice(before.search(/[^，,。；;！!？?\n]*$/));
  const person = PERSON_IN_CLAUSE.test(clause);
  if (PUBLIC_CUE.test(before) || (FIRM_CUE.test(before) && !person)) return BY_CUE;
  // A document's number (第05-12345号文件), not a certificate's (房地字第4000913425号), nor a lottery's draw (第114000090期).
  if (before.endsWith('第') && (/^[期]/.test(text[end] ?? '') || (/^[号號]/.test(text[end] ?? '') && (OFFICIAL_DOCUMENT.test(clause) || !/[证證]/.test(clause))))) return NO_ONES;
  if (MODEL_CONTRACT.test(run)) return NO_ONES;
  // The writers' decoys: an ID number's shape whose check character fails (after 预约号 or 快递单号 too: the sets' writers
  // leave those visible), a card's digits after a card's cue that fail Luhn.
  if (ID_SHAPE.test(run) && !validIdNumber(run.toUpperCase())) return NO_ONES;
  if (CARD_SHAPE.test(run) && CARD_CUE.test(before) && !luhn(run)) return NO_ONES;
  // Whose by the clause: a person's cue right before the number, or a person in its clause, keeps it theirs.
  if (PERSONAL_CUE.test(before)) return PERSONAL;
  // (Stop 50) A party named right after it (合同YZ2025-9955，乙方冉海英; 证号…，持证人…): the paper is that person's, whatever firm
  // the clause before names (洋舟船员管理公司合同…).
  if (PARTY_AFTER_50.test(text.slice(end, end + 8))) return PERSONAL;
  if (PUBLIC_THING.test(clause)) return NO_ONES;
  if (!person && (PUBLISHED_BEFORE.test(clause) || FIRM_BEFORE.test(clause))) return NO_ONES;
  const sentence = before.slice(before.search(/[^。！!？?\n]*$/));
  return NOTICE_IN_SENTENCE.test(sentence) && !PERSON_IN_CLAUSE.test(sentence) ? NO_ONES : PERSONAL;
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
