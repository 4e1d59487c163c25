import { foldToSimplified } from '../normalize.js';
import { mergeSpans, type PiiSpan } from './spans.js';
import { UnitSet } from './unit-sets.js';
import { luhn, validIdNumber } from './checksums.js';
import { foldedOf, has, hasAny, scriptTest, textTables } from './text.js';
import { likelyName, nameEnd, nameWordsTables, pushName, stickyAt, surnameLength } from './name-words.js';
import { dictionaryTables, wordNotPerson } from './dictionary.js';
import { sawLetter } from './numbers.js';
import { platesTables } from './plates.js';
import { namesCuedTables } from './names-cued.js';
import { foreignTables } from './foreign.js';
import { southWestMountainsTables } from './regions/south-west-mountains.js';
import { knownNotName } from './not-a-name.js';
import { sentenceAround } from './regions/hakka-county-and-bohai-port.js';
import { emigrantCountyTables } from './regions/emigrant-county.js';

const { commonWord } = dictionaryTables;
const { CYRILLIC, MONGOL_SCRIPT } = textTables;
const { GIVEN_SET, NOT_GIVEN, TITLE_BEFORE_MOU, isHan } = nameWordsTables;
const { LATIN_RUN_NOT } = foreignTables;
const { OFFICIAL_CAR, PLATE, PLATE_PROVINCE, PUBLIC_CAR } = platesTables;
const { TABLE_COLUMNS } = emigrantCountyTables;
const { STOCK_OFFICE_BEFORE } = southWestMountainsTables;
const { MINORITY_AFTER } = namesCuedTables;

// Names with no Han surname written in Chinese by sound: Mongolian, Tibetan, Yi, Uyghur, Kazakh and Kyrgyz.

// ---------------------------------------------------------------------------------------------
// (Stop 35) A China–Mongolia border port and a county's schools (pii40, pii41; own examples).

/**
 * Mongolian names written in Chinese by sound (巴特尔, 其其格, 德力格尔玛, 乌力吉巴图, 孟克吉日嘎拉): no surname, a name is
 * one or more name elements joined (Bat-, Bayar-, Erdene-, -tsetseg, -chimeg, -delger, -jargal, -bilig, -tu …), each
 * written with a handful of sound characters. The elements below are the common ones of Mongolian personal names
 * (Simplified; Traditional text is read folded). A run is read as a name only in a person's slot (mongolNameSlot):
 * after a relative, a private standing or the writer's 我, set off and before a contact, signing the text off, or
 * opening it before a colon or a comma; never before a place's word (嘎查, 苏木, 浩特, 巴托, 诺尔: those runs are places).
 */
const MONGOL_ELEMENTS = (
  '巴特尔 巴特 巴图 巴雅尔 巴彦 巴音 巴达 巴根 巴嘎 巴噶 巴拉 宝音 宝力格 宝力高 宝力道 宝鲁 毕力格 必力格 毕力贡 毕斯 白音 白乙 布和 布仁 布赫 ' +
  '朝鲁 朝克图 朝格 朝克 朝伦 朝鲁门 其其格 其木格 其力莫格 其日麦 德力格尔 德力格 德勒格 达来 达赖 达瓦 达木林 达林太 达日玛 ' +
  '敖登 敖特根 敖敦 敖日格勒 敖其尔 额尔敦 额尔德尼 额日和木 恩和 恩克 斯琴 斯日古楞 斯庆 苏和 苏雅拉 苏荣 苏日娜 苏德 ' +
  '图雅 图娅 图门 图布信 图力古尔 托雅 托娅 陶克陶 陶格斯 特木尔 铁木尔 特古斯 乌力吉 乌云 乌兰 乌日娜 乌日根 乌仁 乌日汗 乌恩 ' +
  '孟和 孟根 孟克 满都拉 满都胡 那顺 那仁 那日苏 那木吉拉 娜仁 娜日苏 娜布其 诺敏 诺日布 哈斯 哈日 哈拉图 呼和 呼日勒 呼格吉勒 ' +
  '胡日查 吉日嘎拉 吉格木德 吉日格勒 吉雅 格日勒 格日乐 格根 阿拉坦 阿拉腾 阿木古楞 阿古达木 阿茹娜 阿日斯楞 阿拉木斯 ' +
  '萨仁 萨其日拉 萨楚拉 萨日娜 赛罕 赛音 道尔吉 旭日干 照日格图 青格乐 青格勒 牧仁 温都苏 温都尔 扎布 扎那 扎木苏 僧格 桑布 ' +
  '浩斯 高娃 卓娜 嘎日迪 荣贵 额尔德木 吉日木 包日 塔娜 乌云塔娜 ' +
  // (More common elements, from Mongolian naming at large: Bayasgalan, Darkhan, Nasan, Buyant, Suren, Tegshin, Saruul, Sübedei …)
  '巴雅斯古楞 达尔罕 那森 宝力德 斯仁 陶克涛 特布信 萨茹拉 其仁 苏布道 布日古德 额日登 伊德尔 白乙拉 那日松 阿迪雅 达古拉 萨日朗 道日娜 图古勒 青格尔 嘎拉桑 查干 查娜 乌日图 格日图 敖日其楞 朝勒门 乌力更 额尔和 阿拉塔 毕力贡达来 图们吉日嘎拉'
).split(' ');
/** Elements of two characters that a person's slot alone may carry (达瓦, 诺敏, 牧仁): not words or places' parts (乌云, 乌兰, 巴拉). */
const MONGOL_ALONE = new Set('达瓦 诺敏 卓娜 敖敦 浩斯 牧仁 敖登 宝音 斯琴 萨仁 孟和 苏和 巴图 图雅 托雅 托娅 图娅 恩和 那顺 那仁 娜仁 哈斯 吉雅 朝鲁 布和 格根 乌恩 高娃 巴根 白音'.split(' '));
/** Sound characters that join elements or end a name (图, 尔, 玛, 娅 …). */
const MONGOL_SOUND = new UnitSet([...'塔巴图雅尔特格勒吉嘎达赖敖登敦苏娜乌毕斯哈浩朝鲁宝音彦德额恩琴萨赛楚玛娅托陶布扎旭胡茹楞仓仁孟根莫荣贵汗克敏诺顺兰芽荷乙白满沁桑策'].map((c) => c.charCodeAt(0)));
/** Sound characters that are also common words (其, 木, 拉, 那, 和, 来, 日 …): inside a name only, never at its ends. */
const MONGOL_WEAK = new UnitSet([...'其木拉那门干查来和力都信日勒'].map((c) => c.charCodeAt(0)));
/** Name parts by their first character, longest first (what partAt reads). */
function partsByFirst(parts: Iterable<string>): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const w of parts) {
    const list = byFirst.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    byFirst.set(w.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}
/** The longest part of `byFirst` that starts at t[i], or ''. */
function partAt(byFirst: Map<number, string[]>, t: string, i: number): string {
  const list = byFirst.get(t.charCodeAt(i));
  if (!list) return '';
  for (const w of list) if (t.charCodeAt(i + 1) === w.charCodeAt(1) && t.startsWith(w, i)) return w;
  return '';
}
/**
 * A bit per hash of the first two characters of each of `parts`: where t[i]'s and t[i + 1]'s bit is clear, no part starts
 * at i (partAt compares both). A look-up in 8 kB where partAt's is a Map's and a list's at the many characters that only
 * begin a part (阿, 拉, 多 …).
 */
function pairBits(parts: Iterable<string>): Int32Array {
  const bits = new Int32Array(2048);
  for (const w of parts) {
    const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
    bits[h >>> 5] |= 1 << h;
  }
  return bits;
}
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) >>> 16;
/** Whether a part of pairBits' `bits` may start at t[i]. */
const pairAt = (bits: Int32Array, t: string, i: number): boolean => {
  const h = pairHash(t.charCodeAt(i), t.charCodeAt(i + 1));
  return ((bits[h >>> 5] >>> h) & 1) !== 0;
};
const MONGOL_BY_FIRST = partsByFirst(MONGOL_ELEMENTS);
const MONGOL_PAIRS = pairBits(MONGOL_ELEMENTS);
/** The elements' first characters, as a bit table: hasMongolSound asks it at every character, where a Map's look-up costs a hash. */
const MONGOL_FIRST = new UnitSet(MONGOL_BY_FIRST.keys());
/** A place's word: a run before it is the place's name (巴彦锡勒嘎查, 呼和浩特, 乌兰巴托, 达来诺尔), and so are some words made of the same characters. */
const MONGOL_PLACE_AT = /嘎查|苏木|浩特|巴托|诺尔|淖尔|郭勒|高勒|陶勒盖|那达慕|敖包|哈达|蒙古|布鲁克|郭楞|察布|牧骑/y;
const MONGOL_PLACE_AFTER = /^(?:嘎查|苏木|浩特|巴托|诺尔|淖尔|郭勒|高勒|陶勒盖|布鲁克|郭楞|察布|牧骑|江|旗|盟|镇|市|县|区|乡|村|路|街|河|湖|山|口岸|牧场|草原|公园|宾馆|酒店|饭店|度假|大街|广场|小区|社区|队|站)/;
const mongolElementAt = (t: string, i: number): string => partAt(MONGOL_BY_FIRST, t, i);
/** From `s` on the folded text, the end of a run of elements and sound characters (up to ten), trimmed of weak ends; 0 where
 * no element is in it. `elements` gets how many elements it has, `covered` how many of its characters they cover. */
function mongolRun(t: string, s: number): { end: number; elements: number; covered: number; alone: boolean } | null {
  let e = s;
  let elements = 0;
  let covered = 0;
  let lastStrong = s;
  let first = '';
  while (e < t.length && e - s < 10) {
    MONGOL_PLACE_AT.lastIndex = e;
    if (MONGOL_PLACE_AT.test(t)) break;
    const w = mongolElementAt(t, e);
    if (w && e + w.length - s <= 10) {
      if (!elements) first = w;
      elements++;
      covered += w.length;
      e += w.length;
      lastStrong = e;
      continue;
    }
    const c = t.charCodeAt(e);
    if (MONGOL_SOUND.has(c)) {
      e++;
      lastStrong = e;
      continue;
    }
    if (MONGOL_WEAK.has(c) && e > s) {
      e++;
      continue;
    }
    break;
  }
  e = lastStrong;
  if (!elements || e - s < 2) return null;
  // (Elements must stand for most of the run: 德国人, 巴士站 have a sound character and no element.)
  if (covered * 3 < e - s) return null;
  return { end: e, elements, covered, alone: e - s === first.length && MONGOL_ALONE.has(first) };
}
/** Before a Mongolian name: a relative, a private standing, the writer, a record's person, or a dash. */
const MONGOL_CUE_BEFORE = /(?:我是|我叫|叫做|名叫|名字叫|名字是|汉字名|蒙文名|(?<![们們])叫|本人|我|俺|署名|落款|联名|户主|来访人|来电人|反映人|联系人|申请人|当事人|写成了|写成|写的是|(?<![变變])成了|父亲|母亲|阿爸|阿妈|阿爹|爸爸|妈妈|我爸|我妈|俺爸|俺妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|儿子|女儿|孙子|孙女|弟弟|哥哥|姐姐|妹妹|堂兄|堂弟|堂哥|堂姐|堂妹|表哥|表弟|表姐|表妹|叔叔|舅舅|姨妈|姑姑|媳妇|丈夫|妻子|老公|老婆|婆婆|公公|女婿|外甥女|外甥|侄子|侄女|外孙女|外孙|亲戚|同学|朋友|邻居|孩子|牧民|村民|老教师|老板|知情人|患者|家长|姑娘|小伙|骑手|主人|流转方|受让方|户名|——|—|--)[：:\s“"「]{0,2}$/;
/** A standing that is also a public role (护士, 医生, 出纳, 干部): a private person there only where the writer says it is
 * them (我是…) or where the name signs off or stands before a contact. */
const MONGOL_ROLE_BEFORE = /(?:护士|医生|大夫|出纳|会计|干部|司机|老师|教师)[：:\s]{0,2}$/;
/** Weaker cues (的, 是, 和): the name needs two elements, or 我是 before in its sentence. */
const MONGOL_WEAK_BEFORE = /(?:的|是|和|与|、|，)$/;
/** After a name set off: a contact (a number, +976, 手机, 身份证, 微信 …) or the text's end. */
const MONGOL_CONTACT_AFTER = /^[\s，,、｜|/／:：]{0,3}(?:[0-9０-９+＋]|手机|电话|联系|身份证|微信|护照|邮箱|学生证|边民证|住址|家住|QQ|qq)/; // (Stop 36b: + QQ)
const MONGOL_END_AFTER = /^[\s。.！!]*$/;
/** The place a signature ends with (青格乐图，巴彦锡勒嘎查). */
const MONGOL_PLACE_END_AFTER = /^[，,\s][\u3400-\u9fff]{2,12}(?:嘎查|苏木|镇|旗|村|乡)[\s。.！!]*$/;
const MONGOL_SIGNED_TAIL = /^[，,][^。！？!?\n，,：:]{2,20}[\s。.！!]*$/;
const MONGOL_BOUNDARY = new UnitSet([...'，,。；;：:、！!？?（(“"「|｜/／-—】\n \u3000'].map((c) => c.charCodeAt(0)));
/** Whether the run t[s, e) stands in a person's slot (t: the folded text). */
// (Stop 35b: the same slots read the Tibetan, Yi and Turkic names of scanStop35b, with their places' words and more cues.)
function mongolNameSlot(t: string, s: number, e: number, run: { elements: number; alone: boolean }, placeAfter: RegExp = MONGOL_PLACE_AFTER, cue: RegExp = MONGOL_CUE_BEFORE): boolean {
  // (Nor a run that is part of a word: 那顺|便, 乌云|密布, 苏德|战争.)
  if (crossesWord(t, s, e)) return false;
  const before = t.slice(Math.max(0, s - 8), s);
  const after = t.slice(e, e + 16);
  // (Nor a place whose name goes on a character or two past the run: 乌兰察布市, 锡林郭勒盟.)
  if (placeAfter.test(after) || /^[^\s，,。；;！!？?的在是去到从和与就也都家说了]{1,2}(?:市|盟|旗)/.test(after)) return false;
  const contact = MONGOL_CONTACT_AFTER.test(after);
  const tail = t.length - e <= 16 ? after : '…';
  const ends = MONGOL_END_AFTER.test(tail) || MONGOL_PLACE_END_AFTER.test(tail);
  const afterBoundary = !after || MONGOL_BOUNDARY.has(after.charCodeAt(0)) || contact || '啊呀吧啦'.includes(after[0]);
  const strong = cue.test(before);
  if (strong && !(before.endsWith('我') && '们們家'.includes(t[s] ?? ''))) return true;
  let from = s;
  while (from > 0 && s - from < 40 && !'。！!？?\n'.includes(t[from - 1])) from--;
  const writer = /我是|我叫|本人/.test(t.slice(from, s));
  if (MONGOL_ROLE_BEFORE.test(before)) return writer || contact || ends;
  const lineStart = s === 0 || t[s - 1] === '\n';
  const setOff = lineStart || MONGOL_BOUNDARY.has(t.charCodeAt(s - 1));
  if (setOff && (contact || ends)) return !run.alone || lineStart || contact;
  // (Opening a text or a line: 浩斯：…, 巴音达赖，物流园…)
  if (lineStart && /^[：:，,\s]/.test(after)) return true;
  // (After 号 and a space, a roster's household and its head: …牧户8号 宝音图.)
  if (/[号號][\s\u3000]+$/.test(before) && (afterBoundary || !after)) return true;
  if (MONGOL_WEAK_BEFORE.test(before) && (afterBoundary || /^(?:家|的)/.test(after)) && !run.alone && (run.elements >= 2 || writer)) return true;
  // (Signing off with a short tail after a comma: …朝克图那顺，巴彦锡勒嘎查一组牧户14号; 胡日查，苏木干部。)
  if (setOff && !run.alone && t.length - e <= 24 && MONGOL_SIGNED_TAIL.test(t.slice(e))) return true;
  return false;
}
/** Whether t[s, e)'s last character and what follows make a word of the dictionary (顺便), or the run with the next one
 * or two characters does (乌云密布, 苏德战争): the run is part of a word, no name. */
function crossesWord(t: string, s: number, e: number): boolean {
  if (e >= t.length) return false;
  if (wordNotPerson(t.slice(e - 1, e + 1)) && commonWord(t.slice(e - 1, e + 1))) return true;
  for (let k = 1; k <= 2 && e + k <= t.length; k++) if (e - s + k <= 4 && e - s + k >= 3 && wordNotPerson(t.slice(s, e + k))) return true;
  return false;
}
/** Han surnames Mongols in China commonly take (包, 白, 韩, 吴, 陈, 王, 李, 张, 赵, 何, 鲍, 宝, 云, 奇, 黄). */
const HAN_MONGOL_SURNAME = new UnitSet([...'包白韩吴陈王李张赵何鲍云奇黄邢孟'].map((c) => c.charCodeAt(0)));
/** Mongolian names by sound in a person's slot. */
function scanMongolNames(text: string, t: string, out: PiiSpan[], found: PiiSpan[]) {
  for (let i = 0; i < t.length; i++) {
    if (!MONGOL_FIRST.has(t.charCodeAt(i)) && !MONGOL_SOUND.has(t.charCodeAt(i))) continue;
    // (A run starts at a boundary or after a non-sound character: inside a longer run it was read from its start.)
    if (i > 0 && MONGOL_SOUND.has(t.charCodeAt(i - 1)) && !MONGOL_CUE_BEFORE.test(t.slice(Math.max(0, i - 8), i))) continue;
    const run = mongolRun(t, i);
    if (!run) continue;
    // (A Han surname before a Mongolian given name, as many Mongols in China write theirs: 包铁木尔, 白巴特尔. The surname is read
    // with it where the two together stand set off; a one-element name of three characters or more.)
    let s = i;
    if (i > 0 && run.end - i >= 3 && run.elements === 1 && HAN_MONGOL_SURNAME.has(t.charCodeAt(i - 1)) && !mongolNameSlot(t, i, run.end, run) && mongolNameSlot(t, i - 1, run.end, { elements: 2, alone: false })) s = i - 1;
    // (Nor a run whose end makes a word with what follows, 那顺|便, 乌云|密布, 苏德|战争 (a review's probes), nor one that
    // opens right after 我 with 那 or 这 (我那顺便问一下).)
    if (i > 0 && (t[i - 1] === '我' || t[i - 1] === '俺') && '那这'.includes(t[i])) {
      i = run.end - 1;
      continue;
    }
    if (s < i || mongolNameSlot(t, i, run.end, run)) {
      const sp: PiiSpan = { kind: 'name', start: s, end: run.end };
      out.push(sp);
      // (A copy: merging may widen the span pushed, and the name read is what stop35After compares.)
      found.push({ kind: 'name', start: s, end: run.end });
      i = run.end - 1;
    }
  }
}

/**
 * A Mongolian name in Cyrillic standing alone in a Chinese text (Батбилэг，蒙古号…, 我叫Түмэнбаяр, 表妹Ундрах来…): Mongolians
 * go by their given name, one capitalized word (a hyphenated one too, Мөнх-Очир). Not inside a sentence of Cyrillic
 * (Сайн байна уу, Баянзүрх дүүрэг: a word before or after it), nor a place's or a country's name (CYRILLIC_PLACES).
 * An initial and the name, as Mongolians write the father's name before their own (Б.Оюунчимэг), is a name wherever it stands.
 */
const CYRILLIC_WORD_ALONE = /(?<![\p{Script=Cyrillic}\p{Script=Latin}\p{N}.\-]|[\p{Script=Cyrillic}][ ,])[А-ЯЁӨҮ][а-яёөүһ]{2,15}(?:-[А-ЯЁӨҮа-яёөүһ][а-яёөүһ]{1,12})?(?![\p{Script=Cyrillic}\p{Script=Latin}\p{N}]|[ ,.]\s?[\p{Script=Cyrillic}])/gu;
const CYRILLIC_INITIAL_NAME = /(?<![\p{Script=Cyrillic}\p{Script=Latin}])[А-ЯЁӨҮ]\.\s?[А-ЯЁӨҮ][а-яёөүһ]{2,15}(?![\p{Script=Cyrillic}])/gu;
/** Places, countries, peoples and greetings written in Cyrillic, which a Chinese text may quote alone. */
const CYRILLIC_PLACES = new Set(('Улаанбаатар Монгол Монголия Эрдэнэт Дархан Замын-Үүд Чойр Сайншанд Баянзүрх Сүхбаатар Чингэлтэй Баянгол Хан-Уул ' +
  'Сонгинохайрхан Налайх Багануур Говь Дорноговь Өмнөговь Хөвсгөл Архангай Хэнтий Хятад Эрээн Бээжин Хөх-Хот Москва Россия Иркутск Улан-Удэ ' +
  'Владивосток Хабаровск Чита Новосибирск Казахстан Алматы Астана Сайн Сайхан Баярлалаа Мэнд Привет Здравствуйте Спасибо Банк Хаан Голомт ' +
  'Төрийн Худалдаа Хөгжил Монголын Улсын Миний Бид Энэ Тэр Жалоба Заявление Тема Вопрос Ответ Письмо Уважаемые Уважаемый').split(' '));
/** Mongolian plates: four digits and three Cyrillic capitals (4581 УНБ), after the car they are on. */
const MONGOL_PLATE = /(?:车|車|牌|号|號)[^，,。；;！!？?\n]{0,6}?(?<![0-9])([0-9]{4}\s?[А-ЯЁӨҮ]{3})(?![\p{Script=Cyrillic}])/gu;
/** A Mongolian civil registration number (регистрийн дугаар): two Cyrillic letters and eight digits (УБ84071213), or in Latin
 * letters after 注册号 (UB76052328). */
const MONGOL_REGISTER = /(?<![\p{Script=Cyrillic}\p{Script=Latin}0-9])[А-ЯЁӨҮ]{2}[0-9]{8}(?![0-9])/gu;
const MONGOL_REGISTER_LATIN = /(?:注册号|註冊號|登记号|登記號|регистр)[^，,。；;！!？?\n0-9]{0,12}?(?<![A-Za-z])([A-Z]{2}[0-9]{8})(?![0-9])/g;
/** A Mongolian mobile without its +976, after the words that say it is one (蒙古号9903 4127, 蒙古国电话 8811 2233). */
const MONGOL_LOCAL_MOBILE = /(?:蒙古|蒙古国|蒙古國)(?:的)?(?:手机|手機|电话|電話|号码|號碼|号|號)(?:码|碼)?(?:是|为|為)?[:：\s]{0,2}([5-9][0-9]{3}[\s-]?[0-9]{4})(?![0-9])/g;
/** A Mongolian bank account's IBAN (MN + two check digits + sixteen digits, in groups of four or run together). */
const MONGOL_IBAN = /(?<![A-Za-z0-9])MN[0-9]{2}(?:\s?[0-9]{4}){4}(?![0-9])/g;
/** A Mongolian flat: its building and door (52-р байр, 14 тоот). */
const MONGOL_FLAT = /[0-9]{1,4}(?:-р|-р)?\s?байр,?\s?[0-9]{1,4}\s?тоот/g;
/**
 * A herder's household by its village, group and number (沙日塔拉嘎查四组牧户13号, 呼和陶勒盖嘎查牧户3号): the household's home,
 * the village's name kept with it. The village starts after the clause's boundary or after the words that lead to it
 * (我家, 在, 是, 住).
 */
const HERDER_HOUSEHOLD = /嘎查(?:[一二三四五六七八九十0-9０-９]{1,2}[组組])?牧[户戶](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９院])/g;
const VILLAGE_NAME_STOP = new UnitSet([...'在是家住的了们們我俺从從到于於：:，,。；;！!？?、（(）)“”"「」【】\n \u3000|｜/'].map((c) => c.charCodeAt(0)));
/**
 * A pupil's or a candidate's number by its cue: 准考证号, 考生号, 报名号, 考籍号 (the exam's registry singles the candidate out),
 * and a teacher's certificate (教师资格证号, or 证号 where the text speaks of the certificate).
 */
const EXAM_NUMBER = /(?:准考证号|准考證號|准考证|准考證|考生号|考生號|考籍号|考籍號|报名号|報名號|教师资格证号|教師資格證號|资格证号|資格證號|资格证编号|資格證編號)(?:码|碼)?(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,2}[0-9０-９]{8,20})(?![0-9０-９])/g;
const CERTIFICATE_NUMBER_MINE = /(?:我的|本人)(?:证号|證號|证书号|證書號)(?:是|为|為)?[:：\s]{0,2}([0-9０-９]{10,20})(?![0-9０-９])/g;
/** A parent named by their child, as school group chats and notes sign: 李沐阳妈妈, 雨桐妈妈, 鲍思远家长. */
const CHILD_NAMING_PARENT = /(?:^|(?<=[\n，,。；;！!？?“"「]|——|—|班|\s))([\u3400-\u9fff]{2,3})(?:妈妈|爸爸|家长|外婆|奶奶|姥姥|爷爷|外公|姥爷|媽媽|家長|爺爺|姥爺)(?=[：:，,。！!\s]|$|看|又|在|说|說)/g;
export function scanStop35(text: string, out: PiiSpan[], hasLetter: boolean): void {
  const t = foldedOf(text);
  mongolFound = [];
  if (MONGOL_BY_FIRST.size && hasMongolSound(t)) scanMongolNames(text, t, out, mongolFound);
  // (Stop 35b: Tibetan, Yi and Turkic names by their stock's parts, in the same slots.)
  scanStop35b(text, t, out);
  if (scriptTest(CYRILLIC, text)) {
    CYRILLIC_WORD_ALONE.lastIndex = 0;
    for (let m = CYRILLIC_WORD_ALONE.exec(text); m; m = CYRILLIC_WORD_ALONE.exec(text)) {
      if (CYRILLIC_PLACES.has(m[0]) || /^[\s,]*(?:дүүрэг|хороо|аймаг|сум|хот|гудамж|улс|район|область)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // (In a text of Cyrillic sentences, a word opening one: only among Han characters or Chinese punctuation.)
      const b = text.charCodeAt(m.index - 1);
      if (m.index > 0 && !(isHan(b) || MONGOL_BOUNDARY.has(b) || b === 0x3002 || b === 0xff0c || b === 0x3a || b === 0xff1a || b === 0x20 || b === 0x2c)) continue;
      const a = text.charCodeAt(m.index + m[0].length);
      if (m.index + m[0].length < text.length && !(isHan(a) || MONGOL_BOUNDARY.has(a) || a === 0x20 || a === 0x2c || a === 0x2e || a === 0xff0c || a === 0x3002 || a === 0x3a || a === 0xff1a || a === 0x28 || a === 0xff08)) continue;
      out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
    CYRILLIC_INITIAL_NAME.lastIndex = 0;
    for (let m = CYRILLIC_INITIAL_NAME.exec(text); m; m = CYRILLIC_INITIAL_NAME.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    MONGOL_PLATE.lastIndex = 0;
    for (let m = MONGOL_PLATE.exec(text); m; m = MONGOL_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    MONGOL_REGISTER.lastIndex = 0;
    for (let m = MONGOL_REGISTER.exec(text); m; m = MONGOL_REGISTER.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    MONGOL_FLAT.lastIndex = 0;
    for (let m = MONGOL_FLAT.exec(text); m; m = MONGOL_FLAT.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (hasLetter) {
    MONGOL_REGISTER_LATIN.lastIndex = 0;
    for (let m = MONGOL_REGISTER_LATIN.exec(text); m; m = MONGOL_REGISTER_LATIN.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    if (has(text, 'MN')) {
      MONGOL_IBAN.lastIndex = 0;
      for (let m = MONGOL_IBAN.exec(text); m; m = MONGOL_IBAN.exec(text)) out.push({ kind: 'bank_card', start: m.index, end: m.index + m[0].length });
    }
  }
  if (has(t, '蒙古')) {
    MONGOL_LOCAL_MOBILE.lastIndex = 0;
    for (let m = MONGOL_LOCAL_MOBILE.exec(text); m; m = MONGOL_LOCAL_MOBILE.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (scriptTest(MONGOL_SCRIPT, text)) {
    MONGOL_SCRIPT_WORD.lastIndex = 0;
    for (let m = MONGOL_SCRIPT_WORD.exec(text); m; m = MONGOL_SCRIPT_WORD.exec(text)) {
      if (NAME_WORD_NEAR.test(sentenceAround(text, m.index, m.index + m[0].length))) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (hasLetter) {
    CAPITALS_NAME.lastIndex = 0;
    for (let m = CAPITALS_NAME.exec(text); m; m = CAPITALS_NAME.exec(text)) {
      const words = m[1].split(' ');
      if (words.some((w) => LATIN_RUN_NOT.has(w[0] + w.slice(1).toLowerCase()) || !/[AEIOUY]/.test(w))) continue;
      // (Two words or more after a relative or a name's word, or one word where the text speaks of how a name is spelt.)
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (words.length >= 2 ? CAPITALS_CUE_BEFORE.test(before) : words[0].length >= 6 && SPELLING_WORDS.test(sentenceAround(text, m.index, m.index + m[1].length)) && /[是：:“"「，,]$/.test(before)) out.push({ kind: 'name', start: m.index, end: m.index + m[1].length });
    }
    LATIN_STREET_HOME.lastIndex = 0;
    for (let m = LATIN_STREET_HOME.exec(text); m; m = LATIN_STREET_HOME.exec(text)) {
      if (/我|住|地址|家/.test(sentenceAround(text, m.index, m.index + m[0].length))) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
    }
    if (has(text, '车牌') || has(text, '車牌')) {
      SPOKEN_PLATE.lastIndex = 0;
      for (let m = SPOKEN_PLATE.exec(text); m; m = SPOKEN_PLATE.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (has(text, '加')) {
    SPOKEN_FOREIGN_PHONE.lastIndex = 0;
    for (let m = SPOKEN_FOREIGN_PHONE.exec(text); m; m = SPOKEN_FOREIGN_PHONE.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(t, '蒙古') && hasAny(text, ['账号', '賬號', '帳號', '账户', '賬戶', '帳戶'])) {
    MONGOL_ACCOUNT.lastIndex = 0;
    for (let m = MONGOL_ACCOUNT.exec(text); m; m = MONGOL_ACCOUNT.exec(text)) out.push({ kind: 'bank_card', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (has(text, '同学') || has(text, '同學')) {
    SCHOOL_PUPIL.lastIndex = 0;
    for (let m = SCHOOL_PUPIL.exec(text); m; m = SCHOOL_PUPIL.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      const e = nameEnd(text, s, true);
      if (e - s >= 2 && e - s <= 3 && (text.startsWith('同学', e) || text.startsWith('同學', e)) && likelyName(text, s, e)) pushName(out, s, e);
    }
  }
  if (has(text, '嘎查')) {
    HERDER_HOUSEHOLD.lastIndex = 0;
    for (let m = HERDER_HOUSEHOLD.exec(text); m; m = HERDER_HOUSEHOLD.exec(text)) {
      let s = m.index;
      while (s > 0 && m.index - s < 8 && isHan(text.charCodeAt(s - 1)) && !VILLAGE_NAME_STOP.has(text.charCodeAt(s - 1))) s--;
      if (m.index - s < 2) continue;
      out.push({ kind: 'address', start: s, end: m.index + m[0].length });
    }
  }
  if (hasAny(text, ['考', '资格', '資格', '证号', '證號'])) {
    EXAM_NUMBER.lastIndex = 0;
    for (let m = EXAM_NUMBER.exec(text); m; m = EXAM_NUMBER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    if (hasAny(text, ['资格证', '資格證', '证书', '證書'])) {
      CERTIFICATE_NUMBER_MINE.lastIndex = 0;
      for (let m = CERTIFICATE_NUMBER_MINE.exec(text); m; m = CERTIFICATE_NUMBER_MINE.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
}
let mongolFound: PiiSpan[] = [];
/** A pupil named by the school's own word (我校孟子墨同学, 本班李浩然同学). */
const SCHOOL_PUPIL = /(?:我校|本校|该校|該校|我班|本班)([\u3400-\u9fff])/g;
const PLATE_PREFIX_SPEAKER = /(?<=^|\n)[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-Z][-－]([\u3400-\u9fff]{2,4})[：:]/g;
const FIELD_WORDS = new Set('性别 性別 民族 年龄 年齡 备注 備註 籍贯 籍貫 国籍 國籍 职业 職業 单位 單位 事由 处理 處理 身份证号 身份證號 身份证 身份證 边民证号 邊民證號 护照号 護照號 学籍号 學籍號'.split(' '));
const MONGOL_SCRIPT_WORD = /[\u1820-\u18aa\u180b-\u180f]{2,30}/g;
const NAME_WORD_NEAR = /名字|名叫|叫|姓名|签名|簽名/;
/** A name in capitals as passports write it (MUNKHBAT ERDENEBILEG): two or three words after a relative or a name's word, or one
 * word where the text speaks of how a name is spelt (一个是ERDENCHIMEG，一个是ERDUNQIMUGE). */
const CAPITALS_NAME = /(?<![A-Za-z0-9])([A-Z]{3,16}(?: [A-Z]{2,16}){0,2})(?![A-Za-z0-9])/g;
const CAPITALS_CUE_BEFORE = /(?:女婿|丈夫|妻子|老公|老婆|儿子|兒子|女儿|女兒|父亲|父親|母亲|母親|表哥|表姐|表妹|表弟|朋友|同学|同學|叫|名字|名字是|姓名|我是|我叫)[：:\s]{0,2}$/;
const SPELLING_WORDS = /拼法|拼写|拼寫|拼音|字母|护照上|護照上|名字/;
/** A home in Latin letters by its street and number (Khairkhan street 112, Peace Avenue 17). */
const LATIN_STREET_HOME = /(?<![A-Za-z])[A-Z][a-z]{2,20} (?:[Ss]treet|[Aa]venue|[Rr]oad|St\.|Ave\.) [0-9]{1,4}(?:[-\/][0-9]{1,4})?(?![0-9])/g;
/** A plate said aloud, its digits in words (车牌是蒙H六K五八二一), as speech-to-text writes it. */
const SPOKEN_PLATE = /(?:车牌|車牌)(?:号|號)?(?:是|为|為)?[:：\s]{0,2}([京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴黔粤粵青藏川宁寧琼瓊][A-Z](?=[A-Z0-9]{0,5}[零〇一二三四五六七八九幺洞拐])(?:[A-Z0-9]|[零〇一二三四五六七八九幺洞拐]){5,6})(?![A-Za-z0-9零〇一二三四五六七八九])/g;
/** A foreign phone said aloud with its country code after 加 (加九七六，九九零四，八三一七), after a phone's word. */
const SPOKEN_FOREIGN_PHONE = /(?:电话|電話|手机|手機|号码|號碼)(?:是|为|為)?[:：\s]{0,2}(加[一二三四五六七八九零〇幺]{1,3}[，,\s]?(?:[零〇一二三四五六七八九幺洞拐]{2,4}[，,\s]?){2,4}[零〇一二三四五六七八九幺洞拐])/g;
/** A Mongolian bank account after its word, in a text about Mongolia's banks (账号5012 4836 71). */
const MONGOL_ACCOUNT = /(?:账号|賬號|帳號|账户|賬戶|帳戶)(?:是|为|為)?[:：\s]{0,2}([0-9]{4}(?: ?[0-9]{2,4}){1,3})(?![0-9])/g;
function hasMongolSound(t: string): boolean {
  for (let i = 0; i + 1 < t.length; i++) if (MONGOL_FIRST.has(t.charCodeAt(i)) && pairAt(MONGOL_PAIRS, t, i) && mongolElementAt(t, i)) return true;
  return false;
}
/**
 * (Stop 35) After every rule and model: a parent named by their child (李沐阳妈妈：…, ——柏俊杰妈妈, 中二班吕梓萱妈妈) whole,
 * the child's full name or two given-name characters where the text sets the pair off as a speaker or a signature; a
 * child's name some rule read is widened over the parent's word. Officials written with 某 stay visible (书记员：李某), and
 * so do names written 某某 as a list's placeholder (写成“王某某”); a hamlet is no name (向阳组); a span some rule read inside
 * a village's name before 嘎查 is the place's; a Mongolian name read whole replaces the pieces of it other rules took.
 */
export function stop35After(text: string, spans: PiiSpan[]): PiiSpan[] {
  let result = spans;
  const found = mongolFound;
  mongolFound = [];
  // (Which span covers each character, so that each question below is one look-up, not a search: linear in the text.)
  let cover: Int32Array = NO_COVER;
  if (hasAny(text, ['妈妈', '爸爸', '家长', '外婆', '奶奶', '姥姥', '爷爷', '外公', '姥爷', '媽媽', '家長', '爺爺', '姥爺'])) {
    const added: PiiSpan[] = [];
    cover = coverIndex(text.length, result);
    CHILD_NAMING_PARENT.lastIndex = 0;
    for (let m = CHILD_NAMING_PARENT.exec(text); m; m = CHILD_NAMING_PARENT.exec(text)) {
      const s = m.index;
      const e = s + m[1].length;
      const end = m.index + m[0].length;
      // (A name some rule or model read there: the parent's word joins it.)
      const k = cover[s];
      if (k >= 0 && result[k].kind === 'name' && result[k].end >= e) {
        added.push({ kind: 'name', start: s, end });
        continue;
      }
      if (knownNotName(text, s, e) || wordNotPerson(foldToSimplified(text.slice(s, e)))) continue;
      const speaker = (s === 0 || text[s - 1] === '\n') && /^[：:]/.test(text.slice(end, end + 1));
      const signed = (text[s - 1] === '—' || text[s - 1] === '班') && end + 4 >= text.length && /^[\s。.！!]*$/.test(text.slice(end));
      const alone = text.slice(Math.max(0, s - 8), s) + text.slice(s, e) + '。';
      const full = surnameLength(text, s) > 0 && e - s >= 2 && likelyName(alone, Math.min(8, s), Math.min(8, s) + e - s);
      let given = e - s === 2;
      for (let q = s; q < e && given; q++) if (!GIVEN_SET.has(text[q]) || NOT_GIVEN.has(text[q])) given = false;
      if ((full && (speaker || signed || s === 0 || text[s - 1] === '班' || e - s === 3)) || (given && (speaker || signed))) added.push({ kind: 'name', start: s, end });
    }
    if (added.length) {
      result = mergeSpans(result.concat(added));
      cover = NO_COVER;
    }
  }
  // (A plate set off beside a private person's name: 冀G·58K21 王福顺, 蒙H·D72816，侯振宇，…, 李二柱，蒙H·5L032。, 徐大力，车皖L·T2683.)
  if (sawLetter && result.length) {
    const added: PiiSpan[] = [];
    if (cover === NO_COVER) cover = coverIndex(text.length, result);
    PLATE.lastIndex = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      const ps = m.index;
      const pe = m.index + m[0].length;
      if (cover[ps] >= 0 && cover[pe - 1] === cover[ps]) continue;
      const setBefore = ps === 0 || /[，,。；;！!？?\s：:车車]/.test(text[ps - 1]);
      const setAfter = pe === text.length || /[，,。；;！!？?\s]/.test(text[pe]);
      if (!setBefore || !setAfter) continue;
      let beside = false;
      for (let d = 1; d <= 2 && !beside && pe + d < text.length; d++) {
        const k = cover[pe + d];
        beside = k >= 0 && result[k].kind === 'name' && result[k].start === pe + d && /^[，,\s]{1,2}$/.test(text.slice(pe, pe + d));
      }
      for (let d = 1; d <= 5 && !beside && ps - d > 0; d++) {
        const k = cover[ps - d - 1];
        beside = k >= 0 && result[k].kind === 'name' && result[k].end === ps - d && /^[，,\s]{1,2}(?:车牌|車牌|车|車)?(?:号|號)?[:：]?$/.test(text.slice(ps - d, ps));
      }
      if (!beside || OFFICIAL_CAR.test(sentenceAround(text, ps, pe))) continue;
      added.push({ kind: 'plate', start: ps, end: pe });
    }
    if (added.length) {
      result = mergeSpans(result.concat(added));
    }
  }
  // (A chat's speaker after the plate's prefix they go by: 晋K-二柱子：….)
  if (sawLetter && has(text, '\n')) {
    const added: PiiSpan[] = [];
    PLATE_PREFIX_SPEAKER.lastIndex = 0;
    for (let m = PLATE_PREFIX_SPEAKER.exec(text); m; m = PLATE_PREFIX_SPEAKER.exec(text)) {
      const s = m.index + m[0].length - m[1].length - 1;
      added.push({ kind: 'name', start: s, end: s + m[1].length });
    }
    if (added.length) result = mergeSpans(result.concat(added));
  }
  const hasMou = has(text, '某');
  const hasGroup = has(text, '组') || has(text, '組');
  const hasGacha = has(text, '嘎查') || has(text, '苏木') || has(text, '蘇木');
  const t = hasGacha || found.length ? foldedOf(text) : text;
  // (The Mongolian names read whole, by the character they start at.)
  const foundAt = found.length ? coverIndex(text.length, found) : null;
  let names: Map<string, number> | null = null;
  if (hasGacha) {
    names = new Map();
    for (const sp of result) if (sp.kind === 'name') names.set(text.slice(sp.start, sp.end), (names.get(text.slice(sp.start, sp.end)) ?? 0) + 1);
  }
  let changed = false;
  const kept: PiiSpan[] = [];
  for (const sp0 of result) {
    let sp = sp0;
    if (sp.kind === 'name') {
      const span = text.slice(sp.start, sp.end);
      const f = foundAt ? foundAt[sp.start] : -1;
      // (A form's field word, a grade before its class, a plate's prefix: no one's name, 性别｜女, 高二(4)班, 蒙H-韩二愣.)
      // (A kinship word, 樊长友（祖父）, and the writer's trade after 的, 我是…的文员, 我是…的宿管员: no one's name.)
      if (KIN_WORDS.has(span) || (span.length <= 3 && /[员員]$/.test(span) && /[的是]$/.test(text.slice(Math.max(0, sp.start - 1), sp.start)))) {
        changed = true;
        continue;
      }
      if (TABLE_COLUMNS.has(span) || FIELD_WORDS.has(span) || (/^[高初][一二三]$/.test(span) && /^[(（班年的备備学學生]/.test(text.slice(sp.end, sp.end + 1))) || (span.length === 2 && PLATE_PROVINCE.has(span.charCodeAt(0)) && /[A-Z]/.test(span[1]))) {
        changed = true;
        continue;
      }
      if (hasMou && /^[\u3400-\u9fff]某{1,2}$/.test(span)) {
        const before = text.slice(Math.max(0, sp.start - 8), sp.start).replace(/[:：\s]+$/, '');
        if (TITLE_BEFORE_MOU.test(before) || (/[“"「]$/.test(before) && /写成|寫成|写的是|寫的是|写作|寫作|都是|都写|都寫/.test(text.slice(Math.max(0, sp.start - 16), sp.start)))) {
          changed = true;
          continue;
        }
      }
      // (A village's group, 向阳组: after a village's word, or before a boundary, a number or its villagers — not 张桂芳组负责,
      // a team named after its head, and never after a person's cue: a review's probes.)
      if (hasGroup && f < 0 && (/^[组組](?![织織长長成建合装裝件员員委])/.test(text.slice(sp.end, sp.end + 2)) || (sp.end - sp.start >= 3 && /[组組]$/.test(span)))
        && !/(?:[员員工匠]|师傅|師傅|大姐|大哥|阿姨|我是|我叫|叫)[：:\s]{0,2}$/.test(text.slice(Math.max(0, sp.start - 4), sp.start))
        && (/[村屯社队隊寨查][\s，,、]{0,2}$/.test(text.slice(Math.max(0, sp.start - 3), sp.start)) || /^[组組]?(?:$|[\s，,。、；;：:）)]|[0-9０-９一二三四五六七八九十]|村民|的村民|群众|群眾)/.test(text.slice(sp.end + (/[组組]$/.test(span) ? 0 : 1), sp.end + 4)))) {
        changed = true;
        continue;
      }
      // (Unless the same name is masked elsewhere in the text as a person's: 我叫乌兰，乌兰嘎查的乌兰.)
      if (hasGacha && !(f >= 0 && found[f].end >= sp.end) && /^[^\s，,。；;！!？?的在是去到从和与就也都]{0,3}(?:嘎查|苏木)/.test(t.slice(sp.end, sp.end + 6)) && names!.get(span)! < 2) {
        changed = true;
        continue;
      }
      // (A Mongolian name read whole after a cue some rule took with it, 牧民温都苏: the name alone.)
      if (foundAt) {
        for (let d = 1; d <= 4 && sp.start + d < sp.end; d++) {
          const g = foundAt[sp.start + d];
          if (g >= 0 && found[g].start === sp.start + d && found[g].end <= sp.end && MONGOL_CUE_BEFORE.test(t.slice(Math.max(0, sp.start + d - 8), sp.start + d))) {
            sp = { kind: sp.kind, start: sp.start + d, end: sp.end };
            break;
          }
        }
      }
    }
    // (A number the writer says is a sample's or a template's: 表格样例的身份证号写的是3413291990….)
    if (sp.kind !== 'name' && sp.kind !== 'address' && SAMPLE_NUMBER_BEFORE.test(text.slice(Math.max(0, sp.start - 24), sp.start))) {
      changed = true;
      continue;
    }
    // (An area code, then a number in two groups of four: 0512-6287 3041.)
    if (sp.kind === 'landline' && /^0[0-9]{2,3}[-－][0-9]{4}$/.test(text.slice(sp.start, sp.end)) && /^ [0-9]{4}(?![0-9])/.test(text.slice(sp.end, sp.end + 6))) sp = { kind: sp.kind, start: sp.start, end: sp.end + 5 };
    if (sp !== sp0) changed = true;
    kept.push(sp);
  }
  return changed ? kept : result;
}
const KIN_WORDS = new Set('祖父 祖母 外祖父 外祖母 父亲 父親 母亲 母親 爷爷 爺爺 奶奶 外公 外婆 姥姥 姥爷 姥爺 爸爸 妈妈 媽媽 儿子 兒子 女儿 女兒 哥哥 姐姐 弟弟 妹妹 孙子 孫子 孙女 孫女 叔叔 舅舅 伯伯 姑姑 阿姨 监护人 監護人'.split(' '));
const SAMPLE_NUMBER_BEFORE = /(?:样例|樣例|示例|样表|樣表|范例|範例|模板|样本|樣本|例子)[^，,。；;！!？?]{0,12}(?:写的是|寫的是|填的是|印的是|是|为|為)[:：\s]{0,2}$/;
const NO_COVER: Int32Array = new Int32Array(0);
/** For each character, the index of the span (of sorted, disjoint `spans`) that covers it, or -1. */
export function coverIndex(length: number, spans: readonly PiiSpan[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  for (let k = 0; k < spans.length; k++) at.fill(k, spans[k].start, Math.min(length, spans[k].end));
  return at;
}

// ---------------------------------------------------------------------------------------------
// (Stop 35b) Names with no Han surname written in Chinese by sound: Tibetan, Yi, Uyghur, Kazakh and Kyrgyz (own examples).

/**
 * Tibetan names are one or two parts of two characters each, from a well-known stock (Tashi, Tsering, Dolma, Dondrub, Dorje,
 * Lhamo, Tenzin, Pema …), written in the Lhasa, Kham and Amdo transcriptions alike (次仁, 才让, 泽仁, 策仁; 多吉, 多杰; 拉姆,
 * 拉毛; 丹增, 旦增, 单增, 旦正); monks go by such names too (喇嘛洛桑坚参, 阿克更登). Yi names are a clan name and a given name
 * of two or three syllables (吉克阿呷, 沙马伍呷, 阿苏拉则). Uyghur, Kazakh and Kyrgyz names are a given name and the father's
 * given name, joined by a middle dot of any kind (·, ・, •, ．, ., a space) or run together (阿依古丽吐尔逊), or the given
 * name alone (买买提, 古丽娜尔). As with the Mongolian names of stop 35, a run of the stock's parts is read as a name only in a
 * person's slot (mongolNameSlot: after a relative, a private standing, 我/我是/叫, a dash; set off before a contact; signing
 * the text off; opening it before a colon or a comma, a chat's speaker), never before a place's or a thing's word (扎西寺,
 * 格桑花, 卓玛泉, 吉克村, 尼玛县, 肉孜节), nor an official or a living Buddha named in a public role (县委书记扎西平措,
 * 嘉木样活佛). The parts are common knowledge of the peoples' naming, written before any set that holds such names was measured.
 */
const TIBETAN_PARTS = (
  '扎西 扎喜 札西 扎希 次仁 才让 才仁 泽仁 策仁 次成 卓玛 卓嘎 卓姆 卓措 卓毛 顿珠 顿旦 东珠 端智 多吉 多杰 朵吉 多布杰 拉姆 拉毛 拉珍 ' +
  '拉宗 拉措 拉巴 央金 央吉 央宗 央拉 央措 格桑 尕桑 平措 彭措 朋措 旺堆 旺久 旺杰 旺青 旺姆 旺秀 旺加 旺扎 尼玛 达瓦 达娃 达哇 ' +
  '索朗 索南 斯朗 斯郎 四郎 洛桑 罗桑 丹增 旦增 单增 丹真 旦正 白玛 贝玛 班玛 德吉 德庆 德青 德央 德措 德珍 益西 伊西 益喜 耶西 ' +
  '曲珍 曲吉 曲措 曲扎 曲尼 曲宗 巴桑 普布 普赤 普琼 普珍 边巴 次旦 才旦 仁青 仁钦 仁增 罗布 洛布 诺布 贡布 公保 贡保 贡觉 降央 ' +
  '江央 绛央 嘉央 加央 阿旺 昂旺 江措 嘉措 加措 坚措 尖措 群培 群佩 琼培 格勒 格列 根秋 更秋 强巴 绛巴 措姆 措毛 措吉 桑杰 桑吉 ' +
  '桑珠 米玛 次珍 次央 次旺 泽旺 才旺 白珍 仓决 更登 根敦 晋美 久美 土登 图登 丹巴 旦巴 洛追 赤列 赤烈 坚参 坚赞 坚才 朗杰 南杰 ' +
  '达杰 巴登 白登 贡嘎 嘎玛 噶玛 尕玛 尕藏 洛绒 格绒 降措 扎巴 东智 泽郎 泽让 呷绒 降拥 翁姆 志玛 完玛 才项 才吉 周措 吉毛 卓玛吉 ' +
  '拉加 却吉 更藏 仁措 旦措 尼措 扎桑'
).split(' ');
/** Yi clan names (the first two syllables of a Yi name), and the given names' commonest pairs. */
const YI_CLANS = ('吉克 阿苏 沙马 沙玛 俄木 海来 马海 吉伍 曲比 阿的 勒格 比曲 吉木 瓦其 阿尔 木乃 罗洪 阿苦 阿说 吉史 倮伍 马黑 金古 吉狄 ' +
  '巴莫 土比 阿且 日火 果基 阿牛 苏呷 阿侯 维色 尔古 瓦扎 阿约 吉布 吉佐 阿鲁 且沙 海乃 苏尔 吉哈 吉觉 马布 沙呷 俄尔 吉列 吉莫 ' +
  '尔布 吉赫 俄洛 阿库 阿于 吉则 吉好 俄底 衣恩').split(' ');
const YI_GIVEN = ('阿呷 阿依 阿果 阿惹 阿支 阿木 阿芝 阿衣 拉则 拉哈 拉且 石哈 伍呷 伍沙 伍各 木呷 日哈 尔哈 布哈 衣呷 子莫 子石 五斤 ' +
  '依作 么惹 史哈 石体 日体 惹古 克哈 曲者 伍牛 拉格 莫色 日呷 依呷 石各 阿各 约哈 体古 尔日 木果 沙沙 者哈 阿达 以作').split(' ');
/** Uyghur, Kazakh and Kyrgyz given names and their parts (Mehmet, Ahmet, Tursun, Abdu-, Nur-, Gül-, -bek, -jan …). */
const TURKIC_PARTS = (
  '买买提 麦麦提 买提 艾买提 艾麦提 阿合买提 艾合买提 吐尔逊 吐尔洪 吐逊 吐尔地 吐尔迪 吐鲁洪 吐尔贡 阿不都 阿卜杜 阿布都 阿布杜 热依木 ' +
  '热合曼 克里木 克力木 卡德尔 喀迪尔 卡迪尔 依明 伊明 艾力 艾尔肯 艾则孜 艾山 艾散 哈山 玉素甫 玉苏甫 尤素甫 吾斯曼 奥斯曼 肉孜 ' +
  '阿力木 阿里木 尼亚孜 塔依尔 吾买尔 吾麦尔 阿布来提 阿不来提 买合木提 托合提 托乎提 亚森 牙生 亚生 伊力哈木 依力哈木 阿迪力 阿地力 ' +
  '阿布力孜 阿卜力孜 克然木 库尔班 沙吾提 司马义 斯马义 伊斯马伊力 依不拉音 穆合塔尔 米吉提 阿布拉 阿不拉 喀斯木 卡斯木 哈斯木 ' +
  '加帕尔 吉力力 居麦 哈力克 巴拉提 帕尔哈提 艾尼瓦尔 艾克拜尔 伊克拉木 热西提 热扎克 热夏提 斯拉木 阿西木 麦合苏提 买苏木 吐送 ' +
  '吾守尔 赛买提 外力 瓦伊提 哈力木 萨拉木 沙拉木 艾斯卡尔 艾孜买提 米尔扎提 阿扎提 依沙克 亚库甫 尤努斯 玉努斯 卡米力 阿不力米提 ' +
  '艾力江 买买提江 库尔班江 阿力木江 努尔江 叶尔江 艾合买提江 ' +
  '阿依古丽 古丽 阿依努尔 阿依夏木 阿依先木 阿米娜 阿娜尔 阿孜古丽 帕丽旦 迪丽 迪丽努尔 迪丽拜尔 迪丽达尔 祖丽 祖丽胡玛尔 祖力胡玛尔 ' +
  '再努尔 佐拉 左热 米热 米日古丽 玛依拉 麦尔哈巴 努尔古丽 帕夏 热娜 热孜万 依扎提 伊扎提 布合力其 海丽且木 哈丽旦 玛依努尔 美合日班 ' +
  '茹先 阿丽亚 阿依夏 比丽克孜 古扎丽 热依拉 热依汗 努尔 娜尔 阿依 米拉 加娜尔 阿依达娜 古丽米拉 古丽扎达 海尼沙 哈尼克孜 麦迪娜 ' +
  '再娜甫 帕孜丽 阿依提拉 ' +
  '叶尔兰 叶尔肯 叶尔波力 叶尔别克 努尔兰 努尔别克 别克 哈力别克 木拉提 阿斯哈尔 巴合提 哈孜别克 达吾列提 沙吾列 阿力甫 加尔肯 拜山 ' +
  '赛力克 达吾提 塔拉甫 阿合力别克 波拉提 巴哈提 马哈提 哈那提 加依达尔 努尔太 阿斯力别克 热依扎 ' +
  '克尤木 卡尤木 托合托 库尔曼 吐尔干 阿依特 阿斯卡尔 苏来曼 吾拉孜 额尔克 阿依别克 阿布德卡德尔'
).split(' ');
const enum Stock { Tibetan = 1, YiClan = 2, YiGiven = 3, Turkic = 4 }
const STOCK_PARTS = new Map<string, Stock>();
for (const w of TIBETAN_PARTS) STOCK_PARTS.set(w, Stock.Tibetan);
for (const w of TURKIC_PARTS) STOCK_PARTS.set(w, Stock.Turkic);
for (const w of YI_GIVEN) STOCK_PARTS.set(w, Stock.YiGiven);
for (const w of YI_CLANS) STOCK_PARTS.set(w, Stock.YiClan);
for (const [kind, words] of stop36bStock()) for (const w of words) if (!STOCK_PARTS.has(w)) STOCK_PARTS.set(w, kind); // (Stop 36b)
const STOCK_BY_FIRST = partsByFirst(STOCK_PARTS.keys());
/** The parts' first characters, as a bit table (scanStop35b asks it at every character). */
const STOCK_FIRST = new UnitSet(STOCK_BY_FIRST.keys());
const STOCK_PAIRS = pairBits(STOCK_PARTS.keys());
/** Sound characters of Turkic and Yi names outside the stock (帕提古丽, 阿卜杜克热木, 吉克伍呷): after a Turkic or Yi part only. */
const STOCK_SOUND = new UnitSet([...'买麦提吐逊孜热曼丽娜帕努迪拜亚甫吾斯艾罕汗尤呷惹则莫' + '江洪敏姆荪坦娅勒谢宛'].map((c) => c.charCodeAt(0)));
/** Sound characters that are also common words' (阿, 拉, 木, 合, 力 …): inside such a run only, never at its end. */
const STOCK_WEAK = new UnitSet([...'阿拉木合力古巴哈沙米尼塔别依尔克伍石日体'].map((c) => c.charCodeAt(0)));
/** Marks between a given name and the father's (·, ・, •, ．, ., a hyphen, a space). */
const STOCK_DOT = new UnitSet([...'·・•．.-‧ \u3000'].map((c) => c.charCodeAt(0)));
/** Parts that are words alone (格桑 a flower, 尼玛 the sun and a curse, 扎西 luck, 才让 "only then let", 努尔哈赤): alone,
 * only after a name's own cue (叫, 我是, 法名, a relative), never after a bare 我/你/他 or a verb. */
const STOCK_WORDY = new Set('才让 才仁 尼玛 格桑 扎西 达瓦 达娃 白玛 拉巴 四郎 努尔 古丽 阿依 罗布 贡布 贡觉 德吉 米拉 别克 娜尔 艾山 哈山 拉加 志玛 周措 格列 拉宗 加措 扎巴 次成 平措'.split(' '));
const stockPartAt = (t: string, i: number): string => partAt(STOCK_BY_FIRST, t, i);
/** From `s` on the folded text, a run of the stock's parts (up to fourteen characters with its dots), or null. */
function stockRun(t: string, s: number): { end: number; elements: number; alone: boolean; first: string } | null {
  let e = s;
  let elements = 0;
  let covered = 0;
  let dots = 0;
  let lastStrong = s;
  let first = '';
  let sounds = false;
  let yiGiven = 0;
  while (e < t.length && e - s < 14) {
    let at = e;
    // (A dot or a space between two parts: 阿依古丽·吐尔逊, 卡德尔 依明.)
    if (elements && e === lastStrong && STOCK_DOT.has(t.charCodeAt(at))) at++;
    const w = stockPartAt(t, at);
    if (w && at + w.length - s <= 14) {
      const kind = STOCK_PARTS.get(w)!;
      // (A Yi clan name only first.)
      if (kind === Stock.YiClan && elements) break;
      // (A Yi given name opens a run only where it is one alone, 阿依, 阿呷: 子石, 拉哈 open words too, 儿子石…, 小舅子石….)
      if (kind === Stock.YiGiven && !elements && w[0] !== '阿') break;
      if (!elements) first = w;
      if (kind === Stock.YiGiven) yiGiven++;
      if (kind !== Stock.Tibetan) sounds = true;
      elements++;
      covered += w.length;
      dots += at - e;
      e = at + w.length;
      lastStrong = e;
      continue;
    }
    if (at > e || !sounds) break;
    const c = t.charCodeAt(e);
    if (STOCK_SOUND.has(c)) {
      e++;
      lastStrong = e;
      if (STOCK_PARTS.get(first) === Stock.YiClan) yiGiven++;
      continue;
    }
    if (STOCK_WEAK.has(c)) {
      e++;
      continue;
    }
    break;
  }
  e = lastStrong;
  if (!elements || e - s < 2) return null;
  // (Parts must stand for most of the run; a Yi clan name needs its given name, of two or three syllables.)
  if (covered * 3 < e - s - dots) return null;
  if (STOCK_PARTS.get(first) === Stock.YiClan && (!yiGiven || e - s < 4 || e - s > 5)) return null;
  return { end: e, elements, alone: elements === 1 && e - s === first.length, first };
}
/** A place's or a thing's word after a run: the run names it (扎西寺, 格桑花, 卓玛泉, 吉克村, 尼玛县, 罗布林卡, 肉孜节, 扎西德勒). */
const STOCK_PLACE_AFTER = /^(?:之|村(?!民)|乡|镇|县|区|市|州|省|盟|旗|寺|庙|宫|拉康|沟|山|峰|湖|错|河|泉|湾|滩|坝|岗|宗|林卡|林|岭|桥|街|路|巷|大道|广场|小区|社区|居委|牧场|草原|草场|学校|小学|中学|幼儿园|医院|卫生院|诊所|公司|集团|合作社|酒店|宾馆|饭店|客栈|民宿|餐厅|餐馆|茶馆|超市|商店|商场|市场|景区|公园|度假|峡谷|冰川|雪山|温泉|佛学院|节|花|德勒|德列|旅游|文化|组(?!长)|队(?!长)|站|厂|矿|园|馆|店|牌|杯|歌|舞|家园|新村|口岸|号(?:楼|院)|大街|大桥|农场|牧业|片区|地区)/;
/** A title after a run, or an office before it: an official, a teacher or a living Buddha in a public role (书记扎西平措, 嘉木样活佛). */
const STOCK_TITLE_AFTER = /^(?:书记|支书|县长|乡长|镇长|村长|州长|市长|主任|局长|处长|科长|所长|站长|部长|厅长|主席|委员|活佛|仁波切|堪布|格西|校长|院长|老师|医生|大夫|警官|法官|同志|代表)/;
/** More cues of a person for these names: Tibetan, Uyghur and Yi kin words (阿佳, 阿妈啦, 阿帕, 阿嫫), a monk or a nun, a name's kind
 * (法名, 藏名, 彝名), relatives and private standings of one character or two, asking or telling someone. */
const STOCK_CUE_BEFORE = new RegExp('(?:阿佳|阿觉|阿妈啦|阿爸啦|波啦|莫啦|阿帕|阿塔|阿卡|阿恰|阿嫫|阿普|阿达|僧人|喇嘛|阿克|觉姆|尼姑|法名|僧名|经名|藏名|藏文名|' +
  '彝名|彝族名|藏族名|维吾尔名|维语名|哈萨克名|柯尔克孜名|本名|真名|全名|小名|乳名|大名|转告|告诉|通知|同事|工友|老乡|室友|舍友|战友|病友|学生|租客|租户|' +
  '房东|店主|业主|住户|嫂子|弟媳|儿媳|男朋友|女朋友|对象|未婚妻|未婚夫|前夫|前妻|继父|继母|养父|养母|岳父|岳母|伯父|伯母|姐夫|妹夫|姑父|姨父|舅妈|大伯|' +
  '小叔|爸|妈|哥|姐|弟|妹|叔|姨|舅|伯|儿|夫|妻|找|问|借款人|欠款人|收款人|户主|签名|签字|此致|敬礼|' + stop36bCues() + ')[：:\\s“"「，,]{0,2}$|' + MONGOL_CUE_BEFORE.source);
/** A name's own cue, after which a part that is a word alone is a name (叫格桑, 我是尼玛, 我阿妈卓玛). */
const STOCK_WORDY_BEFORE = /[我俺你他她们找问给帮告诉知转的是和与、，,]$/;
/** A chat's speaker after a time or a bracket opening the line ([10:32] 旺堆：…). */
const STOCK_SPEAKER_BEFORE = /^[\[【［(（]?[0-9０-９:：\-/ ]{0,16}[\]】］)）]?\s?$/;
/** Whether the run t[s, e) stands in a person's slot. */
function stockNameSlot(t: string, s: number, e: number, run: { elements: number; alone: boolean; first: string }): boolean {
  const before = t.slice(Math.max(0, s - 10), s);
  const after = t.slice(e, e + 8);
  if (STOCK_PLACE_AFTER.test(after) || STOCK_TITLE_AFTER.test(after)) return false;
  if (STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before)) return false;
  if (run.alone) {
    // (One part alone: not after a bare pronoun or a verb where it is a word, 我尼玛, 我才让他走, 给格桑浇水; and it ends the word.)
    if (STOCK_WORDY.has(run.first) && STOCK_WORDY_BEFORE.test(before)) return false;
    if (/[你他她]$/.test(before)) return false;
    // (Nor opening the text before a comma: 阿依，你把… calls a girl.)
    if (STOCK_WORDY.has(run.first) && (s === 0 || t[s - 1] === '\n') && !/^[：:]/.test(after)) return false;
    if (STOCK_WORDY.has(run.first) && !(after === '' || MONGOL_BOUNDARY.has(after.charCodeAt(0)) || stickyAt(MINORITY_AFTER, t, e) || MONGOL_CONTACT_AFTER.test(after) || '啊呀吧啦'.includes(after[0]))) return false;
  }
  // (A chat's speaker after a time: [10:32] 旺堆：…)
  if (/^[：:]/.test(after) && s > 0 && t[s - 1] !== '\n') {
    let from = s;
    while (from > 0 && s - from < 20 && t[from - 1] !== '\n') from--;
    if ((from === 0 || t[from - 1] === '\n') && STOCK_SPEAKER_BEFORE.test(t.slice(from, s))) return true;
  }
  // (Beside a Han name in brackets: 王芳（吉克阿依）.)
  if (run.elements >= 2 && /[（(]$/.test(before) && /^[）)]/.test(after)) return true;
  return mongolNameSlot(t, s, e, run, STOCK_PLACE_AFTER, STOCK_CUE_BEFORE);
}
/** A Han name in brackets right after such a name (沙马伍呷（马建国）), or before one in brackets (王芳（吉克阿依）). */
function hanNameBeside(text: string, s: number, e: number, out: PiiSpan[]): void {
  if (text[e] === '（' || text[e] === '(') {
    const q = e + 1;
    let c = q;
    while (c < text.length && c - q < 4 && isHan(text.charCodeAt(c))) c++;
    if (c - q >= 2 && c - q <= 3 && (text[c] === '）' || text[c] === ')') && likelyName(text, q, c)) pushName(out, q, c);
  }
  if (s >= 3 && (text[s - 1] === '（' || text[s - 1] === '(')) {
    for (const len of [3, 2]) {
      const q = s - 1 - len;
      if (q < 0 || !(q === 0 || !isHan(text.charCodeAt(q - 1)) || MONGOL_BOUNDARY.has(text.charCodeAt(q - 1)))) continue;
      if (likelyName(text, q, s - 1)) {
        pushName(out, q, s - 1);
        break;
      }
    }
  }
}
function scanStop35b(text: string, t: string, out: PiiSpan[]): void {
  for (let i = 0; i < t.length; i++) {
    // (stockRun reads no run where no part starts.)
    if (!STOCK_FIRST.has(t.charCodeAt(i)) || !pairAt(STOCK_PAIRS, t, i)) continue;
    const run = stockRun(t, i);
    if (!run) continue;
    // (Stop 36b) 措 closing a Tibetan name (仁青措, 德吉措): the name is more than a word alone then.
    if (tibetanTail(t, i, run.end) > run.end) {
      run.end++;
      run.alone = false;
    }
    // (Stop 36b) A monk's title before his name (扎巴次仁多吉): the name starts after it.
    if (monkTitleFirst(t, i, run)) {
      i += 1;
      continue;
    }
    if (!stockNameSlot(t, i, run.end, run) && !dottedStockName(t, i, run.end)) continue;
    out.push({ kind: 'name', start: i, end: run.end });
    mongolFound.push({ kind: 'name', start: i, end: run.end });
    hanNameBeside(text, i, run.end, out);
    i = run.end - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// (Stop 36b) Names by sound, second round (read on pii42, southern Xinjiang: Uyghur, Kazakh and Kyrgyz names, and pii43, a
// Tibetan prefecture with a Yi county; own examples): the Kham and Amdo spellings of Tibetan names, more Uyghur, Kazakh and
// Kyrgyz given names and their endings (-江, -汗, -阿洪, -古丽, -别克), more Yi given names; a given name and the father's
// joined by a name's dot is a name wherever it stands; the words before such a name that say it is one (汉名, 俗名,
// 户口本上写, 车主, 老人); a monk's title 扎巴 stays outside his name.

/**
 * More parts for scanStop35b's stock (Stock.Tibetan, Stock.Turkic, Stock.YiGiven), written from common knowledge of the
 * peoples' naming: Tibetan names as Kham and Amdo speakers write them in Chinese (邓珠 for 顿珠, 翁修 for 旺秀, 曲批 for
 * 群培, 拥措 for 央措, 泽央, 俄色, 呷玛, 登真, 仁真, 郎加 …); Uyghur given names in their common spellings (图尔荪, 色依提,
 * 祖农, 米日阿依, 阿依谢姆, 古再丽, 图尼萨 …), Kazakh and Kyrgyz ones (托列根, 苏坦, 加马勒, 奥木尔别克 …); Yi given names
 * (日果, 尔古, 拉莫 …). A function, so the stock's setup above can read it before this section is reached.
 */
function stop36bStock(): [Stock, string[]][] {
  return [
    [Stock.Tibetan, ('邓珠 登珠 顿珠 翁修 旺修 翁姆 曲批 群批 群培 娜姆 拉姆措 次称 称列 志姆 拥措 拥忠 雍措 雍忠 央措 俄色 呷玛 根呷 ' +
      '登真 邓真 丹真 旦真 仁真 郎加 朗加 降泽 降初 降称 泽央 泽称 泽批 泽翁 卓嘛 卓么 阿尼 拉玛 格荣 格让 阿称 多登 银珠 巴姆 根嘎 ' +
      '占堆 阿扎 郎吉 四朗 斯达 曲宗 卓玛 益西 扎西 尼玛 达瓦 降央 阿旺 仁增').split(' ')],
    [Stock.Turkic, ('图尔荪 吐尔孙 图尔逊 色依提 赛依提 斯迪克 司迪克 祖农 努尔东 吾拉音 热苏力 阿布都热苏力 木合塔尔 哈米提 艾孜孜 艾海提 ' +
      '阿卜来提 阿布力克木 阿不力克木 麦麦提敏 买买提明 玉山 肉孜买买提 努尔麦麦提 阿不都热依木 热合木 卡哈尔 艾拜都拉 阿卜杜拉 ' +
      '米日阿依 米热阿依 米日班 阿依谢姆 布阿依谢姆 阿依先姆 古再丽 古再丽努尔 图尼萨 图尼萨汗 阿提古丽 热比古丽 帕提古丽 热汗古丽 ' +
      '赛乃姆 玛丽亚姆 布沙拉 布合丽且木 麦合丽娅 热孜宛 热孜亚 祖丽菲亚 姑丽 阿依姑丽 吐送古丽 阿娜尔汗 阿米娜汗 佐拉古丽 ' +
      '阿不力孜 阿不力米提 托列根 苏坦 苏力坦 加马勒 阿依加马勒 奥木尔 奥木尔别克 马坦 阿曼 阿斯勒别克 苏坦别克 哈布力 库万 哈依拉提 阿依登 多斯别克 ' +
      '达尼亚尔 贾娜尔 沙依拉 阿赛提 萨乌列 卡依沙尔 古丽加依娜 别克苏力坦 朱马 朱马别克 吐尔干别克').split(' ')],
    [Stock.YiGiven, '日果 尔古 拉莫 衣莫 依莫 史莫 尔呷 木且 拉博 拉铁 伍加 莫呷 日作 伍合'.split(' ')],
  ];
}
/** Words before a name that say it is one: a name's kind (汉名, 俗名), where an office wrote it (户口本上写, 汉文写), asking for
 * someone (叫他), an owner of a car, an elder, a ranger, a monk's title (扎巴). Read into STOCK_CUE_BEFORE. */
function stop36bCues(): string {
  return '汉名|汉文名|汉族名|俗名|上写|文写|登记成|记成|叫他|叫她|车主|老人|管护员|护林员|巡护员|举报人|写信人|反映人|扎巴';
}
// (Parts that are words alone: 阿曼 the country, 阿尼 an aunt, 拉玛, 玉山 a mountain, 朱马 a surname and a horse.)
for (const w of ['阿曼', '阿尼', '拉玛', '玉山', '朱马', '苏坦', '马坦', '斯达', '阿扎']) STOCK_WORDY.add(w);

/** A monk's title 扎巴 opening a run that goes on with a name of its own (扎巴次仁多吉): the title is left outside. */
function monkTitleFirst(t: string, i: number, run: { end: number; elements: number; first: string }): boolean {
  if (run.first !== '扎巴' || run.elements < 2 || run.end - i < 4) return false;
  const rest = stockRun(t, i + 2);
  return rest !== null && rest.end === run.end;
}

/** Marks that join a given name and the father's in Turkic names written in Chinese (·, ・, •, ．, ., a space). */
const NAME_DOT_36B = /[·・•．.‧ \u3000]/;
/**
 * A run of the stock's parts with a name's dot inside, both sides two characters or more (阿依古丽·吐尔逊, 麦麦提敏．阿布拉,
 * 吾拉音 阿西木): a person's full name, wherever it stands in the sentence (…真正困难的阿依古丽·吐尔逊不在名单上). Not before a
 * place's or a thing's word or a title, nor after an office (县长买买提·依明), as stockNameSlot reads them.
 */
function dottedStockName(t: string, s: number, e: number): boolean {
  const run = t.slice(s, e);
  const k = run.search(NAME_DOT_36B);
  if (k < 2 || e - s - k - 1 < 2) return false;
  // (A space joins two names only between two parts of the stock: 卡德尔 依明, not 我 阿依.)
  if ((run[k] === ' ' || run[k] === '\u3000') && !(stockPartAt(t, s) && stockPartAt(t, s + k + 1))) return false;
  const before = t.slice(Math.max(0, s - 10), s);
  const after = t.slice(e, e + 8);
  if (STOCK_PLACE_AFTER.test(after) || STOCK_TITLE_AFTER.test(after)) return false;
  if (STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before)) return false;
  return true;
}

/** 措 (a lake, mtsho) closing a Tibetan name after its parts (仁青措, 卓玛措, 德吉措); not the word 措施, 措辞, 措手. */
function tibetanTail(t: string, s: number, e: number): number {
  if (t[e] !== '措' || '施辞手'.includes(t[e + 1] ?? '') || STOCK_PARTS.get(stockPartAt(t, s)) !== Stock.Tibetan) return e;
  return e + 1;
}

/**
 * A record of one person by its own cue (健康档案号, 签约编号, 筛查编号, 体检编号, a household's 档案号): the number whole,
 * letters, digits and dashes (QY4521070318, BC-2025-KM-0412, 45210710200300517). Not a work order, a notice, a project
 * or a case (工单号, 通报编号, 项目编号, 案号): their cues are others.
 */
const PERSON_RECORD_36B = /(?:健康档案号|健康檔案號|健康档案编号|健康檔案編號|居民档案号|居民檔案號|搬迁户档案号|搬遷戶檔案號|(?<![卷宗项目項目工程])档案号|(?<![卷宗项目項目工程])檔案號|签约编号|簽約編號|签约号|簽約號|筛查编号|篩查編號|体检编号|體檢編號)(?:码|碼)?(?:是|为|為)?[:：\s\u3000]{0,2}([A-Za-z]{0,3}[-－]?[0-9A-Za-z](?:[0-9A-Za-z]|[-－](?=[0-9A-Za-z])){5,24})(?![0-9A-Za-z])/g;
/**
 * A name in Uyghur Arabic script or in Tibetan script standing in a Chinese text (ئابلىمىت روزى（…）, ཚེ་རིང་སྒྲོལ་མ，…): two or
 * three Uyghur words, at least one with a letter only Uyghur writes (ئ ې ۈ ۆ ۇ ە ھ ى), or two to five Tibetan syllables joined by
 * tshegs. Between Han characters, punctuation, Latin or the text's ends only, never inside a sentence of the script; and not
 * the Tibetan greetings and thanks (བཀྲ་ཤིས་བདེ་ལེགས, ཐུགས་རྗེ་ཆེ).
 */
const UYGHUR_NAME_36B = /(?<![\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff][ \u00a0]?)[\u0600-\u06ff]{2,14}(?: [\u0600-\u06ff]{2,14}){1,2}(?![ \u00a0]?[\u0600-\u06ff])/g;
const UYGHUR_LETTER_36B = /[\u0626\u06d0\u06c8\u06c6\u06c7\u06d5\u06be\u0649]/;
const TIBETAN_NAME_36B = /(?<![\u0f00-\u0fff])[\u0f40-\u0fbc]{1,8}(?:\u0f0b[\u0f40-\u0fbc]{1,8}){1,4}\u0f0b?(?![\u0f00-\u0fff])/g;
const TIBETAN_PHRASE_36B = /བདེ་ལེགས|ཐུགས་རྗེ|ཡག་པོ|ཨེ་ཡིན|བཀའ་དྲིན/;
/** An 18-digit ID that fails its check in a form's sample (样表, 示例, 填表说明, 办事指南): a made-up sample, no one's. */
const SAMPLE_BEFORE_36B = /样表|樣表|示例|样例|樣例|范例|範例|样本|樣本|模板|填表说明|填表說明|指南/;
/** A public body's account (捐款账户, 非税收入账户, 对公账户, 财政专户) or a posted notice: a card number that fails Luhn there is no one's. */
const PUBLIC_ACCOUNT_36B = /捐款账户|捐款賬戶|收入账户|收入賬戶|对公账户|對公賬戶|单位账户|單位賬戶|财政专户|財政專戶|公告栏|公告欄|公告上|公告末尾|公示栏/;
/** A form's field for a vehicle at its line's start (车牌：, 掛車：), a form's field for its person, a caller's car. */
const PLATE_FIELD_36B = /(?:^|\n)(?:车牌|車牌|车牌号|車牌號|挂车|掛車|车号|車號|车辆|車輛)[：:]\s?$/;
const PERSON_FIELD_36B = /(?:^|\n)(?:驾驶员|駕駛員|姓名|车主|車主|来电人|來電人|申请人|申請人|司机|司機)[：:]/;
const HOLDER_CAR_36B = /(?:来电人|來電人|来访人|來訪人|举报人|舉報人|反映人)(?:的)?(?:车辆|車輛|车|車|私家车|私家車)(?:是|為|为)?$/;
/** Verbs and words that 不 opens (不在, 不是, 不肯, 不给 …). */
const NOT_VERB_36B = /^[在是会會能要肯让讓给給同愿願知想敢用够夠管理认認签簽见見去来來]/;
export function stop36bAfter(text: string, spans: PiiSpan[]): PiiSpan[] {
  let result = spans;
  const added: PiiSpan[] = [];
  if (has(text, '号') || has(text, '號')) {
    PERSON_RECORD_36B.lastIndex = 0;
    for (let m = PERSON_RECORD_36B.exec(text); m; m = PERSON_RECORD_36B.exec(text)) {
      if ((m[1].match(/[0-9]/g) ?? []).length < 4) continue;
      const start = m.index + m[0].length - m[1].length;
      added.push({ kind: 'member_number', start, end: start + m[1].length });
    }
  }
  if (/[\u0600-\u06ff]/.test(text)) {
    UYGHUR_NAME_36B.lastIndex = 0;
    for (let m = UYGHUR_NAME_36B.exec(text); m; m = UYGHUR_NAME_36B.exec(text)) if (UYGHUR_LETTER_36B.test(m[0])) added.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  if (/[\u0f40-\u0fbc]/.test(text)) {
    TIBETAN_NAME_36B.lastIndex = 0;
    for (let m = TIBETAN_NAME_36B.exec(text); m; m = TIBETAN_NAME_36B.exec(text)) {
      if (TIBETAN_PHRASE_36B.test(m[0])) continue;
      const end = m.index + m[0].length - (m[0].endsWith('\u0f0b') ? 1 : 0);
      added.push({ kind: 'name', start: m.index, end });
    }
  }
  // A plate no rule decided on, given as a person's: in a form's own field (车牌：, 挂车：) of a form that names its person
  // (驾驶员：, 姓名：, 车主：, 来电人：), right after a caller's or a visitor's word (来电人车辆…), or right before the name that
  // signs the text (车牌…，王某某): that person's car. An office's car in the plate's clause stays visible.
  if (has(text, '车') || has(text, '車')) {
    PLATE.lastIndex = 0;
    // (result is sorted by start: one pointer walks it along the plates, so a text of many plates stays linear.)
    let j = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      while (j < result.length && result[j].end <= start) j++;
      if (j < result.length && result[j].start < end) continue;
      const clause = text.slice(Math.max(0, start - 12), start);
      if (PUBLIC_CAR.test(clause) || /[局所委]的[车車]|公务|公務/.test(clause)) continue;
      const next = j < result.length ? result[j] : undefined;
      const signer = next && next.kind === 'name' && next.start <= end + 2 && /^[，,\s]{1,2}$/.test(text.slice(end, next.start)) && text.length - next.end <= 4 && /^[\s。.！!]*$/.test(text.slice(next.end));
      const field = PLATE_FIELD_36B.test(text.slice(Math.max(0, start - 6), start)) && PERSON_FIELD_36B.test(text);
      const holder = HOLDER_CAR_36B.test(text.slice(Math.max(0, start - 8), start));
      if (signer || field || holder) added.push({ kind: 'plate', start, end });
    }
  }
  if (added.length) result = mergeSpans(result.concat(added));
  // A name read on into 不 opening a verb (…阿不都不在名单上, 古丽不肯): 不 is the verb's.
  if (has(text, '不')) {
    result = result.map((sp) => (sp.kind === 'name' && sp.end - sp.start >= 4 && text[sp.end - 1] === '不' && NOT_VERB_36B.test(text.slice(sp.end, sp.end + 1)) ? { ...sp, end: sp.end - 1 } : sp));
  }
  // A Turkic or Tibetan full name joined by a dot right after an office (县长买买提·托合提, 副局长玉山·阿不拉): an official in the
  // role, as stockNameSlot reads a run there, whichever rule read it; the writer holding the office (我是村主任…) stays masked.
  if (has(text, '·') || has(text, '•') || has(text, '・') || has(text, '．')) {
    result = result.filter((sp) => {
      if (sp.kind !== 'name' || !/[·•・．]/.test(text.slice(sp.start, sp.end))) return true;
      const before = foldToSimplified(text.slice(Math.max(0, sp.start - 10), sp.start));
      return !(STOCK_OFFICE_BEFORE.test(before) && !/我是|本人/.test(before));
    });
  }
  // Sample IDs that fail their check, public accounts that fail Luhn.
  if (result.some((sp) => sp.kind === 'id_number' || sp.kind === 'bank_card')) {
    result = result.filter((sp) => {
      const digits = text.slice(sp.start, sp.end).replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9Xx]/g, '').toUpperCase();
      if (sp.kind === 'id_number' && digits.length === 18 && !validIdNumber(digits)) return !SAMPLE_BEFORE_36B.test(text.slice(Math.max(0, sp.start - 30), sp.start));
      if (sp.kind === 'bank_card' && /^[0-9]{16,19}$/.test(digits) && !luhn(digits)) return !PUBLIC_ACCOUNT_36B.test(text.slice(Math.max(0, sp.start - 30), sp.end + 30));
      return true;
    });
  }
  return result;
}
