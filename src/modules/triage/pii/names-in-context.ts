import type { PiiSpan } from './spans.js';
import { anchoredScansTables } from './anchored-scans.js';
import { candText, textTables } from './text.js';
import { likelyName, nameEnd, nameWordsTables, pushName, stickyAt, surnameLength } from './name-words.js';
import { actionAfter, aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { minorityNameAt, namesCuedTables, wordSurnameNameEnd } from './names-cued.js';
import { contextNameEnd, kinAndContextCuesTables, nameBeforeJoin } from './kin-and-context-cues.js';
import { namesAsWordsTables, quotedName, wordNameAt } from './names-as-words.js';
import { givenNamesAndNicknamesTables, givenOnlyAt, nicknameAt } from './given-names-and-nicknames.js';

const { listedAt, listedCount } = textTables;
const { CONTEXT_BIT } = anchoredScansTables;
const { CLAUSE_END, CUE_AFTER, GIVEN_SET, JOIN_IN_WORD, LIST_JOIN, MACHINE_NOT_DRIVER, NAME_BOUNDARY_BEFORE, NOT_GIVEN, OFFICIAL_WORD_BEFORE, PEOPLE, P_PERSON_LEFT, P_WORD_SURNAME, isColonOrSpace } = nameWordsTables;
const { NICK_SECOND, P_EXTRA, P_GIVEN_CUE_LAST, P_NICK_FIRST } = givenNamesAndNicknamesTables;
const { CTX_AFTER_ACTION, CTX_AFTER_FULL, KIN_NOT_SURNAME, OFFICIAL_RIGHT_BEFORE, P_SURNAME } = aliasesAndSignaturesTables;
const { P_NOT_GIVEN, P_WORD_AFTER, P_WORD_SURNAME_ALL } = namesAsWordsTables;
const { CLAUSE_OPENER_BEFORE, CTX_AFTER_POSSESSIVE, CTX_CUE, CTX_STRONG_CUE, JOIN_CHARS, KIN_BEFORE_WORD_SURNAME, KIN_WORD_BEFORE, P_ACTION_FIRST, P_CTX_LEFT, P_CUE_LAST, P_GIVEN, P_OPENER_LAST, P_RIGHT_FIRST, REPORTER_KIN_BEFORE, SINGLE_GIVEN, VERB_BEFORE_NAME } = kinAndContextCuesTables;
const { CTX_AFTER, MINORITY_FIRST, MINORITY_SECOND, SHI_IN_WORD } = namesCuedTables;

// Names without an introduction word, where what stands around them shows a private person.

export function scanContextNames(text: string, out: PiiSpan[]) {
  const len = text.length;
  // (The text being read: only its positions of characters the pass reads on from, CONTEXT_BIT, in order.)
  const listed = text === candText;
  const positions = listedAt(CONTEXT_BIT);
  const count = listedCount(CONTEXT_BIT);
  let cursor = 0;
  for (let i = 0; i + 1 < len; i++) {
    if (listed) {
      while (cursor < count && positions[cursor] < i) cursor++;
      if (cursor === count) break;
      i = positions[cursor];
      if (i + 1 >= len) break;
    }
    const here = PEOPLE[text.charCodeAt(i)];
    // (One pass for the readers below: names that read as words, "写成了“董梅”", 转告海燕, 二狗子.)
    const code = text.charCodeAt(i);
    if (here & P_EXTRA) {
      let j = i;
      // (Cheap tests first, so that most characters cost a few table lookups.)
      const c1 = text.charCodeAt(i + 1);
      const n1 = PEOPLE[c1];
      const n2 = i + 2 < len ? PEOPLE[text.charCodeAt(i + 2)] : 0;
      // (A name reads on only where what follows it can start a person's context: P_WORD_AFTER two on, or three on after a full name.)
      if (here & (P_SURNAME | P_WORD_SURNAME_ALL) && c1 >= 0x3400 && c1 <= 0x9fff && (n1 & P_GIVEN || !(n1 & P_NOT_GIVEN)) && (i + 2 === len || n2 & P_WORD_AFTER || c1 === 0x5bb6 || (here & P_WORD_SURNAME_ALL && n2 & P_GIVEN)) && (here & P_WORD_SURNAME_ALL || (i === 0 ? P_CTX_LEFT : PEOPLE[text.charCodeAt(i - 1)]) & (P_CTX_LEFT | P_CUE_LAST | P_PERSON_LEFT))) j = wordNameAt(text, i, here, out);
      if (j === i && here & P_GIVEN_CUE_LAST && n1 & P_GIVEN && n2 & P_GIVEN) j = givenOnlyAt(text, i + 1, out);
      if (j === i && here & P_NICK_FIRST) {
        if (code === 0x5c0f ? n1 & P_SURNAME : NICK_SECOND.has(c1) || c1 === 0x5b50) j = nicknameAt(text, i, out);
        if (j === i && MINORITY_SECOND[c1] && MINORITY_FIRST[code]) j = minorityNameAt(text, i, out);
      }
      if (j > i) {
        i = j;
        continue;
      }
    } else if (code === 0x201c || code === 0x300c || code === 0x300e || code === 0x22) {
      const j = quotedName(text, i, out);
      if (j > i) {
        i = j;
        continue;
      }
    }
    if (!(here & P_SURNAME)) {
      // 牧国华家的, 暴国旺家房子: a surname that is also a word (wordSurnameNameEnd).
      if (here & P_WORD_SURNAME) {
        const e = wordSurnameNameEnd(text, i);
        if (e > 0) {
          pushName(out, i, e);
          i = e - 1;
        }
      }
      continue;
    }
    // 向, 解, 全 … start words (向领导, 解决, 全家) more often than names: only a full name right after a
    // relative or a person word (我侄女解婷芬, 俺大伯向云晓, 我家向思伟), see below.
    const wordSurname = KIN_NOT_SURNAME.has(text.charCodeAt(i));
    if (wordSurname && !(i > 0 && (PEOPLE[text.charCodeAt(i - 1)] & (P_CUE_LAST | P_PERSON_LEFT)))) continue;
    // (Cheap first: a boundary, function word or cue's end before; a given-name character, then what may follow a name.)
    const prev = i > 0 ? PEOPLE[text.charCodeAt(i - 1)] : P_CTX_LEFT;
    const cueChar = i > 0 && ((prev & P_CUE_LAST) !== 0 || (i > 1 && isColonOrSpace(text[i - 1]) && (PEOPLE[text.charCodeAt(i - 2)] & P_CUE_LAST) !== 0) || (i > 1 && text[i - 1] === '了' && text[i - 2] === '除'));
    // (A clause opener or a kinship word only matters before a full name: two given-name characters follow.)
    const prevOpen = i > 1 && (prev & P_OPENER_LAST) !== 0 && (PEOPLE[text.charCodeAt(i + 1)] & P_GIVEN) !== 0 && (PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) !== 0;
    if (!(prev & (P_CTX_LEFT | P_PERSON_LEFT)) && !cueChar && !prevOpen) continue;
    // (Without a given-name character next, only a strong cue (转告, 其子, @) lets any characters follow.)
    if (!(PEOPLE[text.charCodeAt(i + 1)] & P_GIVEN) && !(PEOPLE[text.charCodeAt(i + 2)] & P_GIVEN) && !(cueChar && CTX_STRONG_CUE.test(text.slice(Math.max(0, i - 6), i)))) continue;
    if (!prevOpen && i + 4 < len && !(PEOPLE[text.charCodeAt(i + 2)] & P_RIGHT_FIRST) && !(PEOPLE[text.charCodeAt(i + 3)] & (P_RIGHT_FIRST | P_ACTION_FIRST)) && !(PEOPLE[text.charCodeAt(i + 4)] & (P_RIGHT_FIRST | P_ACTION_FIRST))) continue;
    const joinInWord = i > 1 && JOIN_CHARS.has(text.charCodeAt(i - 1)) && JOIN_IN_WORD.has(text.charCodeAt(i - 2));
    const leftChar = i > 0 && (prev & P_CTX_LEFT) !== 0 && !joinInWord;
    const window = cueChar ? text.slice(Math.max(0, i - 6), i) : '';
    const cue = cueChar && !joinInWord && CTX_CUE.test(window);
    const strong = cueChar && CTX_STRONG_CUE.test(window);
    const personLeft = i > 0 && (prev & P_PERSON_LEFT) !== 0 && !OFFICIAL_WORD_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !MACHINE_NOT_DRIVER.test(text.slice(Math.max(0, i - 2), i));
    const before6 = cueChar ? window : prevOpen ? text.slice(Math.max(0, i - 6), i) : '';
    const opener = prevOpen && CLAUSE_OPENER_BEFORE.test(before6);
    const kinBefore = prevOpen && KIN_WORD_BEFORE.test(before6);
    if (i > 0 && !leftChar && !cue && !strong && !personLeft && !opener && !kinBefore) continue;
    if (wordSurname && !strong && !personLeft && !(cue && KIN_BEFORE_WORD_SURNAME.test(window))) continue;
    let e = contextNameEnd(text, i);
    // 佢個仔陳家明, 我儿子李家豪: after a relative, 家 in the middle is a given name's, not a family's.
    if (e < 0 && kinBefore && text[i + 1] === '家' && nameEnd(text, i) === i + 3 && likelyName(text, i, i + 3)) e = i + 3;
    // 陆琴和丁新是…: a two-character name paired with one that reads as a name by itself is a name
    // whatever its given-name character (丁新, 廖川, 边国), as is the first of the pair (nameBeforeJoin).
    if (e < 0 && i > 2 && LIST_JOIN.has(text[i - 1])) {
      const e2 = contextNameEnd(text, i, false, true);
      if (e2 > 0 && e2 - i === 2 && nameBeforeJoin(text, i, false) >= 0) e = e2;
    }
    let ok = false;
    if (e > 0) {
      CTX_AFTER.lastIndex = e;
      ok = CTX_AFTER.test(text);
      if (!ok && (cue || (personLeft && e - i >= 3))) {
        CUE_AFTER.lastIndex = e;
        ok = CUE_AFTER.test(text);
      }
      // "这件事是尚海燕最先发现的", "还有鲍德明每天…": after a cue, a full name and what the person did.
      if (!ok && cue && e - i >= 3) ok = actionAfter(text, e);
      const clauseStart = i === 0 || personLeft || opener || NAME_BOUNDARY_BEFORE.has(text[i - 1]) || text[i - 1] === '的' || text[i - 1] === '说' || text[i - 1] === '說';
      if (!ok && e - i >= 3 && clauseStart) {
        CTX_AFTER_FULL.lastIndex = e;
        ok = CTX_AFTER_FULL.test(text);
        if (!ok) {
          CTX_AFTER_ACTION.lastIndex = e;
          ok = CTX_AFTER_ACTION.test(text);
        }
      }
      // "…受伤的龐德旺。", "报案的冉小芳要…": a full name after 的 that visibly ends.
      if (!ok && e - i >= 3 && text[i - 1] === '的' && (e === len || CLAUSE_END.has(text[e]) || /^(?:却|卻|要|又)/.test(text[e]))) ok = true;
      // 宫德福的拖拉机, 贺春兰家一分没拿到: a full name of common given-name characters, then 的/家.
      if (!ok && e - i >= 3 && e - i === surnameLength(text, i) + 2 && (clauseStart || leftChar || cue || kinBefore)) {
        CTX_AFTER_POSSESSIVE.lastIndex = e;
        ok = CTX_AFTER_POSSESSIVE.test(text);
      }
      // 我二舅边德福种的烟, 表嫂凌秀英生孩子: after a relative, a full name whatever follows.
      if (!ok && kinBefore && e - i >= 3) ok = true;
      // (Round 10) "來電人稱其父馮某某現轉縣醫院": the same after the caller's relative said with 其.
      if (!ok && strong && e - i >= 3 && REPORTER_KIN_BEFORE.test(window)) ok = true;
      // "要找汤建平签字", "让房金凤先交": after a verb that takes a person, a full name and an action.
      if (!ok && e - i >= 3 && i > 0 && VERB_BEFORE_NAME.has(text.charCodeAt(i - 1))) ok = stickyAt(CUE_AFTER, text, e) || actionAfter(text, e);
      // 是X: only a full name that visibly ends (楼长是焦淑芬，), not 是王府井.
      // (CTX_AFTER is sticky: read it at e in the text, not in a slice with a stale lastIndex.)
      if (ok && text[i - 1] === '是' && !stickyAt(CTX_AFTER, text, e) && !SHI_IN_WORD.test(before6) && !(e - i >= 3 && (CLAUSE_END.has(text[e] ?? '。') || actionAfter(text, e) || (e - i === surnameLength(text, i) + 2 && text[e] === '家' && stickyAt(CTX_AFTER_POSSESSIVE, text, e))))) ok = false;
      // A two-character name (王芳) needs both: a cue or a boundary before, and what the person does after.
      if (ok && e - i < 3 && i > 0 && !NAME_BOUNDARY_BEFORE.has(text[i - 1]) && !cue) ok = false;
    }
    // 其子丁浩然在…, 转告付玉洁：…, @李晓燕 : after such a cue the given name may be any characters.
    if (!ok && strong) {
      for (const anyEnd of [contextNameEnd(text, i, true), e]) {
        if (anyEnd < 0) continue;
        CUE_AFTER.lastIndex = anyEnd;
        if (CUE_AFTER.test(text)) {
          e = anyEnd;
          ok = true;
          break;
        }
      }
    }
    if (!ok) continue;
    // (Round 16) "村主任叫鄒長林，": an official's name given after the title (as 村主任鄒長林) stays.
    if (text[i - 1] === '叫' && OFFICIAL_RIGHT_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    if (wordSurname && !(e - i === 3 && GIVEN_SET.has(text[i + 1]) && GIVEN_SET.has(text[i + 2]) && !NOT_GIVEN.has(text[i + 1]) && !NOT_GIVEN.has(text[i + 2]))) continue;
    // 王芳和李强是…: the name before 和/跟/、 is the other person.
    if (i > 1 && LIST_JOIN.has(text[i - 1])) {
      const s = nameBeforeJoin(text, i, e - i === 2 && SINGLE_GIVEN.has(text[e - 1]));
      if (s >= 0) pushName(out, s, i - 1);
    }
    // 马达和他媳妇: 和/跟/与 before a pronoun joins the person to their family, it ends no given name.
    if (e - i === surnameLength(text, i) + 2 && '和跟与與同'.includes(text[e - 1]) && '他她我俺其'.includes(text[e] ?? '')) e--;
    pushName(out, i, e);
    i = e - 1;
  }
}
