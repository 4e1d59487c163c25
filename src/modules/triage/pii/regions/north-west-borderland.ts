import type { PiiSpan } from '../spans.js';
import { CharSet, unitSetsTables } from '../unit-sets.js';
import { anchoredScansTables } from '../anchored-scans.js';
import { candText, has, hasAny, textTables } from '../text.js';
import { afterNameOk, nameWordsTables } from '../name-words.js';
import { sawLetter } from '../numbers.js';
import { platesTables } from '../plates.js';
import { accountsTables } from '../accounts.js';
import { nameStart } from '../homes.js';
import { fullNameAt } from '../names-cued.js';
import { namesByDealingsTables } from '../names-by-dealings.js';
import { riverAndNorthWestTables } from './river-and-north-west.js';

const { codes } = unitSetsTables;
const { KIN_TRANSLIT_AFTER, NOT_TRANSLIT_RUN, isTranslit } = namesByDealingsTables;
const { listedCount } = textTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, GIVEN_SET, NOT_GIVEN, NOT_NAME_WORD, SURNAME_SET, isColonOrSpace, isHan } = nameWordsTables;
const { STREET_NAME_STOP } = accountsTables;
const { BOAT_PROVINCE } = platesTables;
const { firstGiven } = riverAndNorthWestTables;
const { DIGIT_BIT } = anchoredScansTables;

// ---------------------------------------------------------------------------------------------
// (Round 26) Read on pii18.jsonl (a north-western borderland: an oasis city, farm regiments, a grassland banner;
// Uyghur, Kazakh, Mongolian and Hui writers; recall 0.720 unseen). Each rule is a form, not a set's names.

/** A Mongolian number: +976 and eight digits (4-4). */
const MN_PHONE = /\+976[\s\-]?[5-9][0-9]{3}[\s\-]?[0-9]{4}(?![0-9])/g;
/** A farm regiment's company housing by company, row and number (二四八团七连三排12号, 11连2排3号). */
const REGIMENT_HOME = /(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十百〇零]{1,5})[团團])?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[连連](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９])/g;
/** A herder's camp or household by number (塔林花嘎查4号牧点, 夏牧场9号牧点, 塔勒德沟7号户), the village or pasture kept. */
const CAMP_HOME = /(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?:牧点|牧點)|(?<=[沟溝村]|嘎查)(?:[0-9０-９]{1,3})[号號][户戶](?![主口籍头頭])/g;
const CAMP_PLACE_BEFORE = /(?:嘎查|牧场|牧場|[沟溝村])$/;
/** A lane's or street's house after a word of the writer's home (我家托格拉克巷29号, 院子在恰克玛巷17号, 就是家，草原路33号). */
const HOME_STREET_BEFORE = /(?:我家|俺家|老家|家在|院子在|院子是|就是家[，,]|在一起[，,])$/;
const HOME_STREET_CUES = ['我家', '俺家', '老家', '家在', '院子在', '院子是', '就是家', '在一起'];
const STREET_HOUSE = /(?:巷|路|街)(?:[0-9０-９]{1,4})[号號](?![楼樓院0-9０-９])/g;
/** A certificate's number in its own format (蒙（2019）哈日乌苏旗草原承包第0312号, 哈草承（2011）第1027号, 新边（2018）字第06231号): the
 * issuer's short name (one to three characters) before the year. */
const YEAR_CERTIFICATE = /[（(][0-9０-９]{4}[)）][\u3400-\u9fff]{0,12}?第[0-9０-９]{3,6}[号號]/g;
/** A border resident's or grassland certificate's letter code (XBM-653128-0417, HRWS-2019-030417). */
const LETTER_CERTIFICATE = /(?<![A-Za-z0-9-])[A-Z]{2,5}-[0-9]{4,6}-[0-9]{3,6}(?![A-Za-z0-9-])/g;
/** The certificates those numbers belong to, when one is named in the line. */
const CERTIFICATE_WORDS = ['边民证', '邊民證', '草原证', '草原證', '承包经营权证', '承包經營權證', '经营权证', '經營權證', '承包证', '承包證', '权证', '權證'];
/** A name in transliteration joined by a hyphen or a full-width stop (艾克拜尔-伊明, 祖丽皮亚．阿不力米提) or the middle dot. */
const TRANSLIT_JOINERS = '·•・．-－';
const JOINER_CODES = codes(TRANSLIT_JOINERS);
/** Characters a dotted transliterated name may have besides TRANSLIT's: the dot sets it apart from words. */
const TRANSLIT_DOTTED_MORE = codes('叶葉夏如比里地山肯沙拜包库庫肉');
/** Who a person is, before their name (中间人马永福, 房东者德清, 司机麦合苏提·阿巴斯, 车主买合木提·哈力克). */
/** Who a person is, before their name (中间人马永福, 房东者德清, 司机麦合苏提·阿巴斯, 车主买合木提·哈力克). */
const ROLE_WORDS = ['中间人', '中間人', '合伙人', '合夥人', '个体户', '個體戶', '枣农', '棗農', '房东', '房東', '车主', '車主', '司机', '司機', '租客', '社员', '社員', '店主', '户主', '戶主', '牧民', '哥哥', '弟弟', '妹妹', '姐姐', '邻居', '鄰居', '父亲', '父親', '爷爷', '爺爺', '同学', '同學', '老公', '丈夫', '儿子', '兒子', '管事的'];
/** A Latin-script name after who the person is (他叫Ganbold Tsogt, 合作伙伴Dauren Abenov, 护照上写的是Ablimit Savur). */
const LATIN_AFTER_ROLE = /(?:[他她我]叫|名叫|司机|司機|商人|伙伴|夥伴|买家|買家|客户|客戶|留学生|留學生|学生|學生|探亲的|探親的|的是|名)\s?([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?(?: [A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,14})?)?)(?![A-Za-z ])/g;
/** What a person named after their role does next (中间人马永福拖了…, 中间人杨国福拿了…). */
const VERB_AFTER_ROLE_NAME = new CharSet([...'拖拿收欠骗騙带帶跑卷捲说說叫把给給就又也都还還是在不没沒打占佔借扣要']);
/** Place names written in these characters that open a sentence as a name would (阿克苏，…). */
const TRANSLIT_PLACES = new Set(['阿克苏', '阿克蘇', '阿拉木图', '阿拉木圖', '哈萨克', '哈薩克', '哈萨克斯坦', '哈薩克斯坦', '蒙古', '吐鲁番', '吐魯番', '库尔勒', '庫爾勒', '喀什', '和田', '阿勒泰', '塔城', '哈密', '阿拉善', '锡林郭勒', '呼和浩特', '包头', '鄂尔多斯', '巴音']);
/** What may stand before an item of a list (a name before its home, number or plate). */
const LIST_ITEM_BEFORE = new CharSet([...'；;、：:，,①②③④⑤⑥⑦⑧⑨⑩\n \u3000']);
/** Words for the number that may stand between a listed name and the number (阿如汗 2号牧点; 娜仁 电话158…). */
const LISTED_NUMBER_WORD = /^(?:[\s，,]?(?:电话|電話|手机|手機|证号|證號|边民证|邊民證|草原证号|草原證號|身份证|身份證)[:：]?\s?|[\s，,]|[（(][\u3400-\u9fff]{1,6}[)）]\s?)/;

/** The end of a transliterated name at `at` (its parts joined by TRANSLIT_JOINERS), or -1: 2–10 characters a part. */
function transliteratedEnd(text: string, at: number, minLength: number): number {
  let e = at;
  let parts = 0;
  for (;;) {
    const p = e;
    // (The first part too may have TRANSLIT_DOTTED_MORE's characters, 叶尔包拉提·赛提, when a joiner follows it.)
    while (e < text.length && e - p < 10 && (isTranslit(text.charCodeAt(e)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(e)))) e++;
    if (parts === 0 && !(e + 1 < text.length && JOINER_CODES.has(text.charCodeAt(e)))) {
      e = p;
      while (e < text.length && e - p < 10 && isTranslit(text.charCodeAt(e))) e++;
    }
    if (e - p < 2) return parts ? p - 1 : -1;
    parts++;
    if (e + 1 < text.length && JOINER_CODES.has(text.charCodeAt(e)) && (isTranslit(text.charCodeAt(e + 1)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(e + 1)))) {
      e++;
      continue;
    }
    return e - at >= minLength ? e : -1;
  }
}

export function scanRound26(text: string, out: PiiSpan[]) {
  // (Kazakh numbers are read with the Russian ones, scanRound23's RU_PHONE.)
  if (has(text, '+976')) {
    MN_PHONE.lastIndex = 0;
    for (let m = MN_PHONE.exec(text); m; m = MN_PHONE.exec(text)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '排') && (has(text, '连') || has(text, '連'))) {
    REGIMENT_HOME.lastIndex = 0;
    for (let m = REGIMENT_HOME.exec(text); m; m = REGIMENT_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '牧点') || has(text, '牧點') || has(text, '号户') || has(text, '號戶') || has(text, '号戶') || has(text, '號户')) {
    CAMP_HOME.lastIndex = 0;
    for (let m = CAMP_HOME.exec(text); m; m = CAMP_HOME.exec(text)) {
      let start = m.index;
      // (A village's or pasture's name before the number, 塔林花嘎查4号牧点: kept with it; after 在 or a boundary, it begins.)
      const before = CAMP_PLACE_BEFORE.exec(text.slice(Math.max(0, start - 3), start));
      if (before) start = nameStart(text, start - 1);
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if ((has(text, '巷') || has(text, '路') || has(text, '街')) && hasAny(text, HOME_STREET_CUES)) {
    STREET_HOUSE.lastIndex = 0;
    for (let m = STREET_HOUSE.exec(text); m; m = STREET_HOUSE.exec(text)) {
      let s0 = m.index;
      while (s0 > 0 && m.index - s0 < 8 && isHan(text.charCodeAt(s0 - 1)) && !STREET_NAME_STOP.has(text[s0 - 1]) && !HOME_STREET_BEFORE.test(text.slice(Math.max(0, s0 - 6), s0))) s0--;
      if (s0 === m.index || !HOME_STREET_BEFORE.test(text.slice(Math.max(0, s0 - 6), s0))) continue;
      const end = m.index + m[0].length;
      out.push({ kind: 'address', start: s0, end });
      // "我家托格拉克巷29号，他家31号": the neighbour's house in the same lane.
      const next = /^[，,]?(?:他家|她家|他们家|他們家)([0-9０-９]{1,4}[号號])/.exec(text.slice(end, end + 10));
      if (next) out.push({ kind: 'address', start: end + next[0].length - next[1].length, end: end + next[0].length });
    }
  }
  if (hasAny(text, CERTIFICATE_WORDS) || has(text, '草承')) {
    YEAR_CERTIFICATE.lastIndex = 0;
    for (let m = YEAR_CERTIFICATE.exec(text); m; m = YEAR_CERTIFICATE.exec(text)) {
      // (The issuer's short name before the year, 蒙, 哈草承, 新边: up to four characters, not the cue word's.)
      let start = m.index;
      const longest = text[m.index - 1] === '字' ? 4 : 3; // (苦草承字（2011）…: 字 after the short name)
      while (start > 0 && m.index - start < longest && isHan(text.charCodeAt(start - 1)) && !'号號证證是为為的'.includes(text[start - 1])) start--;
      // (Without a boundary before it within three characters, the prefix is a province's one character, 另一户蒙（2019）….)
      if (start > 0 && isHan(text.charCodeAt(start - 1)) && !'号號证證是为為的'.includes(text[start - 1])) start = BOAT_PROVINCE.test(text[m.index - 1]) ? m.index - 1 : m.index;
      if (start === m.index) continue;
      out.push({ kind: 'member_number', start, end: m.index + m[0].length });
    }
    if (sawLetter) {
      LETTER_CERTIFICATE.lastIndex = 0;
      for (let m = LETTER_CERTIFICATE.exec(text); m; m = LETTER_CERTIFICATE.exec(text)) out.push({ kind: 'member_number', start: m.index, end: m.index + m[0].length });
    }
  }
  // A name in transliteration joined by a hyphen or a full-width stop, or by the dot with characters TRANSLIT lacks.
  for (const j of TRANSLIT_JOINERS) {
    if (!has(text, j)) continue;
    for (let i = text.indexOf(j); i >= 0; i = text.indexOf(j, i + 1)) {
      let s0 = i;
      while (s0 > 0 && i - s0 < 10 && (isTranslit(text.charCodeAt(s0 - 1)) || TRANSLIT_DOTTED_MORE.has(text.charCodeAt(s0 - 1)))) s0--;
      if (i - s0 < 2) continue;
      const e = transliteratedEnd(text, s0, 5);
      if (e <= i + 2) continue;
      // (The name's start: a boundary, a role or intro word, or a Latin letter or digit before it.)
      out.push({ kind: 'name', start: s0, end: e });
      i = e;
    }
  }
  // After who the person is: a Han full name (surname, ambiguous ones too, and two given-name characters) or a name in
  // transliteration.
  // (Each role word looked up where the text has it: an expression of their alternation read every text whole.)
  for (const role of ROLE_WORDS) {
    if (!has(text, role)) continue;
    for (let i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
      let at = i + role.length;
      if (at < text.length && (text[at] === '：' || text[at] === ':' || text[at] === ' ' || text[at] === '\u3000')) at++;
      const c = text[at] ?? '';
      // (Not 和, "and": 儿子和妹子的事.)
      if ((SURNAME_SET.has(c) || (AMBIGUOUS_SURNAMES.has(c) && c !== '和')) && !NOT_NAME_WORD.has(text.slice(at + 1, at + 3)) && firstGiven(text[at + 1] ?? '-') && GIVEN_SET.has(text[at + 2] ?? '-') && !NOT_GIVEN.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 2]) && (at + 3 >= text.length || !isHan(text.charCodeAt(at + 3)) || VERB_AFTER_ROLE_NAME.has(text[at + 3]) || afterNameOk(text, at + 1, at + 3) || KIN_TRANSLIT_AFTER.test(text.slice(at + 3, at + 5)))) {
        out.push({ kind: 'name', start: at, end: at + 3 });
        continue;
      }
      let e = transliteratedEnd(text, at, 2);
      if (e < 0) continue;
      if (e - at > 2 && (text[e - 1] === '不' || text[e - 1] === '都')) e--;
      if (NOT_TRANSLIT_RUN.test(text.slice(at, e)) || TRANSLIT_PLACES.has(text.slice(at, e))) continue;
      if (e === text.length || CLAUSE_END.has(text[e]) || isColonOrSpace(text[e]) || text[e] === '）' || text[e] === ')' || text[e] === '（' || text[e] === '(' || KIN_TRANSLIT_AFTER.test(text.slice(e, e + 2)) || /^[0-9０-９]/.test(text.slice(e, e + 1))) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // A sentence that opens with a name in transliteration and a comma, in a line that gives a number (热合曼江，…1879…).
  // (Sentence starts found by indexOf of each end mark: no walk over every character.)
  // (Digits as noteCharacters listed them: the text being read has some, else no rule here needs looking at.)
  const digits = text === candText && listedCount(DIGIT_BIT) > 0;
  if (digits && (has(text, '，') || has(text, ','))) for (const mark of OPENING_MARKS) {
    if (mark && !has(text, mark)) continue;
    for (let i = mark ? text.indexOf(mark) : -1; ; i = text.indexOf(mark, i + 1)) {
      if (mark && i < 0) break;
      const at = i + 1;
      if (at < text.length && isTranslit(text.charCodeAt(at))) {
        const e = transliteratedEnd(text, at, 3);
        if (e > 0 && (text.charCodeAt(e) === 0xff0c || text.charCodeAt(e) === 0x2c) && !TRANSLIT_PLACES.has(text.slice(at, e)) && !NOT_TRANSLIT_RUN.test(text.slice(at, e))) out.push({ kind: 'name', start: at, end: e });
      }
      if (!mark) break;
    }
  }
  if (sawLetter) {
    LATIN_AFTER_ROLE.lastIndex = 0;
    for (let m = LATIN_AFTER_ROLE.exec(text); m; m = LATIN_AFTER_ROLE.exec(text)) {
      if (!m[1].includes(' ') && m[1].length < 5) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
  }
  // In a list: a name right before what the list gives of that person (a home, a number, a plate, a certificate).
  if (hasAny(text, LIST_CUES)) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind === 'name' || sp.start === 0 || !LISTED_BEFORE_SPAN.has(text[sp.start - 1])) continue;
      // (Back over the number's word or a bracketed note, 娜仁 电话158…, 阿不都热西提（手抓肉）186….)
      let e = sp.start;
      for (let back = Math.min(10, e); back >= 1; back--) {
        const w = LISTED_NUMBER_WORD.exec(text.slice(e - back, sp.start));
        if (w && w[0].length === back) {
          e -= back;
          break;
        }
      }
      if (e === sp.start) continue;
      // (The name: a Han full name, or a transliterated one, after an item's boundary or marker.)
      for (let len = 2; len <= 12 && e - len >= 0; len++) {
        const st = e - len;
        const b = st === 0 ? '\n' : text[st - 1];
        if (!(LIST_ITEM_BEFORE.has(b) || /[0-9][.．)）]$/.test(text.slice(Math.max(0, st - 2), st)))) continue;
        const full = fullNameAt(text, st) === e || ((AMBIGUOUS_SURNAMES.has(text[st]) || SURNAME_SET.has(text[st])) && len === 3 && GIVEN_SET.has(text[st + 1]) && GIVEN_SET.has(text[st + 2]) && !NOT_GIVEN.has(text[st + 1]) && !NOT_GIVEN.has(text[st + 2]));
        if (full || (transliteratedEnd(text, st, 2) === e && !TRANSLIT_PLACES.has(text.slice(st, e)))) out.push({ kind: 'name', start: st, end: e });
        break;
      }
    }
  }
}
/** Where a sentence starts: the text's start ('') and after each mark. */
const OPENING_MARKS = ['', '。', '！', '!', '？', '?', '\n'];
/** What stands right before a listed person's number, home or certificate (the last character of LISTED_NUMBER_WORD's forms). */
const LISTED_BEFORE_SPAN = new CharSet([...' ，,）)：:话話机機号號证證\u3000']);

const LIST_CUES = ['联名', '聯名', '名单', '名單', '户主', '戶主', '店主', '；', ';', '①', '1）', '1)', '1.', '1．'];

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const northWestBorderlandTables = { VERB_AFTER_ROLE_NAME, LIST_ITEM_BEFORE };
