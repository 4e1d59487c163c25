import { mergeSpans, type PiiKind, type PiiSpan } from './spans.js';
import { CharSet } from './unit-sets.js';
import { has, textTables } from './text.js';
import { digit, likelyName, nameWordsTables, surnameLength } from './name-words.js';
import { numbersTables, sawLetter, sawTriggers } from './numbers.js';
import { platesTables } from './plates.js';
import { namesCuedTables } from './names-cued.js';
import { kinAndContextCuesTables } from './kin-and-context-cues.js';
import { knownNotName } from './not-a-name.js';
import { coverIndex } from './names-by-sound.js';

const { THAI_LETTER } = textTables;
const { GIVEN_SET, NOT_GIVEN, NUMERALS, SURNAME_UNIT, isHan } = nameWordsTables;
const { AH_KIN } = namesCuedTables;
const { T_ZHENG } = numbersTables;
const { OFFICIAL_CAR, OFFICIAL_USE, PLATE, PLATE_CUE_CHAR, PLATE_DOTTED, PLATE_PROVINCE, PUBLIC_CAR, SENTENCE_END } = platesTables;
const { ABROAD } = kinAndContextCuesTables;

// ---------------------------------------------------------------------------------------------
// (Stop 36) Elders' nicknames, veterans' and welfare papers, rooms and beds in homes for the old, the writer's own car and
// e-bike, homes above a workshop, numbers abroad; and words, kin and masked numbers that no rule should mask (read on pii38,
// a central-China prefecture's veterans and nursing homes, and pii39, a Chaoshan city's clans and relatives abroad; own
// examples).

/** Han characters that are surnames but also words joining a kin word to the sentence (和娭毑, 跟婆婆, 给爹): no nickname's. */
const ELDER_NOT_SURNAME = new CharSet([...'管和同向于於与與跟给給把被让讓叫陪带帶看帮幫替请請对對为為是在我俺你他她干幹亲親后後继繼养養公老阿大小外家的个個屋']);
/**
 * An elder's everyday name in central and south-western speech: a surname and 娭毑, 嗲嗲, 满爹, 大爹 or 老倌 (易娭毑, 唐嗲嗲,
 * 覃满爹, 贺老倌), one span. 爹 and 婆婆 alone after a surname (胡爹, 严婆婆) are nicknames too, but only where the name stands
 * set off: signing the text, before a contact or a boundary. The kin word alone (娭毑我今年…, 我屋老倌子) stays visible.
 */
const ELDER_NICK = /([\u3400-\u9fff])(娭毑|嗲嗲|满爹|滿爹|大爹|老倌|爹爹|婆婆|爹)/g;
/** What stands before such a nickname: the text's start, no Han character, or 的/是/叫/找/问 (茶园坳的胡爹, 我是易娭毑). */
const ELDER_BEFORE_WORD = new CharSet([...'的是叫找问問喊']);
/** After a weak kin word (爹, 婆婆): the text's end, a boundary, a contact. */
const ELDER_SET_OFF_AFTER = /^(?:[\s。.！!]*$|[，,；;、\s]*(?:[0-9０-９+＋]|电话|電話|手机|手機|住|家住))/;
/** 老 and a one-character surname signing the text or before a contact (老黎，130…; …，老柏。), or a chat's speaker (老詹：). */
const LAO_SURNAME = /老([\u3400-\u9fff])/g;
/** 老 and these make words (老师, 老乡, 老公 …), never a nickname. */
// (楼, 房, 车, 院, 厂, 村, 店 are surnames too, but after 老 far more often the old building, house, car …: 老楼：没有电梯.)
const LAO_WORD_SECOND = new CharSet([...'师師乡鄉公婆家板闆表总總伴汉漢农農弟哥姐妹爸妈媽兵人实實干幹党黨铁鐵友伙夥头頭子大小少年祖爷爺奶伯叔母父爹娘天外式样樣同区區城宅本字屋街巷庄莊楼樓房车車院厂廠村店铺鋪']);
/** An everyday 阿-name with a kin word after it (阿兴伯, 阿秀姨, 阿珍姐), or alone signing (——阿楷; 阿蚝 0754-…). */
const AH_NICK = /阿([\u3400-\u9fff])(伯|姨|叔|婶|嬸|姐|嫂|哥|姑|婆|公|仔)?/g;
/** Second characters of 阿 that make words or foreign names (阿拉伯, 阿里, 阿弥陀佛, 阿富汗, 阿根廷, 阿尔卑斯 …). */
const AH_NOT_SECOND_36 = new CharSet([...'门門拉里裡弥彌富根尔爾塞萨薩联聯曼巴胶膠斯克莫米蒙波卡特瓦']);
/** A paper's cue: veterans', disability and welfare certificates and their numbers. */
const PAPER_CUE = /(?:残疾军人证|殘疾軍人證|伤残军人证|傷殘軍人證|优待证|優待證|退出现役证|退出現役證|退伍证|退伍證|士兵证|士兵證|军官证|軍官證|退役军人证|退役軍人證|优抚对象|優撫對象|五保供养证|五保供養證|烈士证明书|烈士證明書)(?:的)?(?:编号|編號|证号|證號|号码|號碼|号|號)?(?:是|为|為)?[:：\s]{0,2}/g;
/** The paper's own number after its cue: a register's form (湘军残字第002916号, 2019湘退字第01736号), letters and digits
 * (湘YD2023-0587264, YF-432923-01427, TY2021-432902-0317), or digits alone (4329212300417). */
const PAPER_NUMBER = /(?:(?:19|20)[0-9]{2})?[\u3400-\u9fff]{1,4}字第[0-9０-９]{3,10}[号號]|[\u3400-\u9fff]?[A-ZＡ-Ｚ]{1,4}[-－]?[0-9０-９]{2,8}(?:[-－][0-9A-Z０-９Ａ-Ｚ]{2,10}){0,3}|[0-9０-９]{8,20}/y;
/** A room in a home for the old after 住 (住市社会福利院颐养楼507, 住光荣院A栋206室): the resident's home. */
const CARE_HOME_ROOM_36 = /(?<=住|住在)(?!在)[\u3400-\u9fff]{0,8}?(?:福利院|养老院|養老院|敬老院|光荣院|光榮院|养老公寓|養老公寓|老年公寓|颐养院|頤養院|护理院|護理院|康养中心|康養中心)[\u3400-\u9fff0-9A-Z]{0,4}?(?:楼|樓|栋|棟)[0-9０-９]{3,4}(?![0-9０-９])(?:室|房|号|號)?/g;
/** A bed after a room or a house (312房2床, 214床, 7号床): one home, the room's span goes on over it. */
const BED_AFTER = /^(?:[0-9０-９]{1,3}(?:号|號)?床|床)(?![位费費])/;
/** A chat's family member by the resident's bed (312床家属-谢芳): the bed is the resident's home. */
const BED_FAMILY = /(?<=^|\n)[0-9０-９]{1,4}床(?=家属|家屬)/g;
/** The writer's own car or e-bike right before its plate (我的电动车榕汀C·17640; 我…，车是粤B·D83516). */
const OWN_PLATE_BEFORE = /(?:我|俺)(?:的|家的|家)?(?:车|車|电动车|電動車|电瓶车|電瓶車|摩托车|摩托車|货车|貨車)(?:牌|牌号|牌號|号|號)?(?:是|係)?[:：]?\s?$|(?:^|[，,])(?:车|車)(?:牌|牌号|牌號)?(?:是|係)[:：]?\s?$/;
/** A boat's number read out in Chinese digits (粤汕渔一五三零八): like the Arabic one. */
const BOAT_SPOKEN = /[粤粵闽閩浙琼瓊桂苏蘇鲁魯辽遼冀津沪滬][\u3400-\u9fff]{0,2}[渔漁](?:[零〇一二三四五六七八九幺]{5,6})(?![零〇一二三四五六七八九十百千万萬幺])/g;
/** Phones abroad in two shapes the number rules leave: +1 with the area code in brackets (+1 (416) 555-0183), and a
 * foreign landline with a one-digit area code (04-228 6170 in Penang, 02-437 1856 in Bangkok) after a phone's word. */
const NANP_BRACKETED = /\+1\s?\(\s?[2-9][0-9]{2}\s?\)\s?[0-9]{3}[-\s]?[0-9]{4}(?![0-9])/g;
const ONE_DIGIT_AREA = /(?<=(?:电话|電話|座机|座機|手机|手機|tel|Tel|TEL)[:：\s]{0,2}(?:是|係)?)0[1-9]-[0-9]{3,4}[\s-][0-9]{4}(?![0-9])/g;
/** 蚁 (蟻), a Chaoshan surname that also means an ant: a name after a person's word, never after 蚂, 白 or 工 (蚂蚁, 白蚁). */
const YI_ANT_NAME = /(?<=(?:老公|老婆|丈夫|妻子|船主|档主|檔主|店主|老板|老闆|作坊主|户主|戶主|阿公|阿嫲|阿爸|阿姆|我叫|我是|——|[，,。：:“"「\s]))[蚁蟻]([\u3400-\u9fff]{2})(?=$|[，,。；;！!？?”"」\s（(]|讲|講|说|說|户|戶|的|家|叩|是)/g;
/** A home where a workshop, a shop or a guesthouse is below and the family lives above it (作坊在上埔村东三巷11号，楼上住人). */
const LIVES_ABOVE = /楼上住人|樓上住人|[一二三]楼住人|[一二三]樓住人|住楼上|住樓上|住在楼上|住在樓上|一家住|楼上是家|樓上是家/;
const VILLAGE_LANE_HOME = /(?<=在|是|厝|屋|家)[\u3400-\u9fff]{1,4}(?:村|里)[\u3400-\u9fff]{0,5}(?:巷|路|街|片|里)[0-9０-９]{1,4}(?:号|號)(?![0-9０-９楼樓栋棟])|(?<=在|是|厝|屋)[\u3400-\u9fff]{1,3}里[0-9０-９]{1,4}(?:号|號)(?![0-9０-９楼樓栋棟])/g;

/** A relative or a clan's and a hall's officer before a three-character name, the name then going on to a verb or a boundary. */
const CLAN_BEFORE_36 = /(?:宗亲|宗親|宗祠|祠堂|祠|族|宗族|同乡|同鄉)[\u3400-\u9fff]{0,3}$/;
/** A text about a clan's hall or association (浯塘村的祖厝理事会…理事长柯振德). */
const CLAN_TEXT_36 = /宗亲|宗親|宗祠|祠堂|祖厝|宗族|族谱|族譜|祖祠|宗族/;
const KIN_ROLE_NAME = /(?:叔公|叔婆|伯公|阿舅|阿叔|阿伯|阿姑|阿姨|乡贤|鄉賢|管事|理事长|理事長|作坊主|档主|檔主|船主)[\u3400-\u9fff]{3}(?=[，,。；;！!\s]|$|在|讲|講|说|說|过世|過世|是|的|也|又|就)/g;
/** A name opening a line before a bar. */
const BAR_NAME = /(?:^|\n)([\u3400-\u9fff]{2,3})(?=[｜|])/g;
/** A Thai bank account after its word (xxx-x-xxxxx-x). */
const THAI_ACCOUNT = /(?:账号|賬號|账户|賬戶|A\/C|Account)[^，,。；;\n0-9]{0,4}?[:：\s]{0,2}([0-9]{3}-[0-9]-[0-9]{5}-[0-9])(?![0-9])/g;
const STOP36_CUED: [RegExp, PiiKind][] = [
  [/NRIC\s?(?:No\.?)?[:：\s]{0,2}([STFGM][0-9]{7}[A-Z])(?![A-Za-z0-9])/g, 'id_number'],
  [/(?:IC|MyKad|身份证|身份證)(?:号|號|号码|號碼|No\.?)?[:：\s]{0,2}([0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[0-9]{2}-[0-9]{4})(?![0-9])/g, 'id_number'],
  [THAI_ACCOUNT, 'member_number'],
  [/(?:抖音|快手)(?:号|號|账号|賬號|ID|id)?(?:是|係)?[:：\s]{0,2}([A-Za-z][A-Za-z0-9_.]{3,23})(?![A-Za-z0-9_])/g, 'wechat'],
  [/(?:Remitter|Beneficiary|汇款人|匯款人|收款人)[:：\s]{1,2}([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){1,3})(?![A-Za-z])/g, 'name'],
];

export function scanStop36(text: string, spans: PiiSpan[]): void {
  const n = text.length;
  // Elders' nicknames.
  if (has(text, '娭') || has(text, '嗲') || has(text, '爹') || has(text, '老倌') || has(text, '婆婆')) {
    ELDER_NICK.lastIndex = 0;
    for (let m = ELDER_NICK.exec(text); m; m = ELDER_NICK.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!SURNAME_UNIT[text.charCodeAt(s)] || ELDER_NOT_SURNAME.has(text[s])) {
        ELDER_NICK.lastIndex = s + 1;
        continue;
      }
      if (!(s === 0 || !isHan(text.charCodeAt(s - 1)) || ELDER_BEFORE_WORD.has(text[s - 1]))) continue;
      const kin = m[2];
      if (kin === '老倌' && (text[e] === '子' || isHan(text.charCodeAt(e)) && !'讲講说說在是的'.includes(text[e]))) continue;
      if ((kin === '爹' || kin === '婆婆') && !ELDER_SET_OFF_AFTER.test(text.slice(e, e + 8))) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // 老 and a surname signing or before a contact, or a chat's speaker.
  if (has(text, '老')) {
    LAO_SURNAME.lastIndex = 0;
    for (let m = LAO_SURNAME.exec(text); m; m = LAO_SURNAME.exec(text)) {
      const s = m.index;
      const c = text.charCodeAt(s + 1);
      if (!SURNAME_UNIT[c] || LAO_WORD_SECOND.has(text[s + 1])) continue;
      const lineStart = s === 0 || text[s - 1] === '\n';
      const setOff = lineStart || '，,。；;！!——-｜| \u3000'.includes(text[s - 1]);
      if (!setOff) continue;
      const after = text.slice(s + 2, s + 10);
      if ((lineStart && /^[：:]/.test(after)) || (!lineStart && ELDER_SET_OFF_AFTER.test(after))) spans.push({ kind: 'name', start: s, end: s + 2 });
    }
  }
  // 阿-names with a kin word after, or alone signing.
  if (has(text, '阿')) {
    AH_NICK.lastIndex = 0;
    for (let m = AH_NICK.exec(text); m; m = AH_NICK.exec(text)) {
      const s = m.index;
      const second = text[s + 1];
      if (AH_KIN.has(second) || AH_NOT_SECOND_36.has(second) || '姆兄阿'.includes(second)) continue;
      if (s > 0 && text[s - 1] === '阿') continue;
      const e = s + m[0].length;
      const after = text.slice(e, e + 8);
      const lineStart = s === 0 || text[s - 1] === '\n';
      // (A chat's speaker with a place before it, 港口阿斌：, 码头阿强仔：: the display name whole.)
      if (/^[：:]/.test(after)) {
        let q = s;
        while (q > 0 && s - q < 4 && isHan(text.charCodeAt(q - 1))) q--;
        if (q === 0 || text[q - 1] === '\n') spans.push({ kind: 'name', start: q, end: e });
        continue;
      }
      if (m[2] && m[2] !== '仔') {
        if (isHan(text.charCodeAt(e)) && !'讲講说說'.includes(text[e])) continue;
        spans.push({ kind: 'name', start: s, end: e });
        continue;
      }
      if (m[2]) continue;
      const signed = (s >= 1 && (text[s - 1] === '—' || text[s - 1] === '-')) || lineStart || (s >= 1 && '。！!'.includes(text[s - 1]));
      if (signed && /^(?:[\s。.！!]*$|[\s，,]{0,2}[0-9０-９+＋])/.test(after)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // Veterans' and welfare papers after their cue.
  if (sawTriggers & T_ZHENG || has(text, '优抚') || has(text, '優撫')) {
    PAPER_CUE.lastIndex = 0;
    for (let m = PAPER_CUE.exec(text); m; m = PAPER_CUE.exec(text)) {
      const at = m.index + m[0].length;
      PAPER_NUMBER.lastIndex = at;
      const p = PAPER_NUMBER.exec(text);
      if (!p) continue;
      const num = p[0];
      let digits = 0;
      for (let k = 0; k < num.length; k++) if (digit(num.charCodeAt(k)) >= 0) digits++;
      if (digits < 5 || /[0-9A-Za-z]/.test(text[at + num.length] ?? '')) continue;
      spans.push({ kind: 'member_number', start: at, end: at + num.length });
    }
  }
  // Rooms in homes for the old, and a chat's bed.
  if (has(text, '住') && (has(text, '院') || has(text, '寓') || has(text, '中心'))) {
    CARE_HOME_ROOM_36.lastIndex = 0;
    for (let m = CARE_HOME_ROOM_36.exec(text); m; m = CARE_HOME_ROOM_36.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '床') && (has(text, '家属') || has(text, '家屬'))) {
    BED_FAMILY.lastIndex = 0;
    for (let m = BED_FAMILY.exec(text); m; m = BED_FAMILY.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  // The writer's own car or e-bike.
  if (sawLetter && (has(text, '车') || has(text, '車')) && (has(text, '我') || has(text, '俺'))) {
    for (const re of [PLATE, PLATE_DOTTED]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let s = m.index;
        // (An e-bike's plate with its city's two characters: 榕汀C·17640.)
        if (re === PLATE_DOTTED && s >= 1 && isHan(text.charCodeAt(s - 1)) && !PLATE_CUE_CHAR.has(text[s - 1]) && !'车車的'.includes(text[s - 1])) s--;
        let from = s;
        while (from > 0 && s - from < 40 && !SENTENCE_END.test(text[from - 1])) from--;
        const before = text.slice(from, s);
        if (!/我|俺/.test(before) || OFFICIAL_CAR.test(before) || PUBLIC_CAR.test(before) || OFFICIAL_USE.test(before)) continue;
        if (OWN_PLATE_BEFORE.test(before)) spans.push({ kind: 'plate', start: s, end: m.index + m[0].length });
      }
    }
  }
  if ((has(text, '渔') || has(text, '漁'))) {
    BOAT_SPOKEN.lastIndex = 0;
    for (let m = BOAT_SPOKEN.exec(text); m; m = BOAT_SPOKEN.exec(text)) if (!/[政]/.test(m[0])) spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '+1')) {
    NANP_BRACKETED.lastIndex = 0;
    for (let m = NANP_BRACKETED.exec(text); m; m = NANP_BRACKETED.exec(text)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '-')) {
    ONE_DIGIT_AREA.lastIndex = 0;
    for (let m = ONE_DIGIT_AREA.exec(text); m; m = ONE_DIGIT_AREA.exec(text)) spans.push({ kind: 'landline', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, '蚁') || has(text, '蟻')) {
    YI_ANT_NAME.lastIndex = 0;
    for (let m = YI_ANT_NAME.exec(text); m; m = YI_ANT_NAME.exec(text)) {
      if (!GIVEN_SET.has(m[1][0]) || !(GIVEN_SET.has(m[1][1]) || NUMERALS.has(m[1][1]) || '两兩全'.includes(m[1][1]))) continue;
      spans.push({ kind: 'name', start: m.index, end: m.index + 3 });
    }
  }
  // A relative or a clan's officer named after the kin word or the role (叔公莊國梁過世了, 阿舅林两金在, 乡贤陈炳辉讲, 管事翁振标，).
  if (has(text, '叔') || has(text, '舅') || has(text, '贤') || has(text, '賢') || has(text, '管事') || has(text, '理事') || has(text, '主')) {
    KIN_ROLE_NAME.lastIndex = 0;
    // (Whether the text is about a clan, read once and only when a 理事长 asks: not once per match, which took 42 s on
    // 1 MB of 理事长卓承业，.)
    let clanText: boolean | undefined;
    for (let m = KIN_ROLE_NAME.exec(text); m; m = KIN_ROLE_NAME.exec(text)) {
      const s = m.index + m[0].length - 3;
      // (A 理事长 only of a clan's hall or association: the head of the Red Cross or a trade association is an official
      // in the role, which an older rule leaves visible; a review found 红十字会理事长张国华 masked.)
      if (text[m.index] === '理' && !CLAN_BEFORE_36.test(text.slice(Math.max(0, m.index - 8), m.index)) && !(clanText ??= CLAN_TEXT_36.test(text))) continue;
      if (likelyName(text, s, s + 3) && !knownNotName(text, s, s + 3)) spans.push({ kind: 'name', start: s, end: s + 3 });
    }
  }
  // A roster's line opening with a name before a bar (杨秀蕊｜0754…｜…, 湯炳文｜在鄉老復員軍人｜…).
  if (has(text, '｜') || has(text, '|')) {
    BAR_NAME.lastIndex = 0;
    for (let m = BAR_NAME.exec(text); m; m = BAR_NAME.exec(text)) {
      const s = m.index + (text[m.index] === '\n' ? 1 : 0);
      const e = s + m[1].length;
      // (Three characters with a surname and two given-name characters, on a line of two bars or more: a roster's row.)
      if (e - s !== 3 || !GIVEN_SET.has(text[s + 1]) || !GIVEN_SET.has(text[s + 2])) continue;
      let eol = text.indexOf('\n', e);
      if (eol < 0) eol = text.length;
      let bars = 0;
      for (let q = e; q < eol && bars < 2; q++) if (text[q] === '｜' || text[q] === '|') bars++;
      if (bars >= 2 && likelyName(text, s, e) && !knownNotName(text, s, e)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
  if (sawLetter) {
    // Papers and ids abroad by their cue: a Singapore NRIC, a MyKad number, a Thai bank account, a Douyin or Kuaishou id,
    // and a remitter's or a beneficiary's name in Latin letters.
    for (const [re, kind] of STOP36_CUED) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index + m[0].length - m[1].length;
        spans.push({ kind, start: s, end: s + m[1].length });
      }
    }
  } else if (has(text, '账号') || has(text, '賬號')) {
    THAI_ACCOUNT.lastIndex = 0;
    for (let m = THAI_ACCOUNT.exec(text); m; m = THAI_ACCOUNT.exec(text)) spans.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (n > 12 && LIVES_ABOVE.test(text)) {
    VILLAGE_LANE_HOME.lastIndex = 0;
    for (let m = VILLAGE_LANE_HOME.exec(text); m; m = VILLAGE_LANE_HOME.exec(text)) spans.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
}

/** Words of a surname character and one more that some rule read as a name (关爱 "care", 莫港 "don't say"). */
const WORD_NOT_NAME_STOP36 = new Set('关爱 關愛 莫港 莫讲 莫講 莫说 莫說 莫搞 莫急 莫慌 莫怕 莫管'.split(' '));
/** A clan's hall or council after 林氏, 陈氏 (林氏家庙, 翁氏宗祠): the clan, no person. */
const CLAN_AFTER_36 = /^(?:家庙|家廟|宗祠|祠堂|宗亲|宗親|家族|族谱|族譜|祖祠|祖厝|大宗|理事会|理事會|后人|後人|子孙|子孫)/;
/** A count after a name's last numeral (卫健四家, 消防三次): the number of offices or times, no name. */
// (A home's name, “荣军之家”: in quotes; 邻居王耀之家的狗 is a man's family.)
const QUOTE_OPEN_36 = new Set([...'“"「『《‘']);
const QUOTE_CLOSE_36 = new Set([...'”"」』》’']);
const OFFICE_BEFORE_COUNT = /^(?:公安|民政|卫健|衛健|卫生|衛生|教育|财政|財政|人社|住建|交通|水利|农业|農業|农业|林业|林業|城管|环保|環保|应急|應急|消防|税务|稅務|法院|检察|檢察|纪委|紀委|司法|信访|信訪|国土|國土|规划|規劃|文旅|体育|體育|商务|商務|统计|統計|审计|審計|医保|醫保|残联|殘聯|妇联|婦聯|工会|工會|街道|社区|社區|乡镇|鄉鎮|市场|市場|自然|发改|發改|工信|科技|气象|氣象|海事|海关|海關|边检|邊檢)$/;
const COUNT_AFTER = /^(?:家|个|個|次|趟|回|天|年|人|位|户|戶|间|間|张|張|台|臺|辆|輛)/;
/** A sample's or a template's words before a placeholder name (示例填法：姓名王某). */
const SAMPLE_BEFORE = /示例|样例|樣例|范例|範例|填法|模板|样表|樣表|例如/;
/** A mis-recorded name's quoted pair: “阳国顺”刻成了“杨国顺”, “莫仕林”…写成了“莫士林”. */
const QUOTED_NAME_36 = /[“"「]([\u3400-\u9fff]{2,4})[”"」]/g;
/** Latin homes: a block's or a house's number before the street, and a unit, the city, province and postal code after it
 * when joined by ASCII commas (Blk 208 Serangoon Vale #05-311, Singapore 550208; 1287 Maplewood Crescent, Markham, ON L3R 2K9). */
const LATIN_HOME_BEFORE = /(?:(?:Blk|BLK|Block)\s?[0-9]{1,4}[A-Z]?|[0-9]{1,5}[A-Z]?)\s$/;
const LATIN_HOME_AFTER = /^(?:\s?#[0-9]{1,3}-[0-9]{1,5})?(?:,\s?Singapore\s[0-9]{6}|,\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s?[A-Z]{2}\s[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])?/;

/** A form's field that names a number (补贴发放卡号, 银行账号): no name ends so. */
const NUMBER_WORD_END = /(?:卡号|卡號|账号|賬號|证号|證號|编号|編號|号码|號碼)$/;
const PRINT_BEFORE = new CharSet([...'手脚腳盖蓋打复複影烙封列刻翻']);
/** The last word of a street in English (Vale, Crescent, Drive, Road …). */
const LATIN_STREET_END = /\s(?:Vale|Crescent|Drive|Road|Rd|Street|St|Avenue|Ave|Rise|Lane|Way|Court|Place|Boulevard|Blvd|Close|Terrace|Walk|Gardens|Heights|View)$/;
/** Before an address: a bar or a colon, a verb (填, 在, 住), a position word's last character (对面, 路边), an old house's word. */
const ADDRESS_LEAD_36 = /^(?:[｜|:：]|填|老厝|老屋|祖厝|[面边邊](?=[\u3400-\u9fff]{2,6}(?:村|苑|园|園|里|小区|小區|花园|花園)))/;
/** An institution's car right before its plate (院里的面包车, 所里的车, 单位的越野车). */
const INSTITUTION_CAR_BEFORE = /(?:院里|院裡|所里|所裡|站里|站裡|局里|局裡|单位|單位|公家)的[\u3400-\u9fff]{0,3}(?:车|車)$/;
/** The writer's or a relative's short name after 我, 我是, 他叫, a daughter or a son (…，我胡丹。; 我是他女易佳。). */
const FAMILY_SHORT_NAME = /(?:[，,。；;\s]我(?:是)?|[他她]叫|我是[他她]的?(?:女|儿|兒|女儿|女兒|儿子|兒子))([\u3400-\u9fff]{2,3})(?=[，,。.；;！!\s]|$)/g;

export function stop36After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let changed = false;
  const kept: PiiSpan[] = [];
  let sample: boolean | undefined;
  for (let k = 0; k < spans.length; k++) {
    let sp = spans[k];
    const span = text.slice(sp.start, sp.end);
    if (sp.kind === 'name') {
      const len = sp.end - sp.start;
      // (阿 and a kin word, 阿姆, 阿兄: a relative, not a name; 老倌子, my old man.)
      if (len === 2 && span[0] === '阿' && (AH_KIN.has(span[1]) || '姆兄姑婶嬸'.includes(span[1]))) { changed = true; continue; }
      if (span === '老倌子' || span === '老倌') { changed = true; continue; }
      // (关爱 only as the word itself or a campaign's, 关爱月, 关爱行: 关爱国 and 关爱民 are names, a review found them readable.)
      if (WORD_NOT_NAME_STOP36.has(span.slice(0, 2)) && len <= 3 && (len === 2 || (span[0] !== '关' && span[0] !== '關') || '月周週日年行活站室团團队隊会會组組卡金班'.includes(span[2]))) { changed = true; continue; }
      // (林氏 before its hall: the clan.)
      if (len === 2 && (span[1] === '氏') && CLAN_AFTER_36.test(text.slice(sp.end, sp.end + 3))) { changed = true; continue; }
      // (伊泰国: Teochew 伊, "he", before a country.)
      if (len >= 3 && (span[0] === '伊' || span[0] === '佢') && ABROAD.has(span.slice(1))) { changed = true; continue; }
      // (A count ending a list of offices: 公安、卫健四家.)
      // (Only an office's name before the count: 和李长九家一样 is a man, a review found him readable.)
      if (len === 3 && NUMERALS.has(span[2]) && OFFICE_BEFORE_COUNT.test(span.slice(0, 2)) && '、，,和与與'.includes(text[sp.start - 1] ?? '') && COUNT_AFTER.test(text.slice(sp.end, sp.end + 1))) { changed = true; continue; }
      // (A placeholder in a sample: 示例填法：姓名王某.)
      if (len === 2 && span[1] === '某' && (sample ??= SAMPLE_BEFORE.test(text))) { changed = true; continue; }
      // (A form's field, 补贴发放卡号; 榮軍之家, a home's name; 手印, a fingerprint.)
      if (NUMBER_WORD_END.test(span) || (span.endsWith('之') && text[sp.end] === '家' && (QUOTE_OPEN_36.has(text[sp.start - 1] ?? '') || QUOTE_CLOSE_36.has(text[sp.end + 1] ?? ''))) || (span[0] === '印' && PRINT_BEFORE.has(text[sp.start - 1]))) { changed = true; continue; }
      // (A Thai soi, village or road is a home's part, a subdistrict or a district no one's: ซอยเจริญสุข, แขวงบางกะปิ.)
      if (/^(?:แขวง|เขต)/.test(span)) { changed = true; continue; }
      if (/^(?:ซอย|หมู่บ้าน|ถนน)/.test(span)) sp = { kind: 'address', start: sp.start, end: sp.end };
      // (A street with its house number before it, Blk 208 Serangoon Vale, 1287 Maplewood Crescent: a home.)
      if (LATIN_STREET_END.test(span) && LATIN_HOME_BEFORE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) sp = { kind: 'address', start: sp.start, end: sp.end };
    } else if (sp.kind !== 'address' && text[sp.end] === '*' && /^\*{3}/.test(text.slice(sp.end, sp.end + 3))) {
      // (The head of a masked number, 432921********1038: masked data.)
      changed = true;
      continue;
    }
    if (sp.kind === 'address' && sp === spans[k]) {
      // (A bar, a verb or a position word before the place: ｜牛轭岭村…, 填凤溪锦园…, 对面汀湾雅苑…, 路边鲎屿村…, 老厝鲎屿村….)
      const lead = ADDRESS_LEAD_36.exec(span);
      if (lead && (lead[0].length > 1 || !'面边邊'.includes(lead[0]) || '对對路旁河'.includes(text[sp.start - 1] ?? ''))) sp = { kind: sp.kind, start: sp.start + lead[0].length, end: sp.end };
    }
    if (sp.kind === 'address') {
      // (A Thai house's number before its soi or village, and the soi's number after it; not the subdistrict and city.)
      if (/^(?:แขวง|เขต)/.test(span)) { changed = true; continue; }
      if (THAI_LETTER.test(span[0])) {
        const hn = /[0-9]{1,4}\/[0-9]{1,4}\s?$/.exec(text.slice(Math.max(0, sp.start - 10), sp.start));
        if (hn) sp = { kind: sp.kind, start: sp.start - hn[0].length, end: sp.end };
        const soi = /^\s[0-9]{1,3}(?![0-9])/.exec(text.slice(sp.end, sp.end + 5));
        if (soi && span.startsWith('ซอย')) sp = { kind: sp.kind, start: sp.start, end: sp.end + soi[0].length };
      }
    }
    if (sp.kind === 'plate') {
      // (An e-bike's plate with its city's two characters, 车牌｜榕汀A·52076.)
      if (/^[\u3400-\u9fff][A-Z][·•・]/.test(span) && !PLATE_PROVINCE.has(text.charCodeAt(sp.start)) && isHan(text.charCodeAt(sp.start)) && isHan(text.charCodeAt(sp.start - 1)) && !PLATE_CUE_CHAR.has(text[sp.start - 1]) && !'车車的'.includes(text[sp.start - 1]) && (kept.length ? kept[kept.length - 1].end : 0) < sp.start - 1) sp = { kind: sp.kind, start: sp.start - 1, end: sp.end };
      // (An institution's own car: 院里的面包车湘W·…)
      if (INSTITUTION_CAR_BEFORE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) { changed = true; continue; }
    }
    // (A landline read out in Chinese digits, its area code and two groups: 零七五四，八五一七，三零六二.)
    if ((sp.kind === 'landline' || sp.kind === 'mobile') && text[sp.start] === '零') {
      const more = /^[，,][零〇一二三四五六七八九幺]{4}(?![零〇一二三四五六七八九幺])/.exec(text.slice(sp.end, sp.end + 6));
      if (more && /^零[零〇一二三四五六七八九幺]{2,3}[，,][零〇一二三四五六七八九幺]{4}$/.test(span)) sp = { kind: sp.kind, start: sp.start, end: sp.end + more[0].length };
    }
    if (sp.kind === 'address') {
      // (A bed after the room: 康颐园养老院3楼312房2床, 214床, 7号床.)
      const bed = BED_AFTER.exec(text.slice(sp.end, sp.end + 5));
      if (bed && (k + 1 >= spans.length || spans[k + 1].start >= sp.end + bed[0].length)) sp = { kind: sp.kind, start: sp.start, end: sp.end + bed[0].length };
      // (A Latin home's number before the street and its unit, city and postal code after it.)
      if (/^[A-Z0-9]/.test(span) && /[A-Za-z]/.test(span)) {
        const b = LATIN_HOME_BEFORE.exec(text.slice(Math.max(0, sp.start - 10), sp.start));
        const prevEnd = kept.length ? kept[kept.length - 1].end : 0;
        if (b && sp.start - b[0].length >= prevEnd) sp = { kind: sp.kind, start: sp.start - b[0].length, end: sp.end };
        const a = LATIN_HOME_AFTER.exec(text.slice(sp.end, sp.end + 40));
        if (a && a[0]) {
          let end = sp.end + a[0].length;
          // (Spans the unit covered already, #05-311 read as a number, join it.)
          while (k + 1 < spans.length && spans[k + 1].start < end) end = Math.max(end, spans[++k].end);
          sp = { kind: sp.kind, start: sp.start, end };
        }
      }
    }
    if (sp !== spans[k]) changed = true;
    kept.push(sp);
  }
  let result = changed ? mergeSpans(kept) : spans;
  // A relative's short name with the family's surname, after the writer or a kin word (我爸薛國良，我薛凱; 他叫魏晟，我是魏德林).
  if (result.length && (has(text, '我') || has(text, '叫') || has(text, '女') || has(text, '儿') || has(text, '兒'))) {
    const added: PiiSpan[] = [];
    const surnames = new Set<string>();
    for (const sp of result) if (sp.kind === 'name' && sp.end - sp.start === 3 && surnameLength(text, sp.start) === 1) surnames.add(text[sp.start]);
    if (surnames.size) {
      // (Which span covers each character: one look-up per match, linear in the text.)
      const cover = coverIndex(text.length, result);
      FAMILY_SHORT_NAME.lastIndex = 0;
      for (let m = FAMILY_SHORT_NAME.exec(text); m; m = FAMILY_SHORT_NAME.exec(text)) {
        const s = m.index + m[0].length - m[1].length;
        const e = s + m[1].length;
        if (!surnames.has(text[s]) || NOT_GIVEN.has(text[s + 1]) || (e - s === 3 && NOT_GIVEN.has(text[s + 2]))) continue;
        let covered = false;
        for (let q = s; q < e && !covered; q++) covered = cover[q] >= 0;
        if (covered) continue;
        added.push({ kind: 'name', start: s, end: e });
      }
    }
    if (added.length) result = mergeSpans(result.concat(added));
  }
  // A mis-recorded name beside the right one, each in quotes: the other one of a pair that differs by one character.
  if (has(text, '“') || has(text, '「') || has(text, '"')) {
    const quoted: [number, number][] = [];
    QUOTED_NAME_36.lastIndex = 0;
    for (let m = QUOTED_NAME_36.exec(text); m; m = QUOTED_NAME_36.exec(text)) quoted.push([m.index + 1, m.index + 1 + m[1].length]);
    if (quoted.length >= 2 && quoted.length <= 12) {
      const masked = (s: number, e: number) => result.some((sp) => sp.kind === 'name' && sp.start <= s && sp.end >= e);
      const added: PiiSpan[] = [];
      for (const [s, e] of quoted) {
        if (masked(s, e) || !surnameLength(text, s)) continue;
        for (const [s2, e2] of quoted) {
          if (s2 === s || e2 - s2 !== e - s || !masked(s2, e2)) continue;
          let diff = 0;
          for (let q = 0; q < e - s; q++) if (text[s + q] !== text[s2 + q]) diff++;
          if (diff === 1) {
            added.push({ kind: 'name', start: s, end: e });
            break;
          }
        }
      }
      if (added.length) result = mergeSpans(result.concat(added));
    }
  }
  return result;
}
