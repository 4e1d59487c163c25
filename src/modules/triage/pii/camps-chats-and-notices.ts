import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { likelyName, nameEnd, surnameLength } from './name-words.js';
import { notName38b } from './regions/clan-villages-and-state-farm.js';
import { namesAfterRoleCues, roleName39b } from './regions/internships-and-provincial-capital.js';
import { numbersAfterCues } from './personal-papers.js';

// (Stop 44, pii72, pii73 and pii74 studied) Where people live after a disaster or in a compound, the names they go by
// in a group chat, and the notices that name them: a prefab's or a tent's place in a relief camp (安置点B排03号板房,
// 帐篷区第4排第9顶帐篷), a village house by its group and number in a roll (七组23号), a chat's display name with the room
// or flat before it (B03-酆大勇：, 12-504 軍哥：; a building's number stays, 12棟-老褚：), a missing person's notice
// (寻人：樊青山，78岁), a donor at the head of a line (皮红霞向县红十字会捐款), the writer who runs on without a stop in a
// voice message (我是荇洲村的龚二妹我老公…), an owner's numbers in a compound and a platform's account.

/** A place in a relief camp's rows: a row's letter and a number (C排19号), with the prefab's word after it and the camp's
 * word before it (板房A排15号, 二中安置点D排08号板房). */
const CAMP_ROW_44 = /(?:板房)?[A-Z]排[0-9０-９]{1,3}[号號](?:板房|帐篷|帳篷)?/g;
/** A tent by its row and place (第4排第9顶帐篷, 帐篷区第2排第6顶). */
const TENT_ROW_44 = /(?:帐篷区|帳篷區)?第[0-9一二三四五六七八九十]{1,3}排第[0-9一二三四五六七八九十]{1,3}[顶頂](?:帐篷|帳篷)?/g;
const CAMP_WORDS_44 = ['板房', '安置点', '安置點', '帐篷', '帳篷'];
/** The camp's name before its row (二中安置点, 漵口鎮二中安置點): back to a stop or to the word that leads to it (住, 在). */
const CAMP_NAME_BEFORE_44 = /(?:^|[^\u3400-\u9fff]|[住在是的到])((?:(?![住在是的到])[\u3400-\u9fff]){1,8}安置[点點])$/;

/** A village house by its group and number, as a roll lists it (七组23号, 3组6号); not the third of a list (第三组). */
const GROUP_HOUSE_44 = /(?<![第0-9０-９一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[组組][0-9]{1,4}[号號](?![0-9])/g;

/** A chat line's display name with the room's code the member put before it (B03-酆大勇：, B07尤麗華：): a neighbour by
 * their door, whole. (A village's or a nickname's prefix, 沱灣-田大江, stays: the older sets label the name alone.) */
const CHAT_NAME_44 = /(?:^|\n)([A-Z][0-9]{1,4}[-－]?)([\u3400-\u9fff]{1,4})[：:]/g;

/** (pii73) A chat line's display name of a nickname after a flat's number, a building's or an owner's word (12-504 軍哥：,
 * 12棟-老褚：, 業主-小喬：): the nickname, and the flat's number with it (a household's door); a building's number or the
 * owner's word stays, as the older sets label such names (3棟-阿珂). */
const CHAT_NICK_44 = /(?:^|\n)(?:([0-9]{1,3}[-－][0-9]{2,4}[\s]?)|(?:[0-9]{1,3}[栋棟]|业主|業主)[-－])((?:老|小|阿)[\u3400-\u9fff]|[\u3400-\u9fff](?:哥|姐|叔|嫂|姨))[：:]/g;
/** (pii73) A resident by their floor or flat before the name (12樓的翁偉, 8棟1702的傅鈺). */
const RESIDENT_BY_FLAT_44 = /[0-9]{1,4}(?:楼|樓|栋|棟|室|号|號)的(?=[\u3400-\u9fff]{2,3})/g;
/** (pii73) Numbers an owner holds in a compound: a ballot's (选票XP-2025-0521), a maintenance fund's household account
 * (分户账HZWX202543105845) and a dog's licence (狗证澔犬2023-11206). */
const OWNER_NUMBER_44 = /(?:选票|選票|分户账|分戶賬|分戶帳|分户账号|分戶賬號|分戶帳號|狗证|狗證|犬证|犬證|养犬登记证|養犬登記證)(?:编号|編號|号|號)?(?:是|为|為)?[:：]?\s?((?:[\u3400-\u9fff]{1,2}(?=(?:19|20)[0-9]{2}))?[A-Z]{0,6}[-－]?(?:19|20)[0-9]{2}[-－]?[0-9]{3,12})(?![0-9A-Za-z])/g;
/** (pii73) Private staff before a full name: a compound's guards and property staff, a repairman (保安队长柴永刚,
 * 物业工作人员闫小燕). */
const COMPOUND_STAFF_CUES_44 = ['保安队长', '保安隊長', '物业工作人员', '物業工作人員', '维修工', '維修工', '保洁员', '保潔員'];
/** (pii75) A classmate before a full name (我们班韦俊、…): a pupil, no one's office. */
const CLASSMATE_CUES_44 = ['我们班', '我們班'];

/** (pii74) A person's account on a platform after the platform's 号 (快橙号kc799505196, 抖音号是abc_123): a handle that
 * opens with a small letter; offices' and shops' numbers after 单号 or 编号 open with capitals or digits, and a version (版本号
 * v2.3.12345), a model or an article number is none. */
const PLATFORM_HANDLE_44 = /[\u3400-\u9fff](?<![单單编編序批工票本型货貨款代字])[号號](?:是|为|為)?[:：]?\s?([a-z][a-z0-9_]{5,19})(?![A-Za-z0-9_.@])/g;

/** A missing person's notice before the name (寻人：樊青山). */
const NOTICE_CUES_44 = ['寻人', '尋人', '寻找失联', '尋找失聯'];
/** A name and an age right after it (樊青山，78歲; 韦三妹（15岁）). */
const NAME_AGE_44 = /(?:^|[：:，,、\s（(])([\u3400-\u9fff]{2,3})[，,（(\s]?[0-9]{1,3}[岁歲]/g;
/** A name at a line's head before 向 and a giving, a lending or a report (皮红霞向县红十字会捐款500元). */
const LINE_HEAD_GIVER_44 = /(?:^|\n)([\u3400-\u9fff]{3})向[^，,。\n]{0,16}(?:捐款|捐赠|捐贈|捐了|转账|轉賬|轉帳|汇款|匯款|借款|借了)/g;
/** The writer running on without a stop (speech to text): 我是荇洲村的龚二妹我老公 … */
const SELF_THEN_NAME_44 = /(?:我是|俺是|我係)[^，,。.!！？?\n]{1,14}?的(?=[\u3400-\u9fff]{2,3}(?:我|俺))/g;
/** A surname and a kin form the writer goes by (邝大姐, 龚二妹): read only after 我是…的. */
const KIN_NICK_44 = /^(?:大姐|二姐|三姐|大妹|二妹|三妹|大哥|二哥|三哥|大嫂|二嫂|阿婆|婆婆|大爷|大爺|大妈|大媽|大叔)/;

export function scanCampsChatsAndNotices44(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, CAMP_WORDS_44)) {
    CAMP_ROW_44.lastIndex = 0;
    for (let m = CAMP_ROW_44.exec(text); m; m = CAMP_ROW_44.exec(text)) {
      const before = CAMP_NAME_BEFORE_44.exec(text.slice(Math.max(0, m.index - 9), m.index));
      const start = m.index - (before ? before[1].length : 0);
      spans.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '排第')) {
    TENT_ROW_44.lastIndex = 0;
    for (let m = TENT_ROW_44.exec(text); m; m = TENT_ROW_44.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '组') || has(text, '組')) {
    GROUP_HOUSE_44.lastIndex = 0;
    for (let m = GROUP_HOUSE_44.exec(text); m; m = GROUP_HOUSE_44.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '：') || has(text, ':')) {
    CHAT_NAME_44.lastIndex = 0;
    for (let m = CHAT_NAME_44.exec(text); m; m = CHAT_NAME_44.exec(text)) {
      const start = m.index + m[0].length - m[1].length - m[2].length - 1;
      const s = start + m[1].length;
      // (A surname alone after the room, A1207荀：, is the member too: pii74.)
      if (m[2].length === 1 ? surnameLength(text, s) !== 1 : roleName39b(text, s) !== s + m[2].length) continue;
      spans.push({ kind: 'name', start, end: s + m[2].length });
    }
  }
  if (has(text, '：') || has(text, ':')) {
    CHAT_NICK_44.lastIndex = 0;
    for (let m = CHAT_NICK_44.exec(text); m; m = CHAT_NICK_44.exec(text)) {
      const end = m.index + m[0].length - 1;
      spans.push({ kind: 'name', start: end - m[2].length - (m[1]?.length ?? 0), end });
    }
  }
  if (has(text, '的')) {
    RESIDENT_BY_FLAT_44.lastIndex = 0;
    for (let m = RESIDENT_BY_FLAT_44.exec(text); m; m = RESIDENT_BY_FLAT_44.exec(text)) {
      const s = m.index + m[0].length;
      const e = roleName39b(text, s);
      if (e > 0) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (hasAny(text, ['选票', '選票', '分户', '分戶', '狗证', '狗證', '犬证', '犬證', '养犬', '養犬'])) numbersAfterCues(OWNER_NUMBER_44, text, spans);
  if (has(text, '号') || has(text, '號')) numbersAfterCues(PLATFORM_HANDLE_44, text, spans, undefined, 'wechat');
  if (hasAny(text, COMPOUND_STAFF_CUES_44)) namesAfterRoleCues(text, COMPOUND_STAFF_CUES_44, spans);
  if (hasAny(text, CLASSMATE_CUES_44)) namesAfterRoleCues(text, CLASSMATE_CUES_44, spans);
  if (hasAny(text, NOTICE_CUES_44)) namesAfterRoleCues(text, NOTICE_CUES_44, spans);
  if (has(text, '岁') || has(text, '歲')) namesBefore(NAME_AGE_44, text, spans);
  if (has(text, '向')) {
    // (A full name of three read by the name's own words: roleName39b wants no verb right after it, and 向 is one.)
    LINE_HEAD_GIVER_44.lastIndex = 0;
    for (let m = LINE_HEAD_GIVER_44.exec(text); m; m = LINE_HEAD_GIVER_44.exec(text)) {
      const s = m.index + (m[0].startsWith(m[1]) ? 0 : 1);
      const e = s + 3;
      if (nameEnd(text, s, true) === e && surnameLength(text, s) === 1 && likelyName(text, s, e) && !notName38b(text, s, e)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (has(text, '的')) {
    SELF_THEN_NAME_44.lastIndex = 0;
    for (let m = SELF_THEN_NAME_44.exec(text); m; m = SELF_THEN_NAME_44.exec(text)) {
      const s = m.index + m[0].length;
      let e = roleName39b(text, s);
      if (e < 0 && surnameLength(text, s) === 1 && KIN_NICK_44.test(text.slice(s + 1, s + 3))) e = s + 3;
      if (e > 0 && (text[e] === '我' || text[e] === '俺')) spans.push({ kind: 'name', start: s, end: e });
    }
  }
}

/** The name in group 1 of each match of `re` (global; group 1 after at most one character of the match), where roleName39b
 * reads it whole. */
function namesBefore(re: RegExp, text: string, spans: PiiSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + (m[0].startsWith(m[1]) ? 0 : 1);
    if (roleName39b(text, s) === s + m[1].length) spans.push({ kind: 'name', start: s, end: s + m[1].length });
  }
}
