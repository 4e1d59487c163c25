import type { PiiSpan } from './spans.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, execAnchored, has, hasAny, textTables } from './text.js';
import { ambiguousGiven, ambiguousNameEnd, confirmedNameEnd, elderEnd, givenOnlyEnd, givenOnlyNicknameEnd, type Intro, introsAt, isGiven, likelyName, nameEnd, nameEndingAt, nameWordsTables, neighbourSiblingEnd, nicknameEnd, pushName, reporterStanding, scanNameList, scanTraitNicknames, signedTailPossible, stickyAt, surnameLength, unlistedFullName, widenToCompound } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';
import { actionAfter, aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { namesCuedTables, scanAhNames, scanCalledNicknames, scanGuliNames, scanPeerNicknames, scanPupils, scanSetOffNames, scanSurnameThenName, scanWriterApposition, signedNames } from './names-cued.js';
import { contextNameEnd, kinAndContextCuesTables, scanKinForms } from './kin-and-context-cues.js';
import { namesAsWordsTables } from './names-as-words.js';
import { givenOnlyBeforeFamily, scanGivenOnlyLists } from './given-names-and-nicknames.js';
import { scanContextNames } from './names-in-context.js';
import { scanDealingNicknames, scanDottedNames, scanTransliteratedNames } from './names-by-dealings.js';

const { listedAt, listedCount } = textTables;
const { CLOSING, NAME_AFTER_VERB, NAME_INTRO_BIT, NAME_THEN_CONTACT, PLACE_THEN_NAME, REPORTING_VERB } = anchoredScansTables;
const { ADDRESS_FORM_BEFORE, ADVERB_NAME_WORD, AFTER_LISTED_NAME, AFTER_NAME, AMBIGUOUS_NOT_AFTER_KIN, AMBIGUOUS_SURNAMES, BAR_CELL, BECAME_BEFORE, CLAUSE_END, COMPOUND_FIRST, COMPOUND_FIRST_CODES, CONTACT_WORDS, CUE_AFTER, DIMINUTIVE_END, DOUBLED_KIN, GIVEN_SET, HEAD_AFTER_NAME, KIN_BEFORE_JIAO, LATIN_NAME, LIVES_AT_THE, LIVES_AT_THE_AFTER_ZHU, LOOSE_STOP, MOU_EXCLUDED_AFTER, MOU_EXCLUDED_BEFORE, MOU_NOT_GIVEN, MOU_ORG_AFTER, NAME_BEFORE_PHONE, NAME_BOUNDARY_BEFORE, NEIGHBOUR_HOME_AFTER, NEIGHBOUR_PLACE, NICKNAME_AFTER, NICKNAME_NOT, NOT_GIVEN, NOT_NAME_WORD, NOT_NICK_FIRST, NUMERALS, OPEN_QUOTE, PAST_WHEN_AFTER, PEOPLE, PERSON_WORD_END, PLACE_END, PLACE_NAMES, PLACE_NAME_AFTER, PLACE_NAME_FIRST, REPORTS_AFTER, ROLE_END, SELF_KIN_FORM, SEX_AFTER, SEX_BEFORE, SIGNATURE, SIGNED_TAIL, SURNAME_CODES, SURNAME_SET, TAIL_WINDOW, TITLE_AFTER, TITLE_BEFORE_MOU, VERB_NAME_AFTER, isColonOrSpace, isHan } = nameWordsTables;
const { KIN_NOT_SURNAME, P_SURNAME } = aliasesAndSignaturesTables;
const { P_GIVEN } = kinAndContextCuesTables;
const { PERSON_AFTER_DE, QUOTE_CLOSE, SIGN_PLACE } = namesCuedTables;
const { T_AH, T_CHENG, T_DUN, T_GRADE, T_GU, T_JIAO, T_JING, T_LAO, T_MOU, T_PAREN, T_PRONOUN, T_SEX, T_TITLE, T_WO, T_XING, T_ZHU } = numbersTables;
const { OFFICE_SAID_AFTER } = namesAsWordsTables;

// Names a writer introduces (我是, 村民, 联系人 …), lists of names and names signing off.

export function scanNames(text: string, out: PiiSpan[], numbers: readonly PiiSpan[]) {
  let windowDone = 0;
  // (The text being read: its positions where an introduction may start are listed, and read in order.)
  const listed = text === candText;
  const positions = listedAt(NAME_INTRO_BIT);
  const count = listedCount(NAME_INTRO_BIT);
  let cursor = 0;
  for (let i = 0; i < text.length; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
    }
    const candidates = introsAt(text.charCodeAt(i), text.charCodeAt(i + 1) || 0);
    if (!candidates) continue;
    let found: Intro | null = null;
    for (const w of candidates) {
      if (text.startsWith(w.word, i)) {
        found = w;
        break;
      }
    }
    if (!found) continue;
    const intro = found.word;
    // (Stop 53, pii109 studied) 经营户名单公示: 户 and 名单 (a list), no account's holder after 户名.
    if ((intro === '户名' || intro === '戶名') && (text[i + 2] === '单' || text[i + 2] === '單')) continue;
    // The introduction, then colons or spaces, perhaps 是/叫/为, colons or spaces again.
    // (Stop 30) Or a form's bar, pasted from a table: 姓名｜司夢琪；電話｜….
    let at = i + intro.length;
    const introEnd = at;
    if (found.strong && (text[at] === '｜' || text[at] === '|')) {
      // (Only a cell that is a name: a table's header row, 姓名|车牌号|电话, names nobody.)
      const cell = BAR_CELL.exec(text.slice(at + 1, at + 9));
      const sl = cell ? surnameLength(text, text.indexOf(cell[1], at + 1)) : 0;
      if (!cell || !sl || NOT_NAME_WORD.has(cell[1].slice(0, 2)) || [...cell[1].slice(sl)].some((c) => !GIVEN_SET.has(c))) continue;
      at++;
    }
    while (at < text.length && isColonOrSpace(text[at])) at++;
    if (at < text.length && '是叫為为'.includes(text[at])) {
      at++;
      while (at < text.length && isColonOrSpace(text[at])) at++;
    }
    // "本人叫做韦金花", "老伴儿谭翠英", "網友「陳大文」".
    if (at < text.length && ((text[at] === '做' && text[at - 1] === '叫') || ((text[at] === '儿' || text[at] === '兒') && text[at - 1] === '伴'))) at++;
    const quoted = at < text.length && OPEN_QUOTE.has(text[at]);
    if (quoted) at++;
    // (Round 13) "申請人之子": 之 and a relation, not a name.
    if (text[at] === '之' && at === i + intro.length) continue;
    // "申請人（宋紅旗，62歲）": the name in parentheses right after the introduction.
    else if (at < text.length && at === i + intro.length && (text[at] === '（' || text[at] === '(')) at++;
    // "我舅舅裴德厚", "我姑姑…": the kinship word doubled (the introduction matched its first half).
    if (at < text.length && at === i + intro.length && text[at] === intro[intro.length - 1] && DOUBLED_KIN.has(text.charCodeAt(at))) at++;
    i = at - 1; // the scan goes on after the introduction (or after the name, below)
    if (found.endsXing) {
      // "本人姓名：毕春雷": 姓名 is the introduction (read again from its 姓).
      if (text[at] === '名' && text[at - 1] === '姓') {
        i = at - 2;
        continue;
      }
      // "我姓王": a surname alone identifies nobody (like 王先生); "我姓王名建国" gives the name.
      const sl = surnameLength(text, at);
      // (Round 16) "本人姓湯，名美寶": the given name after a comma.
      const g = sl && (text[at + sl] === '，' || text[at + sl] === ',') && text[at + sl + 1] === '名' && text[at + sl + 2] !== '字' ? at + sl + 1 : at + sl;
      if (sl && (text[g] === '名' || text[g] === '叫')) {
        let e = g + 1;
        while (e < text.length && e - (g + 1) < 2 && isGiven(text.charCodeAt(e), text[e], true)) e++;
        if (e > g + 1 && AFTER_NAME.test(text.slice(e, e + 5))) {
          // (A surname alone identifies nobody: with the comma, the given name only.)
          if (g === at + sl) pushName(out, at, at + sl);
          pushName(out, g + 1, e);
        }
      }
      continue;
    }
    const strong = found.strong;
    let end = nameEnd(text, at, strong);
    // 我妈向领导反映, 我弟全力支持: after a relative, 向/解/全 … start a word more often than a name; only
    // a full name of given-name characters (我侄女解婷芬) — a strong introduction (我叫向明) reads any.
    const wordSurname = !strong && KIN_NOT_SURNAME.has(text.charCodeAt(at));
    if (wordSurname && end - at !== 3) end = -1;
    // "我叫和振邦，", "名叫党玉霞。", "他兒子時曉軍，": a surname that is also a common word, only after a
    // strong or kinship introduction and as a full name that visibly ends.
    // (Also where the introduction is set off by a colon or a space: "举报人 汝国平", "业主：母玉洁。")
    const setOff = at > 0 && isColonOrSpace(text[at - 1]);
    // (Round 16: also where 叫 follows the introduction, "旅館老闆叫習永剛".)
    const calledAfter = text[at - 1] === '叫' && at - 1 >= introEnd;
    // (Round 19: after a relative, also 花/养/水 … where the full name ends the clause, 收件人是我奶奶花桂英，.)
    const kinClauseEnd = text[at] !== '和' && found.kin && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]));
    if (end < 0 && AMBIGUOUS_SURNAMES.has(text[at]) && (strong || setOff || found.endsJiao || calledAfter || kinClauseEnd || (text[at] !== '和' && !AMBIGUOUS_NOT_AFTER_KIN.has(text[at]) && found.kin))) {
      end = ambiguousNameEnd(text, at);
      // 我表弟蓋文濤就在…: after a relative, such a full name and what the person does.
      if (end < 0 && !strong && found.kin && text[at] !== '和' && !AMBIGUOUS_NOT_AFTER_KIN.has(text[at]) && ambiguousGiven(text, at) && actionAfter(text, at + 3)) end = at + 3;
    }
    if (found.confirmable) {
      // A longer reading that a boundary confirms wins (村民楊春來 1350…: 來 is no common given-name character).
      const confirmed = wordSurname ? -1 : confirmedNameEnd(text, at);
      if (confirmed > end) end = confirmed;
      // "村民金山反映": a name that is also a place's, where the person reports.
      if (end < 0 && PLACE_NAME_FIRST.has(text[at]) && PLACE_NAMES.exec(text.slice(at, at + 2))?.[0].length === 2 && stickyAt(REPORTS_AFTER, text, at + 2)) end = at + 2;
      // 我係陳黃美玲，: a married woman's two surnames (Hong Kong style), then her given name, where it visibly ends.
      if (end < 0 && found.writer && surnameLength(text, at) === 1 && SURNAME_CODES.has(text.charCodeAt(at + 1)) && PEOPLE[text.charCodeAt(at + 2)] & P_GIVEN && PEOPLE[text.charCodeAt(at + 3)] & P_GIVEN && AFTER_NAME.test(text.slice(at + 4, at + 9))) end = at + 4;
      // "我是社区干部廖敏，", "本人系石楠镇大垄村村民谭有福。": the writer's own name a few words on.
      if (end < 0 && found.writer) {
        // (A position already looked at by an earlier window gives the same answer: skip it, so the windows stay linear.)
        // (Round 17: up to 24 characters on, 我是石门县柳河镇一个茶叶合作社的理事长戴国平。)
        for (let k = Math.max(at + 1, windowDone); k < text.length && k - at < 24 && !CLAUSE_END.has(text[k]); k = windowDone = k + 1) {
          // (我是鹭鸶村的党秀英，: after 的, also a surname that is a word, as a full name that ends the clause.)
          const wordAfterDe = text[k - 1] === '的' && AMBIGUOUS_SURNAMES.has(text[k]) && !SURNAME_SET.has(text[k]);
          // (Round 16) "我是苧溪鎮的退休工人容建民，": after the writer's standing, a full name whose surname the table
          // lacks, where the clause ends after it.
          if (ROLE_END.has(text[k - 1]) && text[k - 1] !== '的' && unlistedFullName(text, k) && (k + 3 === text.length || CLAUSE_END.has(text[k + 3]))) {
            pushName(out, k, k + 3);
            break;
          }
          if (!(ROLE_END.has(text[k - 1]) || text[k - 1] === '嘅' /* (Round 16) 我係香港嘅陳國樑 */ || ((text[k - 1] === '机' || text[k - 1] === '機') && text[k - 2] === '司')) || !(SURNAME_SET.has(text[k]) || COMPOUND_FIRST.has(text[k]) || text[k] === '老' || text[k] === '小' || wordAfterDe)) continue;
          let e = wordAfterDe ? (ambiguousGiven(text, k) && (k + 3 === text.length || CLAUSE_END.has(text[k + 3])) ? k + 3 : -1) : text[k] === '老' || text[k] === '小' ? nicknameEnd(text, k) : confirmedNameEnd(text, k);
          // (Round 11) "我是状元坊的王阿姨，": the writer by surname and the kinship address she goes by (as 来电人孟大姐).
          if (e < 0 && text[k - 1] === '的' && surnameLength(text, k) === 1 && stickyAt(SELF_KIN_FORM, text, k + 1) && NICKNAME_AFTER.test(text.slice(SELF_KIN_FORM.lastIndex, SELF_KIN_FORM.lastIndex + 3))) e = SELF_KIN_FORM.lastIndex;
          if (e > 0) {
            pushName(out, k, e);
            break;
          }
        }
      }
    }
    // (Round 19) "家父何振聲是…": after the formal 家父/家母, a two-character reading runs on to a third character where the
    // clause ends or 是/在/今年 follows it (a letter names the parent in full).
    if (end === at + 2 && (intro === '家父' || intro === '家母') && isHan(text.charCodeAt(at + 2)) && !NOT_GIVEN.has(text[at + 2]) && !LOOSE_STOP.has(text.charCodeAt(at + 2)) && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || '是在今已'.includes(text[at + 3]))) end = at + 3;
    // (Round 19) "我女儿小名叫豆豆，": after 小名/乳名, a doubled character (a child's pet name) where the clause ends.
    if (end < 0 && (intro === '小名' || intro === '乳名') && text[at] === text[at + 1] && isHan(text.charCodeAt(at)) && !NUMERALS.has(text[at]) && !NOT_GIVEN.has(text[at]) && (at + 2 === text.length || CLAUSE_END.has(text[at + 2]))) end = at + 2;
    // (Stop 51, pii99 studied) "孩子闕淑珍（小名糖糖）": a pet name given in brackets after the child's name, whatever its
    // characters, up to the closing bracket.
    if (end < 0 && (intro === '小名' || intro === '乳名') && at === introEnd && (text[at - 3] === '（' || text[at - 3] === '(')) {
      let c = at;
      while (c < text.length && c - at < 5 && isHan(text.charCodeAt(c))) c++;
      if (c - at >= 1 && c - at <= 4 && (text[c] === '）' || text[c] === ')')) end = c;
    }
    if (end < 0 && found.nickname) end = nicknameEnd(text, at);
    // (Round 19) "鄰居老湯在公交站找到的": right after 邻居, 老 and a surname that also makes a word (老汤 broth, 老方 …) is the neighbour.
    if (end < 0 && (intro === '邻居' || intro === '鄰居') && at === introEnd && text[at] === '老' && surnameLength(text, at + 1) === 1 && NICKNAME_NOT.has(text.slice(at, at + 2)) && !'师師龄齡房成练練'.includes(text[at + 1]) && (NICKNAME_AFTER.test(text.slice(at + 2, at + 5)) || /^[还還也又在帮幫陪替给給跟把]/.test(text[at + 2] ?? ''))) end = at + 2;
    // "来电人孟大姐。": a writer or caller who gives a surname and a kinship address goes by it (汪奶奶, 史大妈 are
    // names so), unlike a polite form (联系人：王女士) or staff at a window (窗口的刘大姐).
    if (end < 0 && found.self && surnameLength(text, at) === 1 && stickyAt(SELF_KIN_FORM, text, at + 1) && NICKNAME_AFTER.test(text.slice(SELF_KIN_FORM.lastIndex, SELF_KIN_FORM.lastIndex + 3))) end = SELF_KIN_FORM.lastIndex;
    // "姓名：斛德贵，", "我叫計福全。": after a strong introduction, a full name whose surname the table lacks, where it visibly ends.
    if (end < 0 && strong && !quoted && unlistedFullName(text, at) && (at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || /[\s0-9０-９（(]/.test(text[at + 3]))) end = at + 3;
    // "落款：獐子嶺村 姚德旺 2026年…": a signature names the writer's village first, then the writer.
    if (end < 0 && found.sign) {
      const place = SIGN_PLACE.exec(text.slice(at, at + 14));
      if (place) {
        const n = at + place[0].length;
        const e = confirmedNameEnd(text, n);
        if (e > 0 && likelyName(text, n, e)) {
          pushName(out, n, e);
          i = e - 1;
          continue;
        }
      }
    }
    // "我舅舅高兴去年就申请了": after a relative, a name that reads as a word (高兴, 文明), then when the person did something.
    if (end < 0 && found.kin && surnameLength(text, at) === 1 && NOT_NAME_WORD.has(text.slice(at, at + 2)) && GIVEN_SET.has(text[at + 1]) && !ADVERB_NAME_WORD.has(text.slice(at, at + 2)) && stickyAt(PAST_WHEN_AFTER, text, at + 2)) end = at + 2;
    // "邻居黑娃说", "老板娘翠花都跟他们熟了", "外号叫铁柱": a nickname or a given name alone.
    if (end < 0 && found.givenOnly) end = givenOnlyNicknameEnd(text, at);
    // "外號叫「大炮」": a nickname in quotation marks, whatever its characters.
    if (end < 0 && found.nicknameWord && OPEN_QUOTE.has(text[at - 1] ?? '')) {
      let c = at;
      while (c < text.length && c - at < 5 && !QUOTE_CLOSE.has(text.charCodeAt(c))) c++;
      if (c - at >= 1 && c - at <= 4 && QUOTE_CLOSE.has(text.charCodeAt(c))) end = c;
    }
    // "我的名字叫宁静，", "我叫成功。": after a strong introduction, a given name alone that reads as a word.
    if (end < 0 && (strong || found.endsJiao)) end = givenOnlyEnd(text, at, true, found.endsJiao);
    // "那個叫阿May的女人", "那个叫二愣的家伙": after 个叫, what the person is called up to 的 and a word for a person, whatever its characters.
    if (end < 0 && found.called) {
      let c = at;
      while (c < text.length && c - at < 7 && text[c] !== '的' && !CLAUSE_END.has(text[c]) && !isColonOrSpace(text[c])) c++;
      if (text[c] === '的' && c - at >= 2 && PERSON_AFTER_DE.test(text.slice(c + 1, c + 4)) && !/什么|什麼|甚么|啥|谁|誰/.test(text.slice(at, c))) end = c;
    }
    // "我儿子Li Wei在…", "家长Zhang Guihua", "同事 Jenny Chen": a name in Latin letters.
    if (end < 0 && text.charCodeAt(at) >= 0x41 && text.charCodeAt(at) <= 0x5a) {
      LATIN_NAME.lastIndex = at;
      const m = LATIN_NAME.exec(text);
      if (m) end = at + m[0].length;
    }
    // 網友「陳大文」: a quoted name ends at the closing quote; a screen name (网友“高山流水”) is masked
    // whole after 网友, and a quoted phrase that only starts like a name is none.
    if (end > 0 && quoted && !QUOTE_CLOSE.has(text.charCodeAt(end))) {
      let c = end;
      while (c < text.length && c - at < 12 && !QUOTE_CLOSE.has(text.charCodeAt(c)) && !CLAUSE_END.has(text[c])) c++;
      end = QUOTE_CLOSE.has(text.charCodeAt(c)) && (intro === '网友' || intro === '網友') ? c : -1;
    }
    if (end > 0) {
      pushName(out, at, end);
      // "村民代表王建国、李四等五人": the names listed after the first.
      while (end + 1 < text.length && (text[end] === '、' || text[end] === '，' && text[end + 1] !== '电' && text[end + 1] !== '電')) {
        let next = nameEnd(text, end + 1);
        if (next < 0 || !AFTER_LISTED_NAME.test(text.slice(next, next + 2))) next = confirmedNameEnd(text, end + 1);
        if (next < 0 || !AFTER_LISTED_NAME.test(text.slice(next, next + 2))) break;
        pushName(out, end + 1, next);
        end = next;
      }
      i = end - 1;
    }
  }
  // "张某某", "王某": a surname with 某 is a person the writer names (not 某个/某些, not 任何某).
  const triggers = sawTriggers;
  for (let at = triggers & T_MOU ? text.indexOf('某') : -1; at >= 0; at = text.indexOf('某', at + 1)) {
    let s = at - 1;
    if (s < 0) continue;
    // (Character codes, not one-character strings: a 1 MB run of 王某 must not allocate per character.)
    if (s >= 1 && COMPOUND_FIRST_CODES.has(text.charCodeAt(s - 1)) && surnameLength(text, s - 1) === 2) s--;
    else if (!SURNAME_CODES.has(text.charCodeAt(s))) continue;
    if (s > 0 && MOU_EXCLUDED_BEFORE.has(text.charCodeAt(s - 1))) continue;
    // "乡党委副书记钱某某", "村会计何某": an official by office, 某 or not, stays (like 村主任刘某).
    // (Stop 34) Also after a colon, as records set the role before it (审判员：王某；书记员：李某, 经手人：周某).
    if (s > 1 && TITLE_BEFORE_MOU.test(text.slice(Math.max(0, s - 5), s).replace(/[:：]\s?$/, ''))) continue;
    let e = at + 1;
    if (text.charCodeAt(e) === 0x67d0) e++; // 某
    if (e < text.length && MOU_EXCLUDED_AFTER.has(text.charCodeAt(e))) continue;
    // "向某培训机构转账", "在某公司上班": 某 before an organisation is "some", not a person.
    if (e === at + 1 && MOU_ORG_AFTER.has(text.charCodeAt(e))) continue;
    // "王某华在村里…": one given-name character kept with 某 (not 王某家, 王某一直, 王某明天).
    else if (e === at + 1 && GIVEN_SET.has(text[e]) && !MOU_NOT_GIVEN.has(text.charCodeAt(e)) && !GIVEN_SET.has(text[e + 1] ?? '')) e++;
    pushName(out, s, e);
    at = e - 1;
  }
  // "大垄村谭有福的儿子", "三组王五反映": a private person after the place they live.
  for (let m = execAnchored(PLACE_THEN_NAME, text, 0); m; m = execAnchored(PLACE_THEN_NAME, text, PLACE_THEN_NAME.re.lastIndex)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at);
    if (end > 0 && !NOT_NAME_WORD.has(text.slice(at, at + 2)) && PLACE_NAME_AFTER.test(text.slice(end, end + 5))) {
      pushName(out, at, end);
      PLACE_THEN_NAME.re.lastIndex = end;
    } else if (NEIGHBOUR_PLACE.test(m[0])) {
      // "隔壁老王", "隔壁的刘大爷", "楼上的张阿姨": a neighbour by nickname or surname and an elder's form of address;
      // "我帮隔壁罗幺妹去开个证明": a neighbour's full name, then what they do.
      let e = Math.max(nicknameEnd(text, at), elderEnd(text, at), neighbourSiblingEnd(text, at));
      if (e < 0) {
        const full = contextNameEnd(text, at);
        CUE_AFTER.lastIndex = full;
        if (full - at >= 3 && CUE_AFTER.test(text)) e = full;
      }
      // 隔壁計福全家的…: a neighbour's full name whose surname the table lacks, then their home.
      if (e < 0 && !(PEOPLE[text.charCodeAt(at)] & P_SURNAME) && unlistedFullName(text, at) && NEIGHBOUR_HOME_AFTER.test(text.slice(at + 3, at + 5))) e = at + 3;
      if (e > 0) pushName(out, at, e);
    }
  }
  // A name before a home address: "…也不回。裴向东，荻花镇橘园村四组31号".
  for (const span of numbers) {
    if (span.kind !== 'address' || span.start < 3) continue;
    const sep = text[span.start - 1];
    if (sep === '，' || sep === ',' || sep === ' ' || sep === '\u3000') nameEndingAt(text, span.start - 1, out);
  }
  // A name before a phone number: "…请查处。王建国 13800138000", "石楠镇李秀英手机：138…".
  for (const span of numbers) {
    if (span.kind === 'address' || span.kind === 'plate' || span.kind === 'name') continue;
    const before = NAME_BEFORE_PHONE.exec(text.slice(Math.max(0, span.start - 16), span.start));
    if (!before) continue;
    let nameEndAt = span.start - before[0].length + before[1].length;
    // (Stop 34) "我的名字X和电话138…": 和 joins the name and the phone's word, no given name's (华和).
    const joined = nameEndAt - before[1].length + 2 < nameEndAt && '和与與及'.includes(text[nameEndAt - 1]) && nameEndAt < span.start && /[电電手微身邮郵卡]/.test(text[nameEndAt]);
    if (joined) nameEndAt--;
    // (Round 16) "王哥电话：186…", "急用钱找强哥 177…": a man or a woman known as surname and 哥/姐 (a nickname, as 老王),
    // giving a number — a private person's contact.
    const kinEnd = /(?:电话|電話|手机|手機)$/.test(before[1]) ? nameEndAt - 2 : nameEndAt;
    const g = kinEnd - 2;
    if (g >= 0 && (text[kinEnd - 1] === '哥' || text[kinEnd - 1] === '姐') && ((surnameLength(text, g) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(g)) && (g === 0 || NAME_BOUNDARY_BEFORE.has(text[g - 1]) || '找叫的'.includes(text[g - 1]))) || (g > 0 && '找叫'.includes(text[g - 1]) && GIVEN_SET.has(text[g]) && !NOT_NICK_FIRST.has(text[g]) && !NOT_GIVEN.has(text[g])))) {
      pushName(out, g, kinEnd);
      continue;
    }
    for (const length of [3, 2, 4]) {
      const s = nameEndAt - length;
      if (s < 0 || s < span.start - before[0].length) continue;
      // "村民 牛文广 136…", "我母亲 禚玉英，电话…": set off by spaces, a full name's characters may be uncommon.
      const setOff = length === 3 && nameEndAt < span.start && (s === 0 || NAME_BOUNDARY_BEFORE.has(text[s - 1]) || PERSON_WORD_END.has(text.charCodeAt(s - 1)));
      // (Set off so, a full name may also have a surname that is a common word: 村民 党红军 135….)
      const ambiguous = setOff && AMBIGUOUS_SURNAMES.has(text[s]) && ambiguousNameEnd(text, s) === nameEndAt;
      // (Review, stop 34: where 和 was trimmed, nameEnd still reads it as the name's, 李华和: one past is the same name.)
      const end = nameEnd(text, s);
      if (ambiguous || ((end === nameEndAt || (joined && length === 2 && end === nameEndAt + 1) || (setOff && nameEnd(text, s, true) === nameEndAt && likelyName(text, s, nameEndAt))) && !NOT_NAME_WORD.has(text.slice(s, s + 2)))) {
        pushName(out, widenToCompound(text, s), nameEndAt);
        break;
      }
    }
  }
  // A name heading the text: "溫德勝 來電：…", "程立華來信：…".
  if (surnameLength(text, 0)) {
    let e = confirmedNameEnd(text, 0);
    // (向上反映: 向/全/解 start words; only a full name heads a text.)
    // (向领导反映: 向/全/解 start words; only a full name of given-name characters heads a text.)
    if (KIN_NOT_SURNAME.has(text.charCodeAt(0)) && (e < 3 || !GIVEN_SET.has(text[1]) || !GIVEN_SET.has(text[2]))) e = -1;
    // (Not "李明（副镇长）…": an official named with the office.)
    if (e > 0 && HEAD_AFTER_NAME.test(text.slice(e, e + 6)) && !((text[e] === '（' || text[e] === '(') && TITLE_AFTER.test(text.slice(e + 1, e + 6)))) pushName(out, 0, e);
  }
  // "…开会，张建国反映…": a name after a clause boundary, reporting.
  for (let m = execAnchored(REPORTING_VERB, text, 0); m; m = execAnchored(REPORTING_VERB, text, REPORTING_VERB.re.lastIndex)) {
    for (const length of [3, 2, 4]) {
      const s = m.index - length;
      // (Round 10: "种粮户谭某某反映", "环卫工龚某某反映": also right after a private person's standing or trade
      // word, not after staff or an official, 工作人员王某反映.)
      if (s < 0 || (s > 0 && !NAME_BOUNDARY_BEFORE.has(text[s - 1]) && !(length === 3 && reporterStanding(text, s)))) continue;
      // 向上反映, 全力举报: 向/全/解 start words; only a full name reports.
      if (KIN_NOT_SURNAME.has(text.charCodeAt(s)) && length < 3) continue;
      if (nameEnd(text, s) === m.index) {
        pushName(out, widenToCompound(text, s), m.index);
        break;
      }
    }
  }
  // A name signing off the text: "…盼早日解决。大垄村五组 谭桂香", "——市民 田甜", "…请查处。王建国".
  // (The date after it may be a day, or a year and a month: "邵红梅 2026年11月".)
  // (Read in the text's last characters only: a signature and a date are short, and a regular
  // expression ending in $ tried at every position of a long text costs more than the rest of the scan.)
  const tailFrom = Math.max(0, text.length - TAIL_WINDOW);
  const tail = signedTailPossible(text) ? SIGNED_TAIL.exec(tailFrom ? text.slice(tailFrom) : text) : null;
  if (tail) {
    const s = tailFrom + tail.index + 1;
    const e = nameEnd(text, s);
    if (e === s + tail[1].length) pushName(out, s, e);
  }
  // "王建国（电话…）", "李秀英，电话…": the name right before contact details.
  // (Only where a contact word is there at all: the expression starts at every comma.)
  for (let m = hasAny(text, CONTACT_WORDS) ? execAnchored(NAME_THEN_CONTACT, text, 0) : null; m; m = execAnchored(NAME_THEN_CONTACT, text, NAME_THEN_CONTACT.re.lastIndex)) {
    for (const length of [4, 3, 2]) {
      const s = m.index - length;
      if (s < 0) continue;
      if (nameEnd(text, s) === m.index) {
        pushName(out, widenToCompound(text, s), m.index);
        break;
      }
    }
  }
  // "此致敬礼！张建国 2014年5月6日", "——王秀英".
  // (Only where a closing word or a dash is there at all: a cheap test before the expression.)
  SIGNATURE.lastIndex = triggers & T_JING || has(text, '—') || has(text, '-') || has(text, '－') ? 0 : text.length;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at, true);
    if (end > 0 && /^[\s,，。.!！]*(?:\d{2,4}\s*[年./-]|[0-9０-９]|$)/.test(text.slice(end, end + 8))) pushName(out, at, end);
    else signedNames(text, at, out);
  }
  // "爷爷叫尤本善，", "孩子妈妈叫闾丘婉婷": a relative's name after 叫.
  for (let at = triggers & T_JIAO ? text.indexOf('叫') : -1; at > 0; at = text.indexOf('叫', at + 1)) {
    // "我们都叫他黑蛋，": what people call someone is a nickname for a private person.
    // "都管他叫大個子，": what people call someone, whatever the characters, where it visibly ends.
    if (at > 1 && (text[at - 1] === '他' || text[at - 1] === '她') && text[at - 2] === '管') {
      let e = at + 1;
      while (e < text.length && e - at <= 4 && text.charCodeAt(e) >= 0x3400 && text.charCodeAt(e) <= 0x9fff && !'的是了在和我你他她们們'.includes(text[e])) e++;
      if (e - at >= 3 && e - at <= 4 && (e === text.length || CLAUSE_END.has(text[e]))) pushName(out, at + 1, e);
      continue;
    }
    // (Round 11) "村里都叫我六子，": what people call the writer, a birth order and 子.
    if ((text[at - 1] === '都' || text[at - 1] === '就') && (text[at + 1] === '我' || text[at + 1] === '俺') && '二三四五六七八九幺'.includes(text[at + 2] ?? '') && text[at + 3] === '子' && stickyAt(CUE_AFTER, text, at + 4)) {
      pushName(out, at + 2, at + 4);
      continue;
    }
    if ((text[at - 1] === '都' || text[at - 1] === '就') && (text[at + 1] === '他' || text[at + 1] === '她')) {
      // (Also in quotes: 都叫她“翠花”，.)
      const q = OPEN_QUOTE.has(text[at + 2] ?? '') ? 1 : 0;
      const e = givenOnlyNicknameEnd(text, at + 2 + q);
      const k = at + 2 + q;
      if (e > 0) pushName(out, k, e);
      // (Round 19) "大家都叫她柳姨，": what people call her, a surname and a kinship address.
      else if (surnameLength(text, k) === 1 && !KIN_NOT_SURNAME.has(text.charCodeAt(k)) && '姨姐哥叔婶嬸嫂伯'.includes(text[k + 1] ?? '。') && (k + 2 === text.length || CLAUSE_END.has(text[k + 2]) || QUOTE_CLOSE.has(text.charCodeAt(k + 2)))) pushName(out, k, k + 2);
      else if (q && (text[at + 5] === '”' || text[at + 5] === '」') && !NOT_NICK_FIRST.has(text[at + 3]) && DIMINUTIVE_END.has(text[at + 4])) pushName(out, at + 3, at + 5);
      continue;
    }
    // (老二叫金星, 老三叫常青: a family's children by birth order.)
    if (!KIN_BEFORE_JIAO.has(text.charCodeAt(at - 1)) && !(at > 1 && text[at - 2] === '老' && /[大二三四五六七八九幺]/.test(text[at - 1]))) continue;
    let s = at + 1;
    if (text[s] === '做') s++;
    while (s < text.length && isColonOrSpace(text[s])) s++;
    // (和振邦, 党玉霞: a surname that is also a word, accepted after kinship and 叫 as a full name.)
    let e = surnameLength(text, s) ? Math.max(nameEnd(text, s), confirmedNameEnd(text, s)) : AMBIGUOUS_SURNAMES.has(text[s]) ? ambiguousNameEnd(text, s) : -1;
    // (我弟弟叫成功，, 我儿子叫强强: a given name alone, though it reads as a word.)
    if (e < 0) e = givenOnlyEnd(text, s, true, true);
    if (e > 0) pushName(out, s, e);
  }
  // "——赶集的老苗", "…请查处。邻居老王": a nickname signing off the text.
  {
    let e = text.length;
    while (e > 0 && /[\s。.!！]/.test(text[e - 1])) e--;
    const s = e - 2;
    if (s > 0 && (text[s] === '老' || text[s] === '小') && nicknameEnd(text, s) === e) {
      const before = text.slice(Math.max(0, s - 12), s);
      if (/[—－\-。！!]/.test(before) && /[的民人工户戶友居—－\-。！!\s]$/.test(before)) pushName(out, s, e);
    }
  }
  // "王五敬上", "王秀蘭 謹上": a name before a letter's closing formula.
  for (let m = execAnchored(CLOSING, text, 0); m; m = execAnchored(CLOSING, text, CLOSING.re.lastIndex)) {
    let end = m.index;
    while (end > 0 && isColonOrSpace(text[end - 1])) end--;
    nameEndingAt(text, end, out);
  }
  // "张三、李四和王五三户", "刘德胜、孙桂兰、何秀英几户": a list of names.
  for (let at = triggers & T_DUN ? text.indexOf('、') : -1; at >= 0; at = text.indexOf('、', at + 1)) at = scanNameList(text, at, out);
  // "找了王建军，", "把杨德明打了": a full name after a verb, where it visibly ends.
  for (let m = execAnchored(NAME_AFTER_VERB, text, 0); m; m = execAnchored(NAME_AFTER_VERB, text, NAME_AFTER_VERB.re.lastIndex)) {
    const s = m.index + m[0].length;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e - s >= 3 && likelyName(text, s, e) && VERB_NAME_AFTER.test(text.slice(e, e + 3)) && !OFFICE_SAID_AFTER.test(text.slice(e, e + 24))) {
      pushName(out, s, e);
      NAME_AFTER_VERB.re.lastIndex = e;
    }
  }  // "系统里打出来变成了周明远，": a full name a record turned another into.
  for (let p = triggers & T_CHENG ? text.indexOf('成了') : -1; p > 0; p = text.indexOf('成了', p + 2)) {
    if (!BECAME_BEFORE.has(text.charCodeAt(p - 1))) continue;
    const s = p + 2;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e - s >= 3 && likelyName(text, s, e) && VERB_NAME_AFTER.test(text.slice(e, e + 3))) pushName(out, s, e);
  }

  // "我（张建华）", "村民（李四）": a name in parentheses after a person.
  for (const open of triggers & T_PAREN ? ['（', '('] : []) {
    for (let at = text.indexOf(open, 1); at > 0; at = text.indexOf(open, at + 1)) {
      // (Also after a form of address: "陳太（陳美玲）", "万女士（万秀英）".)
      if (!PERSON_WORD_END.has(text.charCodeAt(at - 1)) && !ADDRESS_FORM_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
      const s = at + 1;
      const e = nameEnd(text, s, true);
      if (e > 0 && (text[e] === '）' || text[e] === ')') && likelyName(text, s, e)) pushName(out, s, e);
    }
    // "本人王思远（Wang Siyuan）": a name, then the same name in Latin letters.
    for (let at = text.indexOf(open, 2); at > 0; at = text.indexOf(open, at + 1)) {
      const c = text.charCodeAt(at + 1);
      if (!(c >= 0x41 && c <= 0x5a)) continue;
      LATIN_NAME.lastIndex = at + 1;
      const m = LATIN_NAME.exec(text);
      if (!m || !/[)）]/.test(text[at + 1 + m[0].length] ?? '')) continue;
      for (const length of [3, 2, 4]) {
        const s = at - length;
        if (s >= 0 && nameEnd(text, s, true) === at && likelyName(text, s, at)) {
          pushName(out, at + 1, at + 1 + m[0].length);
          break;
        }
      }
    }
  }
  // "13800138000 马红梅", "电话13800138000（王建国）": a name right after a phone number.
  for (const span of numbers) {
    if (span.kind !== 'mobile' && span.kind !== 'landline' && span.kind !== 'email' && span.kind !== 'qq' && span.kind !== 'wechat') continue;
    let s = span.end;
    while (s < text.length && s - span.end < 2 && (isColonOrSpace(text[s]) || '，,、/（('.includes(text[s]))) s++;
    if (!surnameLength(text, s)) continue;
    const e = nameEnd(text, s);
    if (e > 0 && (e === text.length || CLAUSE_END.has(text[e]) || /[\s）)]/.test(text[e])) && likelyName(text, s, e)) pushName(out, s, e);
  }
  // "。邢建国，男，56岁": a name followed by the person's sex.
  // (indexOf on 男 and 女 is several times cheaper than a regex over every comma.)
  for (let k = triggers & T_SEX ? 0 : 2, sex = '男'; k < 2; k++, sex = '女') {
    for (let p = text.indexOf(sex, 1); p > 0; p = text.indexOf(sex, p + 1)) {
      if (!SEX_BEFORE.has(text.charCodeAt(p - 1)) || !SEX_AFTER.has(text.charCodeAt(p + 1))) continue;
      const end = p - 1;
      nameEndingAt(text, end, out);
    }
  }
  // "家住东风村的李秀英".
  // (Both need 住: a cheap test before the expressions.)
  const zhu = (triggers & T_ZHU) !== 0;
  LIVES_AT_THE.lastIndex = zhu ? 0 : text.length;
  for (let m = LIVES_AT_THE.exec(text); m; m = LIVES_AT_THE.exec(text)) {
    const at = m.index + m[0].length;
    const end = nameEnd(text, at);
    // (Round 10) "住在河西那边的康乐苑，": a reading that ends like a compound or a place (苑, 园, 湾) is where, not who.
    if (end > 0 && !(end - at >= 3 && PLACE_END.has(text[end - 1]))) pushName(out, at, end);
  }
  for (let p = zhu ? text.indexOf('住') : -1; p >= 0; p = text.indexOf('住', p + 1)) {
    if (p > 0 && !NAME_BOUNDARY_BEFORE.has(text[p - 1])) continue;
    LIVES_AT_THE_AFTER_ZHU.lastIndex = p + 1;
    const m = LIVES_AT_THE_AFTER_ZHU.exec(text);
    if (!m) continue;
    const at = p + 1 + m[0].length;
    const end = nameEnd(text, at);
    if (end > 0 && !(end - at >= 3 && PLACE_END.has(text[end - 1]))) pushName(out, at, end);
  }
  if (triggers & T_LAO) scanTraitNicknames(text, out);
  // "王大娘七十多了", "何二婶", "秦老伯说": a private person by surname and an elder's form of address.
  scanKinForms(text, out);
  // "张桂兰家的低保", "跟孙建军一起去", "阎德山说": a full name that context, not an introduction, shows.
  scanContextNames(text, out);
  // (scanContextNames also reads names that read as words, given names alone and village nicknames.)
  if (triggers & T_DUN) scanGivenOnlyLists(text, out);
  // "这是海燕和她男人一起写的", "春燕她妈说": a given name alone, then the person's own family.
  if (triggers & T_PRONOUN) for (const pronoun of ['她', '他']) for (let p = text.indexOf(pronoun, 2); p > 0; p = text.indexOf(pronoun, p + 1)) givenOnlyBeforeFamily(text, p, out);
  if (triggers & T_WO) scanWriterApposition(text, out);
  if (triggers & T_GRADE) scanPupils(text, out);
  if (triggers & T_AH) scanAhNames(text, out);
  // (Minority names are read in scanContextNames' pass, minorityNameAt; 帕提古丽 here.)
  if (triggers & T_GU) scanGuliNames(text, out);
  if (triggers & (T_XING | T_TITLE)) scanSurnameThenName(text, out, triggers);
  if (triggers & T_JIAO) scanCalledNicknames(text, out);
  // (Round 10.)
  if (has(text, ' ') || has(text, '\u3000')) scanSetOffNames(text, out);
  if (has(text, '友')) scanPeerNicknames(text, out);
  // (Round 11.)
  scanDealingNicknames(text, out);
  if (has(text, '·') || has(text, '・') || has(text, '•')) scanDottedNames(text, out);
  scanTransliteratedNames(text, out);
}
