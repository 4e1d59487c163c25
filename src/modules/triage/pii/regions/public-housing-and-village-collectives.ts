import { eachDictionaryWord } from '../../jieba-dictionary.js';
import { foldToSimplified } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { has } from '../text.js';
import { nameWordsTables, surnameLength } from '../name-words.js';
import { dictionaryTables, wordNotPerson } from '../dictionary.js';
import { notANameTables } from '../not-a-name.js';
import { emigrantCountyTables } from './emigrant-county.js';
import { halfWidthOf } from './delivery-hub-and-island-port.js';
import { nameEndsHere38, taggedPersonWord38 } from './research-university.js';
import { roleName39b, sentenceAround39b } from './internships-and-provincial-capital.js';

const { GIVEN_SET, isHan } = nameWordsTables;
const { STANDING_WORDS } = dictionaryTables;
const { COMMON_SURNAMES_40 } = notANameTables;
const { TABLE_BAR } = emigrantCountyTables;

// ── Stop 40: read off pii56 (a Yangtze city's public rental and affordable housing) and pii57 (a north-western county's
// marriages, bride prices, support of the old and family mediation) ──

/** Cues of a private person's standing right before a full name (媒人海满仓, 调解员海永祥, 网格员祝一诺, 应届生蒋新民, 女方鲁小芹,
 * 老人李存孝，82岁, 外地媳妇窦引弟, 前租户秋红 …). A village's mediator and a grid worker are named in their neighbours' family
 * matters, not as an office. */
const NAME_CUES_40 = ['媒人', '调解员', '調解員', '网格员', '網格員', '应届生', '應屆生', '大学生', '大學生', '女方', '男方', '老人', '子女', '媳妇', '媳婦', '邻居反映', '鄰居反映', '登记的', '登記的', '前租户', '前租戶', '茲證明', '兹证明', '达达', '達達', '丈夫', '男人', '老婆', '班主任', '学生', '學生'];
/** Hui given names of the north-west, written by sound after a surname (拜哈桑, 妥阿依莎, 丁法蒂麦, 马乙卜, 冶尔德, 马撒利). */
const HUI_GIVEN_40 = /^(?:哈桑|阿依莎|阿伊莎|法蒂麦|法蒂麥|穆萨|穆薩|乙卜|尔德|爾德|撒利|伊布|尔萨|爾薩|麦燕|麥燕|阿舍|尔麦|爾麥|穆罕|努尔|努爾)/;
/** 拜, a Hui surname of the north-west (拜玉山, 拜秀岚): the words it starts (拜年, 拜托, 拜访) have no given-name character
 * after it and a name's end after three characters. */
const HUI_SURNAME_40 = /^[拜海]/;
const ADVERB_SURNAME_40 = new Set([...'曾常应應于於向连連付包谈談满滿都也还還就又才再把被给給跟和与與将將']);
/** Surnames of the Hui of the north-west, before a given name read by sound (马哈桑, 丁阿依莎, 冶穆萨). */
const HUI_SURNAMES_40 = new Set([...'马馬丁海穆拜冶妥锁鎖麻沙白杨楊韩韓喇撒金铁鐵哈者纳納']);
/** Given names of the rural north-west that no list of given-name characters reads (二女, 招弟, 引弟, 满仓, 满囤): after a
 * surname they are a name (景二女, 田招弟), not after 老王 (王二女儿). */
const NW_GIVEN_40 = /^(?:二女|三女|二妮|三妮|招弟|引弟|引娣|满仓|滿倉|满囤|滿囤)(?![儿兒婿])/;
/** A surname (with 拜, 海, 麻) and a Hui or north-western given name anywhere (穆阿依莎, 丁法蒂麦, 冶穆萨, 马乙卜, 苗二女): the
 * given parts are no words of their own. */
const SURNAME_THEN_GIVEN_40 = /(?:阿依莎|阿伊莎|法蒂麦|法蒂麥|哈桑|穆萨|穆薩|乙卜|二女|招弟|引弟|引娣)/g;

/** The end of a name at `s` read after one of stop 40's cues, or -1. */
function cuedName40(text: string, s: number): number {
  if (s >= text.length) return -1;
  const sl = surnameLength(text, s) || (HUI_SURNAME_40.test(text[s]) ? 1 : 0);
  if (!sl) return -1;
  const hui = HUI_GIVEN_40.exec(text.slice(s + sl, s + sl + 3)) ?? NW_GIVEN_40.exec(text.slice(s + sl, s + sl + 3));
  if (hui) return s + sl + hui[0].length;
  // (Review: 男方曾承诺, 女方于本月, 丈夫包养小三, 男方付彩礼: a character that is a surname and an adverb or a verb before a
  // word is no name.)
  if (ADVERB_SURNAME_40.has(text[s]) && (wordNotPerson(foldToSimplified(text.slice(s + 1, s + 3))) || wordNotPerson(foldToSimplified(text.slice(s, s + 2))))) return -1;
  if (surnameLength(text, s)) return roleName39b(text, s);
  // (拜 and two given-name characters, then a name's end.)
  const e = s + 3;
  if (e <= text.length && GIVEN_SET.has(text[s + 1]) && isHan(text.charCodeAt(s + 2)) && nameEndsHere38(text, e) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2)))) return e;
  return -1;
}

/** Mediation agreements' numbers (沙调〔2025〕第072号, 石調〔2025〕第139号): one family's dispute, its parties named in it. */
const MEDIATION_40 = /[\u4e00-\u9fff]{1,2}[调調]〔(?:19|20)[0-9]{2}〕第?[0-9]{1,5}[号號]/g;
/** A protection order's case number ((2025)甘0727民保令3号): one family's. */
const PROTECTION_CASE_40 = /[（(](?:19|20)[0-9]{2}[）)][\u4e00-\u9fff][0-9]{2,6}民保令[0-9]{1,5}[号號]/g;
/** A person's numbers by their cue: an application's and a waiting list's place (申请编号RZGZ202561128, 轮候号LH2024-9783), a
 * water or gas account (水户号02231159, 燃气户号RQ146245386), a diploma (毕业证编号…), a tenancy (合同编号RZZL-2022-30348, with a
 * tenant in the text). (A land contract's stays stop 38b's, with its holder near.) Not a receipt's (收据编号…), which eight older sets leave
 * visible. */
const PERSON_NUMBER_40 = /(?:申请编号|申請編號|申请号|申請號|轮候号|輪候號|轮候编号|輪候編號|(?:水|水费|水費|燃气|燃氣|燃气费|燃氣費|气|氣)(?:户号|戶號)|(?:毕业证|畢業證)(?:书|書)?(?:编号|編號|号|號))(?:是|为|為)?[:：\s]{0,2}([A-Z]{0,6}-?[0-9][0-9-]{5,19})(?![0-9A-Za-z])/g;
const LEASE_40 = /(?:合同|合約)(?:编号|編號|号|號)?[:：\s]{0,2}([A-Z]{2,6}-(?:19|20)[0-9]{2}-[0-9]{4,6})(?![0-9])/g;
const TENANT_40 = /承租人|租户|租戶|退租|续签|續簽|租金/;
/** A code of letters and digits a table under 申请编号 or 轮候号 lists, one per row (RZGZ202522600, LH2024-3046). */
const LISTED_CODE_40 = /(?<![0-9A-Za-z])[A-Z]{2,6}(?:[0-9]{9,14}|(?:19|20)[0-9]{2}-[0-9]{3,5})(?![0-9A-Za-z])/g;
/** A mobile told in three parts with commas after its cue (电话是158，1029，8960). */
const COMMA_MOBILE_40 = /(?:电话|電話|手机|手機|联系方式|聯繫方式)(?:号码|號碼|号|號)?(?:是|为|為)?[:：\s]{0,2}(1[3-9][0-9][，,][0-9]{4}[，,][0-9]{4})(?![0-9])/g;
const NICK_40 = /(?:那个|那個|栋的|棟的|家的)老([\u4e00-\u9fff])(?=[，,。！!？?\s搬他她住家的])|(?:管家|群主)小([\u4e00-\u9fff])(?=[，,。！!？?\s说說讲講收])/g;

export function scanStop40(text: string, spans: PiiSpan[]): void {
  for (const cue of NAME_CUES_40) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (text[s] === '：' || text[s] === ':' || text[s] === ' ') s++;
      // (Not a word the cue opens, 老人家, 女方家, 男方的, 子女们.)
      if (/^(?:家|的|们|們|说|說|要|都|也|和|与|與|是|在|不|没|沒)/.test(text.slice(s, s + 1))) continue;
      // (Not an office's mediator, 镇综治中心的调解员陈少玲, whom older sets leave visible as an official.)
      if (cue.startsWith('调') || cue.startsWith('調')) if (/(?:中心|所|局|院|庭|委)的?$/.test(text.slice(Math.max(0, k - 3), k))) continue;
      const e = cuedName40(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Two parties of one dispute: 冶爾德與穆改蓮的贍養糾紛, 锁建军向妥小娟转账.)
  if (has(text, '纠纷') || has(text, '糾紛') || has(text, '转账') || has(text, '轉賬') || has(text, '轉帳')) {
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c !== '与' && c !== '與' && c !== '向') continue;
      const right = cuedName40(text, k + 1);
      if (right < 0 || !/^(?:的|转|轉)/.test(text.slice(right, right + 1))) continue;
      for (const len of [4, 3]) {
        const s = k - len;
        if (s < 0 || (s > 0 && isHan(text.charCodeAt(s - 1)) && !/[：:，,、是]/.test(text[s - 1]))) continue;
        if (cuedName40(text, s) === k) {
          spans.push({ kind: 'name', start: s, end: k });
          break;
        }
      }
      spans.push({ kind: 'name', start: k + 1, end: right });
    }
  }
  // (One owing support: 抚养费：侯宝山每月应付500元.)
  if (has(text, '每月') || has(text, '每年')) {
    for (let k = text.indexOf('：'); k >= 0; k = text.indexOf('：', k + 1)) {
      const e = cuedName40(text, k + 1);
      if (e > 0 && /^(?:每月|每年)/.test(text.slice(e, e + 2)) && /(?:抚养费|撫養費|赡养费|贍養費|生活费|生活費)$/.test(text.slice(Math.max(0, k - 3), k))) spans.push({ kind: 'name', start: k + 1, end: e });
    }
  }
  // (One asked for: 代段素珍咨询.)
  if (has(text, '代')) {
    for (let k = text.indexOf('代'); k >= 0; k = text.indexOf('代', k + 1)) {
      const e = cuedName40(text, k + 1);
      if (e > 0 && /^(?:咨询|諮詢|询问|詢問|申请|申請|反映|办理|辦理)/.test(text.slice(e, e + 2))) spans.push({ kind: 'name', start: k + 1, end: e });
    }
  }
  if (has(text, '阿') || has(text, '法') || has(text, '哈') || has(text, '穆') || has(text, '乙') || has(text, '二') || has(text, '招') || has(text, '引')) {
    SURNAME_THEN_GIVEN_40.lastIndex = 0;
    for (let m = SURNAME_THEN_GIVEN_40.exec(text); m; m = SURNAME_THEN_GIVEN_40.exec(text)) {
      const s = m.index - 1;
      if (s < 0 || !(surnameLength(text, s) === 1 || HUI_SURNAME_40.test(text[s]) || text[s] === '麻')) continue;
      const e = m.index + m[0].length;
      if (/[儿兒婿生孩士排媳子弟]/.test(text[e] ?? '') || (s > 0 && text[s - 1] === '老')) continue;
      // (Review: a name's own start, not a word's last character, 高二女生, 其余二女, 大师招弟子; a Hui given name after a
      // Hui surname only, not 我向哈桑借.)
      if (s > 0 && isHan(text.charCodeAt(s - 1)) && !/[叫是我俺额人员員方娘妈媽爸婆夫妻女儿兒子]$/.test(text[s - 1])) continue;
      if (!/^(?:二女|招弟|引弟|引娣)$/.test(m[0]) && !HUI_SURNAMES_40.has(text[s])) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  NICK_40.lastIndex = 0;
  if (has(text, '老') || has(text, '小')) for (let m = NICK_40.exec(text); m; m = NICK_40.exec(text)) {
    const at = m.index + m[0].length - 2;
    if (surnameLength(text, at + 1) !== 1 || STANDING_WORDS.has(foldToSimplified(text.slice(at, at + 2)))) continue;
    // (Review: 老师, 老赖, 老房, 小康, 小麦 are words; only a common surname's nickname is one anyway, 老张, 小王.)
    if (wordNotPerson(foldToSimplified(text.slice(at, at + 2))) && !COMMON_SURNAMES_40.has(text[at + 1])) continue;
    spans.push({ kind: 'name', start: at, end: at + 2 });
  }
  // (Numbers only where a digit is: most opinions have none, and these rules' look-ups cost a few microseconds each.)
  if (!DIGIT_40.test(text)) return;
  const w = halfWidthOf(text);
  if (has(text, '〔') && (has(text, '调解') || has(text, '調解') || has(text, '协议') || has(text, '協議'))) {
    MEDIATION_40.lastIndex = 0;
    for (let m = MEDIATION_40.exec(text); m; m = MEDIATION_40.exec(text)) {
      // (Only the 调 and what follows it, with the one place character before it: 沙调〔2025〕…; not a document's 文号.)
      const s = m.index + m[0].length - (m[0].length - m[0].search(/[调調]〔/)) - 1;
      if (/^(?:文件|文|通知|规定|規定|执行|執行|要求)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) || sampleNumber40(text, m.index + m[0].length) || /第0+[号號]$/.test(m[0])) continue;
      // (Review: an office's price or budget adjustment, 湘价调〔2024〕123号, 财预调〔2025〕7号, 发改价调.)
      if (/[价價预預改]$/.test(text.slice(Math.max(0, m.index), m.index + m[0].search(/[调調]〔/)))) continue;
      spans.push({ kind: 'member_number', start: Math.max(m.index, s), end: m.index + m[0].length });
    }
  }
  if (has(text, '保令')) {
    PROTECTION_CASE_40.lastIndex = 0;
    for (let m = PROTECTION_CASE_40.exec(w); m; m = PROTECTION_CASE_40.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '号') || has(text, '號')) {
    PERSON_NUMBER_40.lastIndex = 0;
    for (let m = PERSON_NUMBER_40.exec(w); m; m = PERSON_NUMBER_40.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (/^-|-$/.test(m[1]) || sampleNumber40(text, m.index + m[0].length)) continue;
      // (Review: a patent's, a trademark's or a procurement's public number, 专利申请号CN…, 商标申请号, 采购项目申请编号.)
      if (/专利|專利|商标|商標|采购|採購|项目|項目|招标|招標/.test(text.slice(Math.max(0, m.index - 6), m.index + 2)) || text[m.index + m[0].length] === '.') continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
    // (A table's column of applications or places on the list: every row's code.)
    if ((has(text, '申请编号') || has(text, '申請編號') || has(text, '轮候号') || has(text, '輪候號')) && TABLE_BAR.test(text)) {
      LISTED_CODE_40.lastIndex = 0;
      for (let m = LISTED_CODE_40.exec(w); m; m = LISTED_CODE_40.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '合同') || has(text, '合約')) && TENANT_40.test(text)) {
    LEASE_40.lastIndex = 0;
    for (let m = LEASE_40.exec(w); m; m = LEASE_40.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      // (GF-2015-0601: the national model contract's number, no tenancy's.)
      if (m[1].startsWith('GF-')) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '，') || has(text, ',')) {
    COMMA_MOBILE_40.lastIndex = 0;
    for (let m = COMMA_MOBILE_40.exec(text); m; m = COMMA_MOBILE_40.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'mobile', start: s, end: s + m[1].length });
    }
  }
}
const DIGIT_40 = /[0-9０-９]/;
/** A number said to be a sample right after it (RZGZ2025（样本）, …（示例）). */
function sampleNumber40(text: string, e: number): boolean {
  return /^[（(]?(?:样本|樣本|示例|样例|樣例|例)|^(?:为|為)?(?:范本|範本|模板)/.test(text.slice(e, e + 4));
}

/** (Stop 40) After all rules: a class read as a name (我班学生 → 班学生), a child's word (娃娃), an amount owed (欠费三百), a
 * surname said as unknown (冒名者姓蔡), an ID said to be wrong (…（校验位不对）), a batch's or a document's number (批次号PZ2025-07,
 * 汭住保〔2025〕12号文件), an office's or a utility's line (水务集团0716-…, 工作电话0716-…, a housing office's notice). */
const OFFICE_LINE_40 = /(?:集团|集團|客服|工作电话|工作電話|办公电话|辦公電話|办公室|辦公室|居委会|居委會)[^\n。；;，,]{0,10}$|(?:请拨打|請撥打|拨打|撥打)[:：\s]?$/;
/** Someone's own line, said so before it (我家, 他的座机, 王大爷的电话): kept whatever office is named nearby. */
const OWN_LINE_40 = /[我家他她]|的(?:座机|座機|电话|電話)/;
export function stop40After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    const before = text.slice(Math.max(0, sp.start - 16), sp.start);
    const after = text.slice(sp.end, sp.end + 8);
    let drop = false;
    if (sp.kind === 'name') drop = /^班[学學]生$|^娃娃$/.test(span) || (/^[费費][一二三四五六七八九十百千两兩]/.test(span) && /[欠交缴繳收退]$/.test(before)) || /^者姓/.test(span);
    else if (sp.kind === 'id_number') drop = /^[（(]?(?:校验位|校驗位)(?:不对|不對|错|錯)/.test(after) && /例子|示例|样例|樣例|填错|填錯/.test(before);
    else if (sp.kind === 'landline') drop = OFFICE_LINE_40.test(before) && !OWN_LINE_40.test(before);
    if (!drop && sp.kind === 'member_number') drop = /(?:批次号|批次號|批次)[:：\s]{0,2}$/.test(before);
    if (!drop && sp.kind !== 'name') drop = /〔(?:19|20)[0-9]{2}〕/.test(span) && /^(?:文件|号文|號文)/.test(after);
    if (drop) {
      changed = true;
      continue;
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}


// ── Stop 40b: read off pii58 (a plains county's village collectives: members, shares, dividends) and pii59 (a mountain
// scenic area: tourists, guides, porters, vendors, homestays) ──

/** More standings before a name (导游韦冬生, 老板娘汤秀娥, 计调莫丽君, 女朋友蔡宜蓁, 成员徐新民, 外嫁女郜桂芝, 退休教师范文清). */
const NAME_CUES_40B = ['导游', '導遊', '老板娘', '老闆娘', '计调', '計調', '女朋友', '男朋友', '太太', '成员', '成員', '外嫁女', '退休教师', '退休教師', '转告', '轉告'];
/** A booking's, a ticket's or an order's number after its cue, in Chinese or English (订单SJ20250619552747, 訂單號…, order
 * YQ2025…, booking no. YQ…): one traveller's. (Stop 47: a booking's and a ride's trip, 预订号MS…, 行程号XC…, are read in
 * relief-and-tourism.ts, in capitals only.) Not a shop's or a delivery's order (SHOP_ORDER_39B in its sentence). */
const ORDER_40B = /(?:订单|訂單|order|booking)(?:号|號|编号|編號| no\.?| number| #)?(?:是|为|為)?[:：\s]{0,2}((?!QQ|qq)[A-Z]{1,4}[0-9]{10,22})(?![0-9A-Za-z])/gi;
/** A loan app's order (网贷…订单号MXH…): left visible as pii12 leaves it, a lender's record rather than a traveller's. */
/** A shop's or a delivery's order in the order's sentence (淘宝, 京东, 快递 …; not 退款, which a booking's refund says too). */
const SHOP_40B = /淘宝|淘寶|京东|京東|天猫|天貓|拼多多|网购|網購|网店|網店|店铺|店鋪|快递|快遞|外卖|外賣|发货|發貨/;
const LOAN_40B = /网贷|網貸|贷款|貸款|借款|高利贷|高利貸|借了/;
/** A vendor's stall after its cue (摊位号FX-A156, 攤位FX-B117): one vendor's place. (Stop 53, pii109 studied) With three digits
 * or four: a market's short stall number (摊位A-03, 摊位号：GYT-07) is painted on the stall and stays with it when its lease
 * changes hands, and every writer leaves it visible (pii84, pii109: 28 of 28); pii59 labels its 17, all FX-A156's form. */
const STALL_40B = /(?:摊位|攤位)(?:号|號|编号|編號)?(?:是|为|為)?[:：\s]{0,2}([A-Z]{1,3}-?[A-Z]?[0-9]{3,4})(?![0-9A-Za-z-])/g;
/** A porter's or a sedan-chair carrier's number (编号TSG-0388, （HG-017）, 轎伕編號HG-062) where such work is spoken of. */
const CARRIER_40B = /(?:编号|編號|[（(])(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,4}-[0-9]{2,4})(?![0-9A-Za-z])/g;
const CARRIER_TEXT_40B = /挑山工|挑夫|滑竿|轿夫|轎伕|抬轿|抬轎/;
/** A mobile in three parts with commas and no cue (再发一次，186，8204，9453). */
const BARE_COMMA_MOBILE_40B = /(?<![0-9])(?<![0-9][，,])1[3-9][0-9][，,][0-9]{4}[，,][0-9]{4}(?![0-9])/g;
/** A married woman's old-style name, her husband's surname and her own, then 氏 (范李氏, 魏张氏). */
const OLD_STYLE_40B = /([\u4e00-\u9fff])([\u4e00-\u9fff])氏/g;

export function scanStop40b(text: string, spans: PiiSpan[]): void {
  for (const cue of NAME_CUES_40B) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      // (导游叫那个胡红霞: a guide named after a pause.)
      if (/^(?:叫那个|叫那個|叫|是)/.test(text.slice(s, s + 3))) s += text.startsWith('叫那', s) ? 3 : 1;
      if (/^(?:家|的|们|們|说|說|要|都|也|和|与|與|在|不|没|沒|证|證|名|大|会|會|费|費)/.test(text.slice(s, s + 1))) continue;
      const e = cuedName40(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Two who sign together: 范國富與馬愛蓮聯名.)
  if (has(text, '联名') || has(text, '聯名')) {
    for (let k = 0; k < text.length; k++) {
      if (text[k] !== '与' && text[k] !== '與' && text[k] !== '和') continue;
      const right = cuedName40(text, k + 1);
      if (right < 0 || !/^(?:联名|聯名)/.test(text.slice(right, right + 2))) continue;
      spans.push({ kind: 'name', start: k + 1, end: right });
      for (const len of [3, 2, 4]) {
        const s = k - len;
        if (s >= 0 && cuedName40(text, s) === k) {
          spans.push({ kind: 'name', start: s, end: k });
          break;
        }
      }
    }
  }
  if (has(text, '氏')) {
    OLD_STYLE_40B.lastIndex = 0;
    for (let m = OLD_STYLE_40B.exec(text); m; m = OLD_STYLE_40B.exec(text)) {
      if (surnameLength(text, m.index) !== 1 || surnameLength(text, m.index + 1) !== 1 || isHan(text.charCodeAt(m.index - 1)) && !/[我妈媽奶婆娘是叫和与與、，,：:]/.test(text[m.index - 1])) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + 3 });
    }
  }
  if (has(text, '师傅老') || has(text, '師傅老')) {
    for (let k = text.indexOf('傅老'); k >= 0; k = text.indexOf('傅老', k + 1)) {
      // (老 and a surname, then the nickname's end: 滑竿師傅老吳，…, 老雷抬到半路.)
      const s = k + 1;
      const next = text.charCodeAt(s + 2);
      if (surnameLength(text, s + 1) === 1 && (Number.isNaN(next) || !isHan(next) || /[说說抬要]/.test(text[s + 2]))) spans.push({ kind: 'name', start: s, end: s + 2 });
    }
  }
  if (!DIGIT_40.test(text)) return;
  const w = halfWidthOf(text);
  if (has(text, '订单') || has(text, '訂單') || /order|booking/i.test(text)) {
    ORDER_40B.lastIndex = 0;
    // (A loan's text, once: asked per number it made a long text of orders quadratic, review of stop 47.)
    const loan = LOAN_40B.test(text);
    for (let m = loan ? null : ORDER_40B.exec(w); m; m = ORDER_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (SHOP_40B.test(sentenceAround39b(text, m.index, s + m[1].length)) || /^[A-Z]+0+$/.test(m[1]) || sampleNumber40(text, s + m[1].length)) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '摊位') || has(text, '攤位')) {
    STALL_40B.lastIndex = 0;
    for (let m = STALL_40B.exec(w); m; m = STALL_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (CARRIER_TEXT_40B.test(text)) {
    CARRIER_40B.lastIndex = 0;
    for (let m = CARRIER_40B.exec(w); m; m = CARRIER_40B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '，') || has(text, ',')) {
    BARE_COMMA_MOBILE_40B.lastIndex = 0;
    for (let m = BARE_COMMA_MOBILE_40B.exec(text); m; m = BARE_COMMA_MOBILE_40B.exec(text)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
}
/** (Stop 40b) An office's emergency, rescue, police or advice line (派出所电话0559-…, 急救电话, 景区救援0559-…, 咨询0559-…). */
const OFFICE_LINE_40B = /(?:派出所|所里|急救|救援|急诊|急診|(?:咨询|諮詢)(?![人者])|监管|監管|医院|醫院|游客中心|遊客中心|农经站|農經站|核实|核實)[^\n。；;]{0,8}$/;
export function stop40bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'landline' && (OFFICE_LINE_40B.test(text.slice(Math.max(0, sp.start - 14), sp.start)) || /^(?:核实|核實)/.test(text.slice(sp.end, sp.end + 2))) && !OWN_LINE_40.test(text.slice(Math.max(0, sp.start - 6), sp.start))) {
      changed = true;
      continue;
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

/** (Stop 40c) A name of three read as two where its last character is rare (女朋友蔡宜蓁來爬山 → 蔡宜, 老闆娘湯秀娥人很好 →
 * 湯秀): the third character is masked too when it is none of the 2,000 commonest, starts no word, makes none with the
 * given name, and a name's end follows it (a sweep of the 2,000 commonest after 王芳 had 115 read on otherwise). Masking two of three leaves the one character a reader could search the rest by. */
const NOT_NAME_TAIL_40C = new Set([...'说說在和的了是也都就又还還给給被把对對跟与與同等们們先姐哥妹弟叔伯姨舅爷爺奶妈媽爸婆公夫妻儿兒女老总總经經主书書局长長师師家这這那来來去到从從向让讓叫请請帮幫喺係嘅咗佢冇唔嗰啲哋噉俾畀']);
/** The 2,000 characters the jieba dictionary's words use most (by the words' frequencies): a name's rare last character
 * (蓁 8,866th, 娥 2,607th) is none of them; 不, 他, 年, 芳 are. Read from the dictionary the first time. */
let commonCharacters40c: Uint8Array | undefined;
function commonCharacter40c(c: string): boolean {
  if (!commonCharacters40c) {
    const counts = new Map<number, number>();
    eachDictionaryWord((word, freq) => {
      for (let k = 0; k < word.length; k++) counts.set(word.charCodeAt(k), (counts.get(word.charCodeAt(k)) ?? 0) + freq);
    });
    const table = new Uint8Array(65536);
    for (const [code] of [...counts.entries()].filter(([code]) => isHan(code)).sort((a, b) => b[1] - a[1]).slice(0, 2000)) table[code] = 1;
    commonCharacters40c = table;
  }
  return commonCharacters40c[c.charCodeAt(0)] === 1;
}
export function stop40cAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out: PiiSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    const e = sp.end;
    // (Most spans are no two-character name with a Han character after it: no copy, no look-up for them.)
    if (sp.kind !== 'name' || e - sp.start !== 2 || e >= text.length || !isHan(text.charCodeAt(e)) || NOT_NAME_TAIL_40C.has(text[e])) continue;
    if (surnameLength(text, sp.start) !== 1 || commonCharacter40c(foldToSimplified(text[e])) || spans.some((o) => o !== sp && o.start <= e && o.end > e)) continue;
    const fold = (a: number, b: number) => foldToSimplified(text.slice(a, b));
    if (wordNotPerson(fold(e, e + 2)) || wordNotPerson(fold(e - 1, e + 1)) || wordNotPerson(fold(sp.start, e + 1)) || taggedPersonWord38(text.slice(sp.start, e + 1)) || !nameEndsHere38(text, e + 1)) continue;
    out ??= spans.slice();
    out[i] = { ...sp, end: e + 1 };
  }
  return out ?? spans;
}
