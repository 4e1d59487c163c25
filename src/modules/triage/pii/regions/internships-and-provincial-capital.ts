import { foldToSimplified } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameEnd, nameWordsTables, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { sawLetter } from '../numbers.js';
import { halfWidthOf, ordinaryWord37 } from './delivery-hub-and-island-port.js';
import { lendingCollapseAndLegalOrgansTables, partyNameEnd37b } from './lending-collapse-and-legal-organs.js';
import { nameEndsHere38, taggedPersonWord38 } from './research-university.js';
import { notName38b } from './clan-villages-and-state-farm.js';

const { KIN_FORM_37B } = lendingCollapseAndLegalOrgansTables;
const { PLACE_SUFFIX, isHan } = nameWordsTables;

// ── Stop 39b: read off pii54 (vocational schools' internships in another province) and pii55 (a provincial capital's
// taxis, ride-hailing and driving schools) ──

/** Roles of private persons before a full name (教练魏国平, 司机危家豪, 班主任舒建波, 辅导员全振宇, HR秦晓丽, 驾校前台薛佳慧,
 * 实习生符晗翊, 群主章慧): a coach, a driver, a passenger, a school's teacher or a firm's clerk is no public official. */
const ROLE_CUES_39B = ['教练', '教練', '司机', '司機', '班主任', '辅导员', '輔導員', '前台', '财务', '財務', 'HR', '人事', '群主', '实习生', '實習生', '学生', '學生', '学员', '學員', '乘客', '车主', '車主', '孩子'];
/** What after such a cue opens a word, no name (司机师傅, 学生家长, 教练车, 乘客信息, 人事部, 财务室, 群主是). */
const ROLE_NOT_AFTER_39B = /^(?:师傅|師傅|家长|家長|车|車|信息|资料|資料|部|处|處|科|室|是|说|說|们|們|都|的|证|證|会|會|宿舍|公寓|手|姓|名|证|一|二|三|两|兩|自|本|也|还|還|就|被|在|和|与|與|跟|给|給|让|讓|把|对|對|要|不|没|沒|已|又|只|从|從)/;
/** Ride-hailing, taxi and driving-school cues: an order, a masked mobile or a plate in such a text is one trip's or one
 * driver's. */
// (Review: not 行程, a business trip's or a meeting's schedule as often as a ride's.)
const RIDE_CUES_39B = ['乘客', '司机', '司機', '网约车', '網約車', '约车', '約車', '打车', '打車', '乘车', '乘車', '出租车', '出租車', '的哥', '车友', '車友'];
/** A ride's order number after 订单 (订单号CT2025…, 訂單：FD…, 订单CT…、FD…): letters and at least ten digits. */
const RIDE_ORDER_39B = /(?:订单|訂單)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}((?:[A-Z]{1,4}[0-9]{10,22}(?![0-9A-Za-z])[、，,和及\s]{0,2})+)/g;
const ORDER_CODE_39B = /[A-Z]{1,4}[0-9]{10,22}/g;
/** A meeting's, a trip's or an office's contact in the masked mobile's sentence (会议联系人138****6621, 出差行程): an
 * office's, no rider's. */
const MEETING_39B = /会议|會議|出差|报到|報到|会务|會務|联系人|聯系人|聯繫人|培训班|培訓班/;
/** The sentence around [a, b): back to the last sentence mark, on to the next. */
export function sentenceAround39b(text: string, a: number, b: number): string {
  while (a > 0 && !'。！？!?；;\n'.includes(text[a - 1])) a--;
  while (b < text.length && !'。！？!?；;\n'.includes(text[b])) b++;
  return text.slice(a, b);
}
/** A shop's or a delivery's order in the order's sentence (淘宝订单号TB…, 京东订单JD…): a purchase, no ride, even where a
 * driver is named elsewhere in the text (a review's finding). */
const SHOP_ORDER_39B = /淘宝|淘寶|京东|京東|天猫|天貓|拼多多|网购|網購|网店|網店|店铺|店鋪|商家|商品|快递|快遞|外卖|外賣|购物|購物|发货|發貨|退款/;
/** Papers of a driver, a learner or a trainee after their cue (学员编号LJSJ…, 从业资格证：4301…, 驾驶证档案编号…, 扣证单号JC…,
 * 扣车单号KC…, 车辆运输证号…): letters and digits tied to one person. */
const PAPER_CUES_39B = ['学员编号', '學員編號', '学员号', '學員號', '资格证', '資格證', '档案编号', '檔案編號', '运输证', '運輸證', '扣证单', '扣證單', '扣车单', '扣車單', '驾驶员证', '駕駛員證'];
const PAPER_39B = /(?:学员编号|學員編號|学员号|學員號|资格证|資格證|档案编号|檔案編號|运输证|運輸證|扣证单|扣證單|扣车单|扣車單|驾驶员证|駕駛員證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,6}[0-9]{8,18})(?![0-9A-Za-z])/g;
/** A ride-hailing driver's certificate written with its short prefix (网驾430197699978): the whole, prefix and digits. */
const WANGJIA_39B = /(?:网驾|網駕)[0-9]{6,16}(?![0-9])/g;
/** A mobile masked as the platforms show it (138****5678): seven digits still point to one rider or driver. Older sets
 * leave such numbers visible, so only in a ride's text. A sample's (…0000) stays. */
const MASKED_MOBILE_39B = /(?<![0-9*＊])1[3-9][0-9][*＊]{4}[0-9]{4}(?![0-9*＊])/g;
/** An internship agreement's number (协议编号LCSX-2025-7031) where a trainee, a student or their parent names it. */
const AGREEMENT_39B = /(?:协议编号|協議編號|协议号|協議號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,6}[-－]?(?:19|20)[0-9]{2}[-－]?[0-9]{3,6})(?![0-9A-Za-z])/g;
const AGREEMENT_PARTY_39B = /实习生|實習生|我叫|我是|儿子|兒子|女儿|女兒|孩子|学生|學生|丙方|乙方/;
/** A training car's plate (湘A0988学, 湘A2622學): one coach's car. */
const TRAINING_PLATE_39B = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・]?[0-9A-HJ-NP-Z]{4}[学學]/g;
/** A plate given with its driver's or rider's cue right before it (车牌湘A·JX066, 出租车湘A·T1615, 被投诉车辆：…, 霍师傅（…）). */
const PLATE_39B = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・]?[0-9A-HJ-NP-Z]{5,6}(?![0-9A-Za-z])/g;
const PLATE_CUE_39B = /(?:车牌号?|車牌號?|车号|車號|号牌|號牌|车辆|車輛|出租车|出租車|网约车|網約車|的士|黑车|黑車|私家车|私家車|[师師]傅|教练|教練|司机|司機)[是为為:：\s（(]{0,2}$/;
/** An office's, a firm's or the police's car in the plate's clause (公务车, 执法车, 公司车, 座驾, 警车): no person's. */
const OFFICIAL_TEXT_39B = /公车|公車|公务|公務|单位|單位|政府|镇长|鎮長|县长|縣長|局长|局長|书记|書記|领导|領導|干部|幹部|校车|校車|警车|警車|商务车|商務車|机关|機關|公交|[县縣市区區]委/;
const OFFICE_CAR_39B = /公务|公務|公车|公車|执法车|執法車|警车|警車|公司车|公司車|座驾|座駕|单位|單位|运管|運管|领导|領導/;
/** A home from the district through the compound to the building, the compound named by a housing word (苑, 园, 小区,
 * 宿舍 …: a review found 高新区管委会3栋 and 开发区科技路创业园5栋 masked otherwise) (澧东区桂月路紫荆苑12栋, 枫渡区河西街老粮站宿舍5栋2楼,
 * 楓渡區梧桐灣小區12棟2單元603). */
const DISTRICT_HOME_39B = /[\u3400-\u9fff]{2}[区區](?![委])(?:[\u3400-\u9fff]{1,4}[路街巷道])?[\u3400-\u9fff]{1,5}?(?:苑|[园園]|小[区區]|宿舍|公寓|新村|庭|居|[湾灣]|里|村)[0-9０-９]{1,3}[栋棟幢](?:[0-9０-９]{1,2}(?:单元|單元))?(?:[0-9０-９]{1,2}(?:楼|樓|层|層)|[0-9０-９]{3,4}(?:室|号|號)?)?/g;
const NOT_HOME_39B = /创业|創業|科技|孵化|政府|医院|醫院|学校|學校|大厦|大廈|中心|广场|廣場|工业|工業|产业|產業|园区|園區|局|公司|厂|廠|站(?!宿舍)|办|辦|所|院|馆|館|市场|市場/;
/** Nicknames: a surname and 师傅 or 教练 for one driver or coach (司机王师傅, 霍师傅（湘A·T7766）, 驾校唐教练), a tout's
 * 老吴 after 自称, 老戴 before his full name. Not 各位师傅, 司机师傅, 安装师傅 (a word before the surname). */
const NICK_LEFT_39B = new CharSet([...'\n。！？!?；;，,：:、（(“"「 是叫找问問给給跟和与與']);
const NICK_ROLE_39B = ['师傅', '師傅', '教练', '教練'];
const NICK_NOT_39B = /食堂|饭堂|飯堂|厨师|廚師|后厨|後廚|餐厅|餐廳|局里|局裡|所里|所裡|站里|站裡|院里|院裡/;

/** A name after a private role's cue (the stop-38b party's reading). */
export function roleName39b(text: string, s: number): number {
  if (ROLE_NOT_AFTER_39B.test(text.slice(s, s + 2))) return -1;
  let e = partyNameEnd37b(text, s);
  if (e < 0 || e === s + 2) {
    const e3 = nameEnd(text, s, true);
    if (e3 === s + 3 && surnameLength(text, s) === 1 && likelyName(text, s, e3) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2))) && !taggedPersonWord38(text.slice(s, s + 2)) && nameEndsHere38(text, e3) && !notName38b(text, s, e3) && !PLACE_SUFFIX.has(text[e3 - 1])) e = e3;
  }
  if (e < 0 || notName38b(text, s, e)) return -1;
  // (Review: a title or a famous name cut to two characters, 司机王大夫 → 王大, 陶行知 → 陶行, 徐向前 → 徐向: the dictionary
  // has the three characters as one word.)
  if (e === s + 2 && isHan(text.charCodeAt(e)) && (taggedPersonWord38(text.slice(s, s + 3)) || wordNotPerson(foldToSimplified(text.slice(s, s + 3))))) return -1;
  return e;
}

/** The full name after each of `cues` (a private role's word), as roleName39b reads it. */
export function namesAfterRoleCues(text: string, cues: readonly string[], spans: PiiSpan[]): void {
  for (const cue of cues) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (text[s] === ' ' || text[s] === '：' || text[s] === ':') s++;
      const e = roleName39b(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
}

export function scanStop39b(text: string, spans: PiiSpan[]): void {
  namesAfterRoleCues(text, ROLE_CUES_39B, spans);
  for (const role of NICK_ROLE_39B) {
    if (!has(text, role)) continue;
    for (let k = text.indexOf(role, 1); k >= 0; k = text.indexOf(role, k + 1)) {
      const s = k - 1;
      if (surnameLength(text, s) !== 1 || !(s === 0 || NICK_LEFT_39B.has(text[s - 1]) || /(?:司机|司機|驾校|駕校|那个|那個)$/.test(text.slice(Math.max(0, s - 2), s)))) continue;
      // (Not the writer's own handle, 我是司机王师傅: round 14's sets leave it visible.)
      if (/^[各那这這某老小大每个個位]/.test(text[s]) || /(?:我是|我叫|俺是)(?:司机|司機|教练|教練)?$/.test(text.slice(Math.max(0, s - 4), s)) || !hasAny(text, RIDE_CUES_39B.concat(['驾校', '駕校', '学车', '學車', '练车', '練車', '学员', '學員'])) || has(text, '公交')) continue;
      // (Review: not an office's driver or a canteen's cook, 单位司机王师傅, 食堂王师傅, which older sets leave visible, nor a
      // brand the dictionary has as a word, 康师傅.)
      if (OFFICIAL_TEXT_39B.test(text) || NICK_NOT_39B.test(text) || taggedPersonWord38(text.slice(s, k + 2))) continue;
      spans.push({ kind: 'name', start: s, end: k + 2 });
    }
  }
  if (has(text, '老')) {
    for (let k = text.indexOf('老'); k >= 0; k = text.indexOf('老', k + 1)) {
      const e = k + 2;
      if (surnameLength(text, k + 1) !== 1 || isHan(text.charCodeAt(e)) && !/^(?:嘛|啊|呀|全名|提醒|开|開)/.test(text.slice(e, e + 2))) continue;
      const before = text.slice(Math.max(0, k - 3), k);
      const after = text.slice(e, e + 6);
      const full = /^[嘛啊呀，,\s]{0,2}全名/.test(after) && after.includes(text[k + 1]);
      if (!(full || /(?:自称|自稱|司机|司機|的哥)$/.test(before)) || wordNotPerson(foldToSimplified(text.slice(k, e))) || ordinaryWord37(text.slice(k, e))) continue;
      if (KIN_FORM_37B.test(text.slice(k, e)) && !full && !/(?:自称|自稱|司机|司機)$/.test(before)) continue;
      spans.push({ kind: 'name', start: k, end: e });
    }
  }
  const hw = halfWidthOf(text);
  scanNumbers39b(text, hw, spans);
}

function scanNumbers39b(text: string, w: string, spans: PiiSpan[]): void {
  const ride = hasAny(text, RIDE_CUES_39B);
  if (ride && (has(text, '订单') || has(text, '訂單'))) {
    RIDE_ORDER_39B.lastIndex = 0;
    for (let m = RIDE_ORDER_39B.exec(w); m; m = RIDE_ORDER_39B.exec(w)) {
      const base = m.index + m[0].length - m[1].length;
      if (SHOP_ORDER_39B.test(sentenceAround39b(text, m.index, base + m[1].length))) continue;
      ORDER_CODE_39B.lastIndex = 0;
      for (let c = ORDER_CODE_39B.exec(m[1]); c; c = ORDER_CODE_39B.exec(m[1])) spans.push({ kind: 'member_number', start: base + c.index, end: base + c.index + c[0].length });
    }
  }
  if (hasAny(text, PAPER_CUES_39B)) {
    PAPER_39B.lastIndex = 0;
    for (let m = PAPER_39B.exec(w); m; m = PAPER_39B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '网驾') || has(text, '網駕')) {
    WANGJIA_39B.lastIndex = 0;
    for (let m = WANGJIA_39B.exec(w); m; m = WANGJIA_39B.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (ride && (has(text, '****') || has(text, '＊＊＊＊'))) {
    MASKED_MOBILE_39B.lastIndex = 0;
    for (let m = MASKED_MOBILE_39B.exec(text); m; m = MASKED_MOBILE_39B.exec(text)) if (!m[0].endsWith('0000') && !MEETING_39B.test(sentenceAround39b(text, m.index, m.index + m[0].length))) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if ((has(text, '协议') || has(text, '協議')) && (has(text, '实习') || has(text, '實習'))) {
    AGREEMENT_39B.lastIndex = 0;
    for (let m = AGREEMENT_39B.exec(w); m; m = AGREEMENT_39B.exec(w)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const lineStart = m.index === 0 || text[m.index - 1] === '\n';
      if (!(AGREEMENT_PARTY_39B.test(before) || (lineStart && AGREEMENT_PARTY_39B.test(text)))) continue;
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (sawLetter && (has(text, '学') || has(text, '學'))) {
    TRAINING_PLATE_39B.lastIndex = 0;
    for (let m = TRAINING_PLATE_39B.exec(w); m; m = TRAINING_PLATE_39B.exec(w)) spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
  }
  // (Review: only in a ride's or a driving school's text with no office's, a bus's or a school bus's car anywhere in it;
  // older sets leave such plates visible, 河西区教育局的公车…，车牌豫W·A2816.)
  if (sawLetter && hasAny(text, RIDE_CUES_39B.concat(['教练', '教練', '驾校', '駕校'])) && !OFFICIAL_TEXT_39B.test(text)) {
    PLATE_39B.lastIndex = 0;
    for (let m = PLATE_39B.exec(w); m; m = PLATE_39B.exec(w)) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (!PLATE_CUE_39B.test(before)) continue;
      // (The plate's clause: back to the last sentence mark, on to the next.)
      let a = m.index;
      while (a > 0 && !'。！？!?；;\n，,'.includes(text[a - 1])) a--;
      let b = m.index + m[0].length;
      while (b < text.length && !'。！？!?；;\n，,'.includes(text[b])) b++;
      if (OFFICE_CAR_39B.test(text.slice(a, b))) continue;
      spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '区') || has(text, '區')) && (has(text, '栋') || has(text, '棟') || has(text, '幢'))) {
    DISTRICT_HOME_39B.lastIndex = 0;
    for (let m = DISTRICT_HOME_39B.exec(w); m; m = DISTRICT_HOME_39B.exec(w)) {
      if (NOT_HOME_39B.test(m[0]) || /^(?:市区|市區|城区|城區|社区|社區|小区|小區|景区|景區|校区|校區|园区|園區|厂区|廠區|片区|片區|该区|該區|本区|本區|辖区|轄區|郊区|郊區)/.test(m[0])) continue;
      spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
    }
  }
}

/** (Stop 39b) After all rules: a plate of a company's car (公司车湘A·C0001), a school's or a chat group's name read as a
 * person's (工程学校 → 程学校, 车友群), an office's landline (检测中心（0731-…）, 0731-…（顺捷总部）, 交通运输局…电话0731-…). */
const OFFICE_LINE_BEFORE_39B = /(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|热线|熱線|处|處|站|队|隊)[」”]?[:：（(\s]{0,2}$|(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|处|處)[^\n。；;？?！!号號栋棟室]{0,6}(?:电话|電話)[:：\s]{0,2}$/;
const OFFICE_LINE_AFTER_39B = /^[（(][^）)]{0,8}(?:中心|总部|總部|局|公司|驾校|駕校|学校|學校|处|處|站)/;
export function stop39bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name' && (/(?:学校|學校|[友群]群)$/.test(span))) { changed = true; continue; }
    // (Review: a famous name or a title the dictionary has whole, cut to two characters by any cue's reading: 学生陶行知 →
    // 陶行, 司机王大夫 → 王大.)
    if (sp.kind === 'name' && sp.end - sp.start === 2 && isHan(text.charCodeAt(sp.end)) && taggedPersonWord38(text.slice(sp.start, sp.end + 1))) { changed = true; continue; }
    if (sp.kind === 'plate' && /(?:公司车|公司車|座驾|座駕)[^，,。；;\n]{0,4}$/.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    if (sp.kind === 'landline' && (OFFICE_LINE_BEFORE_39B.test(text.slice(Math.max(0, sp.start - 14), sp.start)) || OFFICE_LINE_AFTER_39B.test(text.slice(sp.end, sp.end + 10)))) { changed = true; continue; }
    kept.push(sp);
  }
  return changed ? kept : spans;
}
