import type { PiiSpan } from './spans.js';
import { CharSet, unitSetsTables } from './unit-sets.js';
import { ambiguousGiven, confirmedNameEnd, digit, likelyName, nameEnd, nameWordsTables, nicknameEnd, pushName, stickyAt, surnameLength } from './name-words.js';
import { numbersTables } from './numbers.js';
import { aliasesAndSignaturesTables, bareFullName, introAt, signedStanding } from './aliases-and-signatures.js';

const { codes } = unitSetsTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, CONFIRMABLE_INTRO, CUE_AFTER, FAMOUS, GIVEN_ONLY_INTRO, GIVEN_SET, INTRO_LISTS, KIN_END_BEFORE_NAME, KIN_INTRO, LATIN_NAME, LOOSE_STOP, NAME_BOUNDARY_BEFORE, NICKNAME_INTRO, NICKNAME_WORD_INTRO, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, OFFICIAL_WORD_BEFORE, OPEN_QUOTE, PEOPLE, PERSON_WORD_END, SELF_INTRO, STRONG_INTRO, SURNAME_SET, WRITER_INTRO, isColonOrSpace, isHan } = nameWordsTables;
const { T_TITLE, T_XING } = numbersTables;
const { AGE_AFTER_NAME, KIN_NOT_SURNAME, PARENT_AFTER, P_SURNAME, SIGN_ROLE_BEFORE } = aliasesAndSignaturesTables;

// Names set off by a county's and a district's cues (round 10), minority names by their parts, pupils, signatures.

// ---------------------------------------------------------------------------------------------
// Round 10: cues that a county's and a district's inbox showed (dev8, dev9).

/**
 * Last characters of a standing, a part or a place a writer puts before a name set off by spaces, as
 * SMS lines and signatures write (考生 X, 退伍老兵 X, 申请执行人 X, 种粮户 X, 外地游客 X, 来办事的 X,
 * 某某村 X): the space stands for the comma a letter would have.
 */
const SET_OFF_ROLE_END = codes('生兵人户戶客民工友属屬的村组組者农農');
/**
 * …not an official's, staff's or a professional's role (医生, 社工, 记者, 负责人, 经办人, 发言人), a word (卫生,
 * 先生), or 的 after an office or a duty (镇政府的, 分管的): those stay.
 */
const SET_OFF_ROLE_NOT = /(?:医生|醫生|先生|卫生|衛生|社工|记者|記者|负责人|負責人|责任人|責任人|经办人|經辦人|承办人|承辦人|发言人|發言人|主持人|审批人|審批人|工作者|管理者|(?:局|所|府|委|办|辦|站|中心|院|科|队|隊|处|處|分管|负责|負責|主管|经办|經辦)的)$/;
/** 考生 阙某某 的父亲, 退伍老兵 鄢某某，: a full name between the role's space and a space, a boundary, a number or the end. */
/** (Round 16) The writer introducing their own trade before a handle: 我是 / 本人 / 俺是 at the role's start. */
const SELF_BEFORE_ROLE = /(?:我是|我係|俺是|本人)/;
export function scanSetOffNames(text: string, out: PiiSpan[]) {
  const len = text.length;
  for (let p = 1; p + 1 < len; p++) {
    const sp = text[p];
    if (sp !== ' ' && sp !== '\u3000') continue;
    const r = text.charCodeAt(p - 1);
    // (Round 16: also a driver, "我是货车司机 阿斌".)
    if (!SET_OFF_ROLE_END.has(r) && !((r === 0x673a || r === 0x6a5f) && text[p - 2] === '司')) continue;
    // (The role is a word of two to eight Han characters: "黛山人社 养老转移" ends in no person word.)
    let s = p - 1;
    while (s > 0 && p - s < 8 && isHan(text.charCodeAt(s - 1))) s--;
    if (p - s < 2 || SET_OFF_ROLE_NOT.test(text.slice(Math.max(0, p - 4), p)) || OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, p - 4), p))) continue;
    const q = p + 1;
    let e = -1;
    const c = text.charCodeAt(q);
    if (c >= 0x41 && c <= 0x5a) {
      // 外地游客 Li Ming，: a name in Latin letters.
      LATIN_NAME.lastIndex = q;
      const m = LATIN_NAME.exec(text);
      if (m) e = q + m[0].length;
    } else if (surnameLength(text, q)) {
      e = Math.max(nameEnd(text, q), confirmedNameEnd(text, q));
      if (e > 0 && !likelyName(text, q, e)) e = -1;
    } else if (c === 0x963f /* 阿 */ && isHan(text.charCodeAt(q + 1)) && !AH_KIN.has(text[q + 1]) && SELF_BEFORE_ROLE.test(text.slice(Math.max(0, s - 3), s + 2))) {
      // (Round 16) "我是送水工 阿輝，", "我是货车司机 阿斌": the writer's handle after their own trade.
      e = q + 2;
    }
    if (e < 0 || !(e === len || isColonOrSpace(text[e]) || CLAUSE_END.has(text[e]) || digit(text.charCodeAt(e)) >= 0)) continue;
    pushName(out, q, e);
    p = e;
  }
}

/** "车友老金 QQ…", "球友小邓说": a peer by what the two share (车友, 球友, 牌友, 钓友, 战友), named by a nickname. */
export function scanPeerNicknames(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('友', 1); p > 0; p = text.indexOf('友', p + 1)) {
    if (!isHan(text.charCodeAt(p - 1))) continue;
    const q = isColonOrSpace(text[p + 1] ?? '') ? p + 2 : p + 1;
    const e = nicknameEnd(text, q);
    if (e > 0) {
      pushName(out, q, e);
      p = e - 1;
    }
  }
}

const ROLE_NICKNAME_END = /(?:书记|書記|老师|老師|大姐|大哥|主任|镇长|鎮長|乡长|鄉長|县长|縣長|局长|局長|村长|村長|干部|幹部|领导|領導|所长|所長|队长|隊長|医生|醫生|校长|校長|官|长|長)$/;
/** "大家都叫他“黑皮”", "村里人叫她「二嫂」": a quoted nickname someone is called by, whatever its characters. */
export function scanCalledNicknames(text: string, out: PiiSpan[]) {
  for (let k = text.indexOf('叫'); k >= 0; k = text.indexOf('叫', k + 1)) {
    const p = text[k + 1];
    // (Many call him so: 大家叫他, 都叫她, 村里人叫他 — not 他叫他“快点走”, an order.)
    if ((p !== '他' && p !== '她') || !'都家们們人也'.includes(text[k - 1] ?? '')) continue;
    let at = k + 2;
    if ('做作为為'.includes(text[at] ?? '')) at++;
    if (!OPEN_QUOTE.has(text[at] ?? '')) continue;
    let c = at + 1;
    while (c < text.length && c - at <= 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
    // (A nickname for an official's or a helper's role, 签到书记, 视频老师, 知心大姐, names the role, not a private person.)
    if (c - at >= 2 && c - at <= 5 && QUOTE_CLOSE.has(text.charCodeAt(c)) && !ROLE_NICKNAME_END.test(text.slice(at + 1, c))) pushName(out, at + 1, c);
  }
}

// Tibetan, Uyghur and Mongolian names are written in Chinese characters by sound (扎西顿珠, 阿依古丽,
// 巴特尔): no surname, but a small set of name syllables, joined by 2 or more, or with a middle dot.
const SIGN_INTRO = /^(?:落款|署名|签名|簽名)$/;
/** The writer's village, group or town before the name in a signature, set off by a space or a colon. */
const SIGN_PLACE = /^[\u3400-\u9fff]{1,8}?(?:村|组|組|镇|鎮|乡|鄉|屯|寨|社区|社區|小区|小區)[\s:：]+/;
const CALLED_INTRO = new Set(['个叫', '個叫', '位叫']);
// (The introductions' answers, now that every expression they ask is made.)
for (const list of INTRO_LISTS) {
  for (const intro of list) {
    const w = intro.word;
    intro.strong = STRONG_INTRO.test(w);
    intro.kin = KIN_INTRO.test(w);
    intro.confirmable = CONFIRMABLE_INTRO.test(w);
    intro.writer = WRITER_INTRO.has(w.slice(0, 2));
    intro.nickname = NICKNAME_INTRO.test(w);
    intro.self = SELF_INTRO.test(w);
    intro.sign = SIGN_INTRO.test(w);
    intro.givenOnly = GIVEN_ONLY_INTRO.has(w);
    intro.nicknameWord = NICKNAME_WORD_INTRO.has(w);
    intro.called = CALLED_INTRO.has(w);
  }
}
const PERSON_AFTER_DE = /^(?:女人|男人|人|老头|老頭|老太|小伙|小夥|姑娘|孩子|师傅|師傅|家伙|傢伙|男的|女的|小子|保姆|保安|司机|司機|租客|租户|租戶|老人|老板|老闆|女孩|男孩)/;
/** "姓缪，缪德顺", "我姓靳，靳晓雯": a surname stated, then the full name that starts with it (the surname alone stays). */
export function scanSurnameThenName(text: string, out: PiiSpan[], triggers: number) {
  for (let k = triggers & T_XING ? text.indexOf('姓') : -1; k >= 0; k = text.indexOf('姓', k + 1)) {
    const sl = surnameLength(text, k + 1);
    if (!sl) continue;
    let at = k + 1 + sl;
    if (text[at] !== '，' && text[at] !== ',' && text[at] !== '、') continue;
    at++;
    if (text.substr(at, sl) !== text.substr(k + 1, sl)) continue;
    const e = confirmedNameEnd(text, at);
    if (e > at + sl) pushName(out, at, e);
  }
  // "靳女士，靳晓雯": a form of address, then the full name with the same surname.
  for (const form of triggers & T_TITLE ? ['女士', '先生', '小姐'] : []) {
    for (let k = text.indexOf(form, 1); k > 0; k = text.indexOf(form, k + 2)) {
      if (!SURNAME_SET.has(text[k - 1]) || !'，,、 '.includes(text[k + 2] ?? '。') || text[k + 3] !== text[k - 1]) continue;
      const e = confirmedNameEnd(text, k + 3);
      if (e > k + 4) pushName(out, k + 3, e);
    }
  }
  // "其母蒲田氏", "奶奶李王氏": a married woman named by her husband's and her own surname and 氏.
  for (let k = triggers & T_XING ? text.indexOf('氏', 2) : -1; k > 0; k = text.indexOf('氏', k + 1)) {
    if (!SURNAME_SET.has(text[k - 2]) || !SURNAME_SET.has(text[k - 1]) || text[k - 2] === text[k - 1]) continue;
    const b = k >= 3 ? text.charCodeAt(k - 3) : 0x3002;
    if (!(KIN_END_BEFORE_NAME.has(b) || NAME_BOUNDARY_BEFORE.has(text[k - 3] ?? '。') || b === 0x7684 /* 的 */ || b === 0x4eb2 /* 亲 */ || b === 0x89aa /* 親 */)) continue;
    // (Round 16: also 一個人 after it, 老母親柴王氏一個人在家.)
    // (Round 19: also her age right after it, 我婆婆钱陈氏八十七了.)
    if (isHan(text.charCodeAt(k + 1)) && !'的在于於说說家今已和与與也都是'.includes(text[k + 1]) && !(text[k + 1] === '一' && '个個'.includes(text[k + 2] ?? '')) && !AGE_AFTER_NAME.test(text.slice(k + 1, k + 6))) continue;
    pushName(out, k - 2, k + 1);
  }
}

/** Name components: Tibetan, Uyghur (and 古丽, which ends women's names), Mongolian; both scripts. */
const MINORITY_PARTS = (
  '扎西|紮西|次仁|多吉|卓玛|卓瑪|顿珠|頓珠|达瓦|達瓦|格桑|旦增|丹增|拉姆|央金|平措|索朗|洛桑|德吉|曲珍|普布|巴桑|边巴|邊巴|次旦|尼玛|尼瑪|强巴|強巴|白玛|白瑪|措姆|仁青|益西|桑杰|桑傑|才让|才讓|卓嘎|央宗|拉巴|米玛|米瑪|' +
  '买买提|買買提|麦麦提|麥麥提|艾买提|艾買提|吐尔逊|吐爾遜|阿不都|阿卜杜|阿布都|热合曼|熱合曼|阿力木|玉素甫|尼亚孜|尼亞孜|吾斯曼|塔依尔|塔依爾|热依拉|熱依拉|帕丽旦|帕麗旦|阿娜尔|阿娜爾|艾力|依明|肉孜|努尔|努爾|迪丽|迪麗|阿依|祖丽|祖麗|古丽|古麗|' +
  '巴特尔|巴特爾|其其格|格日勒|额尔敦|額爾敦|斯琴|萨仁|薩仁|阿拉坦|敖登|道尔吉|道爾吉|满都拉|滿都拉|乌日娜|烏日娜|宝音|寶音|图雅|圖雅|朝鲁|朝魯|乌云|烏雲|孟和|苏和|蘇和|巴图|巴圖|其木格|' +
  // 古丽娜尔; Yi clan names (吉克, 沙马, 阿苏) and given names (阿呷, 拉且, 木呷, 阿果, 阿惹).
  '娜尔|娜爾|吉克|沙马|沙馬|阿苏|阿蘇|阿呷|拉且|木呷|阿果|阿惹|' +
  // (Round 16) Norbu, Dongzhi (Amdo Tibetan) and the Mongolian Khas- (哈斯其木格, 哈斯巴根).
  '诺布|諾布|东智|東智|哈斯|' +
  // (Round 24) Kham Tibetan components (四郎多吉, 泽仁旺姆, 洛绒扎巴, 格绒多吉, 贡布次仁, 降央尼玛, 扎西彭措).
  '彭措|泽仁|澤仁|降央|四郎|洛绒|洛絨|格绒|格絨|贡布|貢布|旺姆|翁姆|曲措|扎巴|泽郎|澤郎|根秋|登巴|多杰|多傑'
).split('|');
/** Components that are ordinary words or places alone (乌云 a dark cloud, 才让 "only then let", 格桑花): only beside another component. */
const MINORITY_NOT_ALONE = new Set('彭措 泽仁 澤仁 降央 四郎 洛绒 洛絨 格绒 格絨 贡布 貢布 旺姆 翁姆 曲措 扎巴 泽郎 澤郎 根秋 登巴 多杰 多傑 诺布 諾布 东智 東智 哈斯 娜尔 娜爾 吉克 沙马 沙馬 阿苏 阿蘇 阿呷 拉且 木呷 阿果 阿惹 其木格 才让 才讓 乌云 烏雲 格桑 洛桑 尼玛 尼瑪 孟和 苏和 蘇和 白玛 白瑪 边巴 邊巴 拉巴 德吉 平措 阿依 迪丽 迪麗 祖丽 祖麗 古丽 古麗 努尔 努爾 艾力 依明 肉孜 斯琴 宝音 寶音 图雅 圖雅 巴图 巴圖 朝鲁 朝魯 敖登 萨仁 薩仁 拉姆 次旦 米玛 米瑪 达瓦 達瓦 普布 巴桑 措姆 仁青 益西 桑杰 桑傑 央宗 卓嘎 曲珍 强巴 強巴 多吉 央金'.split(' '));
const MINORITY_FIRST = new Uint8Array(65536);
const MINORITY_SECOND = new Uint8Array(65536);
/** The components by their first character, longest first. */
const MINORITY_BY_FIRST = new Map<number, string[]>();
for (const w of MINORITY_PARTS) {
  MINORITY_FIRST[w.charCodeAt(0)] = 1;
  MINORITY_SECOND[w.charCodeAt(1)] = 1;
  const list = MINORITY_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  MINORITY_BY_FIRST.set(w.charCodeAt(0), list);
}
for (const list of MINORITY_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
/** Components read only after another (烏雲其木格, 吉克阿呷, 古丽娜尔): their first characters (其, 木, 拉, 娜) start too many words to be looked at alone. */
const MINORITY_AFTER_ONLY = new Set('其木格 娜尔 娜爾 拉且 木呷'.split(' '));
/** The component at `i`, or ''. */
function minorityPartAt(text: string, i: number): string {
  if (!MINORITY_FIRST[text.charCodeAt(i)]) return '';
  for (const w of MINORITY_BY_FIRST.get(text.charCodeAt(i))!) if (text.charCodeAt(i + 1) === w.charCodeAt(1) && text.startsWith(w, i)) return w;
  return '';
}
/** After a minority name read alone: what a person does or has (在, 说, 的, 家, 带着, a boundary). */
/** (Round 19) An elder's or a brother's address after a minority name: 强巴老人, 巴特爾大哥, 卓玛阿妈. */
const MINORITY_ELDER_AFTER = /(?:老人|大哥|大叔|大姐|大嫂|大爷|大爺|大娘|大妈|大媽|阿妈|阿媽|阿爸|老阿妈|老阿媽)/y;
const MINORITY_AFTER = /(?:$|[，,。；;！!？?、\s：:）)”」]|[（(][男女]|的|家|说|說|在|带着|帶著|和|跟|把|被|也|都|是|今年|去年|一家|夫妇|夫婦|[她他])/y;
/** At `i` a minority name's first component: the name masked where it reads as one; returns the last index it took, or `i`. */
export function minorityNameAt(text: string, i: number, out: PiiSpan[]): number {
  const first = minorityPartAt(text, i);
  if (!first || MINORITY_AFTER_ONLY.has(first)) return i;
  // (Inside a word or another name: 才让 in 刚才让, 巴特尔 in a longer transcription.)
  // (Round 19: also after 同事, 我同事扎西平措.)
  if (i > 0 && isHan(text.charCodeAt(i - 1)) && !NAME_BOUNDARY_BEFORE.has(text[i - 1]) && !PERSON_WORD_END.has(text.charCodeAt(i - 1)) && !'的叫是有和跟把被给給让讓找问問民'.includes(text[i - 1]) && !(text[i - 1] === '事' && text[i - 2] === '同')) return i;
  let e = i + first.length;
  let parts = 1;
  for (;;) {
    const dot = text[e] === '·' || text[e] === '・' || text[e] === '•' || text[e] === '.' ? 1 : 0;
    const next = minorityPartAt(text, e + dot);
    if (!next) break;
    e += dot + next.length;
    parts++;
  }
  if (parts === 1 && (first === '古丽' || first === '古麗')) return i;
  // "阿依古丽": 古丽 ends a woman's name.
  if (parts === 1 && e + 2 <= text.length && (text.startsWith('古丽', e) || text.startsWith('古麗', e))) {
    e += 2;
    parts++;
  }
  // (Round 19) "拉隆村的强巴老人", "巴特爾大哥": before an elder's or a brother's address, also a component that is a word alone.
  // (A word alone, 乌云, 才让 "only then let", only after 的: 拉隆村的强巴老人, not 才让大哥先走.)
  const elder = stickyAt(MINORITY_ELDER_AFTER, text, e) && (!MINORITY_NOT_ALONE.has(first) || (text[i - 1] === '的' && first !== '才让' && first !== '才讓'));
  if (parts === 1 && !elder && (MINORITY_NOT_ALONE.has(first) || !stickyAt(MINORITY_AFTER, text, e))) return i;
  pushName(out, i, e);
  return e - 1;
}
/** "帕提古丽": two syllables outside the table, then 古丽, where a person's context follows. */
export function scanGuliNames(text: string, out: PiiSpan[]) {
  for (const suffix of ['古丽', '古麗']) {
    for (let p = text.indexOf(suffix, 2); p > 0; p = text.indexOf(suffix, p + 2)) {
      const s = p - 2;
      if (!isHan(text.charCodeAt(s)) || !isHan(text.charCodeAt(s + 1)) || LOOSE_STOP.has(text.charCodeAt(s)) || LOOSE_STOP.has(text.charCodeAt(s + 1))) continue;
      if (!stickyAt(MINORITY_AFTER, text, p + 2)) continue;
      pushName(out, s, p + 2);
    }
  }
}

/** After a pupil's name: the parent or the pupil as such. */
// (Stop 35: also ending the text, a signature's pupil: 孩子高二(4)班路一鸣.)
const PUPIL_AFTER = /^(?:的(?:家长|家長|妈妈|媽媽|爸爸|父亲|父親|母亲|母親|爷爷|爺爺|奶奶|外婆|外公)|家长|家長|同学|同學|小朋友|[，,。；;、（(\s]|$)/;
/** A pupil's name after a class or a grade (三年级童语桐的家长, 初二3班 李浩然同学). */
export function scanPupils(text: string, out: PiiSpan[]) {
  for (const mark of ['级', '級', '班']) {
    for (let p = text.indexOf(mark, 1); p > 0; p = text.indexOf(mark, p + 1)) {
      // (Cheap first: a grade's 年 or numeral, or a class's number, right before; 上班, 加班 are no class.)
      const b = text.charCodeAt(p - 1);
      if (!(b === 0x5e74 /* 年 */ || NUMERALS.has(text[p - 1]) || digit(b) >= 0 || b === 0x29 || b === 0xff09)) continue;
      let s = p + 1;
      if (text[s] === ' ' || text[s] === '\u3000') s++;
      if (!surnameLength(text, s)) continue;
      // (The grade itself: a numeral and 年级, a class number and 班.)
      if (!/(?:[一二三四五六七八九1-9１-９]年[级級]|[初高][一二三](?:年[级級])?|[一二三四五六七八九十0-9０-９][)）]?班)$/.test(text.slice(Math.max(0, p - 3), p + 1))) continue;
      const e = nameEnd(text, s, true);
      if (e - s < 2 || !likelyName(text, s, e) || FAMOUS.has(text.slice(s, e)) || !PUPIL_AFTER.test(text.slice(e, e + 4))) continue;
      pushName(out, s, e);
    }
  }
}

/** 表弟阿强一家, 邻居阿珍说: 阿 and a given-name character for a private person, after a relative or a neighbour. */
const AH_BEFORE = /(?:邻居|鄰居|同事|朋友|工友|老乡|老鄉|同学|同學|表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|[我俺](?:老公|老婆|弟弟|哥哥|姐姐|妹妹|儿子|兒子|女儿|女兒|侄子|侄女|外甥)|细佬|細佬|家姐)$/;
const AH_NOT_SECOND = codes('姨婆公爸妈媽哥姐嫂伯叔嫲嬷爷爺奶仔女弟妹舅妹爹娘们們');
export function scanAhNames(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('阿', 2); p > 0; p = text.indexOf('阿', p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (!GIVEN_SET.has(text[p + 1] ?? '') || AH_NOT_SECOND.has(c) || NUMERALS.has(text[p + 1]) || NOT_GIVEN.has(text[p + 1])) continue;
    if (!AH_BEFORE.test(text.slice(Math.max(0, p - 4), p))) continue;
    if (!stickyAt(CUE_AFTER, text, p + 2) && !/^(?:一家|家)/.test(text.slice(p + 2, p + 4))) continue;
    pushName(out, p, p + 2);
  }
}
/** Where a signature's place ends (——葛藤村向春妮, ——騾馬村勾秋英、勾大成): a village, group, town or compound. */
const SIGN_PLACE_END = codes('村组組镇鎮乡鄉屯寨区區苑');
/** (Round 17) After a signature's names: the writer's plate (——任曉東，車牌豫W·3K752). */
const SIGNED_PLATE_AFTER = /^[，,]\s*(?:车牌|車牌)/;
/** (Round 17) A village post the writer signs with, between the place and the name (——大灣村文書周小蘭). */
const SIGN_ROLE_AFTER_PLACE = /^(?:文书|文書|会计|會計|支书|支書|书记|書記|主任|村医|村醫|组长|組長|网格员|網格員|村民|居民|党员|黨員|理事长|理事長|社长|社長|妇女主任|婦女主任)/;
/** After a signature's names: the end, a date, or a comma and the writer's address or number (no sentence after). */
const SIGNED_NAMES_AFTER = /^[\s。.!！]*(?:$|[0-9０-９]{2,4}\s*[年./\-])|^[，,\s]+[^。！？!?\n]{0,40}$/;
/**
 * After a signature's dash: the writer's place, then one or more names (a surname that is also a
 * word only as a full name), closing the text; all the names are masked.
 */
export function signedNames(text: string, at: number, out: PiiSpan[]) {
  if (text.length - at > 64) return;
  const read = (q: number): number => {
    if (KIN_NOT_SURNAME.has(text.charCodeAt(q)) || (AMBIGUOUS_SURNAMES.has(text[q]) && !SURNAME_SET.has(text[q]))) return ambiguousGiven(text, q) ? q + 3 : -1;
    const e = nameEnd(text, q, true);
    return e > 0 && likelyName(text, q, e) ? e : -1;
  };
  let q = at;
  // (Round 13) "——黎诗涵妈妈": a child's full name, then the parent who signs.
  const child = q + 3;
  if (surnameLength(text, q) === 1 && bareFullName(text, q, child) && PARENT_AFTER.test(text.slice(child))) {
    pushName(out, q, child);
    return;
  }
  // (Round 13) "——買方羅家明": a private standing before the name.
  const role = read(q) < 0 ? SIGN_ROLE_BEFORE.exec(text.slice(q, q + 6)) : null;
  if (role && read(q + role[0].length) > 0) q += role[0].length;
  if (read(q) < 0) {
    q = -1;
    // (Round 13: also a street number, ——明珠路17号葛红.)
    for (let k = at + 2; k < text.length && k - at <= 12 && (isHan(text.charCodeAt(k - 1)) || digit(text.charCodeAt(k - 1)) >= 0); k++) {
      const houseNumber = (text[k - 1] === '号' || text[k - 1] === '號') && digit(text.charCodeAt(k - 2)) >= 0;
      // (Round 17) "——大灣村文書周小蘭": the post the writer holds in the village, then the name.
      const post = SIGN_PLACE_END.has(text.charCodeAt(k - 1)) ? SIGN_ROLE_AFTER_PLACE.exec(text.slice(k, k + 5)) : null;
      if (post && read(k + post[0].length) > 0) {
        q = k + post[0].length;
        break;
      }
      if ((SIGN_PLACE_END.has(text.charCodeAt(k - 1)) || houseNumber) && read(k) > 0) {
        q = k;
        // (The street and its number signed before the name are the writer's home.)
        if (houseNumber && /[路街巷道弄]/.test(text.slice(at, k))) out.push({ kind: 'address', start: at, end: k });
        break;
      }
    }
    if (q < 0) return;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let e = read(q); e > 0 && starts.length < 6; e = read(q)) {
    starts.push(q);
    ends.push(e);
    if ((text[e] === '、' || text[e] === '和') && e + 1 < text.length) q = e + 1;
    else break;
  }
  if (!starts.length) return;
  // (Any digits in what follows the comma belong to the signature: a flat, a phone, a date.)
  const rest = text.slice(ends[ends.length - 1]);
  // (Round 13: or the writer's standing, ——钟晓燕，小学老师, ——柳青（学生家长）; a child's name before 妈妈.)
  // (Round 17) "——任曉東，車牌豫W·3K752，有照片…": the writer's own plate after the name.
  if (!signedStanding(rest) && !SIGNED_PLATE_AFTER.test(rest) && (!SIGNED_NAMES_AFTER.test(rest) || (!/^[\s。.!！]*(?:$|[0-9０-９])/.test(rest) && !/[0-9０-９]/.test(rest)))) return;
  for (let k = 0; k < starts.length; k++) pushName(out, starts[k], ends[k]);
}

/** A full name of a surname and two common given-name characters at `s` (or a compound surname's four); its end, or -1. */
export function fullNameAt(text: string, s: number): number {
  const sl = surnameLength(text, s);
  if (!sl || KIN_NOT_SURNAME.has(text.charCodeAt(s))) return -1;
  const e = nameEnd(text, s);
  if (e !== s + sl + 2 || !likelyName(text, s, e) || FAMOUS.has(text.slice(s, e))) return -1;
  for (let k = s + sl; k < e; k++) if (!GIVEN_SET.has(text[k]) || NOT_GIVEN.has(text[k]) || NUMERALS.has(text[k])) return -1;
  return e;
}

/**
 * "，我艾小芳在菜市场…", "我聶紅梅家被偷了", "大家都叫我郗老栓。": the writer puts their own full name
 * right after 我 (or says what people call them).
 */
export function scanWriterApposition(text: string, out: PiiSpan[]) {
  for (const pronoun of ['我', '俺']) {
    for (let p = text.indexOf(pronoun); p >= 0; p = text.indexOf(pronoun, p + 1)) {
      const s = p + 1;
      if (!(PEOPLE[text.charCodeAt(s)] & P_SURNAME)) continue;
      // 叫我郗老栓。: what people call the writer, a name or a nickname that ends the clause.
      if (p > 0 && text[p - 1] === '叫') {
        const e = nameEnd(text, s);
        if (e - s >= 3 && (e === text.length || CLAUSE_END.has(text[e])) && likelyName(text, s, e) && !FAMOUS.has(text.slice(s, e))) pushName(out, s, e);
        continue;
      }
      // (Stop 53, pii108 studied) 是我X家的: what belongs to the writer's household, by the writer's full name (这头母猪是我缪平安家的).
      if (p > 0 && text[p - 1] === '是' && !introAt(text, p)) {
        const e = fullNameAt(text, s);
        if (e > 0 && text[e] === '家') pushName(out, s, e);
        continue;
      }
      if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
      // (我孙子芮小宝: a relative, read by the introductions.)
      if (introAt(text, p)) continue;
      const e = fullNameAt(text, s);
      if (e > 0) pushName(out, s, e);
    }
  }
}

/** Surnames that are also words (党, 牧, 母 …, and 暴, 盖 that the table leaves out; not 时/水/养, which start
 * too many phrases: 时光真的, 水平高的): without an introduction, only as a full name of two common
 * given-name characters where what follows shows a person. */
const WORD_SURNAME_CODES = codes('党黨习習母农農花牧汝蓬暴盖蓋');
/**
 * "牧国华家的羊圈", "暴国旺家房子塌了", "是蓋紅梅的小叔子": at a clause's start (or after 的/是), such a
 * surname and two common given-name characters, then 家/的 and what a person has.
 */
export function wordSurnameNameEnd(text: string, i: number): number {
  if (i + 3 >= text.length) return -1;
  const prev = i > 0 ? text[i - 1] : '，';
  if (!NAME_BOUNDARY_BEFORE.has(prev) && prev !== '的' && !(prev === '是' && !SHI_IN_WORD.test(text.slice(Math.max(0, i - 3), i)))) return -1;
  const a = text[i + 1];
  const b = text[i + 2];
  if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NOT_GIVEN.has(a) || NOT_GIVEN.has(b) || '小大老家子儿兒'.includes(a) || NUMERALS.has(a) || NUMERALS.has(b) || a === b) return -1;
  if (NOT_NAME_WORD.has(text.slice(i, i + 2)) || FAMOUS.has(text.slice(i, i + 3))) return -1;
  // (What a person has or is, not any 的: 暴风雪的影响 is weather.)
  return stickyAt(CTX_AFTER, text, i + 3) ? i + 3 : -1;
}
/** After a full name: what the person has, does or says (张桂兰家的, 马兰花她儿子, 阎德山说, 孙建军一起). */
const CTX_AFTER = /(?:同学|同學|小朋友|家(?:低保|最|很|太|穷|窮|的|那|里|裡|门|門|孩|娃|老|房|屋|地|男|媳|闺|閨|去年|今年|前年|一直|也|都|被|是|有|没|沒|住)|打了|打电话|打電話|打过|打過|[她他](?:们|們|儿|兒|女|男|老|妈|媽|爸|爹|娘|家|说|說|媳|闺|閨|丈|妻|爱|愛|孙|孫|婆|公|爷|爺|奶|哥|姐|弟|妹|叔|舅|姑|姨)|的(?:儿子|兒子|女儿|女兒|老婆|丈夫|老伴|男人|媳妇|媳婦|妈|媽|爸|孩子|父亲|父親|母亲|母親|孙子|孫子|孙女|孫女|侄子|侄女|外甥|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|兒媳|公公|婆婆|小叔子|小姑子|小舅子|小姨子|大伯子|家人|邻居|鄰居|房|地|低保|户口|戶口|医保|醫保|养老|養老|补贴|補貼|承包|宅基|鱼塘|魚塘|猪圈|豬圈|院子)|说|說|讲|講|一起|一块|一塊|两口子|兩口子|老两口|老兩口|夫妇|夫婦|两姐妹|兩姐妹|两兄弟|兩兄弟|兄弟[俩倆二两兩]|姐妹[俩倆二两兩]|当场|當場|亲眼|親眼|亲耳|親耳|被|也是|是我|和我|跟我|同我|[和跟][他她]|一家|老人|老太|老头|老頭|老汉|老漢|(?:这|這|那)(?:样|樣)的|(?:这|這|那)(?:种|種)|\s?收(?:$|[。！!\s，,])|的(?:家长|家長|班主任|同桌))/y;
/** 是 in a conjunction or adverb (可是, 还是, 就是), not the copula "is". */
const SHI_IN_WORD = /(?:可|但|还|還|就|只|于|於|总|總|也|都|要不|若|倒|硬|要)是$/;
const QUOTE_CLOSE = codes('”」』"');
const AH_KIN = new CharSet([...'姨婆公爸妈媽伯叔嫂哥姐弟妹爷爺嬤嫲嬷奶爹娘舅']);

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const namesCuedTables = { SIGN_PLACE, PERSON_AFTER_DE, MINORITY_PARTS, MINORITY_FIRST, MINORITY_SECOND, MINORITY_AFTER_ONLY, MINORITY_AFTER, AH_NOT_SECOND, WORD_SURNAME_CODES, CTX_AFTER, SHI_IN_WORD, QUOTE_CLOSE, AH_KIN };
