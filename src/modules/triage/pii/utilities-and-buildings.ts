import type { PiiSpan } from './spans.js';
import { hasAny } from './text.js';
import { likelyName, nameEnd, surnameLength } from './name-words.js';
import { notName38b, SAMPLE_ROW_44 } from './regions/clan-villages-and-state-farm.js';
import { ordinaryWord37 } from './regions/delivery-hub-and-island-port.js';
import { foldToSimplified } from '../normalize.js';
import { numbersAfterCues } from './personal-papers.js';
import { isGroupChat45 } from './wards-and-hospital-numbers.js';

// (Stop 45, pii79 studied) A county town's heating, water, gas and power as its households write about them: a meter's
// number (水表号20593719, 燃气表BC51525953: one household's, as its account is), the name a household gives alone between
// its account and its complaint (燃气户号3601716360，賈全喜，安检乱收费) or at a line's head before what it asks
// (郝改莲申请暖气退费), and the names a building's group chat goes by (302小苗：, 小伏：, 3单元王婶：; a building's, a floor's
// or a unit's number before the name stays, as the older sets label 12棟-老褚).

/** A meter's number after its cue (水表号, 电表号, 燃气表号, 表号) or straight after the meter (燃气表BC51525953). */
const METER_NUMBER_45 = /(?:水表|水錶|电表|電錶|燃气表|燃氣表|燃氣錶|气表|氣表|氣錶|(?<![代手])表)(?:号|號)(?:码|碼)?(?:是|为|為)?[:：]?\s?([A-Z]{0,3}[0-9]{6,14})(?![0-9A-Za-z])/g;
const METER_STRAIGHT_45 = /(?:水表|水錶|电表|電錶|燃气表|燃氣表|燃氣錶)([A-Z]{1,3}[0-9]{6,14})(?![0-9A-Za-z])/g;
const METER_CUES_45 = ['表号', '表號', '錶號', '水表', '水錶', '电表', '電錶', '燃气表', '燃氣表', '燃氣錶'];

/** A full name of three alone between two separators (，賈全喜，; two characters there are words as often: ，車貸，), in a text that gives a number of seven digits or more (an account, a
 * phone): a household signing its complaint. */
const NAME_CELL_45 = /(?:^|[，,；;、\s])([\u3400-\u9fff]{3})(?=[，,；;])/g;
/** A full name of three at a line's head before what the household asks or reports (郝改莲申请暖气退费). */
const NAME_BEFORE_ASK_45 = /(?:^|\n)([\u3400-\u9fff]{3})(?=申请|申請|反映|投诉|投訴|举报|舉報|咨询|諮詢|要求)/g;
const LONG_NUMBER_45 = /[0-9]{7,}/;

/** A building chat's display name: a flat's number and a nickname (302小苗：) whole; 小 and a surname (小伏：); a nickname or a
 * kin word after a building's, a floor's or a unit's number (5楼-老边：, 3单元王婶：, 12号楼乔：), the nickname alone. */
const FLAT_NICK_45 = /(?:^|\n)([0-9]{3,4}(?:小|老|阿)[\u3400-\u9fff])[：:]/g;
const XIAO_SURNAME_45 = /(?:^|\n)(小[\u3400-\u9fff])[：:]/g;
const AFTER_BUILDING_45 = /(?:^|\n)[0-9]{1,3}(?:号楼|號樓|楼|樓|单元|單元|栋|棟|层|層)[-－]?((?:老|小|阿)[\u3400-\u9fff]|[\u3400-\u9fff](?:婶|嬸|姨|叔|哥|姐|嫂|伯)|[\u3400-\u9fff](?=[：:]))[：:]/g;
/** A residents' chat (a building's, a compound's, a lane's). */
const RESIDENTS_45 = ['住户', '住戶', '业主', '業主', '家属院', '家屬院', '号楼', '號樓', '小区', '小區', '宿舍', '巷'];

export function scanUtilitiesAndBuildings45(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, METER_CUES_45)) {
    numbersAfterCues(METER_NUMBER_45, text, spans);
    numbersAfterCues(METER_STRAIGHT_45, text, spans);
  }
  if (LONG_NUMBER_45.test(text)) namesIn(NAME_CELL_45, text, spans);
  if (hasAny(text, ['申请', '申請', '反映', '投诉', '投訴', '举报', '舉報', '咨询', '諮詢', '要求'])) namesIn(NAME_BEFORE_ASK_45, text, spans);
  if (!isGroupChat45(text)) return;
  whole(FLAT_NICK_45, text, spans, (l) => surnameLength(l, l.length - 1) === 1);
  // (小 and a surname in a building's residents' chat; in a workplace's, 小葛 is a colleague the older sets leave visible.)
  if (hasAny(text, RESIDENTS_45)) whole(XIAO_SURNAME_45, text, spans, (l) => surnameLength(l, 1) === 1);
  whole(AFTER_BUILDING_45, text, spans, (l) => surnameLength(l, l.length === 1 || l[0] === '老' || l[0] === '小' || l[0] === '阿' ? l.length - 1 : 0) === 1);
}

/** Each group 1 of `re` (global) that reads as a full name (a surname, a given name, no word of the dictionary's). */
function namesIn(re: RegExp, text: string, spans: PiiSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + m[0].length - m[1].length;
    const e = s + m[1].length;
    // (Not a form's sample row, 张三,1301…,示例; not a word, 車貸, read in Simplified.)
    const lineStart = text.lastIndexOf('\n', s) + 1;
    let lineEnd = text.indexOf('\n', e);
    if (lineEnd < 0) lineEnd = text.length;
    if (SAMPLE_ROW_44.test(text.slice(lineStart, lineEnd))) continue;
    if (surnameLength(text, s) === 1 && nameEnd(text, s, true) === e && likelyName(text, s, e) && !notName38b(text, s, e) && !ordinaryWord37(foldToSimplified(text.slice(s, e)))) spans.push({ kind: 'name', start: s, end: e });
  }
}

/** Each group 1 of `re` (global, the display name) that `keep` lets through, as a name. */
function whole(re: RegExp, text: string, spans: PiiSpan[], keep: (label: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!keep(m[1])) continue;
    const s = m.index + m[0].lastIndexOf(m[1]);
    spans.push({ kind: 'name', start: s, end: s + m[1].length });
  }
}
