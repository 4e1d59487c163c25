import type { PiiSpan } from './spans.js';
import { unitSetsTables } from './unit-sets.js';
import { nameWordsTables, pushName, stickyAt, surnameLength } from './name-words.js';
import { aliasesAndSignaturesTables } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';
import { kinAndContextCuesTables } from './kin-and-context-cues.js';
import { namesAsWordsTables } from './names-as-words.js';

const { P_GIVEN, SINGLE_GIVEN, flag } = kinAndContextCuesTables;
const { codes } = unitSetsTables;
const { GIVEN_ONLY_AFTER, GIVEN_SET, GIVEN_WORD_STOP, HOUSEHOLD_COUNT, LIST_JOIN, NAME_BOUNDARY_BEFORE, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, PEOPLE, SURNAME_CODES, SURNAME_SET } = nameWordsTables;
const { LIST_JOIN_OR_HELP, PERSON_AFTER, P_NOT_GIVEN, P_WORD_SURNAME_ALL } = namesAsWordsTables;
const { MINORITY_AFTER_ONLY, MINORITY_PARTS, SHI_IN_WORD } = namesCuedTables;
const { P_SURNAME } = aliasesAndSignaturesTables;

// Given names alone and village nicknames.

// ---------------------------------------------------------------------------------------------
// Given names alone (海燕, 建国) and village nicknames (二狗子, 胖嫂, 傻娃): no surname to anchor on, so
// only right after a word that takes a person (转告, 告诉, 叫上, 找了, 我和, a relative) or as a
// list counted in households (志强、春花、建国三家).

/** Words after which a given name alone is a person: verbs that take one, a relative, 我和. */
const GIVEN_ONLY_CUE = /(?:转告|轉告|告诉|告訴|通知|叫上|找了|找过|找過|[我俺]和|[我俺]跟|媳妇|媳婦|老婆|老公|丈夫|妻子|爱人|愛人|儿子|兒子|女儿|女兒|闺女|閨女|弟弟|妹妹|哥哥|姐姐|侄子|侄女|外甥|孙子|孫子|孙女|孫女|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟)$/;
/** Last characters of those cues (a table lookup per character before the expression). */
const P_GIVEN_CUE_LAST = 32768;
flag(codes('告诉訴知上了过過和跟妇婦婆公夫子人儿兒女弟妹哥姐侄甥孙孫'), P_GIVEN_CUE_LAST);
/** After such a cue: what only a person is followed by (一声, 帮忙, 两个人, 在…). */
const GIVEN_ONLY_STRONG_AFTER = /^(?:一声|一聲|一起|一块|一塊|帮忙|幫忙|两个人|兩個人|俩|倆)/;
/** Village nicknames: a birth order and a pet word (二狗子, 三娃), a trait and a kin or pet word (胖嫂, 傻娃). */
const VILLAGE_NICKNAME = /(?:[二三四五六七八九幺](?:狗子|狗|蛋|娃|毛|丫|妞|柱|愣子|愣|虎子)|[傻胖瘦矮憨瘸哑啞聋聾秃禿麻](?:娃|蛋|妞|丫|嫂|婶|嬸))/y;
/** Traits before 子 in a village nickname (黑子, 胖子), read only after the village or the neighbours. */
const TRAIT_ZI_FIRST = codes('黑胖瘦矮憨');
// (Round 16: also 邻居二愣子.)
const NICKNAME_PLACE_BEFORE = /(?:村里|村裡|组里|組裡|组的|組的|村的|屯里|屯裡|楼下的|樓下的|隔壁的|对门的|對門的|隔壁|对门|對門|邻居|鄰居)$/;
/** "修车的小马哥说": 小 and a surname and 哥/姐, for a private person known so. */
const LITTLE_BROTHER = /小[\u3400-\u9fff](?:哥|姐)/y;

/** At `at - 1` a cue's last character: a given name alone at `at`; returns the last index it took, or at - 1. */
export function givenOnlyAt(text: string, at: number, out: PiiSpan[]): number {
  {
    if (at < 2 || at + 1 >= text.length || !(PEOPLE[text.charCodeAt(at)] & P_GIVEN) || !(PEOPLE[text.charCodeAt(at + 1)] & P_GIVEN)) return at - 1;
    const m = GIVEN_ONLY_CUE.exec(text.slice(Math.max(0, at - 3), at));
    if (!m) return at - 1;
    const a = text[at];
    const b = text[at + 1];
    if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NUMERALS.has(a) || NUMERALS.has(b) || '小大老家子'.includes(a) || a === b && m[0].length > 2) return at - 1;
    if (GIVEN_WORD_STOP.has(a + b)) return at - 1;
    // (A surname first reads as a full name elsewhere: 转告王芳.)
    if (surnameLength(text, at) && GIVEN_SET.has(text[at + 2] ?? '')) return at - 1;
    const after = text.slice(at + 2, at + 6);
    const strongAfter = GIVEN_ONLY_STRONG_AFTER.test(after);
    const kin = !/^(?:转告|轉告|告诉|告訴|通知|叫上|找了|找过|找過|[我俺][和跟])$/.test(m[0]);
    // (Only after a relative or 转告/告诉 may a plain boundary or an action end it: 他媳妇翠兰在…, 请转告海燕，.)
    const weakOk = (kin || /^(?:转告|轉告|告诉|告訴|通知)$/.test(m[0])) && !NOT_GIVEN.has(a) && !NOT_GIVEN.has(b) && !NOT_NAME_WORD.has(a + b) && stickyAt(GIVEN_ONLY_AFTER, text, at + 2);
    if (!strongAfter && !weakOk) return at - 1;
    pushName(out, at, at + 2);
    return at + 1;
  }
}

/** After 她/他 at `p`: a relative of the person (她男人, 他媳妇, 她妈). */
const FAMILY_FIRST = codes('男丈老媳妻爱愛妈媽爸爹娘儿兒女闺閨婆公');
const FAMILY_AFTER_PRONOUN = /(?:男人|丈夫|老公|媳妇|媳婦|老婆|妻子|爱人|愛人|妈|媽|爸|爹|娘|儿子|兒子|女儿|女兒|闺女|閨女|婆婆|公公)/y;
/** 海燕和她男人, 春燕她妈: two given-name characters opening a clause (or after 是) right before the pronoun or 和/跟 and it. */
export function givenOnlyBeforeFamily(text: string, p: number, out: PiiSpan[]) {
  if (!FAMILY_FIRST.has(text.charCodeAt(p + 1)) || !(PEOPLE[text.charCodeAt(p - 1)] & P_GIVEN || LIST_JOIN_OR_HELP.has(text.charCodeAt(p - 1))) || !stickyAt(FAMILY_AFTER_PRONOUN, text, p + 1)) return;
  const join = LIST_JOIN_OR_HELP.has(text.charCodeAt(p - 1)) ? 1 : 0;
  const s = p - join - 2;
  if (s < 0) return;
  const before = s === 0 ? '，' : text[s - 1];
  if (!NAME_BOUNDARY_BEFORE.has(before) && !(before === '是' && !SHI_IN_WORD.test(text.slice(Math.max(0, s - 3), s)))) return;
  const a = text[s];
  const b = text[s + 1];
  // (A name that reads as a word, 白雲她媽, is still the person's when her family follows it directly; 他妈的 is an oath.)
  if (!GIVEN_SET.has(a) || !GIVEN_SET.has(b) || NOT_GIVEN.has(a) || NOT_GIVEN.has(b) || NUMERALS.has(a) || NUMERALS.has(b) || '小大老家子阿'.includes(a) || GIVEN_WORD_STOP.has(a + b) || (NOT_NAME_WORD.has(a + b) && (join || text[p + 2] === '的'))) return;
  // (A surname and one given-name character is read elsewhere: 王芳她妈.)
  if (SURNAME_CODES.has(text.charCodeAt(s)) && SINGLE_GIVEN.has(b)) return;
  pushName(out, s, s + 2);
}

/** 志强、春花、建国三家: three or more given names alone, counted in households. */
export function scanGivenOnlyLists(text: string, out: PiiSpan[]) {
  for (let p = text.indexOf('、'); p >= 2; p = text.indexOf('、', p + 1)) {
    const s0 = p - 2;
    // (Round 19: also after 我跟/我和, 我跟春花、海燕、志强三个人一起去的.)
    if (s0 > 0 && !NAME_BOUNDARY_BEFORE.has(text[s0 - 1]) && !(s0 > 1 && '和跟同'.includes(text[s0 - 1]) && '我俺咱'.includes(text[s0 - 2]))) continue;
    const starts: number[] = [];
    let at = s0;
    while (starts.length < 12 && GIVEN_SET.has(text[at] ?? '') && GIVEN_SET.has(text[at + 1] ?? '') && !NUMERALS.has(text[at]) && !NUMERALS.has(text[at + 1])) {
      starts.push(at);
      if (!LIST_JOIN.has(text[at + 2] ?? '')) break;
      at += 3;
    }
    const end = starts.length ? starts[starts.length - 1] + 2 : -1;
    if (starts.length >= 3 && LIST_JOIN.has(text[end] ?? '') === false && HOUSEHOLD_COUNT.test(text.slice(end, end + 3))) {
      for (const st of starts) pushName(out, st, st + 2);
      p = end;
    }
  }
}

/** At `i` (P_NICK_FIRST): 村裡二狗子天天…, 胖嫂開的小賣部, 村里傻娃他妈讲 — a village nickname where a person follows; returns the last index it took, or `i`. */
export function nicknameAt(text: string, i: number, out: PiiSpan[]): number {
  {
    if (i + 1 >= text.length) return i;
    const c1 = text.charCodeAt(i + 1);
    if (text.charCodeAt(i) === 0x5c0f /* 小 */ ? !(PEOPLE[c1] & P_SURNAME) : !NICK_SECOND.has(c1) && !(c1 === 0x5b50 && TRAIT_ZI_FIRST.has(text.charCodeAt(i)))) return i;
    let e = -1;
    VILLAGE_NICKNAME.lastIndex = i;
    if (VILLAGE_NICKNAME.test(text)) e = VILLAGE_NICKNAME.lastIndex;
    // 我们组的黑子把…: a trait and 子, only where the village or the neighbours are named before (一个胖子 is anyone).
    else if (c1 === 0x5b50 /* 子 */ && TRAIT_ZI_FIRST.has(text.charCodeAt(i)) && NICKNAME_PLACE_BEFORE.test(text.slice(Math.max(0, i - 4), i))) e = i + 2;
    else if (text[i] === '小') {
      LITTLE_BROTHER.lastIndex = i;
      if (LITTLE_BROTHER.test(text) && SURNAME_SET.has(text[i + 1])) e = i + 3;
    }
    if (e < 0) return i;
    const before = i === 0 || NAME_BOUNDARY_BEFORE.has(text[i - 1]) || text[i - 1] === '的' || NICKNAME_PLACE_BEFORE.test(text.slice(Math.max(0, i - 4), i));
    // (Not 我二哥, 他三姐: a relative by birth order.)
    if (!before || /[我你他她俺咱家]/.test(text[i - 1] ?? '')) return i;
    if (stickyAt(NICKNAME_ACTION_AFTER, text, e) || stickyAt(PERSON_AFTER, text, e)) {
      pushName(out, i, e);
      return e - 1;
    }
  }
  return i;
}
/** After a village nickname: what a person does (天天, 把, 开的, 说). */
// (Round 16: also the real name given next, 二虎子，叫單成龍.)
const NICKNAME_ACTION_AFTER = /(?:天天|经常|經常|总是|總是|又|把|说|說|讲|講|开的|開的|家|[他她](?:妈|媽|爸|爹|娘|家)|也|都|在|去|来|來|[，,]\s?(?:叫|真名|大名))/y;
const P_NICK_FIRST = 16384;
flag([...NOT_GIVEN].filter((c) => !GIVEN_SET.has(c)).map((c) => c.charCodeAt(0)), P_NOT_GIVEN);
/** Second characters of village nicknames (小马哥 has a surname there instead). */
const NICK_SECOND = codes('狗蛋娃毛丫妞柱愣虎嫂婶嬸');
flag(codes('二三四五六七八九幺傻胖瘦矮憨瘸哑啞聋聾秃禿麻小黑'), P_NICK_FIRST);

/** Characters at which scanContextNames' pass also runs the readers above. */
/** (The first characters of minority names' components share the nickname readers' bit: minorityNameAt is read there too.) */
flag(MINORITY_PARTS.filter((w) => !MINORITY_AFTER_ONLY.has(w)).map((w) => w.charCodeAt(0)), P_NICK_FIRST);
const P_EXTRA = P_SURNAME | P_WORD_SURNAME_ALL | P_GIVEN_CUE_LAST | P_NICK_FIRST;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const givenNamesAndNicknamesTables = { P_GIVEN_CUE_LAST, NICKNAME_ACTION_AFTER, P_NICK_FIRST, NICK_SECOND, P_EXTRA };
