import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { numbersTables, sawTriggers } from '../numbers.js';
import { namesCuedTables } from '../names-cued.js';

const { AMBIGUOUS_SURNAMES, CLAUSE_END, GIVEN_SET, HONORIFIC, HONORIFIC_FIRST, LOOSE_STOP, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, OPEN_QUOTE, PLACE_END, SURNAME_SET, isHan } = nameWordsTables;
const { T_DUN, T_JIAO, T_PAREN } = numbersTables;
const { QUOTE_CLOSE } = namesCuedTables;

// ---------------------------------------------------------------------------------------------
// (Rounds 20 and 21) Read on pii12.jsonl (a river prefecture: land requisition, migrant workers' wages, left-behind
// elders, scams; recall 0.914 unseen) and pii13.jsonl (the north-west: resettlement villages, Hui surnames, truckers;
// 0.674 unseen, 0.713 after round 20); round 21's rules are marked so. Each rule is a form, not a word list of a set's names.

/** Relatives and people one lives or works beside, before 叫 (我二哥叫支国栋，, 我姥姥叫官秀兰，). */
const KIN_CALLED = /(?:我|俺|额|額|咱)(?:的)?(?:[大二三四五六小]?[哥姐弟妹]|哥哥|姐姐|弟弟|妹妹|爷爷|爺爺|奶奶|姥姥|姥爷|姥爺|外公|外婆|爸爸|妈妈|媽媽|爸|妈|媽|父亲|父親|母亲|母親|老公|老婆|丈夫|妻子|媳妇|媳婦|爱人|愛人|儿子|兒子|女儿|女兒|孙子|孫子|孙女|孫女|舅舅|舅妈|舅媽|叔叔|婶婶|嬸嬸|姑姑|姨妈|姨媽|嫂子|公公|婆婆|岳父|岳母|女婿|儿媳|兒媳|侄子|侄女|表[哥姐弟妹]|堂[哥姐弟妹])叫$/;
/** Introductions after which a name is the writer's own or a relative's: 我叫, 名叫, 本人叫 … and a relative's 叫. */
const SELF_CALLED = /(?:我|俺|额|額|本人|名)叫$/;
/** Field labels whose value is a person's name: 姓名：和月娥，, 开户人：贲国庆，, a joint letter's 代表：海明福（…） (not a deputy's, 人大代表：). */
const NAME_FIELD = /(?:(?<!人大|党|黨|政协|政協|职工|職工)代表|姓名|开户人|開戶人|户名|戶名|开户名|開戶名|收款人|持卡人|账户名|賬戶名|帳戶名)(?:是|为|為)?[:：]\s?$/;
/** Field values that are no name (姓名：匿名, 收款人：本人). */
const NO_NAME_VALUE = /^(?:匿名|不详|不詳|保密|本人|同上|见上|見上|无|無|略|暂无|暫無|不便|未知)/;
/** Characters that end the name of a unit, not a person (收款人：县财政局). */
const UNIT_END = new CharSet([...'局厅廳委办辦站院所厂廠店行部处處科队隊会會社校司团團组組馆館中心']);
/** What a nickname by 老, 小 or 阿 cannot continue with (小心, 小区, 老师 …). */
const NICK_SECOND_NOT = new CharSet([...'心点點时時学學区區孩伙朋组組队隊便气氣声聲些量师師板婆公人家乡鄉年龄齡子弟妹姨伯头頭爷爺娘太实實总總兵']);
/** The full name a 叫 introduces: three Han characters at `at` that end at a clause's end (or the text's). */
function calledFullName(text: string, at: number): boolean {
  if (at + 3 > text.length || !(at + 3 === text.length || CLAUSE_END.has(text[at + 3]) || /[\s0-9０-９]/.test(text[at + 3]))) return false;
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k);
    if (!isHan(c) || LOOSE_STOP.has(c) || NUMERALS.has(text[at + k])) return false;
  }
  return !'老小大阿这這那某什啥谁誰'.includes(text[at]) && !PLACE_END.has(text[at + 2]) && !UNIT_END.has(text[at + 2]);
}
/** A nickname by 老, 小 or 阿 and a surname or given-name character at `at` (老钮, 小洪, 阿顺); its end, or −1. */
export function prefixNicknameEnd(text: string, at: number): number {
  const p = text[at];
  const x = text[at + 1] ?? '';
  if (!(p === '老' || p === '小' || p === '阿') || !isHan(x.charCodeAt(0)) || NICK_SECOND_NOT.has(x)) return -1;
  if (p === '阿' ? !GIVEN_SET.has(x) && !SURNAME_SET.has(x) : !SURNAME_SET.has(x)) return -1;
  return at + 2;
}
const NAME_BEFORE_NUMBER_START = new CharSet([...'、，,：:；; \u3000\n']);

export function scanRounds20And21Names(text: string, out: PiiSpan[]) {
  const added: PiiSpan[] = [];
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫'); i >= 0; i = text.indexOf('叫', i + 1)) {
      const before = text.slice(Math.max(0, i - 6), i + 1);
      const at = i + 1;
      // "我叫秦满年，": a full name after 我叫 whose given name the tables do not read whole (满年).
      // "我二哥叫支国栋，": a relative's full name, whatever its surname.
      // (After 我叫 or 名叫 the first character must be a surname: 名叫 also names things, 一个名叫信息网的平台.)
      const selfCalled = SELF_CALLED.test(before) && (SURNAME_SET.has(text[at] ?? '') || AMBIGUOUS_SURNAMES.has(text[at] ?? ''));
      if ((selfCalled || KIN_CALLED.test(before)) && calledFullName(text, at)) added.push({ kind: 'name', start: at, end: at + 3 });
      // "组长叫老藺，", "他自己叫“阿浩”": what a person is called, 老/小/阿 and a surname, where the clause ends.
      const q = OPEN_QUOTE.has(text[at] ?? '') ? at + 1 : at;
      const e = prefixNicknameEnd(text, q);
      // (Unquoted, not 小X: staff go by it, 窗口的小刘, and the conventions leave them.)
      if (e > 0 && (q === at ? text[at] !== '小' && (e === text.length || CLAUSE_END.has(text[e]) || '他她是也'.includes(text[e])) : QUOTE_CLOSE.has(text.charCodeAt(e)))) added.push({ kind: 'name', start: q, end: e });
      // "工友们叫我“小邹子”", "大家叫我明哥，": what people call the writer.
      if (text[at] === '我') {
        const s = at + 1;
        if (OPEN_QUOTE.has(text[s] ?? '')) {
          let c = s + 1;
          while (c < text.length && c - s <= 5 && isHan(text.charCodeAt(c))) c++;
          if (c - s - 1 >= 2 && QUOTE_CLOSE.has(text.charCodeAt(c)) && (prefixNicknameEnd(text, s + 1) > 0 || SURNAME_SET.has(text[s + 1]))) added.push({ kind: 'name', start: s + 1, end: c });
        } else if (isHan(text.charCodeAt(s)) && !'大老二三小表堂'.includes(text[s]) && !LOOSE_STOP.has(text.charCodeAt(s)) && '哥姐'.includes(text[s + 1] ?? '') && (s + 2 === text.length || CLAUSE_END.has(text[s + 2]))) added.push({ kind: 'name', start: s, end: s + 2 });
      }
    }
  }
  // "姓名：和月娥，", "开户人：贲国庆，": a name field's value, two to four Han characters where it visibly ends.
  if (has(text, '：') || has(text, ':')) for (let m = NAME_FIELD_ANY.exec(text); m; m = NAME_FIELD_ANY.exec(text)) {
    const at = m.index + m[0].length;
    if (!NAME_FIELD.test(text.slice(Math.max(0, at - 10), at)) || NO_NAME_VALUE.test(text.slice(at, at + 2))) continue;
    let c = at;
    while (c < text.length && c - at < 5 && isHan(text.charCodeAt(c))) c++;
    const n = c - at;
    if (n < 2 || n > 4 || !(c === text.length || CLAUSE_END.has(text[c]) || /[\s0-9０-９]/.test(text[c]))) continue;
    // (A surname that is also a word, 和 or 时, opens a field's value as any other.)
    if (UNIT_END.has(text[c - 1]) || PLACE_END.has(text[c - 1]) || (LOOSE_STOP.has(text.charCodeAt(at)) && !AMBIGUOUS_SURNAMES.has(text[at])) || NUMERALS.has(text[at])) continue;
    added.push({ kind: 'name', start: at, end: c });
  }
  NAME_FIELD_ANY.lastIndex = 0;
  // "老钮 13697224185、小洪 18271139260": a nickname or a full name right before a phone number, in a list.
  for (const s of out) {
    if (s.kind !== 'mobile' && s.kind !== 'landline') continue;
    let e = s.start;
    if (e > 0 && (text[e - 1] === ' ' || text[e - 1] === ':' || text[e - 1] === '：')) e--;
    for (const len of [2, 3]) {
      const st = e - len;
      if (st < 0 || (st > 0 && !NAME_BEFORE_NUMBER_START.has(text[st - 1]))) continue;
      const nick = len === 2 && prefixNicknameEnd(text, st) === e;
      let full = false;
      // (Not a polite form: 联系人：霍先生 138…, which the conventions leave.)
      if (len === 3 && (SURNAME_SET.has(text[st]) || (AMBIGUOUS_SURNAMES.has(text[st]) && text[st - 1] === '、')) && !(HONORIFIC_FIRST.has(text[st + 1]) && HONORIFIC.test(text.slice(st + 1, st + 3)))) {
        full = true;
        for (let k = st + 1; k < e; k++) if (!(k === st + 1 ? firstGiven(text[k]) : GIVEN_SET.has(text[k])) || NOT_GIVEN.has(text[k])) full = false;
      }
      if (nick || full) added.push({ kind: 'name', start: st, end: e });
    }
  }
  // "工资都被龍老四捲走了": a private person by surname, 老 and their place among siblings.
  for (let i = text.indexOf('老'); i >= 0; i = text.indexOf('老', i + 1)) {
    if (i < 1 || !NUMERALS.has(text[i + 1] ?? '') || !(SURNAME_SET.has(text[i - 1]) && !AMBIGUOUS_SURNAMES.has(text[i - 1]))) continue;
    if (i >= 2 && isHan(text.charCodeAt(i - 2)) && !'被把给給跟和与與叫找让讓是的'.includes(text[i - 2])) continue;
    if (!/^(?:$|[卷捲骗騙跑拿欠借说說把给給带帶叫让讓打还還也又都就，,。、！!？?）)]|他|她)/.test(text.slice(i + 2, i + 3))) continue;
    added.push({ kind: 'name', start: i - 1, end: i + 2 });
  }
  // "联名反映欠薪：禹长河、禹长海、柴玉梅、饶小军、解放军（真名…": a list of three-character items after a colon, most of
  // them read as full names (a surname the table has, then given-name characters), each item a name.
  if (sawTriggers & T_DUN) {
    for (let c = text.indexOf('：'); c >= 0; c = text.indexOf('：', c + 1)) {
      const items: number[] = [];
      let p = c + 1;
      while (p + 3 <= text.length && [0, 1, 2].every((k) => isHan(text.charCodeAt(p + k)) && !LOOSE_STOP.has(text.charCodeAt(p + k))) && (p + 3 === text.length || text[p + 3] === '、' || CLAUSE_END.has(text[p + 3]))) {
        items.push(p);
        if (text[p + 3] !== '、') break;
        p += 4;
      }
      if (items.length < 3) continue;
      const read = items.filter((q) => SURNAME_SET.has(text[q]) && GIVEN_SET.has(text[q + 2]) && !PLACE_END.has(text[q + 2])).length;
      if (read * 3 < items.length * 2 || items.some((q) => PLACE_END.has(text[q + 2]) || UNIT_END.has(text[q + 2]))) continue;
      for (const q of items) added.push({ kind: 'name', start: q, end: q + 3 });
    }
  }
  // "強嫂（強國英）", "老四（龙建国）": a person called by nickname, then their full name in brackets.
  if (sawTriggers & T_PAREN) {
    for (const s of out) {
      if (s.kind !== 'name' || (text[s.end] !== '（' && text[s.end] !== '(')) continue;
      const at = s.end + 1;
      let c = at;
      while (c < text.length && c - at < 5 && isHan(text.charCodeAt(c))) c++;
      if (c - at >= 2 && c - at <= 4 && (text[c] === '）' || text[c] === ')') && SURNAME_SET.has(text[at]) && !PLACE_END.has(text[c - 1]) && !UNIT_END.has(text[c - 1]) && !LOOSE_STOP.has(text.charCodeAt(at + 1))) added.push({ kind: 'name', start: at, end: c });
    }
  }
  // "我老婆單周氏": a married woman by her husband's and her own surname and 氏, after a relative.
  if (has(text, '氏')) {
    KIN_SHI.lastIndex = 0;
    for (let m = KIN_SHI.exec(text); m; m = KIN_SHI.exec(text)) {
      const at = m.index + m[0].length - 3;
      if (SURNAME_SET.has(text[at]) && SURNAME_SET.has(text[at + 1])) added.push({ kind: 'name', start: at, end: at + 3 });
    }
  }
  // (Round 21) "额男人妥建軍在井下", "我姑父拓明山擔保", "社员撒富贵、": after a relative or a fellow villager, a full name whose
  // surname is also a word (the north-west's Hui surnames: 撒, 者, 虎, 线, 海, 拓), its given name read by the tables.
  for (let m = RELATIVE_BEFORE.exec(text); m; m = RELATIVE_BEFORE.exec(text)) {
    const at = m.index + m[0].length;
    const c = text[at] ?? '';
    if (!(AMBIGUOUS_SURNAMES.has(c) || SURNAME_SET.has(c)) || NOT_NAME_WORD.has(text.slice(at, at + 2))) continue;
    if (!firstGiven(text[at + 1] ?? '') || !GIVEN_SET.has(text[at + 2] ?? '') || NOT_GIVEN.has(text[at + 1]) || NOT_GIVEN.has(text[at + 2])) continue;
    const next = text[at + 3] ?? '';
    if (next && isHan(next.charCodeAt(0)) && !'在就是的家也又都还還说說去到给給当當'.includes(next)) continue;
    added.push({ kind: 'name', start: at, end: at + 3 });
  }
  RELATIVE_BEFORE.lastIndex = 0;
  // (Round 21) "移民新村3區2排5號": a resettlement village's home by its area, row and number.
  if (has(text, '排')) {
    SETTLEMENT_HOME.lastIndex = 0;
    for (let m = SETTLEMENT_HOME.exec(text); m; m = SETTLEMENT_HOME.exec(text)) added.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  // "电话 1 3 9 7 2 2 8 4 0 6 7": a mobile typed digit by digit.
  if (has(text, ' ')) {
    SPACED_MOBILE.lastIndex = 0;
    for (let m = SPACED_MOBILE.exec(text); m; m = SPACED_MOBILE.exec(text)) added.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
  }
  for (const s of added) out.push(s);
}
const RELATIVE_BEFORE = /(?:我|俺|额|額|咱)(?:家)?(?:妹妹|姐姐|哥哥|弟弟|老伴|男人|老公|老婆|媳妇|媳婦|爸|妈|媽|爹|娘|父亲|父親|母亲|母親|姑父|姑夫|姨父|舅舅|叔叔|伯伯|婆婆|公公|兄弟|哥|姐|弟|妹|儿子|兒子|女子|女儿|女兒|尕娃|娃|孙子|孫子|孙女|孫女|爷爷|爺爺|奶奶|老汉|老漢)|(?:村民|社员|社員|户主|戶主|邻居|鄰居|司机|司機|工友)/g;
// (Round 24: an area by letter too, E区1排2号.)
const SETTLEMENT_HOME = /(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[A-H])[区區](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})排(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號]/g;
/** A given name's first character: the tables' and 占 (马占山, 锁占福), which after a surname also ends words (占领, 占有). */
const firstGiven = (c: string): boolean => GIVEN_SET.has(c) || c === '占';
const KIN_SHI = /(?:老婆|妻子|媳妇|媳婦|家母|母亲|母親|奶奶|外婆|姥姥|祖母|老伴|内人|內人|太太)[\u3400-\u9fff]{2}氏/g;
const SPACED_MOBILE = /(?<![0-9０-９] ?)[1１] [3-9３-９](?: [0-9０-９]){9}(?! ?[0-9０-９])/g;
const NAME_FIELD_ANY = /[:：]\s?/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const riverAndNorthWestTables = { SELF_CALLED, NAME_BEFORE_NUMBER_START, firstGiven };
