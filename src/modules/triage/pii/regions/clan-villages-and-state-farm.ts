import { eachDictionaryWord } from '../../jieba-dictionary.js';
import { foldToSimplified } from '../../normalize.js';
import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny } from '../text.js';
import { likelyName, nameEnd, nameWordsTables, placeNameReading, surnameLength } from '../name-words.js';
import { wordNotPerson } from '../dictionary.js';
import { kinAndContextCuesTables } from '../kin-and-context-cues.js';
import { halfWidthOf, ordinaryWord37 } from './delivery-hub-and-island-port.js';
import { cuedNameEnd37b, lendingCollapseAndLegalOrgansTables, partyNameEnd37b } from './lending-collapse-and-legal-organs.js';
import { nameEndsHere38, taggedPersonWord38, titleAfterSurname38 } from './research-university.js';

const { CLAUSE_END, PEOPLE, PLACE_SUFFIX, WATER_OR_HILL, isHan } = nameWordsTables;
const { KIN_FORM_37B, PARTY_END_37B } = lendingCollapseAndLegalOrgansTables;
const { P_ACTION_FIRST, P_RIGHT_FIRST } = kinAndContextCuesTables;

// ── Stop 38b: read off pii50 (single-clan villages in Jiangxi and southern Anhui) and pii51 (a Heilongjiang state farm) ──

/** Kin, clan and private cues before a full name (我伯伯洪兆德, 堂叔洪兆顺, 族长俞家耀, 同族的汪承旺, 东家杜成刚, 上海知青顾婉华,
 * 翻译戴晓鸥): a private person named in full. A clan head or elder (族长, 族老) holds no public office. */
const PARTY_CUES_38B = ['伯伯', '伯母', '伯娘', '堂叔', '堂伯', '堂兄', '堂哥', '堂弟', '堂姐', '堂妹', '族长', '族長', '族老', '同族', '东家', '東家', '知青', '翻译', '翻譯', '儿子', '兒子', '其子'];
/** Cue words that open a longer word or an office before them (村知青办, 知青点): no party. */
const PARTY_NOT_AFTER_38B = /^(?:办|辦|点|點|馆|館|林|楼|樓|会|會|们|們|年代|时|時|档案|檔案|证|證|是|说|說|费|費|公司|人员|人員|员|員|官)/;
/** Two names of one generation side by side (洪兆东、洪兆发; 汪啟東、汪啟華兩兄弟): a clan's brothers or cousins share the
 * surname and the generation character, so the second reading stands if the first does. */
const GEN_SEPARATORS_38B = ['、', '和', '与', '與', '及', '，', ','];
/** A nickname before the full name in brackets at a clause's start (大柱子（孟庆柱）, 老蔫巴（程守义）, 细伢子（汪继宇）). */
const NICK_LEFT_38B = new CharSet([...'\n。！？!?；;，,：:的']);
const NICK_SHAPE_38B = /^(?:[老大小二三四五六阿][\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{1,2}(?:子|巴|头|頭|蛋|娃|狗|丫|妞))$/;
const NICK_NOT_38B = /^(?:大哥|二哥|大姐|二姐|大嫂|大叔|大爷|大爺|大妈|大媽|大娘|老公|老婆|老伴|老板|老闆|老师|老師|老人|老家|老乡|老鄉|小孩|小子|孩子|儿子|兒子|妻子|老头|老頭|小伙子|老头子|老頭子|大队|大隊|小组|小組|老大|老二|老三|阿姨|阿婆|阿公|大夫|大师|大師|老总|老總|日子|房子|样子|樣子|本子|单子|單子|票子|院子|村子|法子|路子|电子|電子|分子|例子|小区|小區|大会|大會|老赖|老賴)$/;
/** A name signed before 敬上 after a village, a group or a house (洪家源村六组洪兆林敬上). */
const SIGNED_JINGSHANG_38B = /(?:^|[\n。！？!?；;，,\s组組村号號屯队隊])([\u3400-\u9fff]{2,4})(?=敬上|谨上|謹上)/g;
/** A resident named after the place she lives or works at, before 反映 or 举报 (第五管理区孙桂芝反映：, 六组洪兆林举报，). */
const PLACE_VERBS_38B = ['反映', '举报', '舉報', '投诉', '投訴'];
const PLACE_BEFORE_NAME_38B = new CharSet([...'区區站村组組屯队隊场場']);
/** A name before a slash and a number (洪国辉/152 4302 6552/) after a sentence's end. */
const SLASH_LEFT_38B = new CharSet([...'。！？!?；;\n']);

/** Grave, urn, queue and genealogy numbers after their cue (墓位号ML-B-0388, 梅岭公墓ML-C-0233, 世系号WS-28-0721,
 * 领谱编号YS-2024-0066, 排号单PH-0872), or before 号墓穴: letters, dashes and digits tied to one person's grave or line.
 * (Work orders, receipts and mediation numbers have other cues and stay.) */
// (Review of stop 38b: no bare 穴位, an acupuncture point's, 针灸穴位ST-036.)
const GRAVE_CUES_38B = ['墓位', '公墓', '墓穴', '世系号', '世系號', '谱编号', '譜編號', '排号单', '排號單', '格位', '寄存证', '寄存證'];
const GRAVE_CODE_38B = /(?:墓位号?|墓位號|公墓|墓穴号?|墓穴號|世系号|世系號|谱编号|譜編號|排号单|排號單|格位号?|格位號|寄存证号?|寄存證號?)(?:是|为|為)?[:：]?\s?([A-Z]{1,4}(?:[-－][A-Z0-9]{1,4}){0,2}[-－][0-9]{3,5})(?![0-9A-Za-z])/g;
const CODE_BEFORE_GRAVE_38B = /(?<![0-9A-Za-z-])([A-Z]{1,4}(?:-[A-Z0-9]{1,4}){0,2}-[0-9]{3,5})(?=号墓|號墓|号穴|號穴|号格位|號格位)/g;
/** A land contract's number held by a household (承包合同号HL-2024-03-7100, 土地承包合同QZ-2021-03-1094): letters, a year,
 * an area and a serial. Older sets leave contracts and agreements visible; a land contract (承包) in a line where the
 * writer or a named holder speaks of it (我, 俺, 承包人, 名下) identifies one household. */
const LAND_CONTRACT_38B = /(?:承包)?合同(?:号|號|编号|編號)?(?:是|为|為)?[:：]?\s?([A-Z]{1,3}[-－](?:19|20)[0-9]{2}[-－][0-9]{1,3}[-－][0-9]{3,5})(?![0-9A-Za-z])/g;
// (Review of stop 38b: 承包 right before 合同, or 承包人 near a bare 合同; the holder's cue within 40 characters before the
// number, or her words after it, 承包人戚玉兰, 我是彭振興; none in a notice's sample, 公示, 范本.)
const CONTRACT_HOLDER_38B = /我|俺|他|她|承包人|名下|户主|戶主|身份证|身份證/;
const CONTRACT_HOLDER_AFTER_38B = /承包人|我是|俺是|我叫|名下|户主|戶主/;
const CONTRACT_SAMPLE_38B = /范本|範本|样本|樣本|示例|示范|示範|格式|公示/;
/** (Review of stop 38b) A machine's cue within 12 characters before its plate (拖拉机号牌吉05-31842): 新12-15000元 none. */
const MACHINE_CUE_38B = /号牌|號牌|车号|車號|牌照|车牌|車牌|牌号|牌號|拖拉机|拖拉機|收割机|收割機|农机|農機/;
/** (Review of stop 38b) A firm's, a society's or a business's registration, no machine's (企业登记证编号…). */
const NOT_MACHINE_REG_38B = /企业|企業|工商|社团|社團|营业|營業/;
/** A farm machine's plate (号牌黑08-18789): a province's character, two digits, a dash and five digits. */
const PROVINCE_38B = new CharSet([...'京津冀晋晉蒙辽遼吉黑沪滬苏蘇浙皖闽閩赣贛鲁魯豫鄂湘粤粵桂琼瓊渝川贵貴云雲藏陕陝甘青宁寧新']);
const MACHINE_PLATE_38B = /^[\u3400-\u9fff][0-9]{2}[-－][0-9]{5}(?![0-9])/;
/** A machine's registration certificate number after its cue (登记证书编号2308890021528952). */
const MACHINE_REG_38B = /(?:登记证书|登記證書|登记证|登記證)(?:编号|編號|号|號)(?:是|为|為)?[:：]?\s?([0-9]{10,20})(?![0-9])/g;
/** A Russian mobile written 8-9xx-xxx-xx-xx (the trunk prefix 8 before a 9xx operator code). */
const RU_TRUNK_MOBILE_38B = /(?<![0-9+])(8[-\s]9[0-9]{2}[-\s][0-9]{3}[-\s][0-9]{2}[-\s][0-9]{2})(?![0-9])/g;
/** A work station's or a company's family house by row and number (榆树岗作业站6排15号, 东岗作业站家属房一排九号). */
const ROW_HOUSE_38B = /([\u3400-\u9fff]{1,5}(?:作业站|作業站)(?:家属房|家屬房)?)([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})排([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
const ROW_HOUSE_LEAD_38B = /^(?:俺家|我家|住在|家住|住址|地址|住|址|在|是|的|俺|我|家|到|去)+/;
/** A village house spoken in a voice message (汪家坦村二组，门牌是二十三号): one span from the village to the number. */
const SPOKEN_DOOR_38B = /([\u3400-\u9fff]{1,5}村(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[组組])[，,\s]?(?:门牌|門牌)(?:号|號)?(?:是|就是)?([0-9]{1,4}|[一二三四五六七八九十百零]{1,5})[号號]/g;
/** Columns of a pasted roster that hold a person's name or number (姓名, 车主, 男方, 职工号, 墓位号). */
const NAME_COLUMN_38B = /^(?:姓名|车主|車主|机主|機主|男方|女方|户主|戶主|墓主|联系人|聯繫人|承包人|申请人|申請人)$/;
/** (Stop 45, pii78 studied) A ward's contact sheet (床号 患者 家属 电话) and a complaints register (投诉人) name people in these
 * columns too, in a heading row that has another column's heading (a row of 患者 and 家属 as a relation's cells is no heading). */
const NAME_COLUMN_45 = /^(?:患者|病人|家属|家屬|投诉人|投訴人|反映人)$/;
const HEADING_45 = /^(?:电话|電話|联系电话|聯繫電話|手机|手機|床号|床號|日期|编号|編號|序号|序號|内容|內容|时间|時間)$/;
const CODE_COLUMN_38B = /^(?:职工号|職工號|工号|工號|墓位号|墓位號|世系号|世系號|合同号|合同號|承包合同号|承包合同號)$/;
const CODE_CELL_38B = /^[A-Z]{1,4}(?:[-－]?[A-Z0-9]{1,4}){0,3}[-－]?[0-9]{3,8}$/;
/** (Stop 44, pii73 studied) A flat's number under a roster's 房号 (4-301, 4-1105): one household's home. */
const ROOM_COLUMN_44 = /^(?:房号|房號)$/;
const ROOM_CELL_44 = /^[0-9]{1,3}[-－][0-9]{3,4}$/;
/** (Review of stop 38b) What a clan village's name ends with after X家 (张家湾, 汪家祠, 王家坝, 张家口, 李家塘): a place. */
const CLAN_PLACE_END_38B = new CharSet([...'村庄莊寨屯堡源口祠店铺舖桥橋嘴岔冲衝畈垄壟洼窪湾灣坝壩塘岭嶺沟溝坪岗崗湖河溪山峪洲圩埠墩垸坳坞塢场場巷院营營集镇鎮界园園湘']);
/** (Review of stop 38b) A nickname's last character (大柱子, 老蔫巴): a rare dictionary word so ending may be one. */
const NICK_END_38B = new CharSet([...'子巴头頭蛋娃狗丫妞']);
/** (Review of stop 38b) A title after 老/大/小 before a bracket (老书记, 老会计, 老中医, 大队长): a role, no nickname. */
const NICK_TITLE_38B = /^(?:书记|書記|会计|會計|中医|中醫|支书|支書|党员|黨員|队长|隊長|组长|組長|村长|村長|主任|干部|幹部|师傅|師傅|医生|醫生|教师|教師|校长|校長|同志|领导|領導|兵|军|軍|乡|鄉|师|師|板|闆|总|總|百姓)/;
/** (Review of stop 38b) Whether s..e, read as a name by a stop-38b rule, is no name: a clan village (张家湾, 汪家祠; with
 * `anyJia` any X家Y), an ordinary word read without the given-name leniency (连连, 温和, 全程, 常委会), a two-character
 * word the dictionary tags as a person's (阳光), a place (武昌), a kin form, or a surname and a title (李会计). */
export function notName38b(text: string, s: number, e: number, anyJia = false): boolean {
  const w = text.slice(s, e);
  if (w.length === 3 && (w[1] === '家' || w[1] === '傢') && (anyJia || CLAN_PLACE_END_38B.has(w[2]) || WATER_OR_HILL.has(w.charCodeAt(2)))) return true;
  return ordinaryWord37(w) || (taggedPersonWord38(w) || (w.length !== 2 && word50_38b(w.slice(0, 2)))) || placeNameReading(text, s, e) || KIN_FORM_37B.test(w) || titleAfterSurname38(text, s);
}
/** (Review of stop 38b) Two- and three-character words the jieba dictionary has 50 times or more under a tag no person's
 * (满脸, 严寒, 鄂州, 胖子, 老百姓): a word opening a three-character reading (鄂州来, 满脸通) or a nickname that is a word.
 * A rarer word (大柱子, 3) may be a nickname. Read the first time. */
let words50_38b: Set<string> | undefined;
export function word50_38b(span: string): boolean {
  if (!words50_38b) {
    const words = new Set<string>();
    eachDictionaryWord((word, freq, tag) => {
      if ((word.length === 2 || word.length === 3) && freq >= 50 && !tag.startsWith('nr')) words.add(word);
    });
    words50_38b = words;
  }
  return words50_38b.has(foldToSimplified(span));
}
export function scanStop38b(text: string, spans: PiiSpan[]): void {
  // (At each cue found by indexOf, no scan of the whole text by an alternation.)
  for (const cue of PARTY_CUES_38B) {
    if (!has(text, cue)) continue;
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + 1)) {
      let s = k + cue.length;
      if (cue === '同族') { if (text[s] !== '的') continue; s++; }
      // (房东家, 广东家, 山东家, 河东家: 东家 inside a longer word; review of stop 38b.)
      if ((cue === '东家' || cue === '東家') && k > 0 && '房广廣山河'.includes(text[k - 1])) continue;
      if (text[s] === '”' || text[s] === '"' || text[s] === '」') s++;
      if (PARTY_NOT_AFTER_38B.test(text.slice(s, s + 2))) continue;
      let e = partyNameEnd37b(text, s);
      // (A full name of three after these cues whatever follows it, 伯伯洪兆德无儿无女, 知青温丽娜想…, in any given character, 戴晓鸥.)
      if (e < 0 || (e === s + 2 && !(PEOPLE[text.charCodeAt(e)] & (P_RIGHT_FIRST | P_ACTION_FIRST)) && !PARTY_END_37B.test(text.slice(e, e + 2)) && !/^[名的在说說是和跟与與]/.test(text.slice(e, e + 1)))) {
        const e3 = nameEnd(text, s, true);
        // (Review of stop 38b: only where no dictionary word opens the three, 高大威, 满脸通, 吉普车, and a name may end after
        // them, 严寒中 no.)
        if (e3 === s + 3 && surnameLength(text, s) === 1 && likelyName(text, s, e3) && !wordNotPerson(foldToSimplified(text.slice(s, s + 2))) && !taggedPersonWord38(text.slice(s, s + 2)) && (nameEndsHere38(text, e3) || !wordNotPerson(foldToSimplified(text.slice(e3 - 1, e3 + 1)))) && !notName38b(text, s, e3) && !PLACE_SUFFIX.has(text[e3 - 1])) e = e3;
      }
      // (俞振家, 王建家 before a clause's end after a kin cue: 家 closes the given name, not a home.)
      if ((e === s + 2 || (e < 0 && nameEnd(text, s) === s + 2 && likelyName(text, s, s + 2))) && text[s + 2] === '家' && CLAUSE_END.has(text[s + 3] ?? '。')) e = s + 3;
      // (Review of stop 38b: an ordinary word read with the given-name leniency of partyNameEnd37b, 族长连连说好, 东家高大,
      // a clan village, 儿子张家湾, or a surname and a title: no name.)
      if (e < 0 || notName38b(text, s, e)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Read at each separator: the three characters before it and the two after it compared, no scan of the whole text.)
  for (const sep of GEN_SEPARATORS_38B) {
    if (!has(text, sep)) continue;
    for (let k = text.indexOf(sep, 3); k >= 0; k = text.indexOf(sep, k + 1)) {
      const a = k - 3;
      const b = k + 1;
      if (text.charCodeAt(b) !== text.charCodeAt(a) || text.charCodeAt(b + 1) !== text.charCodeAt(a + 1) || !isHan(text.charCodeAt(a)) || !isHan(text.charCodeAt(a + 1)) || !isHan(text.charCodeAt(a + 2)) || !isHan(text.charCodeAt(b + 2)) || text[a + 2] === text[b + 2]) continue;
      if (surnameLength(text, a) !== 1 || isHan(text.charCodeAt(b + 3)) && !/^(?:兩|两|兄|姐|都|的|家|等|二|三|四)/.test(text.slice(b + 3, b + 4))) continue;
      if (!likelyName(text, a, a + 3) || !likelyName(text, b, b + 3) || notName38b(text, a, a + 3) || notName38b(text, b, b + 3)) continue;
      if (a > 0 && isHan(text.charCodeAt(a - 1)) && surnameLength(text, a - 1) && nameEnd(text, a - 1) === a + 2) continue;
      spans.push({ kind: 'name', start: a, end: a + 3 }, { kind: 'name', start: b, end: b + 3 });
    }
  }
  // (At each opening bracket: the two or three characters before it after a clause's start, the name inside it.)
  for (const open of ['（', '(']) {
    if (!has(text, open)) continue;
    for (let k = text.indexOf(open, 2); k >= 0; k = text.indexOf(open, k + 1)) {
      const inner = k + 1;
      let close = inner;
      while (close < text.length && close - inner <= 4 && isHan(text.charCodeAt(close))) close++;
      if (close - inner < 2 || close - inner > 4 || (text[close] !== '）' && text[close] !== ')')) continue;
      for (const len of [3, 2]) {
        const s = k - len;
        if (s < 0 || !(s === 0 || NICK_LEFT_38B.has(text[s - 1]))) continue;
        const nick = text.slice(s, k);
        if (![...nick].every((c) => isHan(c.charCodeAt(0))) || !NICK_SHAPE_38B.test(nick) || NICK_NOT_38B.test(nick) || KIN_FORM_37B.test(nick) || /[我你他她们們的是村镇鎮乡鄉长長任员員]/.test(nick)) continue;
        // (Review of stop 38b: a word, 三个, 胖子, 大学生, 老百姓, a place, 老张家, 李家塘, or 老/大/小 and a title, 老书记.)
        if (word50_38b(nick) || (ordinaryWord37(nick) && !NICK_END_38B.has(nick[nick.length - 1])) || taggedPersonWord38(nick) || placeNameReading(text, s, k) || nick[1] === '家' || ('老大小'.includes(nick[0]) && (NICK_TITLE_38B.test(nick.slice(1)) || nick[2] === '家'))) continue;
        const e = cuedNameEnd37b(text, inner);
        if (e !== close || !likelyName(text, inner, e)) continue;
        spans.push({ kind: 'name', start: s, end: k }, { kind: 'name', start: inner, end: e });
        break;
      }
    }
  }
  // (A clan head named at a clause's start, 汪启明是族长: the head of a clan holds no office.)
  for (const head of ['是族长', '是族長']) {
    if (!has(text, head)) continue;
    for (let k = text.indexOf(head, 3); k >= 0; k = text.indexOf(head, k + 1)) {
      const s = k - 3;
      if (!(s === 0 || CLAUSE_END.has(text[s - 1])) || surnameLength(text, s) !== 1 || !likelyName(text, s, k) || notName38b(text, s, k)) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  if (has(text, '敬上') || has(text, '谨上') || has(text, '謹上')) {
    SIGNED_JINGSHANG_38B.lastIndex = 0;
    for (let m = SIGNED_JINGSHANG_38B.exec(text); m; m = SIGNED_JINGSHANG_38B.exec(text)) {
      const end = m.index + m[0].length;
      for (const len of [3, 2]) {
        const s = end - len;
        if (s < m.index || !(nameEnd(text, s) === end || (len === 3 && surnameLength(text, s) === 1 && !PLACE_SUFFIX.has(text[end - 1]))) || !likelyName(text, s, end) || notName38b(text, s, end, true)) continue;
        spans.push({ kind: 'name', start: s, end });
        break;
      }
    }
  }
  for (const verb of PLACE_VERBS_38B) {
    if (!has(text, verb)) continue;
    for (let k = text.indexOf(verb, 4); k >= 0; k = text.indexOf(verb, k + 2)) {
      const s = k - 3;
      if (!PLACE_BEFORE_NAME_38B.has(text[s - 1]) || !'：:，,'.includes(text[k + 2] ?? '') || !isHan(text.charCodeAt(s)) || !isHan(text.charCodeAt(s + 1)) || !isHan(text.charCodeAt(s + 2))) continue;
      const w = text.slice(s, k);
      if (surnameLength(text, s) !== 1 || !likelyName(text, s, k) || notName38b(text, s, k, true) || PLACE_SUFFIX.has(w[2])) continue;
      spans.push({ kind: 'name', start: s, end: k });
    }
  }
  for (const slash of ['/', '／']) {
    if (!has(text, slash)) continue;
    for (let k = text.indexOf(slash, 2); k >= 0; k = text.indexOf(slash, k + 1)) {
      if (!/^[\s+＋]?[0-9０-９]/.test(text.slice(k + 1, k + 3))) continue;
      let s = k;
      while (s > 0 && k - s < 5 && isHan(text.charCodeAt(s - 1))) s--;
      if (k - s < 2 || k - s > 4 || !(s === 0 || SLASH_LEFT_38B.has(text[s - 1]))) continue;
      const e = cuedNameEnd37b(text, s);
      if (e !== k || !likelyName(text, s, e) || notName38b(text, s, e, true)) continue;
      spans.push({ kind: 'name', start: s, end: e });
    }
  }
  // (Review of stop 38b: full-width letters, digits and dashes read as ASCII, ＱＸ－Ｄ－０７３１: the text folded by toHalfWidth,
  // one unit for one, as scanStop37 reads it, so a match's positions are the text's.)
  const hw = halfWidthOf(text);
  scanNumbers38b(text, hw, spans);
  if (has(text, '\t') || ((has(text, ',') || has(text, '|')) && has(text, '\n'))) scanRoster38b(text, spans);
}

/** Stop 38b's numbers and homes, read on `w`, the text folded to half width (the same positions). */
function scanNumbers38b(text: string, w: string, spans: PiiSpan[]): void {
  if (hasAny(text, GRAVE_CUES_38B)) {
    GRAVE_CODE_38B.lastIndex = 0;
    for (let m = GRAVE_CODE_38B.exec(w); m; m = GRAVE_CODE_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
    CODE_BEFORE_GRAVE_38B.lastIndex = 0;
    for (let m = CODE_BEFORE_GRAVE_38B.exec(w); m; m = CODE_BEFORE_GRAVE_38B.exec(w)) spans.push({ kind: 'member_number', start: m.index, end: m.index + m[1].length });
  }
  if (has(text, '承包') && has(text, '合同')) {
    LAND_CONTRACT_38B.lastIndex = 0;
    for (let m = LAND_CONTRACT_38B.exec(w); m; m = LAND_CONTRACT_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      const before = text.slice(Math.max(0, s - 40), s);
      const after = text.slice(s + m[1].length, s + m[1].length + 20);
      if (!(m[0].startsWith('承包') || /承包人|承包户|承包戶/.test(before + after)) || !(CONTRACT_HOLDER_38B.test(before) || CONTRACT_HOLDER_AFTER_38B.test(after)) || CONTRACT_SAMPLE_38B.test(before + after)) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (w.includes('-')) {
    // (At each dash: a province's character and two digits before it, five digits after it, a machine's cue before.)
    for (const dash of ['-']) {
      for (let k = w.indexOf(dash, 3); k >= 0; k = w.indexOf(dash, k + 1)) {
        if (!PROVINCE_38B.has(w[k - 3]) || !MACHINE_PLATE_38B.test(w.slice(k - 3, k + 7)) || /[0-9A-Za-z]/.test(w[k - 4] ?? '') || !MACHINE_CUE_38B.test(w.slice(Math.max(0, k - 15), k - 3))) continue;
        spans.push({ kind: 'plate', start: k - 3, end: k + 6 });
      }
    }
    if (w.includes('8-9') || w.includes('8 9')) {
      RU_TRUNK_MOBILE_38B.lastIndex = 0;
      for (let m = RU_TRUNK_MOBILE_38B.exec(w); m; m = RU_TRUNK_MOBILE_38B.exec(w)) spans.push({ kind: 'mobile', start: m.index, end: m.index + m[1].length });
    }
  }
  if (has(text, '登记证') || has(text, '登記證')) {
    MACHINE_REG_38B.lastIndex = 0;
    for (let m = MACHINE_REG_38B.exec(w); m; m = MACHINE_REG_38B.exec(w)) {
      const s = m.index + m[0].length - m[1].length;
      if (NOT_MACHINE_REG_38B.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      spans.push({ kind: 'member_number', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '排') && (has(text, '作业站') || has(text, '作業站'))) {
    ROW_HOUSE_38B.lastIndex = 0;
    for (let m = ROW_HOUSE_38B.exec(w); m; m = ROW_HOUSE_38B.exec(w)) {
      const lead = ROW_HOUSE_LEAD_38B.exec(m[1]);
      const s = m.index + (lead && lead[0].length < m[1].length - 2 ? lead[0].length : 0);
      spans.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
  if (has(text, '门牌') || has(text, '門牌')) {
    SPOKEN_DOOR_38B.lastIndex = 0;
    for (let m = SPOKEN_DOOR_38B.exec(w); m; m = SPOKEN_DOOR_38B.exec(w)) {
      const lead = ROW_HOUSE_LEAD_38B.exec(m[1]);
      const s = m.index + (lead && lead[0].length < m[1].length - 3 ? lead[0].length : 0);
      spans.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
}

/** Whether a line is a row of comma-separated values: two commas at least, and no sentence's comma or stop. */
export const SAMPLE_ROW_44 = /示例|样本|樣本|样例|樣例|范例|範例|模板/;
const commaCells44 = (line: string): boolean => line.indexOf(',') !== line.lastIndexOf(',') && !/[，。；！？]/.test(line);
/** (Stop 45) A table of officials' posts (姓名|职务|电话). */
const OFFICE_COLUMN_45 = /^(?:职务|職務|职位|職位)$/;
/** (Stop 45, pii78 studied) A register pasted with bars between its cells (编号|日期|投诉人|电话). */
const barCells45 = (line: string): boolean => line.indexOf('|') !== line.lastIndexOf('|') && !/[，。；！？]/.test(line);

/** A pasted roster (tab- or comma-separated, a heading row of column names): the cells under a name column that read as a name,
 * and under a worker's, a grave's or a genealogy's number column that read as a code. Each line is read once. */
function scanRoster38b(text: string, spans: PiiSpan[]): void {
  let nameCol = -1;
  let nameCol2 = -1;
  let codeCol = -1;
  let roomCol = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // (Stop 44, pii72 studied: a roster pasted as comma-separated values, 1,宓长荣,2,900,…, is read as one of tabs.)
    const sep = line.includes('\t') ? '\t' : commaCells44(line) ? ',' : barCells45(line) ? '|' : '';
    // (A form's sample row, 张三,4211…,示例, is no one's.)
    if (sep && !(sep === ',' && SAMPLE_ROW_44.test(line))) {
      const cells = line.split(sep);
      const heads = cells.map((c) => c.trim());
      // (A table of officials pasted with bars, 姓名|职务|电话, names office holders: not read.)
      const officials = sep === '|' && heads.some((c) => OFFICE_COLUMN_45.test(c));
      const isName = (c: string): boolean => NAME_COLUMN_38B.test(c) || (NAME_COLUMN_45.test(c) && heads.some((h) => HEADING_45.test(h)));
      const n = officials ? -1 : heads.findIndex(isName);
      // (A second names' column, 患者 beside 家属.)
      const n2 = n < 0 ? -1 : heads.findIndex((c, i) => i > n && isName(c));
      const k = heads.findIndex((c) => CODE_COLUMN_38B.test(c));
      const r = heads.findIndex((c) => ROOM_COLUMN_44.test(c));
      if (n >= 0 || k >= 0 || r >= 0 || officials) {
        nameCol = n;
        nameCol2 = n2;
        codeCol = k;
        roomCol = r;
      } else if (nameCol >= 0 || codeCol >= 0 || roomCol >= 0) {
        let at = lineStart;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          const t = cell.trim();
          const s = at + cell.indexOf(t);
          if ((c === nameCol || c === nameCol2) && t.length >= 2 && t.length <= 4 && cuedNameEnd37b(text, s) === s + t.length && likelyName(text, s, s + t.length) && !KIN_FORM_37B.test(t) && !ordinaryWord37(t) && !(sep === '|' && notName38b(text, s, s + t.length))) spans.push({ kind: 'name', start: s, end: s + t.length });
          if (c === codeCol && CODE_CELL_38B.test(t)) spans.push({ kind: 'member_number', start: s, end: s + t.length });
          if (c === roomCol && ROOM_CELL_44.test(t)) spans.push({ kind: 'address', start: s, end: s + t.length });
          at += cell.length + 1;
        }
      }
    } else {
      nameCol = -1;
      nameCol2 = -1;
      codeCol = -1;
      roomCol = -1;
    }
    lineStart = lineEnd + 1;
  }
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const clanVillagesAndStateFarmTables = { SLASH_LEFT_38B, CONTRACT_HOLDER_AFTER_38B };
