import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny, textTables } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { introBefore, numbersTables, sawTriggers } from '../numbers.js';
import { nameStart } from '../homes.js';
import { riverAndNorthWestTables } from './river-and-north-west.js';

const { CYRILLIC } = textTables;
const { PHONE_INTRO, T_PAREN } = numbersTables;
const { AMBIGUOUS_SURNAMES, GIVEN_SET, NOT_GIVEN, SURNAME_SET, isHan } = nameWordsTables;
const { firstGiven } = riverAndNorthWestTables;

// ---------------------------------------------------------------------------------------------
// (Round 23) Read on pii15.jsonl (a north-eastern border prefecture: forestry towns, Korean-Chinese and Manchu villages,
// relatives in Korea and Russia; recall 0.842 unseen). Each rule is a form, not a set's names.

/** A Russian number: +7 and a 9xx mobile, or 8 and one grouped 3-3-2-2 (8 914 205 37 19), with spaces, dashes, brackets;
 * (round 26) and a Kazakh one, the same with a 7xx mobile (+7 702 418 63 27, +77014829365, 8 747 310 85 22). */
const RUSSIAN_PHONE_WORD = /(?:тел|Тел|ТЕЛ|телефон|Телефон|моб|Моб)\.?[:：]?\s?$/;
const RU_PHONE = /(?:\+7[\s\-]?\(?[79][0-9]{2}\)?[\s\-]?[0-9]{3}[\s\-]?[0-9]{2}[\s\-]?[0-9]{2}|(?<![0-9])8 [79][0-9]{2} [0-9]{3} [0-9]{2} [0-9]{2})(?![0-9])/g;
/** A Korean alien registration (or resident registration) number after its word: birth date, a dash, seven digits. */
const KOREAN_REGISTRATION = /(?:登录证|登錄證|登录号|登錄號|登记证|登記證|登录|登錄|居民登录|居民登錄|身份证|身份證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為|係)?[:：]?\s?([0-9]{6}[-－][1-8][0-9]{6})(?![0-9])/g;
/** A forestry farm's or a mine's family quarters by row and number (家属房3排8号), the farm's name before it kept. */
const QUARTERS_HOME = /(?:家属房|家屬房|家属院|家屬院)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
const FOREST_FARM_HOME = /(?:林场|林場)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[排委]|家属区|家屬區)(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓院])/g;
const BRACKETED_GROUP_HOUSE = /[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[组組](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號][）)]/g;
/** A village home by hamlet and number after a 屯, 堡 or 村 (东山屯四组5号, 關家窩堡五組21號). */
const TUN_HOME = /[屯堡村](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[组組社](?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９])/g;
/** A name in Cyrillic: a capitalised given name and a surname (Наталья Смирнова). */
const CYRILLIC_NAME = /(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{1,15} [А-ЯЁ][а-яё]{1,20}(?:а|ов|ев|ин|ина|ова|ева|ский|ская|ко|ук|юк)?(?![А-Яа-яЁё])/g;
/** A Russian surname transliterated (伊萬諾夫, 彼得罗夫): two or three characters and an -ov/-ev ending. */
// (Two characters and 诺夫, 諾夫, 罗夫, 羅夫, 洛夫, 科夫, 耶夫, 列夫, 托夫 or 斯基.)
const RUSSIAN_ENDING_LAST = ['夫', '基'];
const RUSSIAN_ENDING_FIRST = new CharSet([...'诺諾罗羅洛科耶列托斯']);
/** What may stand right before such a surname: no character, or a word that ends before a person (合夥人, 俄罗斯的, 和). */
/** Function characters no transliteration has (学的斯基 is no surname; 彼得 is one, so not LOOSE_STOP's 得). */
const NOT_IN_RUSSIAN_SURNAME = new CharSet([...'的了是在和与與及我你他她们們这這那有就都也还還又很把被给給']);
const BEFORE_RUSSIAN_SURNAME = new CharSet([...'的人伙夥方是叫板闆友家和与與跟同找给給']);
/** A land, forest or grassland certificate's number after its word (柳農承字（2016）第04137號, 吉林证字（2008）第1173号). */
// (Stop 29: a property certificate, 不动产权证号闽（2019）汐浦市不动产权第0031875号, and a Taiwan veteran's, 榮民證號榮字第0417826號.)
const CERTIFICATE_NUMBER = /(?:林权证|林權證|经营权证|經營權證|承包证|承包證|土地证|土地證|宅基地证|宅基地證|不动产权证书|不動產權證書|不动产权证|不動產權證|房产证|房產證|荣民证|榮民證)(?:号码|號碼|号|號|编号|編號)?(?:是|为|為|係)?[:：]?\s?((?:[\u3400-\u9fff]{1,5}字(?:[（(][0-9０-９]{4}[)）])?|[\u3400-\u9fff][（(][0-9０-９]{4}[)）][\u3400-\u9fff]{1,8}?(?:不动产权|不動產權|房权证|房權證))第?[0-9０-９]{2,8}[号號])/g;
/** A room of a care home with its floor (敬老院二樓203房): a resident's home. */
const CARE_HOME_FLOOR_ROOM = /(?:养老院|養老院|敬老院|颐养院|頤養院|福利院|护理院|護理院|老年公寓)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[楼樓层層][0-9０-９]{2,4}(?:房|室|号|號)(?![0-9０-９])/g;

export function scanRound23(text: string, out: PiiSpan[]) {
  if (has(text, '+7') || has(text, '8 9') || has(text, '8 7')) {
    RU_PHONE.lastIndex = 0;
    for (let m = RU_PHONE.exec(text); m; m = RU_PHONE.exec(text)) {
      // (8 and 3-3-2-2 only where the writer says it is a phone: 电话, 手机.)
      // (Stop 29: or the Russian word for it, тел. 8 914 755 02 39.)
      if (m[0][0] === '8' && !introBefore(text, m.index, PHONE_INTRO) && !RUSSIAN_PHONE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
    }
  }
  if ((has(text, '-') || has(text, '－')) && hasAny(text, REGISTRATION_WORDS)) {
    KOREAN_REGISTRATION.lastIndex = 0;
    for (let m = KOREAN_REGISTRATION.exec(text); m; m = KOREAN_REGISTRATION.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '排') && (has(text, '家属') || has(text, '家屬'))) {
    QUARTERS_HOME.lastIndex = 0;
    for (let m = QUARTERS_HOME.exec(text); m; m = QUARTERS_HOME.exec(text)) {
      let start = m.index;
      // (The farm's, mine's or factory's name: 紅松林場家屬房…, 二道河子林场家属房….)
      if (start >= 2 && /(?:林场|林場|矿区|礦區|煤矿|煤礦|厂区|廠區)$/.test(text.slice(start - 2, start))) start = nameStart(text, start - 2);
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (Stop 29) A forest farm's house by row or by committee and number, or in its family quarter (青松林場五排3號,
  // 杨木沟林场二委15号, 老黑溝林場家屬區7號), with the farm's name; the studied sets label every such run (40 of 40).
  if (has(text, '林场') || has(text, '林場')) {
    FOREST_FARM_HOME.lastIndex = 0;
    for (let m = FOREST_FARM_HOME.exec(text); m; m = FOREST_FARM_HOME.exec(text)) {
      let start = nameStart(text, m.index);
      // (林場的家青松林場…: the writer's 家 is not the farm's name.)
      if (text[start] === '家' && text[start - 1] === '的') start++;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (Stop 29) A village group's house in brackets after a name, as a meeting's record lists speakers: 金成国（一组3号）.
  if (sawTriggers & T_PAREN && (has(text, '组') || has(text, '組'))) {
    BRACKETED_GROUP_HOUSE.lastIndex = 0;
    for (let m = BRACKETED_GROUP_HOUSE.exec(text); m; m = BRACKETED_GROUP_HOUSE.exec(text)) out.push({ kind: 'address', start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  if (has(text, '屯') || has(text, '堡') || (has(text, '村') && (has(text, '组') || has(text, '組') || has(text, '社')))) {
    TUN_HOME.lastIndex = 0;
    for (let m = TUN_HOME.exec(text); m; m = TUN_HOME.exec(text)) {
      const start = nameStart(text, m.index);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // (A Cyrillic name has one of а, е, и, о: four look-ups where an expression would read the whole text.)
  if ((has(text, 'а') || has(text, 'е') || has(text, 'и') || has(text, 'о')) && CYRILLIC.test(text)) {
    CYRILLIC_NAME.lastIndex = 0;
    for (let m = CYRILLIC_NAME.exec(text); m; m = CYRILLIC_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  // (Found from each 夫 and 基, the ending's last character: an expression tried at every position cost a tenth of detectPii.)
  for (const last of RUSSIAN_ENDING_LAST) {
    if (!has(text, last)) continue;
    for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
      if (!RUSSIAN_ENDING_FIRST.has(text[i - 1]) || !(last === '基' ? text[i - 1] === '斯' : text[i - 1] !== '斯')) continue;
      const at = i - 3;
      if (at < 0 || !isHan(text.charCodeAt(at)) || !isHan(text.charCodeAt(at + 1)) || NOT_IN_RUSSIAN_SURNAME.has(text[at]) || NOT_IN_RUSSIAN_SURNAME.has(text[at + 1])) continue;
      if (at > 0 && isHan(text.charCodeAt(at - 1)) && !BEFORE_RUSSIAN_SURNAME.has(text[at - 1])) continue;
      out.push({ kind: 'name', start: at, end: i + 1 });
    }
  }
  if (has(text, '字') || has(text, '产权') || has(text, '產權') || has(text, '房权') || has(text, '房權')) {
    CERTIFICATE_NUMBER.lastIndex = 0;
    for (let m = CERTIFICATE_NUMBER.exec(text); m; m = CERTIFICATE_NUMBER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // "；那玉兰 家属房1排5号 0439-…；钮德才 家属房2排1号 …": in a list, a full name set off right before a home.
  if (has(text, '；') || has(text, ';')) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'address' || text[sp.start - 1] !== ' ') continue;
      const e = sp.start - 1;
      const st = e - 3;
      if (st < 1 || !';；'.includes(text[st - 1])) continue;
      const c = text[st];
      if (!(SURNAME_SET.has(c) || AMBIGUOUS_SURNAMES.has(c)) || !firstGiven(text[st + 1]) || !GIVEN_SET.has(text[st + 2]) || NOT_GIVEN.has(text[st + 1]) || NOT_GIVEN.has(text[st + 2])) continue;
      out.push({ kind: 'name', start: st, end: e });
    }
  }
  if (hasAny(text, CARE_HOMES)) {
    CARE_HOME_FLOOR_ROOM.lastIndex = 0;
    for (let m = CARE_HOME_FLOOR_ROOM.exec(text); m; m = CARE_HOME_FLOOR_ROOM.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
}
const CARE_HOMES = ['养老院', '養老院', '敬老院', '颐养院', '頤養院', '福利院', '护理院', '護理院', '老年公寓'];
const REGISTRATION_WORDS = ['登录', '登錄', '登记', '登記', '身份'];
