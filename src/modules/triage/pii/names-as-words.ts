import type { PiiSpan } from './spans.js';
import { unitSetsTables } from './unit-sets.js';
import { likelyName, nameEnd, nameWordsTables, placeNameReading, pushName, stickyAt, surnameLength } from './name-words.js';
import { actionAfter, aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';
import { kinAndContextCuesTables } from './kin-and-context-cues.js';

const { CTX_CUE, P_ACTION_FIRST, P_CTX_LEFT, P_CUE_LAST, P_GIVEN, P_RIGHT_FIRST, SINGLE_GIVEN, VERB_BEFORE_NAME, flag } = kinAndContextCuesTables;
const { codes } = unitSetsTables;
const { CLAUSE_END, CUE_AFTER, FAMOUS, GIVEN_SET, HONORIFIC_FIRST, LIST_JOIN, MACHINE_NOT_DRIVER, NAME_BOUNDARY_BEFORE, NAME_END_VERB, NOT_GIVEN, NOT_NAME_3, NOT_NAME_WORD, NUMERALS, OFFICIAL_WORD_BEFORE, PEOPLE, PLACE_END, PLACE_SUFFIX, P_PERSON_LEFT, TITLE_BEFORE_MOU } = nameWordsTables;
const { OFFICIAL_RIGHT_BEFORE, P_SURNAME } = aliasesAndSignaturesTables;
const { CTX_AFTER, QUOTE_CLOSE, SHI_IN_WORD } = namesCuedTables;

// Names that read as words, where what stands around them shows a person.

// ---------------------------------------------------------------------------------------------
// Names that read as words: a surname that is a preposition or a common word (向前进, 於小满, 过春生,
// 党小平), a given name that is an ordinary word (高峰, 田野, 江山, 黎明), a name in quotation marks
// (病历上写成了“董梅”). Read only where what stands around them shows a person.

/** Surnames that also start words (向 "towards", 於 "at", 解 "solve", 全 "all", 过 "pass", 和 "and", 党, 黑 "dark", 原 "former", 从 "from", 能 "can", 代 "instead" …). */
const P_WORD_SURNAME_ALL = 2048;
flag(codes('向于於解全战戰过過和党黨时時习習母农農花牧汝蓬暴盖蓋黑原从從能代'), P_WORD_SURNAME_ALL);
/** What only a person is followed by: their home, their family, what they say or have as a person. */
const PERSON_AFTER = /(?:家(?![园園属屬具电電居政纺紡乐樂常庭用务務教禽畜底境乡鄉长長族私装裝访訪])|一家|老太太|老人家|说|說|讲|講|告诉|告訴|反映|反應|[跟和同对對](?:我|俺)(?:说|說|讲|講|反映)|[和跟同与與替帮幫陪][她他](?:的)?(?:丈夫|老公|妻子|老婆|媳妇|媳婦|男人|爱人|愛人|儿|兒|女|爸|妈|媽|爹|娘|父|母|孙|孫|老伴|哥|姐|弟|妹)|[她他](?:儿|兒|女|男人|老[公婆伴]|妈|媽|爸|爹|娘|媳|闺|閨|丈|妻|爱|愛|孙|孫|婆|公|家|爷|爺|奶|哥|姐|弟|妹|叔|舅|姑|姨)|的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女|低保|户口|戶口|医保|醫保|档案|檔案|病历|病歷|补贴|補貼|养老金|養老金|身份证|身份證|化验单|化驗單|工资|工資|工钱|工錢|补助|補助|补偿|補償|赔偿|賠償|残疾证|殘疾證|社保|退休金|抚恤金|撫恤金|承包地|宅基地|危房))/y;
/** The same for a two-character name that reads as a word: not 的 and a relative (安静的孩子 is a quiet child). */
const KIN_AFTER_DE = /^的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女)/;
/** After a two-character name a verb takes (问了黎明，, 找了马力好几次): a boundary or what was done with the person. */
const TAKEN_NAME_AFTER = /^(?:$|[，,。；;！!？?]|好几|好幾|几次|幾次|[一两兩三四五六七八九]次|好多次|[他她]|说|說|帮忙|幫忙)/;
/** 问了, 找了, 告诉, 通知, 联系: verbs that take a person (the looser 看到/遇到 also take things: 找到钱包). */
const ASKS_PERSON_BEFORE = /(?:问了|問了|问过|問過|找了|找过|找過|告诉|告訴|通知|联系|聯繫|聯系|碰到|遇到|遇见|遇見|见到|見到)$/;
/** Characters that end nouns, never a one-character given name read as a word (石子, 码头, 文学家). */
const NOT_WORD_GIVEN = codes('子头頭儿兒们們学學家人员員长長者');
/** After a pair of names (田野和白雪是…, 高山跟林海都…): what two people are or do. */
const PAIR_AFTER = /^(?:是|都|两|兩|俩|倆|一起|一块|一塊|夫妻|夫妇|夫婦|兄弟|姐妹|姐弟|兄妹)/;
/** Before a quoted name: where a name is written, signed or claimed (写成了“董梅”, 签字的是“赵德胜”, 自称“王海涛”). */
const QUOTE_NAME_BEFORE = /(?:叫|名|写成|寫成|写的|寫的|签|簽|署|自称|自稱|冒充|化名|是|有|上的|里的|裡的|中的|人|户|戶|员|員|主)[了的是为為作个個：:\s]{0,2}$/;
const QUOTE_NAME_AFTER = /^(?:的人|这个人|這個人|这人|這人|这个名字|這個名字|的名字|本人|签|簽|不是|是|[，,]?[她他]|说|說|家|把)/;
/** 问了党小平, 找了向东升: a verb that takes a person right before. */
const TAKES_PERSON_BEFORE = /(?:问了|問了|问过|問過|找了|找到|找过|找過|告诉|告訴|通知|联系|聯繫|聯系|见了|見了|碰到|遇到|看到|看见|看見)$/;

const LOOSE_WORD_SURNAME = codes('过過时時');
/** "找了傅建国三次，他是村里的会计": what follows says the person holds an office. */
const OFFICE_SAID_AFTER = new RegExp(`^[^。；;！!？?]{0,8}?[她他]是[^，,。；;]{0,6}?${TITLE_BEFORE_MOU.source.slice(0, -1)}`);
/** Characters that make a word with 家 after them (大家, 国家, 人家, 老家, 专家). */
const HOME_WORD_FIRST = codes('大国國老全人自管专專作娘婆亲親东東商农農回搬行冤住安成当當');
/** First characters of PERSON_AFTER, TAKEN_NAME_AFTER and the joins of a pair or a list. */
const P_WORD_AFTER = 4096;
flag(codes('家说說讲講告反跟和同对對与與及、她他的，,。；;！!？?好几幾一两兩三四五六七八九替帮幫陪老昨前去上那'), P_WORD_AFTER);
/** After a name with anything before it: only the person's home, family or words (家, 的, 一家, 说, 反映, 他/她). */
/** 和/跟/同/与/替/帮/陪 before 她/他 and a relative: 方圆和她母亲, 王芳替她父亲. */
const LIST_JOIN_OR_HELP = codes('和跟同与與替帮幫陪');
const LOOSE_PERSON_AFTER = /(?:家|的|一家|说|說|讲|講|反映|反應|[她他])/y;
const BROTHERS_AFTER = /(?:是[我俺]|都是[我俺]|[两兩]兄弟|兄弟|[两兩]姐妹|姐妹)/y;
const WORD_SURNAME_TWO_AFTER = /(?:家[的门門里裡院房屋地]|的(?:低保|户口|戶口|医保|醫保|档案|檔案|病历|病歷|补贴|補貼|养老金|養老金|身份证|身份證))/y;
const NEXT_CLAUSE_FAMILY = /[，,][她他](?:家|爸|妈|媽|儿|兒|女|老婆|媳|男人|丈夫)/y;
const WHEN_AFTER = /(?:昨天|前天|去年|前年|上个月|上個月|上周|上週)/y;
const HOME_PARTS_AFTER = /家[的门門里裡院房屋地]/y;
/** Surname + one character, the character not ending a noun (高峰, 江山, not 石子, 码头). */
function wordGivenOk(text: string, i: number): boolean {
  const g = text.charCodeAt(i + 1);
  if (!(g >= 0x3400 && g <= 0x9fff) || NOT_GIVEN.has(text[i + 1]) || NOT_WORD_GIVEN.has(g) || NUMERALS.has(text[i + 1])) return false;
  if (PLACE_END.has(text[i + 1]) || PLACE_SUFFIX.has(text[i + 1]) || HONORIFIC_FIRST.has(text[i + 1])) return false;
  const two = text.slice(i, i + 2);
  return !NOT_NAME_WORD.has(two) && !FAMOUS.has(two) && !placeNameReading(text, i, i + 2);
}

/** 向前进, 於小满, 党小平: a surname that starts words, then a given name of two characters (the last a common one); or -1. */
export function wordSurnameFullEnd(text: string, i: number): number {
  const a = text[i + 1] ?? '';
  const b = text[i + 2] ?? '';
  const ac = text.charCodeAt(i + 1);
  if (!(ac >= 0x3400 && ac <= 0x9fff) || (NOT_GIVEN.has(a) && !GIVEN_SET.has(a)) || NUMERALS.has(a) || '老子儿兒'.includes(a) || (a !== '家' && NOT_WORD_GIVEN.has(ac)) || (a === '家' && text[i] !== '过' && text[i] !== '過')) return -1;
  // (花 and 进 end names, 春花, 前进, 跃进, though after an introduction they are verbs: 我妈花钱.)
  if (!GIVEN_SET.has(b) || (NOT_GIVEN.has(b) && !NAME_END_VERB.has(b)) || NUMERALS.has(b) || b === a || b === '家') return -1;
  if (text[i] !== '向' && NOT_NAME_WORD.has(text.slice(i, i + 2))) return -1;
  if (FAMOUS.has(text.slice(i, i + 3)) || NOT_NAME_3.has(text.slice(i, i + 3))) return -1;
  return i + 3;
}

/** At `i` (a surname, a surname that starts words, or a quotation mark): a name that reads as words; returns the last index it took, or `i`. */
export function wordNameAt(text: string, i: number, here: number, out: PiiSpan[]): number {
  const len = text.length;
  const c0 = text.charCodeAt(i);
  if (!(here & (P_SURNAME | P_WORD_SURNAME_ALL))) return c0 === 0x201c || c0 === 0x300c || c0 === 0x300e || c0 === 0x22 ? quotedName(text, i, out) : i;
  {
    const word = (here & P_WORD_SURNAME_ALL) !== 0;
    const prev = i > 0 ? PEOPLE[text.charCodeAt(i - 1)] : P_CTX_LEFT;
    // (Before a name: a boundary, a function word, a cue's end or a word for a person; for a surname that starts words anything.)
    if (!word && !(prev & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT))) return i;
    // (Cheap first: the next characters must be able to make a given name, and what follows one start a person's context.)
    const c1 = text.charCodeAt(i + 1);
    const n1 = PEOPLE[c1];
    if (!(c1 >= 0x3400 && c1 <= 0x9fff) || (n1 & P_NOT_GIVEN && !(n1 & P_GIVEN))) return i;
    const after2 = i + 2 === len || (PEOPLE[text.charCodeAt(i + 2)] & P_WORD_AFTER) !== 0;
    const after3 = word && i + 3 < len && (PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) !== 0 && (PEOPLE[text.charCodeAt(i + 3)] & (P_WORD_AFTER | P_RIGHT_FIRST | P_ACTION_FIRST)) !== 0;
    if (!after2 && !after3 && c1 !== 0x5bb6 /* 家 */) return i;
    if (!(prev & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT)) && !after3) return i;
    const prevCh = i > 0 ? text[i - 1] : '，';
    const boundary = i === 0 || NAME_BOUNDARY_BEFORE.has(prevCh);
    const cueChar = !boundary && ((prev & P_CUE_LAST) !== 0 || '了过過到见見'.includes(prevCh));
    const window = cueChar || prevCh === '是' ? text.slice(Math.max(0, i - 6), i) : '';
    const cue = cueChar && (CTX_CUE.test(window) || TAKES_PERSON_BEFORE.test(window) || VERB_BEFORE_NAME.has(text.charCodeAt(i - 1)));
    const de = prevCh === '的' || (prevCh === '是' && !SHI_IN_WORD.test(window));
    // (Anything else before: only a surname that starts words, then a person's home, family or words.)
    const loose = !boundary && !cue && !de && prevCh !== '说' && prevCh !== '說' && prevCh !== '了' && !(prev & P_PERSON_LEFT);
    if (loose && !after3) return i;
    // A surname that starts words: a full name, and what a person does, has or is after it.
    // (了 alone is no cue here: 过了, 解了.)
    if (after3) {
      const e = wordSurnameFullEnd(text, i);
      if (e > 0) {
        const strict = (boundary || cue || de) && GIVEN_SET.has(text[i + 1]) && !'小大家'.includes(text[i + 1]) && !NAME_END_VERB.has(text[e - 1]);
        // (Where no boundary or cue comes before, 但严小军家…, 代课老师代晓燕反映, only a person's home, family or words after.)
        // (时间大家都…, 向中国家…: the given name's last character and 家 make a word: 大家, 国家.)
        let ok = stickyAt(PERSON_AFTER, text, e) && !(text[e] === '家' && HOME_WORD_FIRST.has(text.charCodeAt(e - 1)));
        // (过/时 start phrases of time, 过生日也…, 时光明…: those only with a person's home, family or words after.)
        if (loose && ok && !stickyAt(LOOSE_PERSON_AFTER, text, e)) ok = false;
        if (!ok && strict && !LOOSE_WORD_SURNAME.has(text.charCodeAt(i))) ok = stickyAt(CTX_AFTER, text, e) || actionAfter(text, e) || (cue && stickyAt(CUE_AFTER, text, e));
        // 问了党小平，他说…: after a verb that takes a person, a name that visibly ends.
        if (!ok && cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(e, e + 3))) ok = true;
        // 务工人员黑永贵，…: after a word for a private person, a full name that ends the clause.
        if (!ok && prev & P_PERSON_LEFT && GIVEN_SET.has(text[i + 1]) && !'小大家'.includes(text[i + 1]) && (e === len || CLAUSE_END.has(text[e])) && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, i - 2), i))) ok = true;
        // 於小芳和向红英都…: beside another name.
        if (!ok && LIST_JOIN.has(text[e] ?? '')) {
          const n = e + 1;
          const e2 = PEOPLE[text.charCodeAt(n)] & P_WORD_SURNAME_ALL ? wordSurnameFullEnd(text, n) : nameEnd(text, n);
          if (e2 - n >= 3 && (PEOPLE[text.charCodeAt(n)] & P_WORD_SURNAME_ALL || likelyName(text, n, e2))) ok = true;
        }
        // (包村干部叫向德明: an official, by office, stays.)
        if (ok && !officialRightBefore(text, i, boundary)) {
          pushName(out, i, e);
          return e - 1;
        }
      }
    }
    // 牛二和牛三是我两个堂弟: brothers by birth order, one surname and a numeral each.
    if (boundary && NUMERALS.has(text[i + 1] ?? '') && LIST_JOIN.has(text[i + 2] ?? '') && text[i + 3] === text[i] && NUMERALS.has(text[i + 4] ?? '') && !'高周週初'.includes(text[i]) && surnameLength(text, i) === 1 && stickyAt(BROTHERS_AFTER, text, i + 5)) {
      pushName(out, i, i + 2);
      pushName(out, i + 3, i + 5);
      return i + 4;
    }
    // 万家宝的儿子: 家 in the middle of a full name opening a clause, then the person's family.
    if (boundary && text[i + 1] === '家' && (here & P_SURNAME) && surnameLength(text, i) === 1 && GIVEN_SET.has(text[i + 2] ?? '') && !NOT_GIVEN.has(text[i + 2]) && !PLACE_END.has(text[i + 2]) && !NUMERALS.has(text[i + 2])) {
      PERSON_AFTER.lastIndex = i + 3;
      const m = PERSON_AFTER.exec(text);
      if (m && m[0][0] !== '家' && !(m[0][0] === '一' && m[0][1] === '家')) {
        pushName(out, i, i + 3);
        return i + 2;
      }
    }
    // A given name that is an ordinary word (高峰家, 江河说, 万里的档案): only where a person follows.
    if (loose || !after2 || !(here & P_SURNAME) || surnameLength(text, i) !== 1 || !wordGivenOk(text, i)) return i;
    // (A surname that starts words itself, 向上反映, 全力: only 于洋的低保 — a given-name character,
    // starting a clause, then a person's home or what they have.)
    if (word && !(cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(i + 2, i + 5))) && (!boundary || !GIVEN_SET.has(text[i + 1]) || !stickyAt(WORD_SURNAME_TWO_AFTER, text, i + 2))) return i;
    const e = i + 2;
    // (After 的 or 说 only a person's home or what they have follows: 住的高峰家, 说万里的档案; after 了
    // only their home: 挖断了钱多家的水管. Never 的 and a relative: 安静的孩子 is a quiet child.)
    PERSON_AFTER.lastIndex = e;
    const m = PERSON_AFTER.exec(text);
    // (What a person says needs a given-name character: 仲裁说 is the arbitration.)
    const f0 = m === null ? 0 : m[0].charCodeAt(0);
    const homeOrHas = f0 === 0x5bb6 /* 家 */ || f0 === 0x7684; /* 的 */
    let ok = m !== null && !(f0 === 0x7684 && KIN_AFTER_DE.test(m[0])) && (boundary || cue || homeOrHas) && (homeOrHas || (m[0].length > 1 && (m[0].charCodeAt(1) === 0x4ed6 || m[0].charCodeAt(1) === 0x5979) && LIST_JOIN_OR_HELP.has(f0)) || GIVEN_SET.has(text[i + 1]));
    // 住的是田野，他家…: the next clause speaks of the person's home or family.
    if (!ok && (boundary || de) && stickyAt(NEXT_CLAUSE_FAMILY, text, e)) ok = true;
    // 高峰昨天下午去…: opening the text or a clause, then when the person did something.
    if (!ok && boundary && GIVEN_SET.has(text[i + 1]) && stickyAt(WHEN_AFTER, text, e)) ok = true;
    if (!ok && prevCh === '了' && m !== null && stickyAt(HOME_PARTS_AFTER, text, e)) ok = true;
    // 问了黎明，他说…: after a verb that takes a person, the name ends visibly.
    if (!ok && cue && ASKS_PERSON_BEFORE.test(window) && TAKEN_NAME_AFTER.test(text.slice(e, e + 3))) ok = true;
    // 田野和白雪是…: a pair of such names, then what two people are.
    if (!ok && boundary && LIST_JOIN.has(text[e]) && (PEOPLE[text.charCodeAt(e + 1)] & P_SURNAME) && surnameLength(text, e + 1) === 1 && wordGivenOk(text, e + 1) && PAIR_AFTER.test(text.slice(e + 3, e + 5))) {
      pushName(out, i, e);
      pushName(out, e + 1, e + 3);
      return e + 2;
    }
    if (ok && !officialRightBefore(text, i, boundary)) {
      pushName(out, i, e);
      return e - 1;
    }
  }
  return i;
}
function officialRightBefore(text: string, i: number, boundary: boolean): boolean {
  return !boundary && OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}


/** "写成了“董梅”", "签字的是「黃志強」": a full name alone in quotation marks where a name is written or claimed; returns where the scan goes on. */
export function quotedName(text: string, q: number, out: PiiSpan[]): number {
  const s = q + 1;
  let c = s;
  while (c < text.length && c - s < 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
  if (c >= text.length || !QUOTE_CLOSE.has(text.charCodeAt(c)) || c - s < 2 || c - s > 4) return q;
  if (!surnameLength(text, s) || nameEnd(text, s) !== c || !likelyName(text, s, c) || FAMOUS.has(text.slice(s, c))) return q;
  const sl = surnameLength(text, s);
  // (“李大胆”, “张老好”: a nickname by a trait, in quotes mostly an official's.)
  if (text[s + sl] === '大' || text[s + sl] === '老') return q;
  // (One given-name character only if a common one: “孙平”, not “刁民”.)
  if (c - s === sl + 1 && !SINGLE_GIVEN.has(text[c - 1])) return q;
  if (!QUOTE_NAME_BEFORE.test(text.slice(Math.max(0, q - 6), q)) && !QUOTE_NAME_AFTER.test(text.slice(c + 1, c + 5))) return q;
  pushName(out, s, c);
  return c;
}

/** NOT_GIVEN characters that are not also common given-name characters (function words, nouns). */
const P_NOT_GIVEN = 8192;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const namesAsWordsTables = { P_WORD_SURNAME_ALL, PERSON_AFTER, OFFICE_SAID_AFTER, P_WORD_AFTER, LIST_JOIN_OR_HELP, P_NOT_GIVEN };
