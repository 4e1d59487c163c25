import type { PiiSpan } from './spans.js';
import { CharSet } from './unit-sets.js';
import { nameWordsTables } from './name-words.js';

const { NAME_BOUNDARY_BEFORE, isHan } = nameWordsTables;

// Licence plates and boats' registration numbers, where the writer says whose they are.

// ---------------------------------------------------------------------------------------------
// Licence plates: a private car's plate is masked where the writer says whose car it is (我的车,
// 私家车, 车主…); an official car's plate stays visible, like the official (公车私用 is the complaint).

// (Stop 29: two letters before the dot too, 吉HD·82731, as writers set a plate's first letters apart.)
const PLATE = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-HJ-NP-Za-hj-np-zＡ-Ｚ](?:[A-HJ-NP-Z](?=[·•・]))?[·•・.\s-]?(?:[A-HJ-NP-Za-hj-np-z0-9Ａ-Ｚ０-９]{5,6}|[A-HJ-NP-Za-hj-np-z0-9Ａ-Ｚ０-９]{4}[挂掛港澳])(?![A-Za-z0-9Ａ-Ｚ０-９])/g;
/** In the plate's sentence: the writer's own car or a private person's. */
// (Round 20) 开一辆/開一輛: a person's car (the sentence names no office or official: OFFICIAL_CAR).
const PRIVATE_CAR = /我|俺|咱|本人|开一辆|開一輛|开着一辆|開著一輛|被执行人|被執行人|老板|老闆|司机|司機|揽客|攬客|拉客|私家车|私家車|自家|家里的车|家裡的車|家用车|家用車|肇事|电动车|電動車|摩托车|摩托車|车主|車主|邻居|鄰居|出租车|出租車|的士|网约车|網約車|货车司机|貨車司機|黑车|黑車/;
/** A salutation or a heading opening the sentence (尊敬的書記：): whom the letter addresses, not whose car it is. */
const SALUTATION = /^[^，,。：:]{0,12}[：:]/;
/** In the plate's sentence: an official car, whose plate stays visible. */
const OFFICIAL_CAR = /公车|公車|街道的车|街道的車|街道办的车|街道辦的車|公务|公務|政府|单位|單位|警车|警車|执法|執法|领导|領導|书记|書記|镇长|鎮長|乡长|鄉長|县长|縣長|局长|局長|干部|幹部|机关|機關|[县縣市区區]委|[局所]的车|[局所]的車/;
const SENTENCE_END = /[。！？!?\n]/;
/** (Round 11) A car said to be its driver's own, and a car said to be the public's. */
/** (Round 17) Right before a plate: a caller's or signer's name and 车牌. */
// (Stop 29) Or a text that opens with the name, then its car: "邱永順，車吉H·F7702，罰單亂開".
const SIGNER_PLATE_BEFORE = /(?:来电人|來電人|反映人|联系人|聯繫人|聯系人|留言人|——)[\u3400-\u9fff·]{2,4}[，,]\s*(?:车牌|車牌)(?:号|號)?(?:是|为|為)?[:：]?\s*$/;
/** (Review) A title opening the text is an official's (张书记，车牌…): his car is the complaint's, visible. */
const TITLE_WORD_PLATE = /书记|書記|长[，,]|長[，,]|主任|局|警|执法|執法|公车|公車/;
const OPENING_NAME_PLATE_BEFORE = /^[\u3400-\u9fff·]{2,4}[，,]\s*(?:车牌|車牌|车|車)(?:号|號)?(?:是|为|為)?[:：]?\s*$/;
/** Vehicles people own or hire privately (round 29): a van, a truck, a taxi, a hired car. */
const PRIVATE_VEHICLE = /面包车|麵包車|越野车|越野車|货车|貨車|大车|大車|出租|打车|打車|租车|租車|车行|車行|网约车|網約車|额的车|額的車|俺的车|俺的車/;
/** A police, enforcement or public-service vehicle's words anywhere in the text (round 29's whole-text reading). */
const POLICE_OR_PUBLIC = /交警|警察|公安|派出所|城管|公交|校车|校車|救护车|救護車|消防车|消防車|环卫|環衛|村委|村里的车|村裡的車/;
const OWN_CAR = /私家车|私家車|自己的车|自己的車|自家车|自家車|自己家的车|自己家的車/;
/** (Stop 31) Right before the plate, someone's own (车是老板私人的闽D·…); 当成私人的，车牌… is a misused official car. */
const PRIVATE_OWNED_BEFORE = /(?:老板|老闆|自己|他|她|我|俺|人家)私人的(?:车|車)?(?:是|係)?$/;
/** (Review) A letter about an office's car anywhere (公车, 纪委, 超标; a weekend at a resort or a banquet): a plate a
 * pronoun or a person's data stands near is still likely the complaint's, and stays visible. */
const OFFICIAL_VENUE = /周末|週末|节假日|節假日|景区|景區|酒店|饭店|飯店|会所|會所|高尔夫|高爾夫|婚宴|农家乐|農家樂|KTV|洗浴|钓鱼|釣魚/;
function officialLetter(text: string): boolean {
  return PUBLIC_CAR.test(text) || OFFICIAL_USE.test(text) || OFFICIAL_CAR.test(text) || OFFICIAL_VENUE.test(text);
}
/** (Stop 31) In the plate's sentence: a person's car by a pronoun or a relative (他的车, 他开的是, 我老公…的车), which an
 * office's word in the same sentence overrules (局长…他开的是公车). */
// (Stop 32: also 他车是…, and 他那辆货车 / 她那台车.)
// (Not 其他车牌, 其他车是: 其他 is "other".)
const HOLDER_CAR = /[他她](?:的|家的)(?:车|車)|(?<!其)[他她](?:车|車)(?:是|係|牌)|(?<!其)[他她]那[辆輛台][\u3400-\u9fff]{0,3}(?:车|車)|[他她](?:开|開|骑|騎)的(?:车|車)?是/;
/** (Stop 31) A sentence about how officials use cars (超标, 纪委, 专车): its plate is the complaint's, not a person's. */
const OFFICIAL_USE = /纪委|紀委|纪检|紀檢|监委|監委|超标|超標|专车|專車|配车|配車|公款|用车|用車|车改|車改|官员|官員|国企|國企/;
const RELATIVE_CAR_SOURCE = String.raw`(?:老公|老婆|丈夫|媳妇|媳婦|儿子|兒子|女儿|女兒|弟弟|哥哥|姐夫|妹夫)[\u3400-\u9fff]{0,4}的(?:车|車)`;
/** (Stop 31) A relative's car (我老公施建華的車): no office's, whatever else the sentence names, unless it says 公车. */
const RELATIVE_CAR = new RegExp(RELATIVE_CAR_SOURCE);
/** The same right before the plate: the car is theirs, whatever other car the sentence names. */
const RELATIVE_CAR_BEFORE = new RegExp(String.raw`${RELATIVE_CAR_SOURCE}(?:牌|牌号|牌號)?(?:是|係)?[:：]?\s?$`);

const PUBLIC_CAR = /公车|公車|公务车|公務車|警车|警車|执法车|執法車|单位的车|單位的車|公家的车|公家的車|公家车|公家車/;


/**
 * (Round 14) A plate written with its dot (X·…) whatever its first characters: a city's own e-bike plates carry two
 * (沣汀A·60318 style), and a writer's region may use an abbreviation the table lacks. The dot after a capital letter
 * is the plate's notation; the same private-car checks apply. Two Han characters only where the plate is set off.
 */
// (Round 21: a trailer's plate too, four characters and 挂, 甘H·3917挂.)
// (Round 22: a two-place plate too, 粤Z·F836港; and the city's two characters after 车牌 itself, 车牌鹤沙D·26405.)
const PLATE_DOTTED = /[\u3400-\u9fff][A-HJ-NP-Z]{1,2}[·•・](?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂掛港澳])(?![A-Za-z0-9])/g;
/** The cue's own last characters, which are no city's (车牌是湘L·…: 湘 is the province, 是 the cue's). */
const PLATE_CUE_CHAR = new CharSet([...'是係为為号號照牌：: ']);
const PLATE_CUE_BEFORE = /(?:(?:车牌|車牌|车牌号|車牌號|号牌|號牌|牌照)(?:是|为|為|係)?[:：]?|(?:车|車)[\u3400-\u9fff]{0,3}(?:是|係))$/;
export function scanPlates(text: string, out: PiiSpan[], dotted = false) {
  const re = dotted ? PLATE_DOTTED : PLATE;
  re.lastIndex = 0;
  let letterPrivate: boolean | undefined;
  let letterOfficial: boolean | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // (A province's own plate, 吉H·F7702, has its one character: the one before is the sentence's, 車吉H· or 开渝A·.)
    if (dotted && m.index >= 1 && !PLATE_PROVINCE.has(text.charCodeAt(m.index)) && isHan(text.charCodeAt(m.index - 1)) && (m.index < 2 || NAME_BOUNDARY_BEFORE.has(text[m.index - 2]) || (!PLATE_CUE_CHAR.has(text[m.index - 1]) && PLATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index - 1))))) m.index--;
    // The sentence around the plate, at most 40 characters each way.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 40);
    let b = before.length;
    while (b > 0 && !SENTENCE_END.test(before[b - 1])) b--;
    const a = after.search(SENTENCE_END);
    const sentence = before.slice(b) + after.slice(0, a < 0 ? after.length : a);
    // (A private cue after the plate counts too: "那辆小轿车，浙C·…，车主住在2栋".)
    const body = sentence.replace(SALUTATION, '');
    // (Round 11) "干部开着自己的私家车来加油，车牌…": a car said to be someone's own is private, whoever drives it.
    // (Round 17) "来电人符志强，车牌岚K·7C293", "——任曉東，車牌豫W·…": the plate a caller or a signer gives right after their name.
    const sentenceStart = m.index - (before.length - b);
    if ((PRIVATE_CAR.test(body) && !OFFICIAL_CAR.test(body)) || (OWN_CAR.test(body) && !PUBLIC_CAR.test(body)) || PRIVATE_OWNED_BEFORE.test(before) || (HOLDER_CAR.test(body) && !OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !OFFICIAL_USE.test(body) && !(letterOfficial ??= officialLetter(text))) || (RELATIVE_CAR.test(body) && !PUBLIC_CAR.test(body)) || RELATIVE_CAR_BEFORE.test(before) || SIGNER_PLATE_BEFORE.test(before) || (OPENING_NAME_PLATE_BEFORE.test(before) && !OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !POLICE_OR_PUBLIC.test(body) && !TITLE_WORD_PLATE.test(before))) out.push({ kind: 'plate', start: m.index, end });
    // (Round 29) Where the plate's own sentence says nothing either way, the whole letter decides: a writer's or a
    // private person's car (我叫…，跑冷链的…; 放高利贷的…开着车; 他家有房有车) when nothing in it is an office's, a
    // police or a public car (公车, 单位, 局长, 执法, 交警 …).
    // (The letter's verdict is read once per text: per plate, a text of many plates would be read whole again and again.)
    else if (!OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && (letterPrivate ??= (PRIVATE_CAR.test(text) || PRIVATE_VEHICLE.test(text)) && !OFFICIAL_CAR.test(text) && !PUBLIC_CAR.test(text) && !POLICE_OR_PUBLIC.test(text))) out.push({ kind: 'plate', start: m.index, end });
    // (Stop 31) Otherwise, with no office's car in its sentence, the plate waits for the other rules (platesOfPersons).
    else if (!OFFICIAL_CAR.test(body) && !PUBLIC_CAR.test(body) && !OFFICIAL_USE.test(body) && !(letterOfficial ??= officialLetter(text))) {
      // (Stop 43) A form's plate line (號牌：湘KN6551 under 當事人：辛建國) belongs to the form's person: the whole text is its
      // sentence. Elsewhere the sentence runs on after the plate too (车湘KJ7369，荆天佑：…).
      // (Stop 44: the line's start looked for at most FORM_LABEL_MOST characters back; lastIndexOf walked back to the text's
      // start for every plate, and a text of many plates and no line break was read quadratically: 湘A12345 repeated over
      // 256 KB took 2.4 s, a quarter of it 0.19 s.)
      let lineStart = m.index;
      const least = Math.max(0, m.index - FORM_LABEL_MOST);
      while (lineStart > least && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
      const form = (lineStart === 0 || text.charCodeAt(lineStart - 1) === 0x0a) && FORM_PLATE_LINE.test(text.slice(lineStart, m.index));
      undecidedPlates.push(form ? 0 : sentenceStart, m.index, end, form ? text.length : end + (a < 0 ? after.length : a));
    }
  }
}

/** A form's line that gives a plate under its label (號牌：, 车牌号：): the form is one person's (a notice, a report). */
const FORM_LABEL_MOST = 16;
const FORM_PLATE_LINE = /^\s*(?:车牌|車牌|车牌号|車牌號|号牌|號牌|号牌号码|號牌號碼)[:：]\s*$/;
/** Plates scanPlates left undecided in the current text: sentence start, plate start and end, sentence end, in fours. */
export let undecidedPlates: number[] = [];
/** A new text: no plate is left undecided from the last (detectPii). */
export function clearUndecidedPlates(): void {
  undecidedPlates = [];
}
/**
 * (Stop 31) A plate left undecided whose sentence gives, before it, a private person's name, home, phone or ID number
 * (举报马二娃，住半山云居C栋8-2，开渝A·2M8K5): that person's car. Run once every rule has read the text.
 */
export function platesOfPersons(spans: PiiSpan[]) {
  const u = undecidedPlates;
  // (Stop 43) The plates no person owns stay undecided: the learned models read names after the rules, and detectPii
  // asks again with theirs (乙方：柏曉琳　號牌湘KE705H, a name only the model reads).
  const left: number[] = [];
  undecidedPlates = left;
  // The persons' spans by their end, with the latest start among each prefix: a plate has a person before it in its
  // sentence when some span ending by the plate starts at or after the sentence (a search per plate, not a scan:
  // a text of many plates and names stays linear).
  const persons = spans.filter((sp) => PERSON_KINDS.has(sp.kind)).sort((a, b) => a.end - b.end);
  if (!persons.length) {
    undecidedPlates = u;
    return;
  }
  const latestStart = new Int32Array(persons.length);
  for (let i = 0, top = -1; i < persons.length; i++) latestStart[i] = top = Math.max(top, persons[i].start);
  // (Stop 43) And by their starts: a person after the plate in its sentence (车湘KJ7369，荆天佑：…) owns it as well.
  const starts = Int32Array.from(persons, (p) => p.start).sort();
  for (let k = 0; k < u.length; k += 4) {
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (persons[mid].end <= u[k + 1]) lo = mid + 1;
      else hi = mid;
    }
    let owned = lo > 0 && latestStart[lo - 1] >= u[k];
    if (!owned) {
      let l = 0;
      let h = starts.length;
      while (l < h) {
        const mid = (l + h) >>> 1;
        if (starts[mid] < u[k + 2]) l = mid + 1;
        else h = mid;
      }
      owned = l < starts.length && starts[l] < u[k + 3];
    }
    if (owned) spans.push({ kind: 'plate', start: u[k + 1], end: u[k + 2] });
    else left.push(u[k], u[k + 1], u[k + 2], u[k + 3]);
  }
}
const PERSON_KINDS = new Set<string>(['name', 'address', 'mobile', 'landline', 'id_number', 'wechat', 'email']);

// (Round 12) Fishing-boat registration numbers: a place abbreviation of two Han characters (a province's
// in front of it allowed), 渔/漁, an optional 运/养/捕, then four or five digits (浙岱渔03218, 东礁渔05127).
// A boat names one owner's boat, like a plate; a patrol boat (渔政31号) has no digits right after 渔.
const BOAT = /[渔漁][运運养養捕]?[0-9０-９]{4,5}(?![0-9０-９.．])/g;
const BOAT_PROVINCE = /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊]/;
const BOAT_NOT_PREFIX = /[的是为為了在和与與及号號船条條艘个個我你他她们們从從到向打捕有每一二三四五六七八九十两兩年月日]/;
const BOAT_AFTER = /^\s?(?:元|万|萬|斤|公斤|吨|噸|亩|畝|条|條|尾|箱|块|塊|%|％|年|次|人|户|戶|米|号|號)/;
/** (Round 14) "船号鸥屿旅08127": after 船号, a boat's registration of any kind (旅 sightseeing, 货 cargo), like a plate. */
const BOAT_NUMBER = /(?:船号|船號|船牌号|船牌號|船舶号|船舶號|船名)(?:是|为|為)?[:：\s]{0,2}([\u3400-\u9fff]{2,4}[0-9０-９]{4,5})(?![0-9０-９])/g;
export function scanBoats(text: string, out: PiiSpan[]) {
  BOAT.lastIndex = 0;
  for (let m = BOAT.exec(text); m; m = BOAT.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index - 2;
    if (start < 0) continue;
    const a = text[start], b = text[start + 1];
    if (!isHan(a.charCodeAt(0)) || !isHan(b.charCodeAt(0)) || BOAT_NOT_PREFIX.test(a) || BOAT_NOT_PREFIX.test(b)) continue;
    if (BOAT_AFTER.test(text.slice(end, end + 3))) continue;
    if (start > 0 && BOAT_PROVINCE.test(text[start - 1]) && !BOAT_NOT_PREFIX.test(text[start - 1])) start--;
    out.push({ kind: 'plate', start, end });
  }
}
const PLATE_PROVINCE = new Set([...'京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊'].map((c) => c.charCodeAt(0)));

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const platesTables = { PLATE, OFFICIAL_CAR, SENTENCE_END, POLICE_OR_PUBLIC, OWN_CAR, OFFICIAL_USE, PUBLIC_CAR, PLATE_DOTTED, PLATE_CUE_CHAR, BOAT_PROVINCE, BOAT_NUMBER, PLATE_PROVINCE };
