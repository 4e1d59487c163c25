import type { PiiKind, PiiSpan } from './spans.js';
import { idShaped, luhn, validIdNumber } from './checksums.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, notedTriggers, textTables } from './text.js';
import { digit, surnameLength } from './name-words.js';

const { listedAt, listedCount } = textTables;
const { DIGIT_BIT } = anchoredScansTables;

// Phone, ID and bank-card numbers: one linear scan over digit groups.

const isX = (c: number) => c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58; // X x Ｘ ｘ
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Separators people put inside a number: space, NBSP, ideographic space, dashes, dots (138.0731.5520), a closing parenthesis after an area code. */
// (Round 20: U+2212 minus and U+2010/2011 hyphens too, what an input method or a word processor puts: １３６−７２２０−５１９８.)
const isDash = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011;
function isNumberSeparator(c: number): boolean {
  // (A slash too: "177/4521/3309"; (Stop 32) a middle dot: "360734·19650311·2428", "0797·4863 027".)
  return c === 0xb7 || c === 0x2f || c === 0xff0f || c === 0x2e || c === 0xff0e || c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x29 || c === 0xff09;
}

/** Between an introduction and its number: punctuation, spaces, or 是/为/号码 — not other words ("电话会议于…"). */
// (Round 16: also Cantonese 係, "電話係 6893-2210".)
const GAP = '(?:[是为為号號码碼係]|[^0-9０-９\\n\\u3400-\\u9fff]){0,6}$';
const PHONE_INTRO = new RegExp(`(?:WhatsApp|Whatsapp|whatsapp|手提|联络|聯絡|电话|電話|座机|座機|固话|固話|手机|手機|联系方式|聯繫方式|聯系方式|联系|聯繫|聯系|致电|致電|拨打|撥打|tel|Tel|TEL|phone|Phone|号码|號碼)${GAP}`);
const ID_INTRO = /(?:身份证|身份證|证件|證件|公民身份|身份号|身份號)[^0-9０-９\n]{0,8}$/;
/** (Stop 31) An ID card named earlier in the sentence, the number after a clause on it (奶奶的身份证是我抄的，最后一位可能抄错了：2224…):
 * an ID number's shape with a date of birth is the person's number, its check digit miscopied. */
/** A receipt's or an application's own number right before it (办身份证的受理编号是…): no one's ID, whatever its shape. */
const OTHER_NUMBER_BEFORE = /(?:编号|編號|回执号|回執號|受理号|受理號|预约号|預約號|单号|單號|流水号|流水號)(?:码|碼)?(?:是|为|為)?[:：]?\s?$/;
const ID_IN_SENTENCE = /(?:身份证|身份證)[^0-9０-９。！？!?\n]{0,40}$/;
const CARD_INTRO = /(?:卡号|卡號|银行卡|銀行卡|账号|賬號|帳號|账户|賬戶|帳戶|储蓄卡|儲蓄卡|信用卡|工资卡|工資卡|存折|存摺|借记卡|借記卡|折子)[^0-9０-９\n]{0,8}$/;
const QQ_INTRO = new RegExp(`(?:QQ|qq|Qq|ＱＱ|ｑｑ|扣扣|企鹅号|企鵝號)${GAP}`);
const WECHAT_INTRO_DIGITS = new RegExp(`(?:微信|威信|薇信|V信|v信|vx|VX|Vx|wx|WX|wechat|WeChat|weixin|Weixin|WeiXin)${GAP}`);
// (Round 22: not 户名 or 户主 after it, "支付宝是 138 2094 7716 户名 林少波": the account's holder, not households.)
// (Stop 43: a space, not a line break: a roster's mobile at a line's end before 次女 or 人事 is no count.)
const AMOUNT_AFTER = /^[ \t\u3000]?(?:元|万|萬|亿|億|块|塊|%|％|人|[户戶](?![名主])|条|條|次|个|個|件|平|米|吨|噸|亩|畝)/;

/** A mobile's own introduction (手机, 手机号, 电话), for a number one digit off. */
const MOBILE_INTRO = new RegExp(`(?:手机|手機|手机号|手機號|电话|電話|联系电话|聯繫電話|联系方式|聯繫方式)${GAP}`);
type NumberKind = PiiKind | 'service' | null;
/** An extension after a phone number: 转203, " 轉 8". */
const EXTENSION = /^\s?[转轉]\s?[0-9０-９]{1,6}(?![0-9０-９])/;
const REFERENCE_BEFORE = /(?:编号|編號|单号|單號|工单|工單|回执|回執|预约号|預約號|受理号|受理號|订单|訂單|流水号|流水號|运单|運單|快递|快遞|发货单|發貨單|合同号|合同號|案号|案號|文号|文號|批次|批号|批號|序号|序號|条码|條碼)[^0-9０-９\n，,。；;]{0,6}$/;
/** A landline introduced as an office's: a unit or a duty/hotline word shortly before the number. (Stop 47: an agency's too,
 * 社里电话0719…: no person's line. Not a shop's, 店里电话: older sets' shopkeepers give it as their home's too.) */
const OFFICE_LINE_BEFORE = /(?:(?:值班室|值班电话|值班電話|办公室|辦公室|门卫室|門衛室|传达室|傳達室|热线|熱線)[:：\s]*[(（]?$)|(?:单位|單位|值班|办公室|辦公室|办公|辦公|热线|熱線|服务|服務|咨询|諮詢|监督|監督|举报|舉報|投诉|投訴|受理|客服|总机|總機|传真|傳真|局|所|中心|委|政府|大队|大隊|办|辦|站|处|處|科|会|會|公司|医院|醫院|学校|學校|银行|銀行|窗口|大厅|大廳|门卫|門衛|传达室|傳達室|前台|总台|總台|酒店|宾馆|賓館|海事|股|侨联|僑聯|妇联|婦聯|残联|殘聯|工会|工會|团委|團委|文联|文聯|科协|科協|牌子上|牌上|人事部|财务部|財務部|卫生室|衛生室|卫生院|衛生院|合作社|监察|監察|法院|法庭|仲裁|社里|社裡|旅行社|报社|報社)(?:[^，,。；;！!？?\n0-9０-９]{0,3})(?:电话|電話|座机|座機|号码|號碼|热线|熱線|专线|專線)[^0-9０-９\n，,。]{0,4}[(（]?$|(?<!(?:我|俺|家|住|妈|媽|爸|爹|娘)[^，,。；;！!？?\n]{0,12})(?:镇上|鎮上|乡上|鄉上)(?:电话|電話)[^0-9０-９\n，,。]{0,4}[(（]?$|(?:门诊|門診|托班|托育)(?:部|室)?的?(?:电话|電話)(?:是|为|為)?[:：\s]*[(（]?$/;
// (Review, stop 34: 镇上 and 乡上 say only "in town"; the town's line is 镇上电话 itself, never one after 我, 家 or 住 in the clause: 我镇上家里电话… is a home's.)
/** (Stop 29) A number read off a notice, a sign or a website in the same sentence (公示牌上写着镇长的名字和电话…): an office's. */
// (Review: only a sign's or a notice's, with no person of the writer's between: 我家墙上…我电话 is the writer's.)
const POSTED_LINE_BEFORE = /(?:公示牌|公示栏|公示欄|告示牌|宣传栏|宣傳欄|牌子上|网站上|網站上|官网|官網)(?:(?!本人|我|俺|自己|[家户戶]的)[^。！？!?\n0-9０-９]){0,16}$/;

/** "县民政局的电话是多少？我打0748-…": an office's number asked for or dialled in the same sentence (not the writer's own: no 我的/本人/联系 between). */
// (Round 20) "县医保局：0722-4326018", "防汛辦0722-6223110": a landline right after a unit's name is the unit's; and one an
// office's hours follow ("电话0722-5102345，工作日上午8:30到12:00办公").
// (Round 27: also a company's service line, 客服0898-…, a filing line, 报备电话, and a federation's, 妇联电话.)
const OFFICE_RIGHT_BEFORE = /(?:局|中心|委|政府|大队|大隊|办|辦|站|处|處|股|窗口|大厅|大廳|管委会|管委會|客服|报备电话|報備電話|联电话|聯電話)[:：]?\s?$/;
const OFFICE_HOURS_AFTER = /^[，,]?\s?[(（]?(?:工作日|办公时间|辦公時間|上班时间|上班時間|周一至周五|週一至週五)/;
const OFFICE_LINE_ASKED = /(?:局|所|中心|政府|委|站|医院|醫院|银行|銀行|公司|大队|大隊|办公室|辦公室)的?(?:电话|電話)(?:是多少|多少|号码是多少|號碼是多少)[？?，,\s]*(?:我|俺)?(?:打|拨|撥|拨打|撥打|打了|拨了|撥了)[^0-9０-９\n。]{0,3}$/;
/** What a run of digits is, given its context; 'service' = a 400/800 number, consumed but not masked. */
/** Whether an introduction (re) ends right before `from`. */
/** A card's own number just before (ETC卡号, 卡號：): not an account's. */
const CARD_NUMBER_WORD = /(?:卡号|卡號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}$/;
export function introBefore(text: string, from: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, from - 14), from));
}

/** "聯絡：鄺太，9036 7718", "电话：王先生 8765 4321": the introduction, then who answers, then the number. */
const ADDRESSEE_BEFORE = /[\u3400-\u9fff]{1,2}(?:先生|女士|小姐|太)[，,、\s:：]*$/;
/** "聯絡：甯美玲 9134 5528": the introduction, then a full name (a surname first), then the number. */
const NAME_ADDRESSEE_BEFORE = /[\u3400-\u9fff]{2,4}[，,、\s:：]+$/;
function phoneIntroBeforeAddressee(text: string, from: number): boolean {
  const m = ADDRESSEE_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
  if (m !== null && introBefore(text, from - m[0].length, PHONE_INTRO)) return true;
  const n = NAME_ADDRESSEE_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
  if (n === null) return false;
  const at = from - n[0].length;
  if (!surnameLength(text, at) || !/[:：\s]$/.test(text.slice(Math.max(0, at - 1), at))) return false;
  return introBefore(text, at, PHONE_INTRO);
}

/** 身份证编号, 联系电话, 银行卡号: the number is introduced as personal data after all. */
function personalIntroBefore(text: string, from: number): boolean {
  return introBefore(text, from, ID_INTRO) || introBefore(text, from, CARD_INTRO) || introBefore(text, from, PHONE_INTRO) || introBefore(text, from, QQ_INTRO);
}

/** `atRunStart`: only a number starting its run can follow an introduction (the others follow digits). */
function numberKind(d: string, first: number, last: number, text: string, atRunStart: boolean): NumberKind {
  const start = gStart[first];
  const end = gEnd[last];
  const n = d.length;
  const hasX = d.endsWith('X');
  const groups = last - first + 1;
  /** All groups but the last have length 4 (a card written in fours). */
  let byFours = true;
  for (let g = first; g < last; g++) if (gLen[g] !== 4) byFours = false;
  // (Stop 29) After a plus sign a phone may come in up to six groups, +7 423 240-16-88 (not an amount: 余额+1 000 000).
  const plus = start > 0 && (text[start - 1] === '+' || text[start - 1] === '＋') && !PLUS_NOT_PHONE_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1));
  if (groups > (plus ? 6 : 5) || (groups === 5 && !byFours && !plus)) return null;
  if (hasX && n !== 18) return null;
  if (n === 18 && (validIdNumber(d) || (idShaped(d) && atRunStart && (introBefore(text, start, ID_INTRO) || (ID_IN_SENTENCE.test(text.slice(Math.max(0, start - 48), start)) && !OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start))))))) return 'id_number';
  if (hasX) return null;
  if (n === 15 && /^00861[3-9]/.test(d)) return 'mobile';
  if (n === 15 && idShaped(d) && (groups === 1 || atRunStart && introBefore(text, start, ID_INTRO))) return 'id_number';
  // Cards are grouped by fours (or written in one piece); Luhn alone passes one number in ten.
  const cardShaped = groups === 1 || byFours || (groups === 2 && gLen[first] === 6);
  if (n >= 16 && n <= 19 && ((cardShaped && luhn(d)) || atRunStart && introBefore(text, start, CARD_INTRO))) return 'bank_card';
  if (n >= 12 && n <= 19 && atRunStart && introBefore(text, start, CARD_INTRO)) return 'bank_card';
  // (Stop 32) A card of twenty digits (an ETC card, 1201 2218 0004 4173 8265) where the writer says it is a card.
  // (After a card's word only: an office's or a collective's account, 县财政局账户…, has twenty digits too.)
  if (n === 20 && cardShaped && atRunStart && introBefore(text, start, CARD_NUMBER_WORD)) return 'bank_card';
  if (n === 13 && /^861[3-9]/.test(d)) return 'mobile';
  // Hong Kong / Macau (+852 9123 4567, +853 …) and Taiwan (+886 912 345 678) mobiles, after a plus or 00.
  if (atRunStart && (/[+＋(（]$/.test(text.slice(start - 1, start)) || /^00/.test(d))) {
    const e = d.replace(/^00/, '');
    if (/^85[23][5-9]\d{7}$/.test(e) || /^8869\d{8}$/.test(e)) return 'mobile';
    // (Round 13) Australia (+61 412 558 903), Singapore (+65 9123 4567), the UK (+44 7911 123456).
    if (/^614\d{8}$/.test(e) || /^65[89]\d{7}$/.test(e) || /^447\d{9}$/.test(e)) return 'mobile';
    // (Round 14) Malaysia (+60 12-738 4411), Indonesia (+62 812 …), the Philippines (+63 917 …), Vietnam (+84 9…),
    // Thailand (+66 8…) mobiles; a Singapore (+65 6…), Hong Kong (+852 2…/3…), Macau (+853 28…) or Indonesian city
    // (+62 31 …) landline: the plus and the country code show a phone, a home line as much as a mobile.
    if (/^601\d{8,9}$/.test(e) || /^628\d{8,11}$/.test(e) || /^639\d{9}$/.test(e) || /^84[35789]\d{8}$/.test(e) || /^66[689]\d{8}$/.test(e)) return 'mobile';
    if (/^656\d{7}$/.test(e) || /^852[23]\d{7}$/.test(e) || /^8532\d{7}$/.test(e) || /^62[2-7]\d{8,9}$/.test(e)) return 'landline';
    // (Round 15) Japan (+81 90-3318-…, 70/80/90 and eight digits) and Korea (+82 10 …) mobiles; a Taiwan city line
    // (+886 4 2251 …, an area digit 2–8 and seven or eight digits).
    if (/^81[789]0\d{8}$/.test(e) || /^8210\d{7,8}$/.test(e)) return 'mobile';
    if (/^886[2-8]\d{7,8}$/.test(e)) return 'landline';
    // (Stop 32) A mainland home line after +86, with or without the area code's 0 (+86 22 2591 7734, +86 0797 4853 115).
    if (/[+＋]$/.test(text.slice(start - 1, start)) && /^86(?:0?(?:10|2\d)[2-9]\d{7}|0?[3-9]\d{2}[2-9]\d{6,7})$/.test(e)) return 'landline';
    // (Stop 28) Any other country's (+971 50 276 4418, +27 82 …): after a plus sign, ten to fifteen digits (E.164's
    // length with the country code) are a phone's; nothing else in an opinion is written so.
    if (/[+＋]$/.test(text.slice(start - 1, start)) && e.length >= 10 && e.length <= 15 && !/^86/.test(e) && !/^[.．,，][0-9０-９]/.test(text.slice(end, end + 2)) && !PLUS_NOT_PHONE_BEFORE.test(text.slice(Math.max(0, start - 5), start - 1))) return 'mobile';
  }
  // (Round 14) A Taiwan mobile written 09xx-xxx-xxx or 09xx xxx xxx (four, three and three digits): no mainland number
  // has that shape.
  if (n === 10 && groups === 3 && d[0] === '0' && d[1] === '9' && gLen[first] === 4 && gLen[first + 1] === 3 && atRunStart) return 'mobile';
  // "電話 852-6187 3920": the country code without a plus, where the writer says it is a phone.
  if (n === 11 && /^85[23][5-9]/.test(d) && atRunStart && introBefore(text, start, PHONE_INTRO)) return 'mobile';
  // (Round 22) "我叫馮家樂，852 9718 3364": Hong Kong's or Macau's code, then the number in fours, with no plus: no mainland
  // number starts 85, and the grouping is a phone's.
  if (n === 11 && /^85[23][5-9]/.test(d) && groups === 3 && gLen[first] === 3 && gLen[first + 1] === 4) return 'mobile';
  if (n === 11 && /^1[3-9]/.test(d)) return AMOUNT_AFTER.test(text.slice(end, end + 3)) ? null : 'mobile';
  // (Round 10) "手機 13807 362 5590": a mobile with a digit too many or too few, where the writer says it is their phone,
  // is still their number (ten of its digits are right); unintroduced, such a run is no mobile.
  if ((n === 10 || n === 12) && /^1[3-9]/.test(d) && atRunStart && introBefore(text, start, MOBILE_INTRO) && !AMOUNT_AFTER.test(text.slice(end, end + 3))) return 'mobile';
  if (n === 10 && /^[48]00/.test(d)) return 'service';
  if (n >= 10 && n <= 12 && /^0[1-9]/.test(d)) {
    // Area code 010 / 02x + 8 digits, or 0xxx + 7–8 digits.
    if (/^(?:010|02\d)\d{8}$/.test(d) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(d) || /^0[1-9]\d{1,2}[2-9]\d{6,7}$/.test(d)) return 'landline';
  }
  if (n >= 5 && n <= 12 && d[0] !== '0' && atRunStart && introBefore(text, start, QQ_INTRO)) return 'qq';
  if (n >= 5 && n <= 12 && atRunStart && introBefore(text, start, WECHAT_INTRO_DIGITS)) return 'wechat';
  if ((n === 7 || n === 8) && /^[2-9]/.test(d) && atRunStart && (introBefore(text, start, PHONE_INTRO) || phoneIntroBeforeAddressee(text, start))) return 'landline';
  return null;
}

/** Before a plus sign, what makes the number no phone: an amount, a rate, a book's number (余额+1 000 000 000.00). */
const PLUS_NOT_PHONE_BEFORE = /(?:余额|餘額|金额|金額|收入|汇率|匯率|涨|漲|增长|增長|ISBN|isbn)$/;

// Scratch buffers for one run's groups (a run longer than MAX_GROUPS is cut into several).
const MAX_GROUPS = 4096;
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
/** Digits in the group (an ID's final X counts as one). */
const gLen = new Int32Array(MAX_GROUPS);
const gHasX = new Uint8Array(MAX_GROUPS);

/** The ASCII digits (and final X) of groups first..last. */
function digitsOf(text: string, first: number, last: number): string {
  let d = '';
  for (let g = first; g <= last; g++) {
    for (let k = gStart[g]; k < gEnd[g]; k++) {
      const v = digit(text.charCodeAt(k));
      d += v >= 0 ? String.fromCharCode(0x30 + v) : 'X';
    }
  }
  return d;
}

/** Whether the last scanNumbers saw a Latin letter outside its numbers (A–Z but I and O, a–z, Ａ–Ｚ: what a plate's letter may be), read on the way. */
export let sawLetter = false;
/**
 * Characters the later scans start from (我, 叫, 某, 、, 住 …), noted by scanNumbers on its way over
 * the text (its digit runs hold none of them): a scan whose character is absent is skipped, instead
 * of an indexOf over the whole text for each.
 */
const TRIGGER = new Uint32Array(65536);
const T_WO = 1; // 我 俺
const T_GRADE = 2; // 级 級 班
const T_AH = 4; // 阿
const T_GU = 8; // 古
const T_ZU = 16; // 组 組
const T_ZHU = 32; // 住
const T_LAO = 64; // 老
const T_DUN = 128; // 、
const T_MOU = 256; // 某
const T_JIAO = 512; // 叫
const T_PAREN = 1024; // （ (
const T_SEX = 2048; // 男 女
const T_PRONOUN = 4096; // 她 他
const T_CHENG = 8192; // 成
const T_JING = 16384; // 敬
const T_DAN = 32768; // 单 單
const T_XING = 65536; // 姓 氏
const T_TITLE = 131072; // 士 姐 先 (女士, 小姐, 先生)
const T_ORD = 262144; // 第 那 (第三家, 那户)
// (Round 13.)
const T_HAO = 1 << 19; // 号 號 骑 騎 (学号, 工号, 外号, 骑手ID)
const T_SHI = 1 << 20; // 是
const T_MING = 1 << 21; // 名 称 稱 (网名, 昵称, 个名係)
const T_KIN = 1 << 22; // 媽 妈 母 父 親 亲 婆 奶 嫲 太 (阿媽, 家母 before a name)
// (Round 14.)
const T_ZHENG = 1 << 23; // 证 證 胞 (回乡证, 台胞证, 身份證, 导游证)
const T_FANG = 1 << 24; // 房 (a long-stay hotel room, 1608房)
// (Not scans' cues: Latin letters a plate may have (A–Z, a–z, Ａ–Ｚ, but I and O), apart from those a number may end
// with (X, x, Ｘ: an ID number's check digit), noted with the text's characters for scanNumbers.)
const T_LETTER = 1 << 25;
const T_LETTER_X = 1 << 26;
for (let c = 0; c < 65536; c++) {
  if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && (c | 0x20) !== 0x69 && (c | 0x20) !== 0x6f : c >= 0xff21 && c <= 0xff3a) TRIGGER[c] |= isX(c) ? T_LETTER_X : T_LETTER;
}
for (const [chars, bit] of [['我俺', T_WO], ['级級班', T_GRADE], ['阿', T_AH], ['古', T_GU], ['组組', T_ZU], ['住', T_ZHU], ['老', T_LAO], ['、', T_DUN], ['某', T_MOU], ['叫', T_JIAO], ['（(', T_PAREN], ['男女', T_SEX], ['她他', T_PRONOUN], ['成', T_CHENG], ['敬', T_JING], ['单單', T_DAN], ['姓氏', T_XING], ['士姐先', T_TITLE], ['第那', T_ORD], ['号號骑騎', T_HAO], ['是', T_SHI], ['名称稱', T_MING], ['媽妈母父親亲婆奶嫲太', T_KIN], ['证證胞', T_ZHENG], ['房', T_FANG]] as const) for (const ch of chars) TRIGGER[ch.charCodeAt(0)] |= bit;
/** The TRIGGER bits of the characters the last scanNumbers saw. */
export let sawTriggers = 0;
export function scanNumbers(text: string, out: PiiSpan[]) {
  const len = text.length;
  let i = 0;
  let triggers = 0;
  sawLetter = false;
  // The text being read: noteCharacters noted its TRIGGER bits and listed its digits (DIGIT_BIT), and the scan goes from
  // one run's first digit to the next. (The cues and the letters are never a number's characters but for an X after
  // one, an ID number's: where X, x or Ｘ is the text's one letter, each character is read on the way, as elsewhere.)
  const listed = text === candText && (notedTriggers & (T_LETTER | T_LETTER_X)) !== T_LETTER_X;
  if (listed) {
    triggers = notedTriggers;
    sawLetter = (notedTriggers & T_LETTER) !== 0;
  }
  const positions = listedAt(DIGIT_BIT);
  const count = listedCount(DIGIT_BIT);
  let cursor = 0;
  while (i < len) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    }
    const c = text.charCodeAt(i);
    if (digit(c) < 0) {
      triggers |= TRIGGER[c];
      // (A plate's letter: A–Z, a–z and full-width Ａ–Ｚ, but I and O.)
      if (!sawLetter && (c < 0x80 ? ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a && (c | 0x20) !== 0x69 && (c | 0x20) !== 0x6f) : c >= 0xff21 && c <= 0xff3a)) sawLetter = true;
      i++;
      continue;
    }
    // A run: digit groups separated by one separator each.
    let groups = 0;
    let total = 0;
    let j = i;
    for (;;) {
      const start = j;
      while (j < len && j - start < 40 && digit(text.charCodeAt(j)) >= 0) j++;
      let x = 0;
      if (j < len && isX(text.charCodeAt(j)) && !(j + 1 < len && isAsciiAlnum(text.charCodeAt(j + 1)))) {
        x = 1;
        j++;
      }
      gStart[groups] = start;
      gEnd[groups] = j;
      gLen[groups] = j - start;
      gHasX[groups] = x;
      groups++;
      total += j - start;
      if (x || j >= len || groups >= MAX_GROUPS || !isNumberSeparator(text.charCodeAt(j))) break;
      // A separator, then more digits (a space after a dash is fine: "138 - 0013").
      let k = j + 1;
      if (k < len && text.charCodeAt(k) === 0x20 && text.charCodeAt(j) !== 0x20) k++;
      // "0739 - 5512837": a dash with a space either side.
      else if (text.charCodeAt(j) === 0x20 && k + 1 < len && isDash(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 0x20) k += 2;
      if (k >= len || digit(text.charCodeAt(k)) < 0) break;
      j = k;
    }
    const runEnd = gEnd[groups - 1];
    i = runEnd;
    if (total < 5) continue; // "2014", "30": nothing personal is that short
    // Letters glued to the run (a product code, a WeChat ID): not a number on its own.
    let glued =
      (gStart[0] > 0 && isAsciiAlnum(text.charCodeAt(gStart[0] - 1)) && !/(?:QQ|qq|Qq|vx|VX|Vx|wx|WX|tel|Tel|TEL|No|NO|no)$/.test(text.slice(Math.max(0, gStart[0] - 3), gStart[0]))) ||
      (runEnd < len && /[A-Za-z]/.test(text[runEnd]));
    // (Round 22) "罗桂生 YF0317 13580264791": a code's digits (a worker's number), a space, then a number of its own. The
    // code's group is the code's; the groups after the space are read as a run of their own.
    let from = 0;
    if (glued && groups > 1 && text.charCodeAt(gEnd[0]) === 0x20 && !(runEnd < len && /[A-Za-z]/.test(text[runEnd]))) {
      glued = false;
      from = 1;
    }
    if (glued) {
      // "学籍号G430521201506112043": a pupil's registration number is a letter and the ID number.
      if (total === 18 && groups === 1 && gStart[0] > 0 && /[A-Za-z]/.test(text[gStart[0] - 1]) && !(gStart[0] > 1 && isAsciiAlnum(text.charCodeAt(gStart[0] - 2))) && !(runEnd < len && /[A-Za-z]/.test(text[runEnd]))) {
        const d = digitsOf(text, 0, 0);
        if (validIdNumber(d)) out.push({ kind: 'id_number', start: gStart[0] - 1, end: runEnd });
      }
      continue;
    }
    // A number the writer labels as a case, order or file number (工单号, 受理编号, 快递单号) is none of
    // ours, even when it happens to pass a check digit.
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, gStart[0] - 10), gStart[0])) && !personalIntroBefore(text, gStart[0])) continue;
    // Longest classifiable join of (at most five) consecutive groups, left to right.
    for (let g = from; g < groups; ) {
      let last = g;
      let n = gLen[g];
      while (last + 1 < groups && last + 1 - g < 5 && !gHasX[last] && n + gLen[last + 1] <= 21) n += gLen[++last];
      let matched = false;
      for (let h = last; h >= g; h--) {
        if (n >= 5 && n <= 20) {
          const kind = numberKind(digitsOf(text, g, h), g, h, text, g === 0 && from === 0);
          if (kind) {
            // An office's duty line or hotline (防汛值班电话0745-…, 镇政府办公室电话…) identifies no person.
            // (Read before a plus and its bracket too: 县信访局（+86 0797 8221234）is the office's.)
            let lead = gStart[g];
            if (lead > 0 && (text.charCodeAt(lead - 1) === 0x2b || text.charCodeAt(lead - 1) === 0xff0b)) {
              lead--;
              if (lead > 0 && (text.charCodeAt(lead - 1) === 0x28 || text.charCodeAt(lead - 1) === 0xff08)) lead--;
            }
            if (kind !== 'service' && !(kind === 'landline' && (OFFICE_LINE_BEFORE.test(text.slice(Math.max(0, lead - 16), lead)) || POSTED_LINE_BEFORE.test(text.slice(Math.max(0, lead - 24), lead)) || OFFICE_LINE_ASKED.test(text.slice(Math.max(0, lead - 24), lead)) || OFFICE_RIGHT_BEFORE.test(text.slice(Math.max(0, lead - 4), lead)) || OFFICE_HOURS_AFTER.test(text.slice(gEnd[h], gEnd[h] + 8))))) {
              let start = gStart[g];
              // "+86 138…", "（0512）6512…": the prefix belongs to the number.
              const before = text.charCodeAt(start - 1);
              if (before === 0x2b || before === 0xff0b) start--;
              if ((before === 0x28 || before === 0xff08) && /[)）]/.test(text.slice(gEnd[g], gEnd[h]))) start--;
              // "(+86)150…", "（+86）138…": the parenthesis opened before the plus.
              else if (start < gStart[g] && /[(（]/.test(text[start - 1] ?? '') && /[)）]/.test(text.slice(gEnd[g], gEnd[h]))) start--;
              // "0734-8812276转203": an extension belongs to the number.
              let end = gEnd[h];
              const x0 = text.charCodeAt(end);
              const x1 = text.charCodeAt(end + 1);
              if ((kind === 'landline' || kind === 'mobile') && (x0 === 0x8f6c || x0 === 0x8f49 || x1 === 0x8f6c || x1 === 0x8f49)) {
                const ext = EXTENSION.exec(text.slice(end, end + 10));
                if (ext) end += ext[0].length;
              }
              out.push({ kind, start, end });
            }
            g = h + 1;
            matched = true;
            break;
          }
        }
        n -= gLen[h];
      }
      if (!matched) g++;
    }
  }
  sawTriggers = triggers & ~(T_LETTER | T_LETTER_X);
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const numbersTables = { isX, isAsciiAlnum, PHONE_INTRO, ID_INTRO, QQ_INTRO, OFFICE_LINE_BEFORE, OFFICE_RIGHT_BEFORE, TRIGGER, T_WO, T_GRADE, T_AH, T_GU, T_ZU, T_ZHU, T_LAO, T_DUN, T_MOU, T_JIAO, T_PAREN, T_SEX, T_PRONOUN, T_CHENG, T_JING, T_DAN, T_XING, T_TITLE, T_ORD, T_HAO, T_SHI, T_MING, T_KIN, T_ZHENG, T_FANG };
