import { mergeSpans, type PiiKind, type PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { validThaiId } from '../checksums.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameWordsTables, surnameLength } from '../name-words.js';
import { passportsTables } from '../passports.js';
import { homesTables, nameStart } from '../homes.js';
import { foreignTables } from '../foreign.js';
import { knownNotName } from '../not-a-name.js';
import { anyDictionaryWord } from '../dictionary.js';
import { foldToSimplified } from '../../normalize.js';
import { hakkaCountyAndBohaiPortTables, sentenceAround } from './hakka-county-and-bohai-port.js';

const { PINYIN_GIVEN, PINYIN_SURNAMES } = passportsTables;
const { GIVEN_SET, NOT_NAME_WORD, isHan } = nameWordsTables;
const { OFFICE_BEFORE_ROOM } = homesTables;
const { CHAT_NOT_SPEAKER, CHAT_WORDS, EURO_BUSINESS_NEAR, EURO_HOME_BEFORE, EURO_NOT_HOUSE_AFTER, EURO_OFFICE_BEFORE, EURO_STREET_FIRST, OFFICE_SPEAKER } = hakkaCountyAndBohaiPortTables;
const { LATIN_OFFICE_BEFORE, LATIN_OFFICE_IN } = foreignTables;

// (Stop 33) Read on pii34.jsonl (an emigrant county in southern Zhejiang: relatives in Italy, Spain, France, the
// Netherlands, Portugal and Austria) and pii35.jsonl (a commuter town's high-rise estates, owners' group chats and
// car-pool chats) after three stops unseen.
/** A room of a courtyard house by its number (槐西村东区17号院北屋, 5号院3号房, 23號院西廂房): one household's. */
const COURTYARD_ROOM = /[0-9０-９]{1,4}[号號]院(?:[东西南北東][厢廂]?[屋房]|正[屋房]|[倒后後]座(?:房)?|[东西南北東]?[厢廂]房|[0-9０-９]{1,3}[号號]?[房屋间間])/g;
/** Where a forwarded chat's message starts: the text's start, a new line, a bar between messages, a heading's end. */
const CHAT_LINE_SPEAKER = /(?:^|[\n｜|】\]])\s?((?:[^\n｜|：:，,。！？!?；;【】\[\]［］“”"]|[:：](?=[0-9]{2})){1,28}?)[：:](?![0-9]{2})/g;
/** What a chat's line starts with that is a field of a record, not a speaker (时间：, 记录：). */
const CHAT_FIELD = /^(?:时间|時間|地点|地點|主持|主持人|出席|列席|发言|發言|记录|記錄|记录人|記錄人|内容|內容|主题|主題|议题|議題|回复|回覆|答复|答覆|反映|诉求|訴求|处理|處理|结果|結果|姓名|电话|電話|地址|序号|序號|群名|原文|附|注|备注|備註|说明|說明|事由|来源|來源|时间地点|日期|会议|會議|议程|議程|参会|參會|缺席|结论|結論|Re|RE|Fw|FW)$/;
/** What else opens a line with a colon in a text about a chat: headings, greetings, answers, firms, buildings. */
const CHAT_NOT_LABEL = /^(?:[0-9０-９一二三四五六七八九十]+[、.．)）]|各位|您好|你好|大家|答|问|問|回答|Q$|A$|PS|P\.S|TO|第)|(?:情况|情況|经过|經過|问题|問題|诉求|訴求|建议|建議|意见|意見|金额|金額|部门|部門|地址|电话|電話|热线|熱線|名称|名稱|内容|內容|人员|人員|时间|時間|地点|地點|费|費|公司|集团|集團|物业|物業|快递|快遞|中介|商会|商會|开发商|開發商|如下|原因|结果|結果|要求|说明|說明|单位|單位|银行|銀行|医院|醫院|学校|學校|中心|业主|業主|领导|領導|举报人|舉報人|联系人|聯繫人|号楼|號樓|栋|棟|单元|單元|移动|移動|联通|聯通|电信|電信|通知|公告|回复|回覆|处理|處理|主持人|记录人|記錄人|参会|參會)$/;
/** A flat's shorthand opening a speaker's label (2-1-1801 柴文静, 7#1502-何晓婷, 12#0801-老耿). */
/** (Stop 34) A heading line that names a chat group (柳浜房东群：, 讨薪群截图：). */
const CHAT_HEADING = /群(?:截图|截圖|聊天|消息|记录|記錄)?[：:]?\n/;
/** (Stop 34) A worker's code opening a speaker's label (TX-0417 邬国平：), as a factory's group shows its members. */
const SPEAKER_CODE = /^([A-Z]{1,4}[-－][0-9]{3,6})(?:\s+|$)/;
/** (Stop 34) A house number in the place before a speaker's name (柳浜12号-符根宝): the speaker's home. */
const SPEAKER_HOUSE = /[0-9０-９]{1,4}[号號]$/;
const SPEAKER_FLAT = /^([0-9]{1,2}[-－][0-9]{1,2}[-－][0-9]{3,4}|[0-9]{1,2}#[0-9]{3,4}|[0-9]{1,2}[-－][0-9]{3,4})(?:[\s-－]+|$|(?=[\u3400-\u9fff]))/;
/** A name in passport order with the family name in capitals (ZHENG Jianping, XU YIFAN, CHEN Xiaoyun). */
const CAPS_PINYIN_NAME = /(?<![A-Za-z0-9@._-]|[A-Z] )([A-Z]{1,6}) ([A-Z][a-z]{1,17}|[A-Z]{2,18})(?![A-Za-z0-9@]| [A-Z])/g;
/** Places and words that spell like a surname and a given name (HE NAN, ZHONG GUO, SHEN ZHEN). */
const CAPS_PINYIN_NOT = new Set('hebei henan hubei hunan hainan jiangsu jiangxi shanxi shandong guangdong guangxi fujian sichuan yunnan guizhou gansu qinghai ningxia xinjiang xizang beijing tianjin shanghai chongqing shenzhen guangzhou xiamen zhongguo changsha wuhan zhengzhou nanjing hangzhou suzhou wenzhou ningbo taiwan xianggang aomen huanan huabei huadong huazhong dongbei xibei xinan zhonghua renmin gonghe'.split(' '));
const ONE_PINYIN_SYLLABLE = new RegExp(PINYIN_GIVEN.source.replace('{1,3}', ''));
/** What follows a brand's, a shop's or a place's name spelled in capitals (LI NING专卖店, ZHONG SHAN路, YI LI牛奶). */
const CAPS_PINYIN_THING_AFTER = /^\s?(?:路|街|道|店|专卖|專賣|商场|商場|广场|廣場|手机|手機|牛奶|茶|中心|牌|品牌|公司|集团|集團|酒店|饭店|飯店|超市|商城|大厦|大廈|小区|小區|村|镇|鎮|市|县|縣|烫|燙|面|麵|剧|劇|学校|學校|中学|中學|小学|小學|Rd|Road|St|Street|Ave)/;
/** Where a name in capitals is said to be one (拼音, 护照, 名字 …): needed when both words are in capitals. */
const CAPS_NAME_CUE_BEFORE = /(?:名字|姓名|拼音|拼成|拼写|拼寫|护照|護照|身份证|身份證|签名|簽名|署名|户名|戶名|持卡人|收款人|儿子|兒子|女儿|女兒|孩子|Name|name|NAME|passport|Passport|PASSPORT|打成|写成|寫成|改成|印成)|(?:叫|是|我是|他是|她是|[：:])\s?$/;
/** A phone written in pairs after its country code (+33 6 41 27 83 09, +32 470 12 34 56). */
const PAIRED_PHONE = /(?:\+|＋|(?<![0-9])00)(?:3[0-9]|4[0-9]|35[0-9]|37[0-9]|38[0-9])\s?(?:\(0\)\s?)?[1-9](?:[\s.-]?[0-9]{2}){4}(?![0-9])/g;
/** A French number at home (07 68 32 15 40) after a phone's word. */
const FRENCH_LOCAL_PHONE = /(?:号码|號碼|手机|手機|电话|電話|portable|Portable|tél\.?|Tél\.?|tel\.?|Tel\.?)[\s:：是为為]{0,3}(0[1-9](?:[\s.][0-9]{2}){4})(?![0-9])/g;
/** European plates after the car's word: Italian GF 418 TX, French GH-217-KP, Spanish 4821 LKT, Dutch 12-ABC-3. */
const EURO_PLATE = /(?:车牌|車牌|牌照|号牌|號牌|的车|的車|coche|auto|voiture|targa|matrícula|matricula|immatriculation|kenteken)(?:号|號|是|为|為|係|：|:|\s){0,3}([A-Z]{2}[\s-]?[0-9]{3}[\s-]?[A-Z]{2}|[0-9]{4}[\s-]?[B-DF-HJ-NP-TV-Z]{3}|[0-9]{1,2}-[A-Z]{2,3}-[0-9]{1,2}|[A-Z]{2}-[0-9]{2,3}-[A-Z]{1,2})(?![A-Za-z0-9])/g;
const EURO_PLATE_WORDS = ['车牌', '車牌', '牌照', '号牌', '號牌', '的车', '的車', 'coche', 'auto', 'voiture', 'targa', 'matr', 'immatriculation', 'kenteken'];
/** A Dutch house number with its floor (Javastraat 141-II, Keizersgracht 12-3) or a Spanish floor and door after a
 * comma (Calle de los Almendros 17, 2º izquierda; Avenida del Puerto 211, 4º 3ª; Rua dos Anjos 52, 3.º Esq). */
const DUTCH_HOUSE = /(?<![A-Za-z])[A-Z][a-z]{2,24}(?:straat|laan|gracht|kade|weg|plein|singel|dijk) [0-9]{1,4}(?:-(?:I{1,3}V?|IV|hoog|huis|[0-9]{1,2}|[A-H]))?[a-z]?(?![A-Za-z0-9])/g;
const IBERIAN_STREET = /(?<![A-Za-z])(?:Calle|Avenida|Avda\.|Plaza|Paseo|Carrer|Rua|Avenida|Travessa|Largo|Camino|Ronda) (?:(?:de|del|dels|de la|de las|de los|de les|dos|das|do|da|d')\s?)?(?:[A-Za-zÀ-ÿ'’.-]{1,20} ){0,3}?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]{1,20},? [0-9]{1,4}[A-Za-z]?(?:,? ?(?:[0-9]{1,2}\.?[º°ª](?: ?[0-9]{1,2}\.?[º°ª])?|bajo|planta [0-9]{1,2})(?: ?(?:izquierda|derecha|izda\.?|dcha\.?|Esq\.?|Dto\.?|Dir\.?|[A-Z]|[0-9]{1,2}\.?[º°ª]))?)?(?![A-Za-z0-9])/g;
/** An Italian street given before a home's word after it (Viale Monza 148楼上住, …的家). */
const HOME_RIGHT_AFTER = /^\s?(?:楼上住|樓上住|住|的家|家里|家裡|的房子)/;

/** An office's, a consulate's or a shop's line: named right before it or said to be theirs right after it. */
const OFFICE_NAMED_BEFORE_LINE = /(?:大使馆|大使館|领事馆|領事館|领事部|領事部|领事|領事|使馆|使館|政府|警察局|警局|公安|派出所|局|所|处|處|办|辦|中心|医院|醫院|学校|學校|商店|店|公司|餐馆|餐館|酒店|银行|銀行|Consulat|Ambassade|Mairie|Préfecture|consulat|ambassade|mairie)[^，,。；;！!？?]{0,6}$/;
const OFFICE_SAID_AFTER_LINE = /^[^，,。；;！!？?]{0,4}(?:是|为|為)[^，,。；;！!？?]{0,14}(?:大使馆|大使館|领事|領事|政府|警察|公安|局|所|商店|店|公司|餐馆|餐館|酒店|银行|銀行|中心|医院|醫院)/;
function officeLineAround(text: string, start: number, end: number): boolean {
  return OFFICE_NAMED_BEFORE_LINE.test(text.slice(Math.max(0, start - 24), start)) || OFFICE_SAID_AFTER_LINE.test(text.slice(end, end + 24));
}

const COURTYARD_OFFICE = /幼儿园|幼兒園|卫生室|衛生室|卫生院|衛生院|村委|居委|派出所|政府|大院|学校|學校|医院|醫院|诊所|診所|办公|辦公|局|站|公司|搬到|设在|設在/;
const COURTYARD_OFFICE_AFTER = /^[^，,。；;]{0,3}(?:是|为|為|开|開|做|作)[^，,。；;]{0,4}(?:档案|檔案|办公|辦公|室|所|站|店|小卖部|小賣部|仓库|倉庫|诊所|診所|幼儿园|幼兒園)/;
const NOT_PLACE_BEFORE_COURTYARD = /[了到在是租住搬的把给給於于从從往向去回]$/;

export function scanStop33(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (has(text, '院')) {
    COURTYARD_ROOM.lastIndex = 0;
    for (let m = COURTYARD_ROOM.exec(text); m; m = COURTYARD_ROOM.exec(text)) {
      const end = m.index + m[0].length;
      // (Not an office's, a school's or a shop's room: 村委会6号院西屋, 9号院正房是派出所, 12号院倒座房开小卖部.)
      if (COURTYARD_OFFICE.test(text.slice(Math.max(0, m.index - 12), m.index)) || COURTYARD_OFFICE_AFTER.test(text.slice(end, end + 8))) continue;
      // (The place's name before the number only when it ends as a place does: 槐西村东区17号院, not 搬到了9号院.)
      const placed = isHan(text.charCodeAt(m.index - 1)) && !NOT_PLACE_BEFORE_COURTYARD.test(text.slice(Math.max(0, m.index - 1), m.index));
      out.push({ kind: 'address', start: placed ? nameStart(text, m.index, true) : m.index, end });
    }
  }
  // (Stop 34: also under a heading that names a group, 柳浜房东群：, 讨薪群截图：.)
  if (hasAny(text, CHAT_WORDS) || has(text, '群·') || has(text, '拼车群') || has(text, '拼車群') || (has(text, '群') && CHAT_HEADING.test(text))) scanChatLineSpeakers(text, out);
  // (Stop 47: under any header of a person's column, 家长|学生|电话, not only 姓名's.)
  if (has(text, '\n') && (has(text, '|') || has(text, '｜') || has(text, '\t')) && hasAny(text, NAME_HEADERS)) scanTables(text, out);
  if ((has(text, '｜') || has(text, '|')) && (has(text, '姓名：') || has(text, '姓名:') || has(text, '来访人：') || has(text, '來訪人：') || has(text, '来电人：') || has(text, '來電人：'))) scanFormFields(text, out);
  if (has(text, '+') || has(text, '＋') || has(text, '00')) {
    PAIRED_PHONE.lastIndex = 0;
    for (let m = PAIRED_PHONE.exec(text); m; m = PAIRED_PHONE.exec(text)) if (!officeLineAround(text, m.index, m.index + m[0].length)) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  if (has(text, ' ') || has(text, '.')) {
    FRENCH_LOCAL_PHONE.lastIndex = 0;
    for (let m = FRENCH_LOCAL_PHONE.exec(text); m; m = FRENCH_LOCAL_PHONE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      if (!officeLineAround(text, start, m.index + m[0].length)) out.push({ kind: 'mobile', start, end: m.index + m[0].length });
    }
  }
  if (!hasLetter) return;
  CAPS_PINYIN_NAME.lastIndex = 0;
  for (let m = CAPS_PINYIN_NAME.exec(text); m; m = CAPS_PINYIN_NAME.exec(text)) {
    const family = m[1][0] + m[1].slice(1).toLowerCase();
    const given = m[2].toLowerCase();
    if (m[1].length < 2 && family !== 'E') continue;
    if (!PINYIN_SURNAMES.has(family) || !PINYIN_GIVEN.test(given) || CAPS_PINYIN_NOT.has(family.toLowerCase() + given)) continue;
    const end = m.index + m[0].length;
    // (Not a brand, a shop, a road or a product spelled out: LI NING专卖店, XIAO MI手机, ZHONG SHAN路.)
    if (CAPS_PINYIN_THING_AFTER.test(text.slice(end, end + 4))) continue;
    // (Both words in capitals is how signs and brands are printed too: there, only where a name is said to be.)
    // (Brands and places so printed mostly have a one-syllable second word, LI NING, XIAO MI; a given name mostly two, XU YIFAN.)
    if (m[2] === m[2].toUpperCase() && ONE_PINYIN_SYLLABLE.test(given) && !CAPS_NAME_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'name', start: m.index, end });
  }
  if (hasAny(text, EURO_PLATE_WORDS)) {
    EURO_PLATE.lastIndex = 0;
    for (let m = EURO_PLATE.exec(text); m; m = EURO_PLATE.exec(text)) {
      const end = m.index + m[0].length;
      // (Not a model, 的车是EV 300 XL款; nor a firm's or a collective's car.)
      if (/^\s?(?:款|型|版|系列)/.test(text.slice(end, end + 3)) || /公司|公车|公車|集体|集體|单位|單位|政府/.test(sentenceAround(text, m.index, end))) continue;
      out.push({ kind: 'plate', start: end - m[1].length, end });
    }
  }
  for (const re of [DUTCH_HOUSE, IBERIAN_STREET]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (LATIN_OFFICE_IN.test(m[0]) || EURO_NOT_HOUSE_AFTER.test(text.slice(end, end + 7)) || /^\s?(?:km|公里|米|是银行|是銀行|银行|銀行)/.test(text.slice(end, end + 6))) continue;
      if (!EURO_HOME_BEFORE.test(before) && !HOME_RIGHT_AFTER.test(text.slice(end, end + 4))) {
        if (LATIN_OFFICE_BEFORE.test(before) || EURO_OFFICE_BEFORE.test(before) || OFFICE_BEFORE_ROOM.test(before.slice(-14))) continue;
        if (EURO_BUSINESS_NEAR.test(text.slice(Math.max(0, m.index - 12), end + 10))) continue;
      }
      out.push({ kind: 'address', start: m.index, end });
    }
  }
  // (Viale Monza 148楼上住: the business veto of the rule before does not hold where the home is said right after.)
  if (has(text, '楼上') || has(text, '樓上')) {
    EURO_STREET_FIRST.lastIndex = 0;
    for (let m = EURO_STREET_FIRST.exec(text); m; m = EURO_STREET_FIRST.exec(text)) {
      const end = m.index + m[0].length;
      if (/[0-9]/.test(m[0]) && HOME_RIGHT_AFTER.test(text.slice(end, end + 4))) out.push({ kind: 'address', start: m.index, end });
    }
  }
}

/**
 * A forwarded chat's speakers written without brackets (2-1-1801 柴文静：…, 果果妈：…, 米兰-周永祥：…｜马德里·叶国强：…): each is a
 * resident's display name, and a flat's shorthand before it is their home. An office's speaker (物业-刘经理, 社区网格员-冯,
 * 物业客服小王, 群主) and a record's field (时间：, 记录：) stay.
 */
function scanChatLineSpeakers(text: string, out: PiiSpan[]) {
  const found: PiiSpan[] = [];
  let speakers = 0;
  CHAT_LINE_SPEAKER.lastIndex = 0;
  for (let m = CHAT_LINE_SPEAKER.exec(text); m; m = CHAT_LINE_SPEAKER.exec(text)) {
    let label = m[1];
    let start = m.index + m[0].length - 1 - label.length;
    // (A plate or a note in brackets after the name: 老賀（車牌冀R·7T350）.)
    const bracket = label.search(/[（(]/);
    if (bracket >= 0) label = label.slice(0, bracket);
    // (A signature's dash or spaces before it, or the message's date and time: ——张伟：, 2024-03-05 10:32 张伟：.)
    const lead = /^(?:[—\-\s]+|(?:(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)\s*)?(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?\s*)?)/.exec(label);
    if (lead) {
      start += lead[0].length;
      label = label.slice(lead[0].length);
    }
    label = label.replace(/\s+$/, '');
    // (Stop 34: nor the group's own name heading the chat, 柳浜房东群：.)
    if (label.length < 1 || OFFICE_SPEAKER.test(label) || CHAT_NOT_SPEAKER.test(label) || CHAT_FIELD.test(label) || CHAT_NOT_LABEL.test(label) || label.endsWith('群')) continue;
    // (Stop 47, pii84 studied: nor the writer, 我：, or a shop's role with no name, 民宿老板：.)
    if (ROLE_SPEAKER_47.test(label)) continue;
    // (Not someone's words told in a sentence: 微信群转过来的：, 来电人反映：.)
    if (/[的]|(?:反映|说|說|称|稱|问|問|写|寫|讲|講|道|表示|回复|回覆|通知)$/.test(label)) continue;
    const flat = SPEAKER_FLAT.exec(label) ?? SPEAKER_CODE.exec(label);
    let home: PiiSpan | null = null;
    if (flat) {
      home = { kind: /^[A-Z]/.test(flat[1]) ? 'member_number' : 'address', start, end: start + flat[1].length };
      start += flat[0].length;
      label = label.slice(flat[0].length);
    } else {
      // (A place beside the name: 米兰-周永祥, 马德里·叶国强 (the name after it); 张伟-滨江花园 (a name before it).)
      const sep = label.search(/[-－·・]/);
      if (sep > 0 && sep < label.length - 1) {
        const before = label.slice(0, sep);
        const after = label.slice(sep + 1);
        // (Stop 34: not a hamlet named for a family, 蒋家埭, 王家坝: 家 and a place's last character.)
        const named = (w: string) => surnameLength(w, 0) > 0 && likelyName(w + '：', 0, w.length) && !(w[1] === '家' && PLACE_END_CHARS.has(w[w.length - 1]));
        // (Stop 34: a nickname after the place is the speaker, 南浜-阿凤, though 南浜 reads as a surname and a given name.)
        if (named(before) && !named(after) && !/^[阿老小][\u3400-\u9fff]$/.test(after)) label = before;
        else {
          if (SPEAKER_HOUSE.test(before)) home = { kind: 'address', start, end: start + sep };
          start += sep + 1;
          label = label.slice(sep + 1);
        }
      }
    }
    // (A time, a date or a number left in the label is no display name: 2024-03-05 10, 张伟 10, B2-041 张伟.)
    if (!label.trim() || /[0-9０-９]/.test(label)) continue;
    speakers++;
    if (home) found.push(home);
    found.push({ kind: 'name', start, end: start + label.length });
  }
  // (A chat has people speaking in turn: one label alone is a heading or a field more often than a speaker.)
  if (speakers >= 2) for (const sp of found) out.push(sp);
}

/** (Stop 47) A chat's speaker who is the writer or a shop's role with no name (我：, 民宿老板：, 店主：). */
const ROLE_SPEAKER_47 = /^(?:我|本人|(?:民宿|客栈|客棧|酒店|饭店|飯店|店里|店裡|超市)?(?:老板|老闆|老板娘|老闆娘|店主|前台|店员|店員))$/;

/** A table's personal columns by their header (姓名|房號|車位號|電話) and what a cell under each is. */
const TABLE_COLUMNS: ReadonlyMap<string, PiiKind> = new Map<string, PiiKind>([
  ...['姓名', '名字', '户主', '戶主', '户主姓名', '戶主姓名', '联系人', '聯繫人', '聯系人', '业主', '業主', '业主姓名', '業主姓名', '家长', '家長', '家长姓名', '家長姓名', '学生姓名', '學生姓名', '老人姓名', '申请人', '申請人', '承租人', '租户', '租戶',
    // (Stop 47) A donor's, an insured person's, a pupil's column.
    '捐款人', '捐赠人', '捐贈人', '被保险人', '被保險人', '学生', '學生', '学员', '學員', '孩子', '学生姓名', '學生姓名',
    // (Stop 48) A soldier's column on a list of military families' payments, a donor's.
    '军人姓名', '軍人姓名', '献血者', '獻血者', '献血者姓名', '獻血者姓名',
    // (Stop 48) A talent's dependants, a nursery's children by name. (Not 主申请人, whose cells are 本人 or 同上 as often, nor
    // 幼儿 or 缴费人 alone, which one-line forms fill with words: review of stop 48.)
    '随迁人', '隨遷人', '幼儿姓名', '幼兒姓名'].map((w) => [w, 'name'] as const),
  // (Stop 40) An applicant's and a place on a waiting list, a utility account.
  ...['申请编号', '申請編號', '申请号', '申請號', '轮候号', '輪候號', '水户号', '水戶號', '电户号', '電戶號', '燃气户号', '燃氣戶號', '订单号', '訂單號', '股权证号', '股權證號', '成员编号', '成員編號',
    // (Stop 47) A household's number on a relief list, its file's (户号, 档案号); a payment's, a contract's, a member's card (单号,
    // 交易单号, 合同号, 会员卡号, 学员证) on a list of one institution's customers.
    '户号', '戶號', '档案号', '檔案號', '单号', '單號', '交易单号', '交易單號', '交易号', '交易號', '付款单号', '付款單號', '支付单号', '支付單號',
    '流水号', '流水號', '合同号', '合同號', '合同编号', '合同編號', '会员卡', '會員卡', '会员卡号', '會員卡號', '学员证', '學員證', '学员证号', '學員證號',
    // (Stop 48) A learner's number and an exam's booking on a driving school's list.
    '学员编号', '學員編號', '预约号', '預約號'].map((w) => [w, 'member_number'] as const),
  ...['房号', '房號', '住址', '地址', '家庭住址', '现住址', '現住址', '门牌', '門牌', '门牌号', '門牌號', '房间', '房間', '房间号', '房間號', '宿舍', '车位', '車位', '车位号', '車位號', '床号', '床號', '床位'].map((w) => [w, 'address'] as const),
  ...['电话', '電話', '手机', '手機', '联系电话', '聯繫電話', '聯系電話', '手机号', '手機號', '联系方式', '聯繫方式'].map((w) => [w, 'mobile'] as const),
  ...['身份证', '身份證', '身份证号', '身份證號', '身份证号码', '身份證號碼'].map((w) => [w, 'id_number'] as const),
  ...['车牌', '車牌', '车牌号', '車牌號'].map((w) => [w, 'plate'] as const),
  ...['微信', '微信号', '微信號'].map((w) => [w, 'wechat'] as const),
  ...['银行卡号', '銀行卡號', '卡号', '卡號', '账号', '賬號', '帳號'].map((w) => [w, 'bank_card'] as const),
  // (Stop 34) A passbook's number (户主｜人口｜折号).
  ...['折号', '折號', '摺号', '摺號', '存折号', '存折號', '存摺號', '折子号', '摺子號'].map((w) => [w, 'bank_card'] as const),
]);
const TABLE_BAR = /[|｜\t]/;
/** (Stop 47) The person columns read before stop 47 (whose headers the table's gate asked for): any cell under them is a name.
 * Under the others (家长, 学生, 捐款人, 被保险人 …) a count or a word is as likely (1200, 迟到, 本人, 红十字会, 爱心企业): a name
 * there only where it looks like one, a surname and no word. */
const STRICT_NAME_COLUMN_47 = /姓名|名字|户主|戶主|承租人|申请人|申請人/;
/** The headers of a person's column, as scanTables' gate. */
const NAME_HEADERS = [...TABLE_COLUMNS].filter(([, kind]) => kind === 'name').map(([w]) => w);
/** (Stop 47) A column of private persons that makes a table theirs even beside an institution's column (机构|家长|电话: the
 * parents of a training school's list, not a directory of offices). */
const PRIVATE_COLUMN_47 = /^(?:家长|家長|家长姓名|家長姓名|学生|學生|学员|學員|孩子|业主|業主|户主|戶主|租户|租戶|申请人|申請人|承租人|捐款人|捐赠人|捐贈人|被保险人|被保險人)$/;
/** A column that says the rows are officials or offices (职务, 单位, 部门). */
const OFFICIAL_COLUMN = /^(?:职务|職務|职位|職位|职称|職稱|单位|單位|部门|部門|科室|机构|機構|名称|名稱|工作单位|工作單位)$/;
/** A cell that is an official by title or an office by name, or a service line of six digits or fewer (王主任, 县第一中学, 12345). */
export function officialCell(kind: PiiKind, body: string): boolean {
  if (kind === 'name') return /(?:主任|书记|書記|科长|科長|镇长|鎮長|局长|局長|所长|所長|经理|經理|老师|老師|医生|醫生|警官|干事|幹事|村长|村長|站长|站長|队长|隊長|院长|院長|校长|校長)$|(?:医院|醫院|学校|學校|中学|中學|小学|小學|公司|局|委|中心|政府|银行|銀行|所|站|办|辦|店|馆|館|超市|院|合作社|委员会|委員會|厂|廠|部|农家乐|農家樂)$/.test(body);
  if (kind === 'mobile') return body.replace(/[^0-9]/g, '').length <= 6;
  return false;
}
/**
 * (Stop 33) A table pasted into an opinion (a roster, a registration form): its header row names the columns
 * (序號|姓名|房號|車位號|電話), and each later row with as many cells gives one person's name, home, space, phone or
 * papers under them, whatever they look like (B2-041 is a parking space only by its column). Other columns (序号, 金额,
 * 备注) stay.
 */
function scanTables(text: string, out: PiiSpan[]) {
  let lineStart = 0;
  let columns: (PiiKind | undefined)[] | null = null;
  let headers: string[] = [];
  /** (Stop 34) Where a sample table's header starts, while its rows are read (−1: none). */
  let sampleFrom = -1;
  let sampleCells = 0;
  /** (Stop 48) Whether the lines read are a form's fields and values, opened by a person's field and their name. */
  let fieldKinds = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const cells = TABLE_BAR.test(line) ? line.split(TABLE_BAR) : null;
    if (sampleFrom >= 0 && (!cells || cells.length !== sampleCells)) {
      sampleTables.push(sampleFrom, lineStart);
      sampleFrom = -1;
    }
    if (cells) {
      const kinds = cells.map((c) => TABLE_COLUMNS.get(c.trim()));
      // (A table of officials or offices, with their post or unit, is the office's directory: no one's private data.)
      // (Stop 34) A form's sample, said so right above the table or in its header (填写示例：, 如：, 样表) or filled with a
      // sample person (张三|138…): its rows are nobody's, and stay visible whatever rule or model reads them. Asked of the
      // lines around the header only, so a real roster in a text that speaks of a template elsewhere is still masked.
      // (Stop 48) A form of fields and values (申请人⏎杜沛涵, 身份证号⏎4319…, 开户行⏎工商银行): the row with a person's column word has
      // the person's name beside it, no header's; its field words under it are no names (退款单号, 开户行, 号牌, 抵押权人).
      // Such a form's values are read by their field (车牌｜榕汀A·52076 a plate, 电话｜135… a phone), as a table's by its column.
      const fieldForm = cells.length === 2 && kinds[0] === 'name' && !kinds[1] && valueLikeName48(cells[1].trim());
      if (fieldForm) {
        columns = null;
        fieldKinds = true;
      } else if (fieldKinds && (cells.length !== 2 || kinds[1])) fieldKinds = false; // (a table's header after the form ends it)
      if (fieldKinds) {
        // (A form's row, its field known or not, 开户行｜工商银行: no header, no table's row.)
        const body = cells[1].trim();
        const at = lineStart + cells[0].length + 1 + (cells[1].length - cells[1].trimStart().length);
        if (kinds[0] && !kinds[1] && body && (kinds[0] !== 'name' || valueLikeName48(body)) && !officialCell(kinds[0], body) && !/^[-－—/／无無空略]+$/.test(body)) out.push({ kind: kinds[0], start: at, end: at + body.length });
      } else if (kinds.some((k) => k === 'name') && cells.length >= 2) {
        const sample = sampleTableAt(text, lineStart, lineEnd);
        headers = cells.map((c) => c.trim());
        columns = sample === SAMPLE_HEADED || (cells.some((c) => OFFICIAL_COLUMN.test(c.trim())) && !cells.some((c) => PRIVATE_COLUMN_47.test(c.trim()))) ? null : kinds;
        if (sample === SAMPLE_HEADED && sampleFrom < 0) {
          sampleFrom = lineStart;
          sampleCells = cells.length;
        }
      } else if (columns && cells.length === columns.length) {
        // (Review, stop 34: a row of a sample person, 张三 or 王某某, is the form's example; the rows after it are the
        // roster's own and stay masked. Only its name is left visible: a number in it may still be somebody's.)
        if (columns.some((k, c) => k === 'name' && placeholderPerson(cells[c].trim()))) sampleTables.push(lineStart, lineEnd);
        // (Review of stop 48: a totals row, 合计|3|1000, is nobody's.)
        if (cells.some((c) => TOTALS_48.test(c.trim()))) {
          lineStart = lineEnd + 1;
          continue;
        }
        // (Review of stop 47: a row whose name is an office's, 县民政局|A-001, is the office's: its numbers too.)
        if (columns.some((k, c) => k === 'name' && officialCell('name', cells[c].trim()))) {
          lineStart = lineEnd + 1;
          continue;
        }
        let at = lineStart;
        for (let c = 0; c < cells.length; c++) {
          const kind = columns[c];
          const cell = cells[c];
          const lead = cell.length - cell.trimStart().length;
          const body = cell.trim();
          // (Review of stop 47: under 学生, 学员 or 孩子 a count or a word is as likely as a name, 1200, 迟到, 留守儿童: a name there.)
          const nameLike = kind !== 'name' || STRICT_NAME_COLUMN_47.test(headers[c] ?? '') || (/^[\u3400-\u9fff]{2,4}$/.test(body) && (surnameLength(body, 0) >= 1 || (body.length === 3 && GIVEN_SET.has(foldToSimplified(body[1])) && GIVEN_SET.has(foldToSimplified(body[2])))) && !anyDictionaryWord(foldToSimplified(body)) && !anyDictionaryWord(foldToSimplified(body.slice(0, 2))));
          if (kind && body && nameLike && !/^[-－—/／无無空略]+$/.test(body) && !officialCell(kind, body) && !/样本|樣本|示例|样例|樣例/.test(body)) out.push({ kind, start: at + lead, end: at + lead + body.length });
          at += cell.length + 1;
        }
      } else columns = null;
    } else {
      columns = null;
      fieldKinds = false;
    }
    lineStart = lineEnd + 1;
  }
  if (sampleFrom >= 0) sampleTables.push(sampleFrom, text.length);
}

/** (Stop 34) Sample tables' and sample rows' lines, as pairs of start and end in the text's order, found by scanTables
 * for this text: the names in them are nobody's (withoutSampleTables). */
export let sampleTables: number[] = [];
/** A new text: no sample table is left from the last (detectPii). */
export function clearSampleTables(): void {
  sampleTables = [];
}
/** A table whose header, or the heading right above it, says it is a form's example (样表, 填写示例：, 如：). */
const SAMPLE_HEADED = 1;
function sampleTableAt(text: string, lineStart: number, lineEnd: number): number {
  // (The line right above the header, at most 80 characters: each header reads a bounded stretch.)
  const above = text.slice(Math.max(0, lineStart - 80), lineStart).split('\n').slice(-2).join('\n').trimEnd();
  return SAMPLE_OR_FAKE.test(text.slice(lineStart, lineEnd)) || SAMPLE_CUE_BEFORE_TABLE.test(above.slice(above.lastIndexOf('\n') + 1)) ? SAMPLE_HEADED : 0;
}
/** A sample person of a form: 张三, 李四, or a surname with 某/×× (王某某). */
const placeholderPerson = (cell: string): boolean => PLACEHOLDER_TEXTS.has(cell) || /^[\u3400-\u9fff](?:某某?|××|XX|xx|＊＊|\*\*)$/.test(cell);
/** (Stop 33) The sample persons of forms and templates, here and abroad: nobody's (样表上填的是张三, a template's Mario Rossi). */
const PLACEHOLDER_TEXTS = new Set(['张三', '張三', '李四', '王五', '赵六', '趙六', 'Mario Rossi', 'RSSMRA80A01H501U', 'Juan Español Español', 'Juan Español', '12345678Z', 'John Doe', 'Jane Doe', 'Max Mustermann', 'Erika Mustermann', 'Jean Dupont', 'Jan Jansen']);
/**
 * A number made up for a form's example or a fake one (E12345678, 13800000000, +34 91 000 0000): its digits are the
 * counting run alone or end in seven zeros or more. (A card or a phone that holds such a run among other digits, as
 * writers' invented ones do, is kept: 6228480123456789.)
 */
function placeholderNumber(run: string): boolean {
  const d = run.replace(/[^0-9]/g, '');
  if (d.length < 6) return false;
  return '1234567890'.startsWith(d) || /0{7,}$/.test(d);
}
/** Where the writer says it is a form's example, a template or a fake (张三 is also some writers' neighbour). */
// (Stop 34: and a form's pattern, 表格样式, 填表说明.)
const SAMPLE_OR_FAKE = /样表|樣表|样本|樣本|样例|樣例|示例|范本|範本|范例|範例|模板|例子|举例|舉例|填写说明|填寫說明|样式|樣式|填表说明|填表說明|填报说明|填報說明|假号码|假號碼|sample|Sample|template|Template|example|Example|esempio|ejemplo|modelo|modello/;
/** Right above a table's header, a sample's cue ending the line (填写示例：, 【样表】, 如：, 例如：, 格式如下：): a heading, not a
 * sentence that speaks of a template (他们说要用模板填，我们村的名单：). */
const SAMPLE_CUE_BEFORE_TABLE = new RegExp(`(?:(?:${SAMPLE_OR_FAKE.source})[^，,。；;！!？?\\n]{0,6}|(?:^|[，,。：:\\s])(?:如|例如|比如)|格式如下|格式示例|示例格式)[：:】\\])）]?\\s*$`);
export function withoutPlaceholders(text: string, spans: PiiSpan[]): PiiSpan[] {
  let kept: PiiSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    const t = text.slice(sp.start, sp.end);
    // (Stop 34) Also a number's part left before a sample's stars (身份证：430726********1234 on a form's pattern).
    const drop = (PLACEHOLDER_TEXTS.has(t) || (sp.kind !== 'name' && sp.kind !== 'address' && (placeholderNumber(t.replace(/^[A-Za-z]{1,2}/, '')) || /^[*＊]{3}/.test(text.slice(sp.end, sp.end + 3))))) && SAMPLE_OR_FAKE.test(sentenceAround(text, sp.start, sp.end));
    if (drop && !kept) kept = spans.slice(0, k);
    else if (!drop && kept) kept.push(sp);
  }
  return kept ?? spans;
}

/** A Han name in brackets right after a name in Latin letters (Kim Ji-hwan (金志焕), Chen Weiguo（陈卫国）). */
const HAN_IN_BRACKETS_AFTER = /^\s?[（(]([\u3400-\u9fff]{2,4})[）)]/;
/** A name set off by commas right after a person's number (身份证…2115，苑金生，原来…). */
const NAME_SET_OFF_AFTER = /^[，,]\s?([\u3400-\u9fff]{2,3})(?=[，,。；;！!]|$)/;
/**
 * (Stop 33) Names beside what the rules and models found: a Han name in brackets after a Latin one, and a name set off by
 * commas right after a person's ID or phone number (whose it is). Either must read as a name (a surname and given
 * characters), so 身份证…，无业， or Kim (金浦机场) stays.
 */
export function namesBesideFound(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  for (const sp of spans) {
    const after = text.slice(sp.end, sp.end + 8);
    let m: RegExpExecArray | null = null;
    if (sp.kind === 'name' && isLatinLetter(text.charCodeAt(sp.end - 1))) m = HAN_IN_BRACKETS_AFTER.exec(after);
    else if (sp.kind === 'id_number' || sp.kind === 'mobile') m = NAME_SET_OFF_AFTER.exec(after);
    if (!m) continue;
    const s = sp.end + m[0].length - m[1].length - (m[0].endsWith('）') || m[0].endsWith(')') ? 1 : 0);
    const e = s + m[1].length;
    if (!surnameLength(text, s) || !likelyName(text, s, e) || knownNotName(text, s, e) || TITLE_OR_PLACE_END.test(m[1])) continue;
    (added ??= []).push({ kind: 'name', start: s, end: e });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}
/** A title or a place where a name would end (王书记, 刘主任, 张警官, 王府井): an official or a place, no private person. */
const TITLE_OR_PLACE_END = /(?:书记|書記|主任|经理|經理|警官|科长|科長|镇长|鎮長|局长|局長|所长|所長|老师|老師|医生|醫生|干事|幹事|村长|村長|站长|站長|队长|隊長|同志|先生|女士|小姐|师傅|師傅|井|村|镇|鎮|路|街|府|乡|鄉|县|縣|区|區)$/;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** A child's full name before the parent who writes, then the parent's phone (關宇航爸爸，153…). */
const CHILD_BEFORE_PARENT_PHONE = /([\u3400-\u9fff]{2,3})(?:爸爸|妈妈|媽媽|家长|家長)[，,：:\s]+(?=[+＋0-9０-９])/g;
export function parentsOfNamedChildren(text: string, spans: PiiSpan[]): PiiSpan[] {
  let added: PiiSpan[] | null = null;
  let p = 0;
  CHILD_BEFORE_PARENT_PHONE.lastIndex = 0;
  for (let m = CHILD_BEFORE_PARENT_PHONE.exec(text); m; m = CHILD_BEFORE_PARENT_PHONE.exec(text)) {
    const s = m.index;
    const e = s + m[1].length;
    // (At a clause's start: 我是關宇航爸爸 reads the name after 我是 anyway; 的孩子妈妈 is no name.)
    if (s > 0 && !/[，,。；;！!？?\s：:】)）——]/.test(text[s - 1])) continue;
    // (Read as a name on its own: likelyName takes the 爸爸 after it for a relative's word, here it is the frame.)
    const from = Math.max(0, s - 8);
    const alone = text.slice(from, e) + '。';
    if (!surnameLength(text, s) || !likelyName(alone, s - from, e - from) || knownNotName(text, s, e)) continue;
    // (The phone must start right after the comma: spans are in order, so one pointer walks them with the matches.)
    const phoneAt = m.index + m[0].length;
    while (p < spans.length && spans[p].start < phoneAt) p++;
    if (p >= spans.length || spans[p].start !== phoneAt || (spans[p].kind !== 'mobile' && spans[p].kind !== 'landline')) continue;
    (added ??= []).push({ kind: 'name', start: s, end: e });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** A form's fields written in a line (姓名：相振国｜房号：…｜车位：B2-309｜微信：…): label, colon, value up to the next field. */
const FORM_FIELD = /(?:^|[｜|；;，,\s\u3000】\]])([\u3400-\u9fff]{2,6})[：:]\s?([^｜|；;，,。\s\u3000【】]{1,40})/g;
/** Who a form's record is of, beside the table's name columns (来访人：…, 来电人：…). */
const FORM_PERSON_LABELS = new Set(['来访人', '來訪人', '来电人', '來電人', '反映人', '投诉人', '投訴人', '举报人', '舉報人', '诉求人', '訴求人', '当事人', '當事人']);
/**
 * (Stop 33) A form pasted as one line of fields (【业主意见登记】姓名：相振国｜房号：…｜车位：B2-309): where the text has a
 * name field, each value under a personal label (as scanTables' columns) is that person's, whatever it looks like; a
 * name only as two to four Han characters. Other fields (意见：, 处理：, 接待人：) stay.
 */
function scanFormFields(text: string, out: PiiSpan[]) {
  FORM_FIELD.lastIndex = 0;
  for (let m = FORM_FIELD.exec(text); m; m = FORM_FIELD.exec(text)) {
    const label = m[1];
    const kind = FORM_PERSON_LABELS.has(label) ? 'name' : TABLE_COLUMNS.get(label);
    // (The value is read from its own start: the next field's separator starts the next match.)
    FORM_FIELD.lastIndex = m.index + m[0].length;
    if (!kind) continue;
    const value = m[2];
    const start = m.index + m[0].length - value.length;
    if (kind === 'name' ? !/^[\u3400-\u9fff]{2,4}$/.test(value) || NOT_NAME_WORD.has(value.slice(0, 2)) : !/[0-9０-９]/.test(value)) continue;
    out.push({ kind, start, end: start + value.length });
  }
}
/** A run of Thai letters (สมชาย ใจดี): in a Chinese opinion, a Thai relative's or worker's name when it is a given name and a
 * family name after any title; a longer run is a phrase or an address. */
const THAI_RUN = /[\u0e01-\u0e4e.]{2,}(?: [\u0e01-\u0e4e.]{2,})*/g;
/** Titles before a Thai name (นาย Mr, นาง Mrs, นางสาว Miss, เด็กชาย/เด็กหญิง boy/girl): kept outside the span. */
const THAI_TITLE = /^(?:นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.)\s?/;
/** Thai words a writer may quote that are no one's name (greetings, thanks, the country, Bangkok). */
const THAI_NOT_NAME = /^(?:สวัสดี|ขอบคุณ|ครับ|ค่ะ|คะ|ประเทศไทย|กรุงเทพ|กรุงเทพมหานคร|ไทย|บาท)/;
/** A Thai ID card's number: thirteen digits, plain or grouped 1-4-5-2-1. */
const THAI_ID = /(?<![0-9])([1-8])[-\s]?([0-9]{4})[-\s]?([0-9]{5})[-\s]?([0-9]{2})[-\s]?([0-9])(?![0-9])/g;
const THAI_ID_CUE = /泰国|泰國|Thai|บัตรประชาชน|ประจำตัว/;
/**
 * (Stop 33) Thai relatives, workers and spouses: a name in Thai script (the title before it left out), and a Thai ID
 * card's number by its check digit where Thailand or the card is named in the text or where it is grouped 1-4-5-2-1
 * (the card's own print).
 */
export function scanThai(text: string, out: PiiSpan[]) {
  THAI_RUN.lastIndex = 0;
  for (let m = THAI_RUN.exec(text); m; m = THAI_RUN.exec(text)) {
    const title = THAI_TITLE.exec(m[0]);
    const start = m.index + (title ? title[0].length : 0);
    const name = text.slice(start, m.index + m[0].length);
    if (name.length < 3 || name.split(' ').length > 2 || THAI_NOT_NAME.test(name)) continue;
    out.push({ kind: 'name', start, end: m.index + m[0].length });
  }
  const cued = THAI_ID_CUE.test(text);
  THAI_ID.lastIndex = 0;
  for (let m = THAI_ID.exec(text); m; m = THAI_ID.exec(text)) {
    const grouped = m[0].length === 17 && /^[0-9][-\s][0-9]{4}[-\s][0-9]{5}[-\s][0-9]{2}[-\s][0-9]$/.test(m[0]);
    if ((!cued && !grouped) || !validThaiId(m.slice(1).join(''))) continue;
    out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
}
/**
 * A roster's row: a name opening the line, then a space and the household's figures or papers (樊德林 户 4人 2400元,
 * 鲍国安 500249********0179 三人户), as subsidy lists are posted. Read only where two rows or more have that shape.
 */
/** The last character of a place's name: a landform, a water, a hamlet (石桥, 高坪, 柳湾, 张家坝). */
const PLACE_END_CHARS = new CharSet([...'河溪江湖山岭嶺坪坝壩塘湾灣沟溝峪岗崗洲坳垭埡洼窪岙嶴垅壟垄坑桥橋屯寨堡营營铺鋪坡冲沖村庄莊镇鎮乡鄉街路口头頭湖滩灘圩埠港园園埭浜渡']);

/** (Stop 34) The names and made-up numbers (13800000000) in a sample table's or a sample row's lines (scanTables):
 * nobody's, whichever rule or model read them. (Review: no more. A phone, an ID or a card there that is no placeholder
 * stays masked: a real one copied into an example is still somebody's, and masking a made-up one costs little.) */
export function withoutSampleTables(text: string, spans: PiiSpan[]): PiiSpan[] {
  const t = sampleTables;
  sampleTables = [];
  // (Both in the text's order: one pointer walks the tables with the spans.)
  let k = 0;
  return spans.filter((sp) => {
    while (k < t.length && t[k + 1] <= sp.start) k += 2;
    if (!(k < t.length && sp.start >= t[k] && sp.end <= t[k + 1])) return true;
    return !(sp.kind === 'name' || (sp.kind !== 'address' && placeholderNumber(text.slice(sp.start, sp.end))));
  });
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const emigrantCountyTables = { TABLE_COLUMNS, TABLE_BAR, TITLE_OR_PLACE_END, PLACE_END_CHARS };

/** (Stop 48) Whether a cell beside a person's column word is that person's name, not another header (杜沛涵, not 金额 or 电话). */
function valueLikeName48(body: string): boolean {
  const sl = surnameLength(body, 0);
  return /^[\u3400-\u9fff]{2,3}$/.test(body) && sl >= 1 && [...foldToSimplified(body.slice(sl))].every((c) => GIVEN_SET.has(c)) && !TABLE_COLUMNS.has(body) && !placeholderPerson(body) && !anyDictionaryWord(foldToSimplified(body)) && !anyDictionaryWord(foldToSimplified(body.slice(0, 2)));
}
/** (Stop 48) A table's totals row's label. */
const TOTALS_48 = /^(?:合计|合計|小计|小計|总计|總計|共计|共計)$/;
