import type { PiiSpan } from './spans.js';
import { CharSet, unitSetsTables } from './unit-sets.js';
import { idShaped } from './checksums.js';
import { anchoredScansTables } from './anchored-scans.js';
import { execAnchored } from './text.js';
import { confirmedNameEnd, digit, likelyName, nameEnd, nameWordsTables, nicknameEnd, pushName, stickyAt, surnameLength } from './name-words.js';
import { numbersTables } from './numbers.js';
import { aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';
import { kinAndContextCuesTables } from './kin-and-context-cues.js';
import { namesAsWordsTables, wordSurnameFullEnd } from './names-as-words.js';

const { codes } = unitSetsTables;
const { CLAUSE_END, DIMINUTIVE_END, GIVEN_SET, NAME_BOUNDARY_BEFORE, NICKNAME_NOT, NOT_GIVEN, NOT_NAME_WORD, NOT_NICK_FIRST, NUMERALS, PEOPLE, SELF_KIN_FORM, isColonOrSpace, isHan } = nameWordsTables;
const { AH_KIN, AH_NOT_SECOND } = namesCuedTables;
const { isAsciiAlnum, isX } = numbersTables;
const { KIN_NOT_SURNAME } = aliasesAndSignaturesTables;
const { KIN_FORM } = kinAndContextCuesTables;
const { DEALING, KIN_TRANSLIT_INTRO, SELF_WORD_SURNAME, TRANSLIT_INTRO } = anchoredScansTables;
const { P_WORD_SURNAME_ALL } = namesAsWordsTables;

// A private person named by a nickname or a form of address after the dealings the writer has with them; names transcribed by sound.

/** After 人 following a full name: the person himself did or suffered something (人都找不到了, 人跑了). */
const PERSON_ADVERB = codes('都也就跑不没沒却卻早还還又');
/** Contact details after a name: a comma and a phone, QQ, WeChat or e-mail. */
const CONTACT_AFTER = /^[，,\s]*(?:QQ|qq|微信|电话|電話|手机|手機|邮箱|郵箱|[0-9０-９])/;
/** Relatives before a pet name (我外甥女小雪, 我侄子阿明): only 小 or 阿 and a given-name character are read there. */
const KIN_BEFORE_PET = /(?:外甥女|外甥|侄女|侄子|孙女|孫女|孙子|孫子|女儿|女兒|儿子|兒子|闺女|閨女|表妹|表弟|表姐|表哥|堂妹|堂弟|外孙女|外孫女|外孙|外孫)$/;
/** 小 and these are words (小学, 小孩, 小时候, 小卖部), not a pet name. */
const NOT_PET_AFTER_XIAO = codes('学學孩时時姐伙夥组組区區车車康吃卖賣店事便心声聲说說票米麦麥金样樣型微便偷贩販妹弟哥');
/** 老 and these are an old place or thing (老楼, 老宅, 老街, 老百姓), not a surname's nickname. */
const OLD_PLACE_AFTER = codes('楼樓屋宅街城区區院巷厂廠村家房百');
/** 小 and these are a small way or place (小路, 小道, 小河), not a surname's nickname. */
const SMALL_PLACE_AFTER = codes('路道巷河山桥橋门門');
/** A meeting or a finished act, not a trade: 开会的, 开完会的, 修好的, 卖掉的. */
const NOT_TRADE = /^[开開卖賣修养養杀殺摆擺补補炸烤磨](?:会|會|完|好|了|过|過|着|著|掉|成)/;
/** Traits a pet name is made of after 小 (小胖, 小黑, 小瘦). */
const PET_TRAIT = codes('胖瘦黑矮白');
/** After such a nickname: a boundary, or what the person does or has. */
const DEALING_NICK_AFTER = /(?:$|[\s，,。.；;！!？?、：:（(）)”」]|把|在|不|没|沒|只|也|都|又|还|還|就|给|給|让|讓|要|是|说|說|讲|講|跟|和|家|的|人|天天|每|收|带|帶|硬|非|从|從|早|却|卻|竟|经常|經常|总|總|一直|已经|已經|一年|一个月|一個月)/y;
/**
 * At `at`: 老钱, 小胖, 老K, 阿珍, 黄阿婆, 宫大姐, 刘嫂, 金凤姐 — a nickname or a form of address; its end, or -1.
 * `petOnly`: only 小/阿 and a given-name character (after a relative).
 */
function dealingNickEnd(text: string, at: number, petOnly: boolean): number {
  const c = text[at];
  const n = text.charCodeAt(at + 1);
  let e = -1;
  if (c === '小' && (PET_TRAIT.has(n) || (GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NUMERALS.has(text[at + 1]))) && !NOT_PET_AFTER_XIAO.has(n) && !NICKNAME_NOT.has(text.slice(at, at + 2))) e = at + 2;
  else if (c === '阿' && GIVEN_SET.has(text[at + 1] ?? '') && !AH_NOT_SECOND.has(n) && !NUMERALS.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 1])) e = at + 2;
  else if (petOnly) return -1;
  else if (c === '老' && n >= 0x41 && n <= 0x5a && !isAsciiAlnum(text.charCodeAt(at + 2))) e = at + 2;
  else if ((c === '老' || c === '小') && surnameLength(text, at + 1) === 1 && !NICKNAME_NOT.has(text.slice(at, at + 2)) && !(c === '老' ? OLD_PLACE_AFTER : SMALL_PLACE_AFTER).has(n)) e = at + 2;
  else if (surnameLength(text, at) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(at))) {
    if (stickyAt(KIN_FORM, text, at + 1)) e = KIN_FORM.lastIndex;
    else if (stickyAt(SELF_KIN_FORM, text, at + 1)) e = SELF_KIN_FORM.lastIndex;
    else if (text[at + 1] === '姐' || text[at + 1] === '哥') e = at + 2;
  }
  // 金凤姐, 秀英嫂: two given-name characters and 姐/嫂, as a neighbourhood calls a woman.
  if (e < 0 && GIVEN_SET.has(c) && GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(c) && !NOT_GIVEN.has(text[at + 1]) && !NOT_NICK_FIRST.has(c) && (text[at + 2] === '姐' || text[at + 2] === '嫂')) e = at + 3;
  return e > 0 && stickyAt(DEALING_NICK_AFTER, text, e) ? e : -1;
}
/** "房东老钱把…", "包工头老鲍只给了…", "开小卖部的金凤姐", "知情人 小胖", "我外甥女小雪在…". */
export function scanDealingNicknames(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(DEALING, text, 0); m; m = execAnchored(DEALING, text, DEALING.re.lastIndex)) {
    const at = m.index + m[0].length;
    // (老板 inside 老板娘 is read as 老板娘; 开会的 is a meeting, whose staff stay; 开车的 is a trade.)
    if (NOT_TRADE.test(m[0])) continue;
    let e = dealingNickEnd(text, at, false);
    // "開發商老闆戚永福人都找不到了": a full name, then 人 and an adverb (the person himself), not 湖南人.
    if (e < 0 && surnameLength(text, at) === 1 && text[at + 3] === '人' && PERSON_ADVERB.has(text.charCodeAt(at + 4)) && GIVEN_SET.has(text[at + 1] ?? '') && GIVEN_SET.has(text[at + 2] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NOT_GIVEN.has(text[at + 2]) && !NOT_NAME_WORD.has(text.slice(at, at + 2))) e = at + 3;
    if (e > 0) {
      pushName(out, at, e);
      DEALING.re.lastIndex = e;
    }
  }
  // "本人向国平 137…", "知情人 向东，QQ…": the writer's own name with a surname that starts words (向, 全, 解 …), where it visibly ends.
  for (let m = execAnchored(SELF_WORD_SURNAME, text, 0); m; m = execAnchored(SELF_WORD_SURNAME, text, SELF_WORD_SURNAME.re.lastIndex)) {
    const at = m.index + m[0].length;
    if (!(PEOPLE[text.charCodeAt(at)] & P_WORD_SURNAME_ALL)) continue;
    let e = wordSurnameFullEnd(text, at);
    // (Two characters only set off by a space or a colon and followed by the person's contact: 知情人 向东，QQ….)
    if (e < 0 && at > m.index + m[0].replace(/[：:\s\u3000]+$/, '').length && GIVEN_SET.has(text[at + 1] ?? '') && !NOT_GIVEN.has(text[at + 1]) && !NUMERALS.has(text[at + 1]) && CONTACT_AFTER.test(text.slice(at + 2, at + 8))) e = at + 2;
    if (e > 0 && (e === text.length || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]) || digit(text.charCodeAt(e)) >= 0)) pushName(out, at, e);
  }
  // "丝绸厂宿舍4幢203的老谢": the person at a home address.
  for (let k = 0, n = out.length; k < n; k++) {
    const a = out[k];
    if (a.kind !== 'address' || text[a.end] !== '的') continue;
    const e = dealingNickEnd(text, a.end + 1, false);
    if (e > 0) pushName(out, a.end + 1, e);
  }
  for (let p = text.indexOf('小', 2); p > 0; p = text.indexOf('小', p + 1)) petAfterKin(text, p, out);
  for (let p = text.indexOf('阿', 2); p > 0; p = text.indexOf('阿', p + 1)) petAfterKin(text, p, out);
}
function petAfterKin(text: string, p: number, out: PiiSpan[]) {
  if (!KIN_BEFORE_PET.test(text.slice(Math.max(0, p - 3), p))) return;
  const e = dealingNickEnd(text, p, true);
  if (e > 0) pushName(out, p, e);
}

/** Where a chunk of a dotted name stops: function words, the writer's words, places' last characters. */
const DOTTED_STOP = new CharSet([...'的是叫在住我你他她们們和跟与與及或把被给給说說从從到去来來就也都还還人名址村镇鎮乡鄉县縣市区區省路街巷节節号號']);
/** Before a dotted name: an introduction's last character, or 、 in a list. */
const DOTTED_LEFT = new CharSet([...'叫是：:人、 \u3000']);
/**
 * 热依汗·买买提, 木扎帕尔·吐尔洪, 古丽巴哈尔·吾斯曼: a name transcribed by sound, its parts joined by a
 * middle dot, after an introduction (我叫, 我是…的, 反映人) — whatever its characters.
 */
export function scanDottedNames(text: string, out: PiiSpan[]) {
  for (let p = 1; p < text.length; p++) {
    const d = text[p];
    if (d !== '·' && d !== '・' && d !== '•') continue;
    let s = p;
    while (s > 0 && p - s < 8 && isHan(text.charCodeAt(s - 1)) && !DOTTED_STOP.has(text[s - 1])) s--;
    if (p - s < 2) continue;
    let e = p + 1;
    while (e < text.length && e - p - 1 < 8 && isHan(text.charCodeAt(e)) && !DOTTED_STOP.has(text[e])) e++;
    if (e - p - 1 < 2) continue;
    // A second dot: 阿卜杜·热合曼·买买提.
    if ((text[e] === '·' || text[e] === '・' || text[e] === '•') && isHan(text.charCodeAt(e + 1))) {
      let f = e + 1;
      while (f < text.length && f - e - 1 < 8 && isHan(text.charCodeAt(f)) && !DOTTED_STOP.has(text[f])) f++;
      if (f - e - 1 >= 2) e = f;
    }
    const before = s > 0 ? text[s - 1] : '';
    const introduced = DOTTED_LEFT.has(before) || (before === '的' && /(?:我是|俺是|本人|我叫)/.test(text.slice(Math.max(0, s - 16), s)));
    if (!introduced || !(e === text.length || !isHan(text.charCodeAt(e)) || DOTTED_STOP.has(text[e]))) {
      p = e - 1;
      continue;
    }
    pushName(out, s, e);
    p = e - 1;
  }
}

/** After a person's full name beside a home or in a list: a boundary, a space, 家/的, or what the person says. */
const BESIDE_NAME_AFTER = /(?:$|[\s\u3000，,。；;！!？?、：:（(]|家|的|说|說|反映)/y;
/** A private person's standing in parentheses after their name (黎明（村民）, 江南（业主）). */
// (Round 19: also a private trade, 小敏（服务员）, 阿强（骑手）.)
const STANDING_IN_PARENS = /^[（(](?:村民|居民|业主|業主|住户|住戶|租户|租戶|家长|家長|村民代表|农户|農戶|群众|群眾|服务员|服務員|骑手|騎手|外卖员|外賣員|快递员|快遞員|保姆|护工|護工|保洁|保潔|保洁员|保潔員|农民工|農民工|摊主|攤主|店主)[）)]/;
/**
 * Readings beside what is already found: a full name right after a home address (南埭村3组8号周阿毛家,
 * …22号 戚银花 ：), the next names of a list set off by spaces (单国平 单国安 两兄弟) or after a contact in
 * parentheses (韋志強（手機…）、邵美珍（…）、卞建華), an ID number of a valid date right after a name (申请人X，
 * 5227…), a nickname explained by a name in brackets (老王（就是…王根寶）), the nickname asked for at a number
 * (打…座机…找老蒲), a name that reads as a word before a private standing in parentheses (黎明（村民）).
 */
export function besideKnownSpans(text: string, spans: PiiSpan[]) {
  const n0 = spans.length;
  for (let k = 0; k < n0; k++) {
    const sp = spans[k];
    if (sp.kind === 'address') {
      let q = sp.end;
      if (q < text.length && (isColonOrSpace(text[q]) || text[q] === '，' || text[q] === ',')) q++;
      if (!surnameLength(text, q)) continue;
      let e = Math.max(nameEnd(text, q), confirmedNameEnd(text, q));
      // (周阿毛, 王小六: a rural name of 阿/小 and a given-name or pet character.)
      if (e - q !== 3 && (text[q + 1] === '阿' || text[q + 1] === '小') && (GIVEN_SET.has(text[q + 2] ?? '') || DIMINUTIVE_END.has(text[q + 2] ?? '')) && !NOT_GIVEN.has(text[q + 2] ?? '')) e = q + 3;
      if (e - q === 3 && likelyName(text, q, e) && stickyAt(BESIDE_NAME_AFTER, text, e)) pushName(spans, q, e);
    } else if (sp.kind === 'name') {
      const len = sp.end - sp.start;
      let q = sp.end;
      // 单国平 单国安: another full name after one space.
      if (len === 3 && (text[q] === ' ' || text[q] === '\u3000') && surnameLength(text, q + 1) === 1) {
        const e = nameEnd(text, q + 1);
        if (e - q - 1 === 3 && likelyName(text, q + 1, e) && (e === text.length || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]))) pushName(spans, q + 1, e);
      }
      // 韋志強（手機 …）、…、卞建華: a list whose items carry their contacts in parentheses.
      if (text[q] === '（' || text[q] === '(') {
        let c = q + 1;
        while (c < text.length && c - q < 28 && text[c] !== '）' && text[c] !== ')' && text[c] !== '。') c++;
        if ((text[c] === '）' || text[c] === ')') && text[c + 1] === '、' && surnameLength(text, c + 2)) {
          const e = nameEnd(text, c + 2);
          if (e - c - 2 >= 2 && likelyName(text, c + 2, e) && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === '（' || text[e] === '(')) pushName(spans, c + 2, e);
        }
      }
      // 申请人谢玉芳，52273119690222002x: a number of an ID's shape right after the name is the person's ID.
      while (q < text.length && q - sp.end < 2 && (isColonOrSpace(text[q]) || text[q] === '，' || text[q] === ',')) q++;
      if (q > sp.end && digit(text.charCodeAt(q)) >= 0) {
        let e = q;
        while (e < text.length && e - q < 18 && digit(text.charCodeAt(e)) >= 0) e++;
        if (e - q === 17 && isX(text.charCodeAt(e))) e++;
        if (e - q === 18 && !(e < text.length && (digit(text.charCodeAt(e)) >= 0 || isAsciiAlnum(text.charCodeAt(e))))) {
          let d = '';
          for (let j = q; j < e; j++) d += isX(text.charCodeAt(j)) ? 'X' : String(digit(text.charCodeAt(j)));
          if (idShaped(d)) spans.push({ kind: 'id_number', start: q, end: e });
        }
      }
    } else if (sp.kind === 'mobile' || sp.kind === 'landline') {
      // "座机(0576)88319025找老蒲": the person to ask for at the number.
      const at = sp.end + (text[sp.end] === '，' || text[sp.end] === ',' || isColonOrSpace(text[sp.end] ?? '') ? 1 : 0);
      if (text[at] === '找') {
        const e = nicknameEnd(text, at + 1);
        if (e > 0) pushName(spans, at + 1, e);
        else {
          const f = nameEnd(text, at + 1);
          if (f - at - 1 === 3 && likelyName(text, at + 1, f) && stickyAt(BESIDE_NAME_AFTER, text, f)) pushName(spans, at + 1, f);
        }
      }
    }
  }
  // 我們老王（就是住我對門的王根寶）: a nickname explained in brackets by a name of the same surname.
  let nameStartsAt: Map<number, number> | null = null;
  for (let p = text.indexOf('老'); p >= 0; p = text.indexOf('老', p + 1)) {
    if (text[p + 2] !== '（' && text[p + 2] !== '(') continue;
    const sur = text[p + 1];
    if (surnameLength(text, p + 1) !== 1 || NICKNAME_NOT.has(text.slice(p, p + 2))) continue;
    let c = p + 3;
    while (c < text.length && c - p < 24 && text[c] !== '）' && text[c] !== ')') c++;
    if (text[c] !== '）' && text[c] !== ')') continue;
    if (!nameStartsAt) {
      nameStartsAt = new Map();
      for (let k = 0; k < n0; k++) if (spans[k].kind === 'name') nameStartsAt.set(spans[k].start, spans[k].end);
    }
    for (let j = p + 3; j < c; j++) {
      const end = nameStartsAt.get(j);
      if (end !== undefined && end <= c && end - j >= 2 && text[j] === sur) {
        pushName(spans, p, p + 2);
        break;
      }
    }
  }
  // 鹰嘴岩镇 黎明（村民）: a name, even one that reads as a word, before a private standing in parentheses.
  for (let p = text.indexOf('（'); p >= 2; p = text.indexOf('（', p + 1)) standingAt(text, p, spans);
  for (let p = text.indexOf('('); p >= 2; p = text.indexOf('(', p + 1)) standingAt(text, p, spans);
}
function standingAt(text: string, p: number, spans: PiiSpan[]) {
  if (!STANDING_IN_PARENS.test(text.slice(p, p + 7))) return;
  for (const len of [3, 2]) {
    const s = p - len;
    if (s < 0 || !(s === 0 || isColonOrSpace(text[s - 1]) || NAME_BOUNDARY_BEFORE.has(text[s - 1]))) continue;
    // (Round 19) 小敏（服务员）: 小 or 阿 and a given-name character, the name the person goes by.
    const pet = len === 2 && (text[s] === '小' || text[s] === '阿') && !NICKNAME_NOT.has(text.slice(s, p)) && !NUMERALS.has(text[s + 1]) && !AH_KIN.has(text[s + 1]);
    if (surnameLength(text, s) !== 1 && !pet) continue;
    let ok = true;
    for (let j = s + 1; j < p; j++) if (!GIVEN_SET.has(text[j]) || NOT_GIVEN.has(text[j])) ok = false;
    if (ok) {
      pushName(spans, s, p);
      return;
    }
  }
}

/** Characters names transcribed by sound are made of (Uyghur, Kazakh, Arabic, Mongolian, Tibetan). */
const TRANSLIT = codes('阿卜布不杜都拉西木乌烏兰蘭图圖雅买買麦麥提热熱依汗吐尔爾洪吾斯曼古丽麗巴哈扎帕努艾克孜迪娜塔玛瑪尼亚亞别別米合甫素赛賽伊萨薩沙穆罕默达達瓦次仁卓顿頓珠格桑旦增姆央措索朗洛吉曲珍普边邊强強益杰傑嘎宗特其日勒额額敦琴坦敖登道满滿鲁魯苏蘇孟乃則则莎曼江力逊遜再那和多才让讓马馬果海来來铁鐵宝寶音南旺毛尕藏朝诺諾明高娃仓倉呼毕畢林太门門楞牛呷伍各乐樂腾騰云雲托');
/** (Round 26) More such characters, of Uyghur, Kazakh and Mongolian names (宝音德力格尔, 阿卜杜克热木玉努斯), read after a strong
 * introduction and by round 26's rules, not after a bare 叫 (惊叫皮毛, 鸣叫玉音 are no names). */
const TRANSLIT_MORE = codes('德根玉卡肯策恰祖胡拜皮班恩塞希贺賀列');
const isTranslit = (c: number): boolean => TRANSLIT.has(c) || TRANSLIT_MORE.has(c);
/** 我叫阿西木，, 反映人阿卜杜拉，, 我叫烏蘭圖雅，: three to six such characters after a strong introduction, up to a boundary. */
export function scanTransliteratedNames(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(TRANSLIT_INTRO, text, 0); m; m = execAnchored(TRANSLIT_INTRO, text, TRANSLIT_INTRO.re.lastIndex)) {
    const p = m.index + m[0].length;
    let e = p;
    // (Round 26: up to nine, 努尔麦麦提阿不都拉, and TRANSLIT_MORE's characters; six before.)
    while (e < text.length && e - p < 10 && isTranslit(text.charCodeAt(e))) e++;
    const n = e - p;
    if (NOT_TRANSLIT_RUN.test(text.slice(p, e))) continue;
    if (n >= 3 && n <= 9 && (e === text.length || CLAUSE_END.has(text[e]) || isColonOrSpace(text[e]) || text[e] === '）' || text[e] === ')')) pushName(out, p, e);
  }
  // (Round 12) 我外公那木吉拉今年…, 她儿子宝音的…, 我媳妇萨仁高娃、…: after a relative or a private role, two to six
  // sound-transcription characters up to a boundary or a word that starts the clause's rest (在, 的, 今年, 家).
  for (let m = execAnchored(KIN_TRANSLIT_INTRO, text, 0); m; m = execAnchored(KIN_TRANSLIT_INTRO, text, KIN_TRANSLIT_INTRO.re.lastIndex)) {
    const p = m.index + m[0].length;
    let e = p;
    while (e < text.length && e - p < 7 && TRANSLIT.has(text.charCodeAt(e))) e++;
    // (房东敖其尔不给…: a negation or 都 after the name is the clause's rest, not the name.)
    if (e - p > 2 && (text[e - 1] === '不' || text[e - 1] === '都')) e--;
    const n = e - p;
    if (n < 2 || n > 6) continue;
    if (NOT_TRANSLIT_RUN.test(text.slice(p, e))) continue;
    const next = text[e];
    if (e === text.length || CLAUSE_END.has(next) || isColonOrSpace(next) || next === '）' || next === ')' || KIN_TRANSLIT_AFTER.test(text.slice(e, e + 2))) pushName(out, p, e);
  }
}
/** Runs of such characters that are words of time or repetition (让来电人次日再来). */
const NOT_TRANSLIT_RUN = /^(?:次日|明日|今日|当日|當日|多次|再次|那边|那邊|这边|這邊)|再[来來]/;
const KIN_TRANSLIT_AFTER = /^(?:不|都|在|的|今|家|喺|嘅|住|说|說|帮|幫|代|已|去|到|是|一直|没|沒|反映|叔|八|九|七|六|五)/;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const namesByDealingsTables = { isTranslit, NOT_TRANSLIT_RUN, KIN_TRANSLIT_AFTER };
