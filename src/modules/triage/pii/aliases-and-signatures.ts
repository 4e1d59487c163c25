import type { PiiSpan } from './spans.js';
import { CharSet, unitSetsTables } from './unit-sets.js';
import { anchoredScansTables } from './anchored-scans.js';
import { execAnchored, has } from './text.js';
import { introsAt, likelyName, nameEnd, nameWordsTables, pushName, surnameLength } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';

const { CLAUSE_END, DOUBLED_ADVERB, GIVEN_SET, KIN_END_BEFORE_NAME, NAME_BOUNDARY_BEFORE, NIAN_NAME_FIRST, NICKNAME_NOT, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, PEOPLE, PLACE_END, SURNAME_SET, TITLE_BEFORE_MOU, isHan } = nameWordsTables;
const { codes } = unitSetsTables;
const { T_HAO, T_KIN, T_MING, T_PAREN, T_PRONOUN, T_WO, T_XING } = numbersTables;
const { NICK_THEN_REAL } = anchoredScansTables;

// Nicknames beside the real name, and signatures with the writer's standing.

/** The longest introduction word (NAME_INTRO_WORDS) starting at `i`, or ''. */
export function introAt(text: string, i: number): string {
  const candidates = introsAt(text.charCodeAt(i), text.charCodeAt(i + 1) || 0);
  if (candidates) for (const w of candidates) if (text.startsWith(w.word, i)) return w.word;
  return '';
}
/** Surname characters that, before 大爷/婆婆, are more often a preposition (向婆婆要钱, 于大娘…). */
const KIN_NOT_SURNAME = codes('向于於解全战戰');
/** After a full three-character name at a clause's start: when or how long the person did something (梁志勇已经被…, 陈秀英今年…). */
const CTX_AFTER_FULL = /(?:[五六七八九]十(?:多|几|幾|[一二三四五六七八九])?(?:了|岁|歲)|在|去(?!年)|来(?!自)|來(?!自)|把|给|給|也|又|还|還|就|不|没|沒|已经|已經|一直|天天|经常|經常|常年|今年|去年|前年|前天|昨天|上个月|上個月|当时|當時|平时|平時|多次|好几|好幾|几次|幾次|三番|自己|本人|家里|家裡)/y;
/**
 * After a full name at a clause's start (or after a time word, 可是/还是/只有 …): a verb or an
 * adverb the person does something with (阚德山修房子, 罗胜军找过, 应秋兰跟她闺女).
 */
const CTX_AFTER_ACTION = /(?:[发發拍](?:的|了)|坐(?:过|過|了|着|著)|走(?:丢|丟|失)|回家|回去|回来|回來|往|帮忙|幫忙|反而|反倒|偏偏|竟然|居然|少[算给給拿发發了]|一分|[这這那]人|签字|簽字|签了|簽了|亲自|親自|带头|帶頭|出面|出钱|出錢|掏钱|掏錢|借了|欠了|告诉|告訴|当面|當面|答应|答應|同意|拒绝|拒絕|坚持|堅持|非要|硬要|偏要|最先|最早|首先|加班|上班|下班|干活|幹活|打工|做工|记得|記得|知道|看见|看見|看到|听见|聽見|却|卻|修|买|買|卖|賣|种|種|养|養|摆|擺|开|開|办|辦|报|報|交|签|簽|拿|领|領|找|骑|騎|喝|住|跑|算|摔|只|才|先|都|到(?:今天|现在|現在|今年|底)|一个人|一個人|一家|[跟和同][她他我你]|带着|帶著|每天|每年|每个|每個|从来|從來|从小|從小|早就|早上|晚上|半夜|下午|上午|中午|这几|這幾|那天|当年|當年|得了|患了|病了|死了|去世|住院|退休|明明|实在|實在|根本|多年|几年|幾年|今天|前几|前幾|自家)/y;
export function actionAfter(text: string, e: number): boolean {
  CTX_AFTER_ACTION.lastIndex = e;
  if (CTX_AFTER_ACTION.test(text)) return true;
  CTX_AFTER_FULL.lastIndex = e;
  return CTX_AFTER_FULL.test(text);
}
const P_SURNAME = 1;
/** A title right before a name (包村干部叫向德明, 村支书是…): an official, who stays. */
const OFFICIAL_RIGHT_BEFORE = new RegExp(`${TITLE_BEFORE_MOU.source.slice(0, -1)}(?:叫|是|名叫)?$`);

/** A full name between `s` and `e`: a surname, then one or two characters that may be given names. */
export function bareFullName(text: string, s: number, e: number): boolean {
  const sl = surnameLength(text, s);
  if (!sl || e - s - sl < 1 || e - s - sl > 2 || NOT_NAME_WORD.has(text.slice(s, s + 2))) return false;
  // (Inside brackets a middle character may be one that ends words elsewhere: 謝家俊, 葛有福.)
  for (let k = s + sl; k < e; k++) if (!isHan(text.charCodeAt(k)) || ALIAS_STOP.has(text[k]) || (k === e - 1 && NOT_GIVEN.has(text[k]) && !GIVEN_SET.has(text[k]))) return false;
  return true;
}
const ALIAS_STOP = new CharSet([...'的是了在和我你他她们們这這那个個些上里裡中说說叫姓名']);
/** Words of a nickname's shape that are roles or family words, not a person's nickname. */
const ALIAS_NOT = new Set('撒拉族 撒拉語 撒拉语 小姨子 小舅子 小叔子 小孙子 小孫子 老头子 老頭子 老婆子 老爷子 老爺子 小伙子 小夥子 老师 老師 老板 老闆 老乡 老鄉 老人 老家 老公 老婆 老伴 老头 老頭 老太 老总 老總 小姐 小孩 小区 小區 小组 小組 阿姨 阿婆 阿公 阿伯 阿爸 阿妈 阿媽 阿哥 阿姐 大哥 大姐 大爷 大爺 大妈 大媽 师傅 師傅 同学 同學 网名 網名 小名 外号 外號 真名 大名 全名'.split(' '));
const ALIAS_TITLE_END = /(?:太|先生|女士|小姐|长|長|书记|書記|主任|经理|經理|老师|老師|师傅|師傅|医生|醫生|干部|幹部|员|員|官|委|局|所|院|校|厂|廠|店|司)$/;
/** Forms of address by surname: the nickname's surname must be the name's (姜大嫂（姜玉蓮）). */
const ALIAS_KIN_END = /(?:大爷|大爺|大妈|大媽|大姐|大嫂|大哥|大叔|大婶|大嬸|阿姨|阿婆|婶|嬸|伯|叔|姐|哥|头|頭)$/;
/** Before a nickname: a clean start (a boundary, 是/叫, the writer's standing or trade). */
const ALIAS_CLEAN_BEFORE = new CharSet([...'，,。；;：:、！!？?（(“"「\n \u3000是叫的和跟与與及人员員手工友儿兒']);

export function sharesChar(a: string, b: string): boolean {
  for (const ch of a) if (isHan(ch.charCodeAt(0)) && !'老小阿大'.includes(ch) && b.includes(ch)) return true;
  return false;
}
/** Whether `nick` (text[s, e)) reads as a nickname of the person called `full`. */
function aliasOf(text: string, s: number, e: number, full: string, bracketed = false): boolean {
  const nick = text.slice(s, e);
  if (ALIAS_NOT.has(nick) || nick === full) return false;
  for (const ch of nick) if (ALIAS_STOP.has(ch) || !isHan(ch.charCodeAt(0))) return false;
  if (ALIAS_KIN_END.test(nick) && nick[0] === full[0] && nick.length <= 3) return true;
  if (ALIAS_TITLE_END.test(nick)) return false;
  const clean = s === 0 || ALIAS_CLEAN_BEFORE.has(text[s - 1]);
  const prefixed = (nick[0] === '老' || nick[0] === '小' || nick[0] === '阿') && nick.length <= 3;
  if (prefixed && (nick.length === 2 || sharesChar(nick, full) || /[头頭子]$/.test(nick))) return true;
  if (ALIAS_ROLE_END.test(nick)) return false;
  if (sharesChar(nick, full) && (nick.length === 2 || (clean && nick.length <= 3))) return true;
  // "和竹竿（侯俊杰）": any two-character word set off before a full name in brackets is what the person is called.
  return bracketed && clean && nick.length === 2 && !PLACE_END.has(nick[1]);
}
/** Words for a standing, a relation or a kinship before a name in brackets (户主（张三）, 我妈（王芳）): not a nickname. */
const ALIAS_ROLE_END = /[人主户戶属屬者民工手生友表师師姐哥弟妹爸妈媽父母子女儿兒婆公爷爺奶叔伯舅姨姑嫂婶嬸孙孫侄甥]$/;

/**
 * "大熊（熊伟）", "Kelvin（林凯文）", "老葛头（葛有福）", "畢大姐（畢秀雲）": a nickname, an English name or a
 * form of address explained by the real name in brackets; "褚建平（老褚）" the other way round; "小毛，毛小兵，"
 * opening the text. Both are the person's. A nickname must read as one (老/小/阿 and a character, a surname
 * and a kinship address, or sharing a character of the name), never a title: 局长（王建军） stays.
 */
export function scanAliasPairs(text: string, out: PiiSpan[]) {
  let q1 = sawTriggers & T_PAREN ? text.indexOf('（') : -1;
  let q2 = sawTriggers & T_PAREN ? text.indexOf('(') : -1;
  for (let p = q1 < 0 ? q2 : q2 < 0 ? q1 : Math.min(q1, q2); p > 0; ) {
    let c = p + 1;
    while (c < text.length && c - p <= 5 && text[c] !== '）' && text[c] !== ')') c++;
    if ((text[c] === '）' || text[c] === ')') && c - p >= 3) {
      const full = text.slice(p + 1, c);
      if (bareFullName(text, p + 1, c)) {
        // Latin: "Tommy（唐明）".
        let l = p;
        while (l > 0 && p - l < 12 && /[A-Za-z]/.test(text[l - 1])) l--;
        if (p - l >= 2 && /[A-Z]/.test(text[l]) && !(l > 0 && /[0-9_@.]/.test(text[l - 1]))) {
          out.push({ kind: 'name', start: l, end: p });
          pushName(out, p + 1, c);
        } else {
          for (const len of [3, 2]) {
            const s = p - len;
            if (s >= 0 && aliasOf(text, s, p, full, true) && !OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, s - 6), s))) {
              pushName(out, s, p);
              out.push({ kind: 'name', start: p + 1, end: c });
              break;
            }
          }
        }
      } else if (c - p - 1 <= 3 && p >= 2) {
        // "褚建平（老褚）": the name first, its nickname in brackets.
        for (const len of [3, 2, 4]) {
          const s = p - len;
          if (s < 0 || !(s === 0 || ALIAS_CLEAN_BEFORE.has(text[s - 1]))) continue;
          const name = text.slice(s, p);
          if (nameEnd(text, s) === p && likelyName(text, s, p) && aliasOf(text, p + 1, c, name) && (full[0] === '老' || full[0] === '小' || full[0] === '阿')) {
            pushName(out, s, p);
            out.push({ kind: 'name', start: p + 1, end: c });
            break;
          }
        }
      }
    }
    // (Round 16: each kind of bracket looked for again only once passed, so a text with many of one and none of the
    // other stays linear.)
    if (q1 >= 0 && q1 <= p) q1 = text.indexOf('（', p + 1);
    if (q2 >= 0 && q2 <= p) q2 = text.indexOf('(', p + 1);
    p = q1 < 0 ? q2 : q2 < 0 ? q1 : Math.min(q1, q2);
  }
  // "小毛，毛小兵，在大学城…", "我是阿坤，吴坤，": the nickname, then the real name, opening the text (or
  // after the writer's 我是 in its first clauses).
  for (let s = 0, next = 0; s >= 0 && s < 24; s = next) {
    next = -1;
    for (let k = s === 0 ? 0 : s + 1; k < 24 && k < text.length - 1; k++) {
      const c = text.charCodeAt(k);
      const d = text.charCodeAt(k + 1);
      // 我是, 我係, 我叫, 本人
      if (((c === 0x6211 && (d === 0x662f || d === 0x4fc2 || d === 0x53eb)) || (c === 0x672c && d === 0x4eba)) && (k === 0 || NAME_BOUNDARY_BEFORE.has(text[k - 1]))) {
        next = k + 2;
        break;
      }
    }
    // (The nickname has two or three characters: a comma after them, or no reading here.)
    const c2 = text.charCodeAt(s + 2);
    const c3 = text.charCodeAt(s + 3);
    if (c2 !== 0xff0c && c2 !== 0x2c && c3 !== 0xff0c && c3 !== 0x2c) continue;
    const m = ALIAS_OPENER.exec(text.slice(s, s + 12));
    if (!m) continue;
    const nEnd = s + m[1].length;
    const fEnd = nEnd + 1 + m[2].length;
    if (bareFullName(text, nEnd + 1, fEnd) && aliasOf(text, s, nEnd, m[2])) {
      pushName(out, s, nEnd);
      out.push({ kind: 'name', start: nEnd + 1, end: fEnd });
    }
  }
}
const ALIAS_OPENER = /^([\u3400-\u9fff]{2,3})[，,]([\u3400-\u9fff]{2,3}?)(?=[，,。；;\s（(]|$)/;

/** What the writer says a word is: someone's online name, nickname or pet name (蒲公英是我的网名, 豆芽是我女儿的小名). */
const NICK_CUE = /网名|網名|昵称|暱稱|小名|乳名|外号|外號|绰号|綽號|微信名|名字|本名|真名|花名|起的名|取的名/g;
const NICK_IS = /是(?:[^，,。；;！!？?\n狗猫貓犬鸟鳥鱼魚店厂廠村路街船车車]{0,6}?(?:的|我|QQ|qq))?(?:网名|網名|昵称|暱稱|小名|乳名|外号|外號|绰号|綽號|微信名|名字|本名|真名|花名|起的名|取的名)/y;
/** "白露是我闺女，", "万家乐是我，": a word said to be the writer or the writer's child. */
/** (Round 16) Roles that end in 主/人/者 (户主, 群主, 负责人): "户主是我" names the role's holder, not a nickname. */
const ROLE_IS_ME = /[主人者]$/;
const KIN_IS = /是我(?:的?(?:闺女|閨女|女儿|女兒|儿子|兒子|孙子|孫子|孙女|孫女|室友|弟弟|哥哥|姐姐|妹妹|弟|哥|姐|妹|老公|老婆|爱人|愛人|丈夫|妻子|表哥|表姐|表弟|表妹|侄子|侄女|外甥|舅舅|舅公))?(?=[，,。；;！!\s]|$)/y;
/** "侯三是…，真名侯德旺": the real name given later, for a word opening the text. */
const REAL_NAME_LATER = /(?:真名|大名|全名|本名|原名|学名|學名|其实叫|其實叫|[，,]叫)[：:是]?/g;
/** Words that open such a sentence but are no one's name. */
const NICK_SUBJECT_NOT = new Set('孩子 小孩 老人 家人 对方 對方 此人 这人 這人 那人 病人 患者 学生 學生 网友 網友 朋友 室友 同学 同學 邻居 鄰居 问题 問題 原因 结果 結果 事情 名字 身份证 身份證 手机 手機 电话 電話'.split(' '));
const NICK_SUBJECT_STOP = new CharSet([...'的是了在和我你他她们們这這那个個些上里裡中说說叫姓名有没沒不也都就还還']);
/** The word from the clause's start to `to` (2–4 Han characters, or a Latin online name), or -1. */
function clauseSubjectStart(text: string, to: number): number {
  let s = to;
  while (s > 0 && to - s < 16 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && text[s - 1] !== '—') s--;
  if (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && text[s - 1] !== '—') return -1;
  const word = text.slice(s, to);
  if (/^[A-Za-z][A-Za-z0-9_.-]{1,15}$/.test(word)) return s;
  if (word.length < 2 || word.length > 4 || NICK_SUBJECT_NOT.has(word) || ALIAS_NOT.has(word) || ALIAS_TITLE_END.test(word)) return -1;
  for (const ch of word) if (!isHan(ch.charCodeAt(0)) || NICK_SUBJECT_STOP.has(ch)) return -1;
  return s;
}
export function scanSaidNicknames(text: string, out: PiiSpan[]) {
  NICK_CUE.lastIndex = 0;
  for (let m = NICK_CUE.exec(text); m; m = NICK_CUE.exec(text)) {
    for (let k = m.index - 1; k >= 0 && m.index - k <= 8; k--) {
      if (text[k] !== '是') continue;
      NICK_IS.lastIndex = k;
      if (NICK_IS.test(text) && NICK_IS.lastIndex === m.index + m[0].length) {
        const s = clauseSubjectStart(text, k);
        if (s >= 0) pushName(out, s, k);
      }
      break;
    }
  }
  for (let k = text.indexOf('是我'); k > 0; k = text.indexOf('是我', k + 2)) {
    KIN_IS.lastIndex = k;
    if (!KIN_IS.test(text)) continue;
    const s = clauseSubjectStart(text, k);
    // (Round 16) "户主是我，", "群主是我": a role the writer holds (…主, …人), not a name.
    if (s >= 0 && k - s <= 3 && isHan(text.charCodeAt(s)) && !ROLE_IS_ME.test(text.slice(s, k))) pushName(out, s, k);
    // "楼下孟宪武是我弟": a full name right before it, wherever the clause starts.
    else if (k >= 3 && text[k + 2] !== '，' && text[k + 2] !== ',' && nameEnd(text, k - 3) === k && likelyName(text, k - 3, k)) pushName(out, k - 3, k);
  }
}
/**
 * "老巩是我们宿舍的舍长，真名巩俊峰", "老馬在批發市場修電動車，…大名馬德山": the text opens with a word said to be
 * someone (X是…) or with a nickname (老/小/阿 and a character), and the real name follows within the next
 * sentences; a nickname without 是 must share a character with it.
 */
export function scanOpeningNickname(text: string, out: PiiSpan[]) {
  let k = text[2] === '是' ? 2 : text[3] === '是' ? 3 : -1;
  const said = k > 0 && clauseSubjectStart(text, k) === 0;
  if (!said) {
    if (text[0] !== '老' && text[0] !== '小' && text[0] !== '阿') return;
    k = text[2] === '头' || text[2] === '頭' || text[2] === '子' ? 3 : 2;
    const nick = text.slice(0, k);
    if (!isHan(text.charCodeAt(1)) || ALIAS_NOT.has(nick) || NICKNAME_NOT.has(nick) || ALIAS_STOP.has(text[1]) || ALIAS_TITLE_END.test(nick)) return;
  }
  REAL_NAME_LATER.lastIndex = k;
  for (let m = REAL_NAME_LATER.exec(text); m && m.index - k <= 48; m = REAL_NAME_LATER.exec(text)) {
    const q = m.index + m[0].length;
    const e = nameEnd(text, q, true);
    if (e - q >= 2 && e - q <= 3 && likelyName(text, q, e) && (said || sharesChar(text.slice(0, k), text.slice(q, e)))) {
      pushName(out, 0, k);
      break;
    }
  }
}
export function scanNickThenReal(text: string, out: PiiSpan[]) {
  for (let m = execAnchored(NICK_THEN_REAL, text, 0); m; m = execAnchored(NICK_THEN_REAL, text, NICK_THEN_REAL.re.lastIndex)) {
    const q = m.index + m[0].length;
    const e = nameEnd(text, q, true);
    if (e - q < 2 || e - q > 3 || !likelyName(text, q, e)) continue;
    const full = text.slice(q, e);
    for (const len of [3, 2]) {
      const s = m.index - len;
      // (Three characters only for 老/小/阿 and two: 包工头刘二 is 刘二.)
      if (s >= 0 && (len === 2 || '老小阿'.includes(text[s])) && aliasOf(text, s, m.index, full) && sharesChar(text.slice(s, m.index), full)) {
        pushName(out, s, m.index);
        pushName(out, q, e);
        break;
      }
    }
  }
}

/** After a signature's name: the writer's standing, after a comma or in brackets, ending the text (——钟晓燕，小学老师; ——柳青（学生家长）). */
const SIGNED_STANDING_AFTER = /^(?:[，,\s]+[^。！？!?\n，,（(]{0,14}|[（(][^（()）\n]{0,24}[）)])[\s。.!！]*$/;
const STANDING_WORD = /居民|村民|市民|业主|業主|住户|住戶|家长|家長|教师|教師|老师|老師|职工|職工|工人|退休|学生|學生|家属|家屬|护工|護工|患者|之子|之女|[儿兒]子|女[儿兒]|孙女|孫女|孙子|孫子|外孙|外孫/;
/** "——黎诗涵妈妈": a child's name signed with the parent's standing. */
const PARENT_AFTER = /^(?:妈妈|媽媽|爸爸|的家长|的家長|家长|家長|奶奶|爷爷|爺爺|外婆|外公)[\s。.!！]*$/;
/** A private standing before a signed name (——買方羅家明, 。保育员焦丽). */
const SIGN_ROLE_BEFORE = /^(?:买方|買方|卖方|賣方|家长|家長|住户|住戶|居民|村民|市民|业主|業主|护工|護工|保育员|保育員|保洁员|保潔員|驾驶员|駕駛員|修理工|职工|職工|网格员|網格員|退休职工|退休職工)/;
const SIGN_ROLE_FIRST = codes('买買卖賣家住居村市业業护護保驾駕修职職网網退');
/**
 * (Round 15) "——吴秀兰（桐子坳村）", "。周玉蘭（在新竹）": the writer's village or where they are now, in brackets after a
 * signed name ending the text (在/住 first, or a village, group, town or compound word last).
 */
const SIGNED_PLACE_AFTER = /^[（(](?:(?:在|住在|住|现居|現居|现住|現住)[^（()）\n]{1,12}|[^（()）\n]{1,12}(?:村|屯|组|組|镇|鎮|乡|鄉|社区|社區|小区|小區))[）)][\s。.!！]*$/;
export function signedStanding(rest: string): boolean {
  return (SIGNED_STANDING_AFTER.test(rest) && STANDING_WORD.test(rest)) || PARENT_AFTER.test(rest) || SIGNED_PLACE_AFTER.test(rest);
}
/**
 * The text's last sentence a name and what the writer is or where they live: "。龚秀英，退休教师",
 * "？宁海波", "。黄启明，凤栖路211号", "。保育员焦丽" — a signature without a dash.
 */
const SIGN_TRAILING = new Uint8Array(65536);
for (const c of ' \t\n\r\u3000。.!！') SIGN_TRAILING[c.charCodeAt(0)] = 1;
const SENTENCE_BREAK = new Uint8Array(65536);
for (const c of '。！？!?\n') SENTENCE_BREAK[c.charCodeAt(0)] = 1;
export function trailingSigned(text: string, out: PiiSpan[]) {
  let end = text.length;
  while (end > 0 && SIGN_TRAILING[text.charCodeAt(end - 1)]) end--;
  let ss = end;
  while (ss > 0 && end - ss < 48 && !SENTENCE_BREAK[text.charCodeAt(ss - 1)]) ss--;
  if (ss === 0 || end - ss >= 48) return;
  let q = ss;
  const role = SIGN_ROLE_FIRST.has(text.charCodeAt(q)) ? SIGN_ROLE_BEFORE.exec(text.slice(q, q + 6)) : null;
  if (role) q += role[0].length;
  if (!(PEOPLE[text.charCodeAt(q)] & P_SURNAME)) return;
  const e = nameEnd(text, q);
  if (e < 0 || e - q < 2 || e - q > 3 || !likelyName(text, q, e)) return;
  const rest = text.slice(e);
  const body = text.slice(e, end);
  if ((role && !body) || signedStanding(rest) || (/^[，,\s][^。！？!?\n]{0,30}$/.test(body) && /[0-9０-９]/.test(body))) pushName(out, q, e);
}


/**
 * (Round 13) Names the writer gives in other ways:
 *   - a married woman by her husband's surname, her own and 氏 (尹王氏, 謝林氏), as care homes list old residents;
 *   - a Hong Kong double surname and a given name after a relative (阿媽陳李玉珍, 家母羅何鳳嬌);
 *   - an English name the writer goes by (我係Amy，, 我是阿Joy，, "Steven，我在澳洲…") and 個名係 (Cantonese "my name is");
 *   - the writer's full name right after 我 and a comma (我刁德才，…), the characters of rural names too (才, 花);
 *   - a name said over again in anger (吳曉麗 吳曉麗 吳曉麗！);
 *   - a nickname after 外号 (外号黄鳝); a child's pet name before 他妈/她爸 (小宝他妈…), not 小刘 or 他妈的;
 *   - a Hong Kong number of 4+4 digits right after the writer's name (我翁嘉欣，9138 2274。).
 * Not: 王氏家族 or 张氏 alone (a clan), 我係IT人 (letters that are no name), 外号叫… (read elsewhere).
 */
/** (Round 19) An age said right after a name: 八十七了, 八十七岁, 87岁. */
const AGE_AFTER_NAME = /^(?:[一二三四五六七八九十]{1,3}(?:岁|歲|了|多)|[0-9０-９]{1,3}(?:岁|歲))/;
const MARRIED_NAME_AFTER = /^(?:[，,。；;！!？?、\s（(）)]|$|住|在|今年|老人|已|的|家|说|說|是|喺|入住|一直|去年|年)/;
const HK_KIN_BEFORE = /(?:阿媽|阿妈|阿爸|家母|家父|我媽|我妈|母親|母亲|父親|父亲|媽媽|妈妈|婆婆|奶奶|嫲嫲|外婆|姑媽|姑妈|太太|老婆|阿嫲|阿婆)$/;
const CHILD_THEN_PARENT = /^(?:妈|媽|爸|爹|娘|奶|爷|爺)/;
const HK_KIN_LAST = new Uint8Array(65536);
for (const c of '媽妈母父親亲婆奶嫲太') HK_KIN_LAST[c.charCodeAt(0)] = 1;
const LATIN_SELF = /(?:我是|我係|我叫|叫我|本人)(阿?[A-Z][a-z]{1,11})(?=[，,。；;！!？?\s（(]|$)/g;
const LATIN_OPENING = /^([A-Z][a-z]{2,11})[，,](?=我)/;
const CANTONESE_NAME_INTRO = /(?:個名係|个名系|我個名係|名叫做)/g;
const APPOSITION_NOT = new CharSet([...'妻夫伴爸妈媽爹娘哥姐弟妹爷爺奶婆公叔伯舅姨姑孙孫侄们們儿兒的是了在和说說']);
const NAME_END_ALSO = new CharSet([...'花才进進收财財']);
export function scanOtherNames(text: string, out: PiiSpan[], hasLetter: boolean) {
  // 尹王氏
  for (let k = sawTriggers & T_XING ? text.indexOf('氏') : -1; k >= 2; k = text.indexOf('氏', k + 1)) {
    if (!SURNAME_SET.has(text[k - 1]) || !SURNAME_SET.has(text[k - 2]) || (k >= 3 && SURNAME_SET.has(text[k - 3]) && !NAME_BOUNDARY_BEFORE.has(text[k - 3]) && !KIN_END_BEFORE_NAME.has(text.charCodeAt(k - 3)) && !/[母父婆奶嫲]/.test(text[k - 3]))) continue;
    if (!MARRIED_NAME_AFTER.test(text.slice(k + 1, k + 3))) continue;
    if (text[k + 1] === '家' && text[k + 2] === '族') continue;
    pushName(out, k - 2, k + 1);
  }
  // 阿媽陳李玉珍
  for (let k = sawTriggers & T_KIN ? 2 : text.length; k + 4 <= text.length; k++) {
    if (!HK_KIN_LAST[text.charCodeAt(k - 1)] || !(PEOPLE[text.charCodeAt(k)] & P_SURNAME) || !(PEOPLE[text.charCodeAt(k + 1)] & P_SURNAME) || !HK_KIN_BEFORE.test(text.slice(Math.max(0, k - 3), k))) continue;
    const g1 = text[k + 2];
    const g2 = text[k + 3];
    if (!GIVEN_SET.has(g1) || !GIVEN_SET.has(g2 ?? '') || NOT_GIVEN.has(g1) || NOT_GIVEN.has(g2)) continue;
    // (Round 19: also what she does or has done for her right after it, 母親關陳秀芳補繳養老保險.)
    if (!MARRIED_NAME_AFTER.test(text.slice(k + 4, k + 6)) && !actionAfter(text, k + 4)) continue;
    pushName(out, k, k + 4);
  }
  if (hasLetter) {
    LATIN_SELF.lastIndex = 0;
    for (let m = LATIN_SELF.exec(text); m; m = LATIN_SELF.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    const o = LATIN_OPENING.exec(text);
    if (o) out.push({ kind: 'name', start: 0, end: o[1].length });
  }
  if (sawTriggers & T_MING && (has(text, '名係') || has(text, '名系') || has(text, '名叫做'))) {
    CANTONESE_NAME_INTRO.lastIndex = 0;
    for (let m = CANTONESE_NAME_INTRO.exec(text); m; m = CANTONESE_NAME_INTRO.exec(text)) {
      const q = m.index + m[0].length;
      const e = nameEnd(text, q, true);
      if (e > q && likelyName(text, q, e)) pushName(out, q, e);
    }
  }
  // 我刁德才，
  for (let p = sawTriggers & T_WO ? text.indexOf('我') : -1; p >= 0 && p < text.length - 4; p = text.indexOf('我', p + 1)) {
    if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
    const q = p + 1;
    const sl = surnameLength(text, q);
    if (sl !== 1 || KIN_NOT_SURNAME.has(text.charCodeAt(q)) || NOT_NAME_WORD.has(text.slice(q, q + 2))) continue;
    const e = q + 3;
    if (text[e] !== '，' && text[e] !== ',') continue;
    let ok = true;
    // (Round 19: 年 after 大/丰/有 …, 我许大年，, is a given name's end.)
    for (let k = q + 1; k < e; k++) if (!isHan(text.charCodeAt(k)) || APPOSITION_NOT.has(text[k]) || (NOT_GIVEN.has(text[k]) && !NAME_END_ALSO.has(text[k]) && !bigYearName(text, k)) || NUMERALS.has(text[k])) ok = false;
    if (ok && !introAt(text, p) && likelyName(text, q, e)) pushName(out, q, e);
  }
  // 吳曉麗 吳曉麗 吳曉麗！
  const sl = surnameLength(text, 0);
  if (sl === 1 && isHan(text.charCodeAt(2)) && (text[3] === ' ' || text[3] === '\u3000' || text[3] === '，' || text[3] === ',') && text.startsWith(text.slice(0, 3), 4)) {
    if (likelyName(text, 0, 3)) pushName(out, 0, 3);
  }
  // "小宝他妈严丽丽说": a child's pet name (小/阿 and a character, or a doubled one) before 他妈/她爸, opening a clause.
  if (sawTriggers & T_PRONOUN) {
    for (let k = text.indexOf('他'), j = text.indexOf('她'); k >= 0 || j >= 0; ) {
      const p = k < 0 ? j : j < 0 ? k : Math.min(k, j);
      // (Not 他妈的, a curse; not 小刘, a surname's polite form that names nobody.)
      if (p >= 2 && CHILD_THEN_PARENT.test(text.slice(p + 1, p + 3)) && text[p + 2] !== '的' && (p === 2 || NAME_BOUNDARY_BEFORE.has(text[p - 3])) && !SURNAME_SET.has(text[p - 1])) {
        const a = text[p - 2];
        const b = text[p - 1];
        if (isHan(b.charCodeAt(0)) && !ALIAS_STOP.has(b) && !ALIAS_NOT.has(a + b) && (((a === '小' || a === '阿') && !'孩伙夥朋'.includes(b)) || (a === b && !DOUBLED_ADVERB.has(a.charCodeAt(0))))) pushName(out, p - 2, p);
      }
      if (p === k) k = text.indexOf('他', k + 1);
      else j = text.indexOf('她', j + 1);
    }
  }
  // 外号黄鳝
  if (sawTriggers & T_HAO) for (const w of ['外号', '外號', '绰号', '綽號']) {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 2)) {
      const q = k + 2;
      let e = q;
      while (e < text.length && e - q < 3 && isHan(text.charCodeAt(e)) && !ALIAS_STOP.has(text[e])) e++;
      if (e - q >= 2 && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === '）' || text[e] === ')')) pushName(out, q, e);
    }
  }
}
/** "我翁嘉欣，9138 2274。": a Hong Kong number (4 + 4 digits, 5/6/9 first) right after a name found. */
const HK_NUMBER_AFTER_NAME = /^[，,\s\u3000]{1,2}([569][0-9]{3}[\s\u3000][0-9]{4})(?![0-9０-９])(?!\s?[元万萬块塊%％人户戶])/;
export function hkNumbersAfterNames(text: string, spans: PiiSpan[]) {
  const n = spans.length;
  for (let k = 0; k < n; k++) {
    const sp = spans[k];
    if (sp.kind !== 'name') continue;
    const m = HK_NUMBER_AFTER_NAME.exec(text.slice(sp.end, sp.end + 14));
    if (m) spans.push({ kind: 'mobile', start: sp.end + m[0].length - m[1].length, end: sp.end + m[0].length });
  }
}
/** At `k` 年 ending a given name after 大 or a wish (大年, 丰年, 有年, 永年), as rural names have it. */
function bigYearName(text: string, k: number): boolean {
  return text[k] === '年' && k > 0 && (text[k - 1] === '大' || NIAN_NAME_FIRST.has(text[k - 1]));
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const aliasesAndSignaturesTables = { KIN_NOT_SURNAME, CTX_AFTER_FULL, CTX_AFTER_ACTION, P_SURNAME, OFFICIAL_RIGHT_BEFORE, ALIAS_STOP, ALIAS_NOT, ALIAS_TITLE_END, ALIAS_KIN_END, ALIAS_ROLE_END, NICK_SUBJECT_NOT, NICK_SUBJECT_STOP, STANDING_WORD, PARENT_AFTER, SIGN_ROLE_BEFORE, AGE_AFTER_NAME, NAME_END_ALSO };
