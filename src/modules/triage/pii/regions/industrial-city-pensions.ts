import { eachDictionaryWord } from '../../jieba-dictionary.js';
import { foldToSimplified } from '../../normalize.js';
import { mergeSpans, type PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameEnd, nameWordsTables, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { sawLetter } from '../numbers.js';
import { homesTables, sharedPartAfter } from '../homes.js';
import { hakkaCountyAndBohaiPortTables } from './hakka-county-and-bohai-port.js';
import { halfWidthOf } from './delivery-hub-and-island-port.js';
import { cuedNameEnd37b, lendingCollapseAndLegalOrgansTables } from './lending-collapse-and-legal-organs.js';
import { researchUniversityTables, taggedPersonWord38 } from './research-university.js';
import { clanVillagesAndStateFarmTables, notName38b, word50_38b } from './clan-villages-and-state-farm.js';

const { DATE_DIGITS_38 } = researchUniversityTables;
const { CONTRACT_HOLDER_AFTER_38B, SLASH_LEFT_38B } = clanVillagesAndStateFarmTables;
const { isHan } = nameWordsTables;
const { OFFICE_BEFORE_ROOM, OFFICE_ROOM_AFTER } = homesTables;
const { KIN_FORM_37B, OFFICE_DASH_37B } = lendingCollapseAndLegalOrgansTables;
const { OFFICE_SPEAKER } = hakkaCountyAndBohaiPortTables;

// ── Stop 39: read off pii52 (an old industrial city's pensions and social security) and pii53 (an urban village's
// demolition and resettlement) ──

/** One person's social-security numbers after their cue (医保卡号分别为YB2115030088、YB2115030089, 死亡证明编号：S2115…,
 * 死亡医学证明书编号S…, 长护险编号CH…, 社保卡B…, 医保卡的卡号是YB…, 医保号YB…, 退休证上的编号是TX…): letters and digits,
 * and any more of them listed after 、 or 和. */
const SOCIAL_CUES_39 = ['医保', '醫保', '社保卡', '死亡证明', '死亡證明', '死亡医学证明', '死亡醫學證明', '长护险', '長護險', '退休证', '退休證'];
const SOCIAL_NUMBER_39 = /(?:(?:[医醫]保卡|社保卡|死亡(?:医学|醫學)?(?:证明|證明)[书書]?|长护险|長護險|退休[证證])(?:上|里|裡)?的?(?:卡[号號]|[号號][码碼]|[编編][号號]|[号號])?|[医醫]保(?:[编編][号號]|[号號]))(?:分别|分別)?(?:是|为|為)?[:：\s]{0,2}((?:[A-Z]{1,4}-?)?[0-9]{6,19}(?:-[0-9]{3,6})?)(?![0-9A-Za-z])/g;
const SOCIAL_MORE_39 = /^(?:、|和|及|与|與|,|，)\s?((?:[A-Z]{1,4}-?)?[0-9]{6,19})(?![0-9A-Za-z])/;
/** A month or a day written in digits (202409, 20240913), unless letters lead it; an amount, a start or a batch after a
 * number (123456元, 202409起, 202301批次). */
const DATE_MONTH_39 = /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])$/;
const NOT_NUMBER_AFTER_39 = /^[元起批年月]/;
function socialNumber39(number: string, after: string): boolean {
  return !(/^[0-9]+$/.test(number) && (DATE_MONTH_39.test(number) || DATE_DIGITS_38.test(number))) && !NOT_NUMBER_AFTER_39.test(after);
}
/** A sample's or a public number's words right before the cue (示例, 样本, 范本): no one's. */
const SAMPLE_BEFORE_39 = /示例|[样樣]本|[范範]本|示[范範]|模板|[样樣]例|例如|比如/;
/** A property certificate by its shape (川（2015）柏澜新区不动产权第0516395号, 川（2015）成都市不动产权证第…号): a
 * province's character, the year in brackets, the registering place, 不动产权(证)第 and the serial; a household's,
 * whatever cue (权证, 老宅, 老屋) or none. Simplified and Traditional characters mixed (不動产权). */
const PROPERTY_CERT_39 = /[\u3400-\u9fff][（(](?:19|20)[0-9]{2}[）)][\u3400-\u9fff]{0,10}?不[动動][产產][权權][证證]?第[0-9]{5,10}[号號]/g;
const PROPERTY_CUE_39 = /不[动動][产產][权權]/;
/** A household's compensation (or resettlement) agreement number after 协议编号 (BLZS-SY-2332, blzs-sy-3707,
 * BLZS2024SY3707): letters and dashed parts with a digit; only where a holder is spoken of (我, 他家, 户主, 名下,
 * 被征收人, 其兄, 共有人; not 我们, 他们, 其中) and not a template's (范本, 样本). */
const AGREEMENT_39 = /(?:[协協][议議]|安置|[补補][偿償])(?:[编編][号號]|[号號])(?:是|为|為)?[:：\s]{0,2}([A-Za-z]{2,6}(?:(?:-[A-Za-z0-9]{1,6}){1,3}|[0-9][A-Za-z0-9]{3,13}))(?![-0-9A-Za-z])/g;
const AGREEMENT_HOLDER_39 = /[我俺](?![们們])|[他她]家|[他她]的|其[兄弟姐妹父母夫妻子女家]|户主|戶主|名下|本人|共有人|当事人|當事人|被[征徵]收人|委[托託]人|身份[证證]/;

export function scanStop39(text: string, spans: PiiSpan[]): void {
  // (Full-width letters and digits read as half-width, once per text; the offsets are the same.)
  const w = halfWidthOf(text);
  scanHomes39(text, w, spans);
  scanNames39(text, spans);
  if (hasAny(text, SOCIAL_CUES_39)) {
    SOCIAL_NUMBER_39.lastIndex = 0;
    for (let m = SOCIAL_NUMBER_39.exec(w); m; m = SOCIAL_NUMBER_39.exec(w)) {
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 6), m.index + m[0].length))) continue;
      let s = m.index + m[0].length - m[1].length;
      let e = s + m[1].length;
      if (socialNumber39(m[1], w.slice(e, e + 1))) spans.push({ kind: 'member_number', start: s, end: e });
      for (let more = SOCIAL_MORE_39.exec(w.slice(e, e + 30)); more; more = SOCIAL_MORE_39.exec(w.slice(e, e + 30))) {
        s = e + more[0].length - more[1].length;
        e = s + more[1].length;
        // (Each listed number as the first: 长护险编号20240913、20240914 are two dates.)
        if (socialNumber39(more[1], w.slice(e, e + 1)) && !SAMPLE_BEFORE_39.test(text.slice(s - 6, s))) spans.push({ kind: 'member_number', start: s, end: e });
      }
    }
  }
  if (PROPERTY_CUE_39.test(text)) {
    PROPERTY_CERT_39.lastIndex = 0;
    for (let m = PROPERTY_CERT_39.exec(w); m; m = PROPERTY_CERT_39.exec(w)) {
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      spans.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '编号') || has(text, '編號') || has(text, '议号') || has(text, '議號')) && sawLetter) {
    AGREEMENT_39.lastIndex = 0;
    for (let m = AGREEMENT_39.exec(w); m; m = AGREEMENT_39.exec(w)) {
      if (!/[0-9]/.test(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      const e = s + m[1].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(e, e + 20);
      if (SAMPLE_BEFORE_39.test(text.slice(Math.max(0, m.index - 4), e)) || !(AGREEMENT_HOLDER_39.test(before) || CONTRACT_HOLDER_AFTER_38B.test(after))) continue;
      spans.push({ kind: 'member_number', start: s, end: e });
    }
  }
}

/** The words that end a compound's name (工人村, 福泰园小区, 砺新家园, 机床厂家属院). */
const COMPOUND_SUFFIX_39 = '村|小区|小區|家园|家園|家属院|家屬院|家属区|家屬區|宿舍|新村|花园|花園|苑|园|園|院';
const HAN_NUMBER_39 = '[一二三四五六七八九十]';
/** A building with its unit (and room) or floor in a compound named before it (工人村15栋2单元402, 工人村9栋一楼,
 * 工人村24栋2单元, 钢北区福泰园小区5号楼2单元401): a household's home. (Buildings and units in Chinese numerals stay the older
 * rules': read here too, they masked a span outside the labels of dev25, a set never studied.) A building alone
 * (工人村21栋) is no home. Groups: 1 the compound's word, 2 the unit, 3 the room. */
const COMPOUND_HOME_39 = new RegExp(
  `(${COMPOUND_SUFFIX_39})(?:[0-9]{1,3})(?:号楼|號樓|栋|棟|幢|座)(?:([0-9]{1,2})(?:单元|單元)([0-9]{3,4}(?:室|号|號)?)?|(?:${HAN_NUMBER_39}|[0-9]{1,2})(?:楼|樓)(?![0-9]))(?![0-9])`,
  'g',
);
/** A temporary-housing area's house (柏澜过渡房B区9号, 周转房3号, 板房A区12号); not a building's or a store's number
 * (过渡房3号楼, 过渡房3号仓库). */
const TRANSIT_HOME_39 = /(?:过渡房|過渡房|周转房|週轉房|板房|安置点|安置點)([A-Z甲乙丙丁东西南北東][区區])?[0-9]{1,3}[号號](?![楼樓栋棟仓倉库庫])/g;
const TRANSIT_CUES_39 = ['过渡房', '過渡房', '周转房', '週轉房', '板房', '安置点', '安置點'];
/** A show flat's or a site's hut (样板房3号, 活动板房2号): no home. */
const TRANSIT_NOT_39 = /(?:[样樣]|活[动動])$/;
/** Someone living in a temporary house: 住, one's own (我家, 他家), or a person named within its clause. */
const RESIDENT_CUE_39 = /住(?![院校宿])|[我俺他她你]家/;
/** Compound words that are a home's place whatever name they end (砺新家园, 机床厂家属院, 某某新村, 军区大院). */
const COMPOUND_OK_39 = /(?:家园|家園|新村|大院|小区|小區|宿舍|家属院|家屬院|家属区|家屬區)$/;
/** Institutions and parks, no household's compound (市二院, 总院, 博物院, 孤儿院, 研究生院, 幼儿园). */
const INSTITUTION_END_39 = /(?:[医醫]院|[一二三四五六七八九十总總分]院|博物院|孤[儿兒]院|[学學]院|美院|体院|體院|研究生院|研究院|精神病院|[敬养養]老院|福利院|保育院|卫生院|衛生院|[疗療]养院|[法]院|[检檢]察院|[剧劇戏戲影]院|棋院|[禅禪]院|[贡貢]院|道院|[转轉]院|[幼托][儿兒]园|[幼托][兒]園|公园|公園|[动動植]物[园園]|[乐樂]园|[乐樂]園|[产產]业[园園]|科技[园園]|工[业業][园園]|校[园園]|[陵墓][园園]|[设設][计計]院)$/;
/** A home spoken of as someone's: 住在, 家住, 我家, 他家 before it, 住 after it (他在工人村9栋一楼住); not 大家, 专家,
 * 国家 or 住院. */
const HOME_CUE_BEFORE_39 = /住(?![院校宿])|[我俺他她你]家/;
const HOME_CUE_AFTER_39 = /^(?:[，,]?住(?![院校宿])|的家)/;
/** A compound pointed at, not named (这个小区, 我们村, 本院, 隔壁小区): no home. */
const DEICTIC_PLACE_39 = /[这這那该該本个個们們我你他她哪每各同隔对對]/;
/** Words that end the walk back to a home's start: the home starts after them (他在…, 我家住…, 照顾…, 系原…). */
const HOME_LEAD_39 = new CharSet([...'在住是的于於到去给給顾顧系原和与與及、搬回叫户戶']);

/** The start of the place named right before `at` (up to `max` Han characters back), after the last leading word. */
function homeStart39(text: string, at: number, max: number, stop = ''): number {
  let s = at;
  while (s > 0 && at - s < max && isHan(text.charCodeAt(s - 1)) && !HOME_LEAD_39.has(text[s - 1]) && !stop.includes(text[s - 1])) s--;
  return s;
}
/** Dictionary words no place's name starts with (据说, 一些, 三名, 明天, 一旁, 已经): adverbs, verbs, numerals and
 * measures, pronouns, prepositions, conjunctions, particles, times and directions, 50 times or more. Read the first time. */
let leadWords39: Set<string> | undefined;
function leadWord39(span: string): boolean {
  if (!leadWords39) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && /^(?:d|v|p|c|u|r|m|q|f|t|y|e|ad|zg)$/.test(tag)) words.add(word);
    });
    leadWords39 = words;
  }
  return leadWords39.has(foldToSimplified(span));
}
/** The walk's start moved past the words no place's name starts with (通知：据说小区…, 一些小区…). */
function placeStart39(text: string, s: number, at: number): number {
  for (let moved = true; moved && s < at; ) {
    moved = false;
    for (const n of [3, 2]) {
      if (s + n <= at && leadWord39(text.slice(s, s + n))) { s += n; moved = true; break; }
    }
  }
  return s;
}

function scanHomes39(text: string, w: string, spans: PiiSpan[]): void {
  if ((has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '楼') || has(text, '樓') || has(text, '座')) && (has(text, '单元') || has(text, '單元') || has(text, '楼') || has(text, '樓'))) {
    COMPOUND_HOME_39.lastIndex = 0;
    for (let m = COMPOUND_HOME_39.exec(w); m; m = COMPOUND_HOME_39.exec(w)) {
      const end = m.index + m[0].length;
      const suffixEnd = m.index + m[1].length;
      const s = placeStart39(text, homeStart39(text, m.index, 10, '县縣市镇鎮乡鄉口址关關城'), m.index);
      // (A compound needs a name before its word: no bare 村3栋; no office's floor, 局3号楼2楼. A room read makes the
      // unit a household's, 工人村15栋2单元402的水管.)
      if (m.index - s < 1 || sharedPartAfter(text, m[2] === undefined || m[3] !== undefined ? '' : '单元', end) || DEICTIC_PLACE_39.test(text.slice(s, m.index)) || OFFICE_ROOM_AFTER.test(text.slice(end, end + 4)) || OFFICE_BEFORE_ROOM.test(text.slice(Math.max(0, s - 6), suffixEnd))) continue;
      // (An institution or a generic place is no compound, 学院, 公园, 农村, 中关村, 孤儿院, 博物院; a floor without a
      // unit only where someone lives there, 他在工人村9栋一楼住, not 在书院5号楼一楼开会 or 请大家到市二院3号楼2楼.)
      const place = text.slice(s, suffixEnd);
      if (INSTITUTION_END_39.test(foldToSimplified(place)) && !COMPOUND_OK_39.test(place)) continue;
      if (/[院园園]$/.test(place) && !COMPOUND_OK_39.test(place) && [2, 3, 4].some((n) => place.length >= n && wordNotPerson(foldToSimplified(place.slice(-n))))) continue;
      if (!COMPOUND_OK_39.test(place) && (word50_38b(place) || taggedPersonWord38(place) || word50_38b(place.slice(-2)) || (place.length > 3 && (word50_38b(place.slice(-3)) || taggedPersonWord38(place.slice(-3)))))) continue;
      if (m[2] === undefined && !HOME_CUE_BEFORE_39.test(text.slice(Math.max(0, s - 8), s)) && !HOME_CUE_AFTER_39.test(text.slice(end, end + 3))) continue;
      spans.push({ kind: 'address', start: s, end });
    }
  }
  if (hasAny(text, TRANSIT_CUES_39)) {
    TRANSIT_HOME_39.lastIndex = 0;
    for (let m = TRANSIT_HOME_39.exec(w); m; m = TRANSIT_HOME_39.exec(w)) {
      if (TRANSIT_NOT_39.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const s = homeStart39(text, m.index, 4, '房区區点點');
      const end = m.index + m[0].length;
      // (A resident's or an area's: 住過渡房…, 柏澜过渡房B区17号, 储秀英住过渡房3号; no 过渡房3号是食堂.)
      let c = s;
      while (c > 0 && s - c < 20 && !CLAUSE_MARK_39.test(text[c - 1])) c--;
      let d = end;
      while (d < text.length && d - end < 12 && !CLAUSE_MARK_39.test(text[d])) d++;
      const named = s < m.index && !word50_38b(text.slice(s, m.index)) && !wordNotPerson(foldToSimplified(text.slice(s, m.index)));
      const person = spans.some((sp) => sp.kind === 'name' && sp.end > c - 20 && sp.start < d + 20);
      if (!(m[1] || named || person || RESIDENT_CUE_39.test(text.slice(c, s) + text.slice(end, d)))) continue;
      spans.push({ kind: 'address', start: s, end });
    }
  }
}

/** A surname and a family nickname (何么妹, 雷幺爸, 馮老大, 張二嬢, 张二孃): one person called so, where a clause or
 * 的/和 sets the surname off (a distinctive nickname also after a village's or a group's word, 竹篙村何么妹). 周大娘,
 * 谭老汉 (a kin title for anyone old) stay. */
// (Stop 51, pii95 studied: a family's youngest or small daughter, 伍細妹, 全细妹, 蔣四妹, 岑满嫂, a village's name for a woman;
// and after a neighbour's or an account holder's word, 鄰居黎么妹家, 隔壁蔣四妹家, 戶名譚么妹.)
const FAMILY_NICK_39 = ['么妹', '幺妹', '幺爸', '么爸', '老大', '老二', '老三', '老四', '二嬢', '三嬢', '幺嬢', '么嬢', '二孃', '三孃', '幺孃', '么孃', '细妹', '細妹', '满妹', '滿妹', '三妹', '四妹', '满嫂', '滿嫂',
  // (Stop 51, pii100 studied: a Tujia and Miao village's women by birth order, 龙二姐, 龙二妹, 麻四嬢.)
  '二姐', '三姐', '二妹', '四嬢', '四孃', '大嬢', '大孃'];
const FAMILY_NICK_LEFT_39 = new CharSet([...'的是和與与及、叫找给給跟替帮幫居壁名']);
/** Where a distinctive nickname (么妹, 二嬢; not 老大) may follow a place's word: 竹篙村何么妹, 三组张二嬢. */
const NICK_PLACE_LEFT_39 = new CharSet([...'村组組社队隊']);
/** Surnames that are also prepositions or conjunctions (向老大反映, 连老大都不管, 于老大来说): a nickname after them only
 * with a person's cue, 叫/找/的 before or 说/家 after (找向老大, 向老大说). */
const PREPOSITION_SURNAME_39 = new CharSet([...'向连連于從从由同和对對跟与與给給被把让讓']);
/** A name opening a line before a bar or a dash and a number (宫振江｜177…, 宫振江 | 177…, 柴玉霞——158-…, 柴玉霞—158…,
 * 柴玉霞──158…): a run of the mark counts once. */
const BAR_MARKS_39 = ['｜', '|', '—', '─'];
/** A client or clients named after 受 and before 委托 (受甘秀蓮女士委託, 受黎国骧、黎国富、黎秀英三人委托). */
const CLIENTS_39 = /受((?:[\u3400-\u9fff]{2,4}[、，,和及与與]){0,5}[\u3400-\u9fff]{2,4}?)(?:女士|先生|老人)?(?:[二三四五六七八九十]人|等人|等|夫妇|夫婦)?(?:的)?(?:委托|委託)/g;
/** Asking for an elder named in full (替齐德山大爷问, 替邰振興大爺說句話). */
const FOR_ELDER_39 = /(?:替|帮|幫|代)([\u3400-\u9fff]{3})(?=大爷|大爺|大娘|大妈|大媽|奶奶|爷爷|爺爺|阿姨|老人|老爷子|老爺子)/g;
/** A chat speaker's display name with a dash at a line's start in a group's log (红纺-李姐：, 二组-德福：, 东区—王阿姨：). */
const DASH_SPEAKER_39 = /(?:^|\n)([\u3400-\u9fff]{1,6}[-－—][\u3400-\u9fff]{1,3})[：:]/g;

/** A surname and a kin word or an epithet (孙婆婆, 陈瞎子, 叶二娘, 孙九爷): a form of address, no full name. */
const EPITHET_END_39 = /(?:婆婆|爷爷|爺爺|奶奶|姥姥|公公|叔叔|伯伯|阿姨|大爷|大爺|大娘|大妈|大媽|瞎子|聋子|聾子|瘸子|哑巴|啞巴|拐子|婶婶|嬸嬸|嫂子|老汉|老漢|[二三四五六七八九]娘|[二三四五六七八九][爷爺])$/;
function nameOk39(text: string, s: number, e: number): boolean {
  return e - s >= 2 && e - s <= 4 && likelyName(text, s, e) && !notName38b(text, s, e, true) && !KIN_FORM_37B.test(text.slice(s, e)) && !EPITHET_END_39.test(text.slice(s, e));
}

/** Dictionary words of three or four characters starting with 老大, 老二, 老三 or 老四 (老大难, 老三届, 老大妈, 老大夫,
 * 老三篇, 老大不小), whatever their tag: jieba tags many of them a person's. Read the first time. */
let elderWords39: Set<string> | undefined;
function elderWord39(span: string): boolean {
  if (!elderWords39) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq) => {
      if ((word.length === 3 || word.length === 4) && freq >= 3 && /^老[大二三四]/.test(word)) words.add(word);
    });
    elderWords39 = words;
  }
  return elderWords39.has(foldToSimplified(span));
}

function scanNames39(text: string, spans: PiiSpan[]): void {
  for (const nick of FAMILY_NICK_39) {
    if (!has(text, nick)) continue;
    const elder = nick[0] === '老';
    for (let k = text.indexOf(nick, 1); k >= 0; k = text.indexOf(nick, k + 1)) {
      const s = k - 1;
      if (surnameLength(text, s) !== 1 || !isHan(text.charCodeAt(s))) continue;
      const left = s > 0 && isHan(text.charCodeAt(s - 1)) ? text[s - 1] : '';
      if (left && (!(FAMILY_NICK_LEFT_39.has(left) || (!elder && NICK_PLACE_LEFT_39.has(left))) || word50_38b(text.slice(s - 1, s + 1)) || taggedPersonWord38(text.slice(s - 1, s + 1)))) continue;
      const next = text[k + 2] ?? '';
      if (elder) {
        // (老大 and 老二 as words after a surname-like character: 我家老大, 他是老大; 二 of 老二 ending a longer word; a
        // longer word starting at the nickname, 老大难, 老三届, 老大妈, 老大夫, 老三篇, 老大不小.)
        if (isHan(text.charCodeAt(k + 2)) && /^[子家们們哥姐爷爺娘]/.test(next)) continue;
        if (elderWord39(text.slice(k, k + 3)) || elderWord39(text.slice(k, k + 4))) continue;
      }
      if (PREPOSITION_SURNAME_39.has(text[s]) && !(/[叫找的]/.test(left) || /[说說家]/.test(next))) continue;
      spans.push({ kind: 'name', start: s, end: k + 2 });
    }
  }
  for (const bar of BAR_MARKS_39) {
    if (!has(text, bar)) continue;
    for (let k = text.indexOf(bar, 2); k >= 0; k = text.indexOf(bar, k + 1)) {
      if (text[k - 1] === bar) continue;
      let j = k;
      while (text[j] === bar) j++;
      if (!/^\s?[+＋0-9０-９]/.test(text.slice(j, j + 2))) continue;
      const at = text[k - 1] === ' ' ? k - 1 : k;
      let s = at;
      while (s > 0 && at - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
      if (at - s < 2 || at - s > 4 || !(s === 0 || SLASH_LEFT_38B.has(text[s - 1]))) continue;
      const e = cuedNameEnd37b(text, s);
      if (e !== at || !nameOk39(text, s, e)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '受') && (has(text, '委托') || has(text, '委託'))) {
    CLIENTS_39.lastIndex = 0;
    for (let m = CLIENTS_39.exec(text); m; m = CLIENTS_39.exec(text)) {
      let at = m.index + 1;
      for (const part of m[1].split(/[、，,和及与與]/)) {
        let e = cuedNameEnd37b(text, at);
        if (e !== at + part.length && part.length === 3 && surnameLength(text, at) === 1 && nameEnd(text, at, true) === at + 3) e = at + 3;
        if (e === at + part.length && nameOk39(text, at, e) && !/[局所院办辦委会會司]$/.test(part)) spans.push({ kind: 'name', start: at, end: e });
        at += part.length + 1;
      }
    }
  }
  if (has(text, '替') || has(text, '帮') || has(text, '幫') || has(text, '代')) {
    FOR_ELDER_39.lastIndex = 0;
    for (let m = FOR_ELDER_39.exec(text); m; m = FOR_ELDER_39.exec(text)) {
      const s = m.index + 1;
      if (surnameLength(text, s) !== 1 || nameEnd(text, s, true) !== s + 3 || !nameOk39(text, s, s + 3)) continue;
      spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
}

/** An office's words in the clause before a landline (社保所门口贴的电话, 清算组的电话, 办事大厅门口只写个, 律师事务所,
 * 预约要打): the office's public number, unless the writer's own (我, 家, 本人) or a named person is spoken of in that
 * clause, or a household's or an account's number (户号, 账号). Not 厕所, 场所. */
const OFFICE_CLAUSE_39 = /社保|[医醫]保|人社|局|(?<![厕廁场場住诊診])所(?!以|有|在)|中心|清算[组組]|大[厅廳]|窗口|[门門]口|[预預][约約]|[热熱][线線]|[单單]位|[办辦](?!理)|公司/;
const OWN_CLAUSE_39 = /我|俺|家|本人|手机|手機|[联聯][系繫]人|其|她|他|户主|戶主|老人|住/;
const ACCOUNT_CLAUSE_39 = /[户戶][号號]|[账賬帐帳][号號户戶]/;
const CLAUSE_MARK_39 = /[，,。！？!?\n；;：:]/;
/** A mailbox an office names (指定邮箱, 投诉邮箱, 官方邮箱): no one's, unless the clause speaks of someone's
 * (发到他单位邮箱). */
const OFFICE_MAIL_39 = /(?:指定|官方|公共|投[诉訴]|受理|[单單]位|局|中心|[办辦])的?(?:[邮郵]箱|信箱)[:：\s]{0,2}$/;
/** A sample's words touching a number or its cue (“卡号示例” 6228…, 样本号码…, 示例：…): no one's number. */
const SAMPLE_NUMBER_39 = /(?:示例|[样樣]本|[范範]例|[样樣]例|模板)(?:[号號][码碼]|卡[号號]|[编編][号號]|[号號]|[电電]话|[电電]話|手[机機]|[邮郵]箱)?[”"'」』\s:：]*$/;

/** The start of the clause `at` is in (up to 20 characters back). */
function clauseStart39(text: string, at: number): number {
  let c = at;
  while (c > 0 && at - c < 20 && !CLAUSE_MARK_39.test(text[c - 1])) c--;
  return c;
}

/** Whether a person is named in text[c, at): a name span, or a likely name opening the clause (张德明预约电话). */
function nameInClause39(text: string, spans: PiiSpan[], c: number, at: number): boolean {
  if (spans.some((o) => o.kind === 'name' && o.start >= c && o.end <= at)) return true;
  for (let i = c; i < at - 1; i++) {
    if (!isHan(text.charCodeAt(i)) || !surnameLength(text, i)) continue;
    const e = nameEnd(text, i);
    if (e > i + 1 && e <= at && (i === c || !isHan(text.charCodeAt(i - 1))) && likelyName(text, i, e) && !notName38b(text, i, e)) return true;
  }
  return false;
}

/** (Stop 39) After all rules: an office's landline and mailbox, and a sample's number, dropped. */
export function stop39After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp of spans) {
    if (sp.kind === 'landline') {
      const c = clauseStart39(text, sp.start);
      const clause = text.slice(c, sp.start);
      if (OFFICE_CLAUSE_39.test(clause) && !OWN_CLAUSE_39.test(clause) && !ACCOUNT_CLAUSE_39.test(clause) && !nameInClause39(text, spans, c, sp.start)) { changed = true; continue; }
    }
    if (sp.kind === 'email' && OFFICE_MAIL_39.test(text.slice(Math.max(0, sp.start - 8), sp.start)) && !OWN_CLAUSE_39.test(text.slice(clauseStart39(text, sp.start), sp.start))) { changed = true; continue; }
    if (sp.kind !== 'name' && sp.kind !== 'address' && SAMPLE_NUMBER_39.test(text.slice(Math.max(0, sp.start - 12), sp.start).replace(/^[^]*[，,。；;！!？?\n]/, ''))) { changed = true; continue; }
    kept.push(sp);
  }
  if (has(text, '群') && (has(text, '-') || has(text, '－') || has(text, '—'))) {
    const added = dashSpeakers39(text, kept);
    if (added.length) return mergeSpans(kept.concat(added));
  }
  return changed ? kept : spans;
}

/** Chat speakers with a dash whom no rule read (红纺-李姐：, 二组-德福：, 南浜-阿凤：): the display name whole, where the
 * right side is name-like (a surname and a kin word, 阿 and a character, or a likely name), not a role or a word
 * (东区-业主：, 东区-会员：, 东区-一号：). Where a rule read the name after the dash (罗马-甘志强：, 南浜-阿凤：) the older
 * sets' convention stands and the place stays visible; an office's or an official's (渔政-王队, 社区-网格员, 网点-老聂)
 * stays too. */
const OFFICIAL_AFTER_DASH_39 = /[队隊长長]$|主任|书记|書記|警官|干部|幹部|客服|网格|網格|老师|老師|医生|醫生/;
const OFFICE_BEFORE_DASH_39 = /政$|[点點]$|网点|網點|物业|物業/;
const KIN_AFTER_DASH_39 = /^(?:[姐哥叔婶嬸嫂姨伯婆爷爺奶]|阿姨|大[姐哥叔爷爺妈媽娘])$/;
function dashNameLike39(text: string, s: number, e: number): boolean {
  const right = text.slice(s, e);
  const folded = foldToSimplified(right);
  if (word50_38b(folded) || wordNotPerson(folded)) return false;
  if (/^阿[\u3400-\u9fff]$/.test(right)) return true;
  const sl = surnameLength(text, s);
  if (sl >= 1 && KIN_AFTER_DASH_39.test(right.slice(sl))) return true;
  return right.length >= 2 && likelyName(text, s, e);
}
function dashSpeakers39(text: string, spans: PiiSpan[]): PiiSpan[] {
  const out: PiiSpan[] = [];
  DASH_SPEAKER_39.lastIndex = 0;
  for (let m = DASH_SPEAKER_39.exec(text); m; m = DASH_SPEAKER_39.exec(text)) {
    const s = m.index + m[0].length - m[1].length - 1;
    const e = s + m[1].length;
    const [left, right] = m[1].split(/[-－—]/);
    if (OFFICE_SPEAKER.test(m[1]) || OFFICE_DASH_37B.test(left) || OFFICE_BEFORE_DASH_39.test(left) || OFFICIAL_AFTER_DASH_39.test(right)) continue;
    if (spans.some((sp) => sp.start < e && sp.end > s)) continue;
    if (!dashNameLike39(text, e - right.length, e)) continue;
    out.push({ kind: 'name', start: s, end: e });
  }
  return out;
}
