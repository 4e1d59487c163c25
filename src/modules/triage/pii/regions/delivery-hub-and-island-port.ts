import { foldToSimplified, toHalfWidth } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { dictionaryTables, wordNotPerson } from '../dictionary.js';
import { threeGorgesReservoirTables } from './three-gorges-reservoir.js';

const { commonWord } = dictionaryTables;
const { GIVEN_SET, SURNAME_UNIT, isHan } = nameWordsTables;
const { WORD_NOT_NAME_STOP34 } = threeGorgesReservoirTables;

// (Stop 37) Read on pii44 (an express-delivery hub county: couriers, waybills, truck drivers, village parcel stations,
// live-streamers) and pii45 (an island free-trade-port city: retirees, foreign tourists and residents, yachts, hotels).

// (A waybill after 单号 was tried and left out: pii44 labels parcels' waybills, but pii2, pii20 and pii40 leave the
// very same numbers visible, 快递单号SF… beside a recipient's name, and the floors keep the older convention.)
/** A hotel, guesthouse or home-for-the-old room where someone lives or stays (住蓝海酒店1203房): a home. A bare room
 * number where officials play cards (在1806房打牌) is not: a 住 and a named house are needed. */
const SHORT_STAY_37 = /出差|晚|夜|旅游|旅遊|开会|開會/;
const STAY_ROOM = /(?<![抓记記忍])住(?!建)(?:在)?((?:(?!在)[\u3400-\u9fff]){2,10}?(?:酒店|宾馆|賓館|饭店|飯店|旅馆|旅館|颐养中心|頤養中心|养老院|養老院) ?[0-9]{3,4}(?: ?(?:号房|號房|房|室))?)(?![0-9])/g;
/** Anchors of homes that the older address rules read only in part: a villa by block letter (B18栋, A区12号), a
 * street number with the street's section or side (街东段47号, 街西侧21号, 街27号后院), a basement bed (地下室B1-23),
 * a prefab row (板房区E排3间), a container lived in (集装箱办公室C-06, C区14号集装箱) and a yacht's berth
 * (B码头07泊位). The name before the anchor is added by walking back over Han characters to a stop word. */
const HOME_ANCHOR = /[A-Z]?[0-9]?(?:区|區)[0-9]{1,3}(?:号|號)(?:集装箱|集裝箱)|[A-Z](?:[0-9]{1,3}(?:栋|棟|幢)|(?:区|區)[0-9]{1,3}(?:号|號))(?![0-9])|(?:街|路|巷)(?:[东西南北東][段侧側][0-9]{1,4}(?:号|號)(?:后院|後院)?|[0-9]{1,4}(?:号|號)(?:后院|後院))(?![0-9楼樓栋棟])|地下室[A-Z]?[0-9]{1,2}-[0-9]{1,3}|板房[区區][A-Z0-9]{1,2}排[0-9]{1,3}(?:间|間|号|號)|(?:集装箱|集裝箱)(?:办公室|辦公室)[A-Z]?-?[0-9]{1,3}|[A-Z0-9]{1,3}(?:码头|碼頭)[0-9]{1,3}(?:号|號)?泊位/g;
/** Where the walk back stops: a verb or particle before a place, punctuation, or the town or county in front (which
 * stays outside the span by the sets' convention). */
const HOME_WALK_STOP = new CharSet([...'在住是的于於到停从從往和与與镇鎮乡鄉县縣市我他她把想要让讓给給，,。；;：:、']);
/** A street number is a home only with a cue of one (住, 家, 店, 出租屋, 房东); an office's street number stays. */
/** An estate's name before a villa's block letter (珊瑚湾别墅区, 丰泽花园, 某某天境). */
const ESTATE_WORD_37 = /别墅|別墅|花园|花園|家园|家園|小区|小區|苑|庭|府|天境|山庄|山莊|新村|公寓/;
const STREET_HOME_CUE = /住|家|店|出租|房东|房東|屋/;
/** Words with 家 or 店 that are no home's cue (那家饭店, 国家电网, 大家): taken out before STREET_HOME_CUE reads. */
const NOT_HOME_CUE_37 = /[那这這哪每一两兩几幾国國大商厂廠店]家|家[具电電]|[饭飯酒商书書药藥]店/g;
/** A block by letter and number (B3栋) is a villa's only in a villa estate: a high-rise's (阳光小区B3栋) stays. */
const VILLA_WORD_37 = /别墅|別墅|山庄|山莊/;
const FULL_WIDTH_37 = /[\uff01-\uff5e]/;
/** The text in half-width forms (toHalfWidth), made once per text: six rounds of rules read it, and each making its own
 * copy was 5% of the masking's time (a profile of stop 40). */
let halfWidthFor = '';
let halfWidthText = '';
export function halfWidthOf(text: string): string {
  if (text !== halfWidthFor) {
    halfWidthFor = text;
    halfWidthText = FULL_WIDTH_37.test(text) ? toHalfWidth(text) : text;
  }
  return halfWidthText;
}
const OFFICE_NEAR = /局|政府|委员会|委員會|派出所|法院|医院|醫院|学校|學校|中心|公司/;
/** A private person after the word for a private trade (快递员, 导游, 领队, 潜水教练, 销售顾问, 联系人 …): such trades
 * are no office, so the person is labelled like anyone. A parcel station's 站长 is its owner; another 站长 is left
 * alone (候鸟服务站's head is an official). */
const TRADE_NAME = /(?:快递员|快遞員|派件员|派件員|分拣员|分揀員|装卸工|裝卸工|销售总监|銷售總監|销售顾问|銷售顧問|置业顾问|置業顧問|导游|導遊|领队|領隊|潜水教练|潛水教練|冲浪教练|衝浪教練|教练|教練|员工|員工|联系人|聯繫人|聯系人|住客|渔民|漁民|船员|船員|买房人|買房人|我叫|站长|站長|我爸|我妈|我媽|我是儿子|我是兒子|我是女儿|我是女兒)([\u3400-\u9fff]{2,3})/g;
const TRADE_NAME_END = /^(?:$|[，,。.；;！!？?\s:：、（(）)…—-]|的|说|說|被|反|在|当|當|拍|是|也|工号|工號|电话|電話|手机|手機|老闆|老板|[一二三四五六七八九]十)/;
/** A two-character name only before punctuation or the end (员工关好门 is no name); a kin word's tail (宋大爷) is none. */
const TRADE_NAME_END_SHORT = /^(?:$|[，,。.；;！!？?\s:：、（(）)…]|被|说|說)/;
/** After a parent or child (我爸…), a name only before punctuation, 的 or an age (我爸尚某某七十六了): 我妈向领导反映 is none. */
const KIN_NAME_END_37 = /^(?:$|[，,。.；;！!？?\s:：、（(）)…]|的|[一二三四五六七八九]十)/;
const KIN_TAIL_37 = new CharSet([...'爷爺妈媽爹姐哥叔姨婶嬸婆公伯']);
/** A title after a surname (王先生, 张女士, 王经理, 李师傅, 王老板, 王总): a form of address, not a name. */
const SURNAME_TITLE_37 = /^(?:先生|女士|小姐|太太|经理|經理|师傅|師傅|老板|老闆|总|總)/;
/**
 * Whether a span a cue rule read as a name (surname first) is an ordinary word the jieba dictionary has, as the name
 * model's check (knownNotName) reads one: the whole a word (安全, 房东, 白内障), its first two a common word (任务重,
 * 江西人, 高兴地), or a word and a character no given name has (毛病多, 车祸后, 单位里; 包饺子, 高收入). A name whose
 * first two or last two happen to be a word keeps its given character (江海波, 包月娥, 王建国). With `given2`, a
 * two-character word whose second is a given name's (丛珊) is a name unless the word is a common one.
 */
export function ordinaryWord37(span: string, given2 = false): boolean {
  const w = foldToSimplified(span);
  if (wordNotPerson(w)) return !(given2 && w.length === 2 && GIVEN_SET.has(w[1]) && !commonWord(w));
  if (w.length !== 3) return false;
  const head = w.slice(0, 2);
  return commonWord(head) || (wordNotPerson(head) && !GIVEN_SET.has(w[2])) || (wordNotPerson(w.slice(1)) && !GIVEN_SET.has(w[1]));
}
const NOT_GIVEN_37 = new CharSet([...'的了是说說被和与與也都就还還把给給让讓去来來']);
/** A name on its own at a line's start before a slash and a number (鞠立军/188…/complaint): a writer's signature. */
const SLASH_NAME = /(?:^|\n)([\u3400-\u9fff]{2,3})\/(?=[0-9+])/g;
/** A streamer's or platform account's name after its cue (账号“…”, 账号名…, 主播…（本名…）, 一个叫“…”的代购). */
const HANDLE_37 = /(?:账号名|賬號名|帳號名|网名|網名|昵称|暱稱|账号|賬號|帳號)(?:是|叫)?[:：\s]{0,2}[“"「]([^”"」\n]{2,12})[”"」]|(?:(?:账号名|賬號名|帳號名)(?:是|叫|[:：])?|(?:网名|網名|昵称|暱稱)(?:是|叫|[:：]))[:：\s]{0,2}([\u3400-\u9fff]{2,8})(?=$|[，,。；;！!\s])|主播([\u3400-\u9fff]{2,6})(?=[（(](?:本名|真名))|叫[“"「]([^”"」\n]{2,8})[”"」]的(?:代购|代購|主播|网红|網紅)/g;
/** An account's state or a question after the cue, not its name (被盗, 异常, 已冻结, 什么). */
const HANDLE_STATE_37 = /^(?:[已被遭未]|异常|異常|冻结|凍結|封禁|封号|封號|正常|违规|違規|锁定|鎖定|注销|註銷|失效|无效|無效|登不上|不能用|找回|什么|甚麼|啥)/;
/** A private fishing boat a family lives on (琼椰渔08836号船) is an address, the boat's number a plate. */
const BOAT_HOME = /[粤粵闽閩浙琼瓊桂苏蘇鲁魯辽遼冀津沪滬][\u3400-\u9fff]{0,2}[渔漁][0-9]{5,6}(?:号船|號船)/g;

// (A plate with a letter inside its serial, 冀E·8W503, was tried and left out: dev11 leaves such a plate visible.)
/** A foreign name in Chinese transcription with its dot (娜塔莉娅·格列博娃) after a bracket beside the original, 中文写, or
 * a cue of a person (朋友, 我叫, 名字): a person, labelled like the original. */
const DOTTED_TRANSCRIPTION = /(?<=(?:[（(]|中文写|中文寫|中文名|朋友|我叫|名字|名叫)[:：\s]{0,2})[\u3400-\u9fff]{2,5}[·・•‧][\u3400-\u9fff]{2,7}?(?=$|[^\u3400-\u9fff]|[在是的了和与與说說开開住来來从從去到对對也都还還就给給])/g;
/** A part of a dotted pair that is no transcription: a place, a people or a word of the dictionary (海南·博鳌, 中国·三亚,
 * 维吾尔族·哈萨克族), or one opening with a particle (都一样·不管). */
function notTranscription37(part: string): boolean {
  const w = foldToSimplified(part);
  return wordNotPerson(w) || w.endsWith('族') || NOT_GIVEN_37.has(w[0]);
}
/** A diving instructor's certificate number (PADI 318274): a record of one person. */
const DIVE_CERT = /(?<![A-Za-z])(?:PADI|SSI|NAUI|CMAS)\s?[0-9]{5,8}(?![0-9])/g;

export function scanStop37(text: string, spans: PiiSpan[]): void {
  // (Full-width digits, letters and marks read as ASCII, ０８１５房, Ｂ２－０７, ＰＡＤＩ, ／: the text folded by
  // toHalfWidth, one unit for one, so a match's positions are the text's.)
  const w = halfWidthOf(text);
  const hw = (word: string) => (w === text ? has(text, word) : w.includes(word));
  if (has(text, '·') || has(text, '・') || has(text, '•') || has(text, '‧')) {
    DOTTED_TRANSCRIPTION.lastIndex = 0;
    for (let m = DOTTED_TRANSCRIPTION.exec(text); m; m = DOTTED_TRANSCRIPTION.exec(text)) {
      if (m[0].split(/[·・•‧]/).some(notTranscription37)) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (hw('PADI') || hw('SSI') || hw('NAUI') || hw('CMAS')) {
    DIVE_CERT.lastIndex = 0;
    for (let m = DIVE_CERT.exec(w); m; m = DIVE_CERT.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '住') && (has(text, '酒店') || has(text, '宾馆') || has(text, '賓館') || has(text, '饭店') || has(text, '飯店') || has(text, '旅馆') || has(text, '旅館') || has(text, '颐养') || has(text, '頤養') || has(text, '养老院') || has(text, '養老院'))) {
    STAY_ROOM.lastIndex = 0;
    for (let m = STAY_ROOM.exec(w); m; m = STAY_ROOM.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      // (A stay of a few nights or a business trip, 出差住在…, 住了两晚的…: a room, no one's home.)
      if (SHORT_STAY_37.test(text.slice(Math.max(0, m.index - 8), s + m[1].length))) continue;
      spans.push({ kind: 'address', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '号') || has(text, '號') || has(text, '地下室') || has(text, '泊位') || has(text, '集装箱') || has(text, '集裝箱') || has(text, '板房')) {
    HOME_ANCHOR.lastIndex = 0;
    for (let m = HOME_ANCHOR.exec(w); m; m = HOME_ANCHOR.exec(w)) {
      const a = m.index;
      const e = a + m[0].length;
      const street = m[0][0] === '街' || m[0][0] === '路' || m[0][0] === '巷';
      let s = a;
      while (s > 0 && a - s < 8 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1]) && !((text[s - 1] === '墅') && text[s] !== '区' && text[s] !== '區')) s--;
      if (street) {
        if (s === a) continue; // (a street needs its name)
        const before = text.slice(Math.max(0, s - 16), s);
        const after = text.slice(e, e + 12);
        if (!(STREET_HOME_CUE.test(before.replace(NOT_HOME_CUE_37, '')) || STREET_HOME_CUE.test(after.replace(NOT_HOME_CUE_37, ''))) || OFFICE_NEAR.test(text.slice(Math.max(0, s - 4), s))) continue;
      } else if (m[0][0] >= 'A' && m[0][0] <= 'Z' && !m[0].includes('码') && !m[0].includes('碼') && !m[0].includes('集') && !(/^[A-Z][0-9]/.test(m[0]) ? VILLA_WORD_37 : ESTATE_WORD_37).test(text.slice(s, a))) continue; // (B18栋 alone, 摊位C区28号: no estate; 阳光小区B3栋 a high-rise's block, no villa)
      spans.push({ kind: 'address', start: s, end: e });
    }
  }
  if (has(text, '渔') || has(text, '漁')) {
    BOAT_HOME.lastIndex = 0;
    for (let m = BOAT_HOME.exec(text); m; m = BOAT_HOME.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  TRADE_NAME.lastIndex = 0;
  // (Whether a 站长 is a parcel station's owner: a 驿站 and no 服务站 in the text, read once, not once per 站长.)
  const stationOwner = (has(text, '驿站') || has(text, '驛站')) && !has(text, '服务站') && !has(text, '服務站');
  for (let m = TRADE_NAME.exec(text); m; m = TRADE_NAME.exec(text)) {
    const cue = m[0].slice(0, m[0].length - m[1].length);
    if ((cue === '站长' || cue === '站長') && !stationOwner) continue;
    const s = m.index + cue.length;
    const kin = cue.startsWith('我') && cue !== '我叫'; // (a parent or child named: three characters only, 我妈高血压 is none)
    const c = text.charCodeAt(s);
    if (!(SURNAME_UNIT[c] || text[s] === '盘' || text[s] === '盤') || NOT_GIVEN_37.has(text[s + 1])) continue;
    // (A surname and a title, 王先生, 张女士, 李师傅, 王总: a form of address, left visible by the sets' convention.)
    if (SURNAME_TITLE_37.test(text.slice(s + 1, s + 3))) continue;
    let end = -1;
    for (const len of kin ? [3] : [3, 2]) if (end < 0 && len <= m[1].length && !(len === 3 && text[s + 1] === '老') && !NOT_GIVEN_37.has(text[s + len - 1]) && !KIN_TAIL_37.has(text[s + len - 1]) && (kin ? KIN_NAME_END_37 : len === 3 ? TRADE_NAME_END : TRADE_NAME_END_SHORT).test(text.slice(s + len, s + len + 3))) end = s + len;
    if (end < 0) continue;
    if (WORD_NOT_NAME_STOP34.has(text.slice(s, s + 2)) || ordinaryWord37(text.slice(s, end))) continue;
    spans.push({ kind: 'name', start: s, end });
    TRADE_NAME.lastIndex = end;
  }
  if (hw('/')) {
    SLASH_NAME.lastIndex = 0;
    for (let m = SLASH_NAME.exec(w); m; m = SLASH_NAME.exec(w)) {
      const s = m.index + m[0].length - m[1].length - 1;
      // (A form's field, 金额/100元, 单价/5元: a word, no signature.)
      if ((SURNAME_UNIT[text.charCodeAt(s)] || text[s] === '盘' || text[s] === '盤') && !ordinaryWord37(m[1])) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '账号') || has(text, '賬號') || has(text, '帳號') || has(text, '网名') || has(text, '網名') || has(text, '昵称') || has(text, '暱稱') || has(text, '本名') || has(text, '真名') || has(text, '叫“') || has(text, '叫"')) {
    HANDLE_37.lastIndex = 0;
    for (let m = HANDLE_37.exec(text); m; m = HANDLE_37.exec(text)) {
      const g = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (/^[0-9\s]+$/.test(g)) continue; // (an account number is read by the number rules)
      // (An account's state, “被盗”, “异常”, “已冻结”; unquoted, a word, 什么, 无所谓: no one's handle.)
      if ((m[1] !== undefined && HANDLE_STATE_37.test(g)) || (m[2] !== undefined && (wordNotPerson(foldToSimplified(g)) || HANDLE_STATE_37.test(g)))) continue;
      const s = m.index + m[0].lastIndexOf(g);
      spans.push({ kind: 'name', start: s, end: s + g.length });
    }
  }
}

/** Words some rule read as a name that are none: a thanks closing a voice message (谢谢啊), 应为 of a correction, 未填
 * of a form, 权益 of 权益保障, 凌晨 (before dawn), 文艺 of a show, 包月 (by the month), 楼道 of a stairwell, and a
 * nationality (韩国人, 韩国籍). */
const WORD_NOT_NAME_STOP37 = /^(?:谢谢|謝謝|应为|應為|未填|权益|權益|凌晨|文艺|文藝|包月|楼道|樓道|韩国人|韓國人|韩国籍|韓國籍)/;
/** The span text[start, end) is one of those words, or one and a character no given name has (谢谢啊, 楼道未修) or
 * that opens a word with the next (权益保障): a name that merely starts with one (凌晨曦, 包月娥, 文艺华) is a name. */
function wordNotNameStop37(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const m = WORD_NOT_NAME_STOP37.exec(span);
  if (!m) return false;
  const rest = foldToSimplified(span.slice(m[0].length));
  return rest === '' || (rest.length === 1 && (!GIVEN_SET.has(rest) || '未不没无'.includes(rest) || (end < text.length && wordNotPerson(foldToSimplified(text.slice(end - 1, end + 1))))));
}
/** A chat speaker named by an office or a company's outlet and a dash (网点-老聂, 渔政-王队, 物业-小陈): someone in
 * their role, not labelled by the sets' convention. */
const ROLE_DASH_BEFORE = /(?:网点|網點|渔政|漁政|物业|物業|城管|执法|執法|村委|社区|社區|居委|派出所|海事|海关|海關)[-－]$/;
/** An official car: the plate's serial begins with 0 (the series kept for party and government cars) and the text says
 * whose it is (公车, 公务车, a bureau's or a centre's car). A private 0 plate with no such word stays masked. */
const OFFICIAL_CAR_NEAR = /公车|公車|公务|公務|(?:局|中心|政府|单位|單位|公家|所|院|委)(?:的|里的|裡的)?(?:车|車)|局的|局里|局裡|中心的|公家/;
/** The writer's or a private car: a 0 plate near these is no official's. */
const PRIVATE_CAR_NEAR = /私家车|私家車|(?:我|我家|我们|我們|自己|他家|她家)的?(?:车|車)/;

export function stop37After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  // (Whether the text is a sample or a notice, read once per call and only when a 王某 span asks: not once per span.)
  let sample: boolean | undefined;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      if (wordNotNameStop37(text, sp.start, sp.end)) { changed = true; continue; }
      // (A placeholder, 王某某, 李某: nobody.)
      if (/^[\u3400-\u9fff]某{1,2}$/.test(span) && (sample ??= /示例|案例|公示|模板|样例|樣例|名字也是/.test(text))) { changed = true; continue; }
      // (斯克 closing a Russian city's name, 哈巴罗夫斯克: no one.)
      if (span === '斯克' && isHan(text.charCodeAt(sp.start - 1))) { changed = true; continue; }
      if (ROLE_DASH_BEFORE.test(text.slice(Math.max(0, sp.start - 4), sp.start))) { changed = true; continue; }
    }
    // (A number field with no digit in it, 未填; a template's XXXX; a made-up all-zero number.)
    if ((sp.kind === 'id_number' || sp.kind === 'member_number') && (!/[0-9０-９零〇一二三四五六七八九幺]/.test(span) || /[Xx]{4}/.test(span))) { changed = true; continue; }
    // (A bare room number where something happens, 在1806房打牌: no one's home without 住 or a house named.)
    if (sp.kind === 'address' && /^[0-9]{3,4}房$/.test(span) && text[sp.start - 1] === '在') { changed = true; continue; }
    // (A permit's number with its issuer's words, 冀交运管货字…号: the whole as written.)
    if (sp.kind === 'member_number' && text[sp.start - 1] === '字' && (text[sp.end] === '号' || text[sp.end] === '號')) {
      let s = sp.start - 1;
      while (s > 0 && sp.start - s < 8 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1]) && text[s - 1] !== '号' && text[s - 1] !== '號') s--;
      kept.push({ kind: sp.kind, start: s, end: sp.end + 1 });
      changed = true;
      continue;
    }
    // (A flat by building, unit and room read without its estate: the estate's name before it is part of the home.)
    if (sp.kind === 'address' && /^[0-9]{1,3}(?:号楼|號樓|栋|棟)/.test(span) && sp.start > 0 && isHan(text.charCodeAt(sp.start - 1)) && !HOME_WALK_STOP.has(text[sp.start - 1])) {
      let s = sp.start;
      while (s > 0 && sp.start - s < 6 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1])) s--;
      const walked = text.slice(s, sp.start);
      // (The estate's start not found, or no estate: 我们家, 楼上 before the building are none.)
      // (Nor a hospital, a school or an office, 市人民医院5号楼: its building is no estate's.)
      if ((s > 0 && isHan(text.charCodeAt(s - 1)) && !HOME_WALK_STOP.has(text[s - 1])) || walked.length < 3 || /们|們|楼上|樓上|^家/.test(walked) || OFFICE_NEAR.test(walked)) { kept.push(sp); continue; }
      kept.push({ kind: sp.kind, start: s, end: sp.end });
      changed = true;
      continue;
    }
    if (sp.kind === 'plate') {
      const dot = span.search(/[A-Z][·・.\s-]?0/);
      const near = dot >= 0 && dot <= 2 ? text.slice(Math.max(0, sp.start - 20), Math.min(text.length, sp.end + 12)) : '';
      if (near && OFFICIAL_CAR_NEAR.test(near) && !PRIVATE_CAR_NEAR.test(near)) { changed = true; continue; }
    }
    kept.push(sp);
  }
  return changed ? kept : spans;
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const deliveryHubAndIslandPortTables = { SURNAME_TITLE_37, NOT_GIVEN_37, ROLE_DASH_BEFORE };
