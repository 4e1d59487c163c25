import type { PiiSpan } from '../spans.js';
import { has, hasAny } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { numbersTables, sawLetter, sawTriggers } from '../numbers.js';
import { homesTables, nameStart } from '../homes.js';
import { namesCuedTables } from '../names-cued.js';
import { prefixNicknameEnd, riverAndNorthWestTables } from './river-and-north-west.js';

const { NAME_BEFORE_NUMBER_START, SELF_CALLED, firstGiven } = riverAndNorthWestTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, GIVEN_SET, NOT_GIVEN, NOT_NAME_WORD, NUMERALS, PLACE_END, SURNAME_SET, isHan } = nameWordsTables;
const { T_HAO, T_JIAO, T_PAREN, T_WO } = numbersTables;
const { QUOTE_CLOSE } = namesCuedTables;
const { NAME_STOP } = homesTables;

// ---------------------------------------------------------------------------------------------
// (Round 22) Read on pii14.jsonl (a Pearl River Delta factory town: migrant workers' joint letters with their 工号,
// urban-village rooms, Cantonese and Hong Kong writers; recall 0.797 unseen). Each rule is a form, not a set's names.

/** A worker's code in a list beside a phone (YF0317, XH-20433, MT2084167): letters, then three digits or more. */
const LIST_CODE = /(?<![A-Za-z0-9\-－])[A-Z]{1,3}[-－]?[0-9]{3,9}(?![A-Za-z0-9])/g;
/** The text speaks of workers' numbers, so a code beside a phone in it is one. */
const WORKER_NUMBER_CUE = /工号|工號|工牌|员工编号|員工編號|厂牌|廠牌/;
/** A child or a relative named right after the word (大孩子农小雨, 小女林怡君, 真名係文美玲, 名字张文彬). */
const CHILD_OR_TRUE_NAME = /(?:大孩子|小孩子|孩子|大的|小的|小伙子|小夥子|后生仔|後生仔|前员工|前員工|小女|小儿|小兒|犬子|真名[係系是叫]|原名[係系是叫]|名字[係系是叫]?|大仔|细仔|細仔|大女|细女|細女)(?=[\u3400-\u9fff]{2,3})/g;
/** Private people one pays or is cheated by, right before their quoted nickname (中介“阿耀”, 放数的“刀仔辉”). */
const PRIVATE_ROLE_QUOTE = /(?:中介|放数的|放數的|放数佬|放數佬|放贷的|放貸的|放高利贷的|放高利貸的|黄牛|黃牛|蛇头|蛇頭|包工头|包工頭|工头|工頭|二房东|二房東|收[\u3400-\u9fff]{1,6}的)[“「]$/;
/** A Cantonese nickname by its build or trade: 肥仔明, 刀仔辉, 靚仔強 (X仔 and a given-name character). */
const ZAI_NICKNAME = /(?<![\u3400-\u9fff])(?:肥|刀|靓|靚|细|細|大)仔([\u3400-\u9fff])/g;
/** "大家叫他肥李", "叫我肥强": 肥 and a surname or given-name character, as people call someone. */
const FAT_CALLED = /(?:叫他|叫佢|叫我|喊他|都叫|人称|人稱)[“「]?(肥[\u3400-\u9fff])(?=[”」]?(?:$|[，,。；;！!？?、\s]|就|啦|咯))/g;
/** "我係涌口村嘅靚姐", "我系榕围村嘅温伯": a Cantonese self-introduction, a place, 嘅, then how the village calls the writer. */
const CANTONESE_SELF = /(?:我係|我系|我喺|我是)[\u3400-\u9fff]{2,8}?(?:村|坊|巷|街|苑|花园|花園)(?:嘅|的)([\u3400-\u9fff])(伯|叔|婆|姐|嫂|哥|公|姨)(?![\u3400-\u9fff])/g;
/** A home in an urban village: a lane and a house number, perhaps a block (坊) before and 之N after (八坊二巷5號之一). */
const LANE_HOME = /(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})坊)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})巷(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[号號](?:之[一二三四五六七八九十])?/g;
/** A factory's dormitory room (B栋宿舍314房, 宿舍3棟208房): one worker's bed, like a home. */
const DORM_ROOM = /(?:(?:[A-Z]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[栋棟]宿舍|宿舍(?:[A-Z]|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[栋棟])[0-9０-９]{3,4}(?:房|室|号|號)/g;

/**
 * Where a list item's full name ends at `e` (three or two characters: a surname the table has, not one that is also a word, then
 * given-name characters), set off before it by a list's separator (or an opening bracket, `afterBracket`): its start, or −1.
 */
function listedFullNameBefore(text: string, e: number, afterBracket: boolean): number {
  for (let len = 3; len >= 2; len--) {
    const st = e - len;
    if (st < 0 || (st > 0 && !NAME_BEFORE_NUMBER_START.has(text[st - 1]) && !(afterBracket && (text[st - 1] === '（' || text[st - 1] === '(')))) continue;
    if (!SURNAME_SET.has(text[st]) || AMBIGUOUS_SURNAMES.has(text[st]) || NOT_NAME_WORD.has(text.slice(st, st + 2))) continue;
    let ok = true;
    for (let q = st + 1; q < e; q++) if (!(q === st + 1 ? firstGiven(text[q]) : GIVEN_SET.has(text[q])) || NOT_GIVEN.has(text[q])) ok = false;
    if (ok) return st;
  }
  return -1;
}

export function scanRound22(text: string, out: PiiSpan[]) {
  const added: PiiSpan[] = [];
  // "罗桂生 YF0317 13580264791；", "杨秀芝（XH-20433，18319046287）": where the text speaks of workers' numbers, a code right
  // before a phone is the worker's number, and a full name right before the code (or its bracket) is the worker's.
  // (Without the cue, a list where two codes or more each stand before a phone: 签名：马志刚 MT2084167 138…；覃伟 MT2084203 159….)
  if (sawLetter) {
    const codes: [number, number][] = [];
    // (Where phones begin, in a set: a scan of the spans per code was quadratic on a long run of codes.)
    let phones: Set<number> | null = null;
    for (const sp of out) if (sp.kind === 'mobile' || sp.kind === 'landline') (phones ??= new Set<number>()).add(sp.start);
    LIST_CODE.lastIndex = 0;
    if (phones) for (let m = LIST_CODE.exec(text); m; m = LIST_CODE.exec(text)) {
      const end = m.index + m[0].length;
      let k = end;
      if (text[k] === ' ' || text[k] === '，' || text[k] === ',' || text[k] === '、') k++;
      if (phones.has(k)) codes.push([m.index, end]);
    }
    if (codes.length < 2 && !(codes.length && WORKER_NUMBER_CUE.test(text))) codes.length = 0;
    for (const [start, end] of codes) {
      added.push({ kind: 'member_number', start, end });
      let e = start;
      if (text[e - 1] === ' ' || text[e - 1] === '（' || text[e - 1] === '(') e--;
      const st = listedFullNameBefore(text, e, true);
      if (st >= 0) added.push({ kind: 'name', start: st, end: e });
    }
  }
  // "联名：王德兵（工号XH-20416，电话…）": a full name right before a bracket that opens with a worker's number or a phone.
  if (sawTriggers & T_PAREN) {
    for (const sp of out) {
      if (sp.kind !== 'member_number' && sp.kind !== 'mobile') continue;
      let b = sp.start;
      const cue = /(?:工号|工號|电话|電話|手机|手機)[:：]?$/.exec(text.slice(Math.max(0, b - 3), b));
      if (cue) b -= cue[0].length;
      if (text[b - 1] !== '（' && text[b - 1] !== '(') continue;
      const st = listedFullNameBefore(text, b - 1, false);
      if (st >= 0) added.push({ kind: 'name', start: st, end: b - 1 });
    }
  }
  CHILD_OR_TRUE_NAME.lastIndex = 0;
  if (hasAny(text, CHILD_OR_TRUE_NAME_WORDS)) for (let m = CHILD_OR_TRUE_NAME.exec(text); m; m = CHILD_OR_TRUE_NAME.exec(text)) {
    const at = m.index + m[0].length;
    const c = text[at];
    if (!(SURNAME_SET.has(c) || AMBIGUOUS_SURNAMES.has(c)) || NOT_NAME_WORD.has(text.slice(at, at + 2))) continue;
    // A full name of three: a surname and two given-name characters, then no more of a word (上四年级, 今年…, 在…).
    if (!firstGiven(text[at + 1] ?? '') || !GIVEN_SET.has(text[at + 2] ?? '') || NOT_GIVEN.has(text[at + 1]) || NOT_GIVEN.has(text[at + 2]) || PLACE_END.has(text[at + 2])) continue;
    const next = text[at + 3] ?? '';
    if (next && isHan(next.charCodeAt(0)) && !'今上在要已就是的也又都还還说說去到给給读讀念冲衝喺嘅被帮幫'.includes(next)) continue;
    added.push({ kind: 'name', start: at, end: at + 3 });
  }
  if ((has(text, '“') || has(text, '「')) && hasAny(text, QUOTED_ROLE_WORDS)) {
    for (let q = 0; q < text.length; q++) {
      if (text[q] !== '“' && text[q] !== '「') continue;
      let c = q + 1;
      while (c < text.length && c - q <= 4 && isHan(text.charCodeAt(c))) c++;
      const n = c - q - 1;
      if (n < 2 || n > 3 || !QUOTE_CLOSE.has(text.charCodeAt(c)) || !PRIVATE_ROLE_QUOTE.test(text.slice(Math.max(0, q - 9), q + 1))) continue;
      const x = text.slice(q + 1, c);
      if (/^[阿肥老小大]/.test(x) || /仔|佬|哥|姐$/.test(x)) added.push({ kind: 'name', start: q + 1, end: c });
    }
  }
  if (has(text, '仔')) {
    ZAI_NICKNAME.lastIndex = 0;
    for (let m = ZAI_NICKNAME.exec(text); m; m = ZAI_NICKNAME.exec(text)) if (GIVEN_SET.has(m[1]) || SURNAME_SET.has(m[1])) added.push({ kind: 'name', start: m.index, end: m.index + 3 });
    // (Also right after a workmate's or a caller's word: 工友肥仔強, 叫佢肥仔明.)
    ZAI_AFTER_WORD.lastIndex = 0;
    for (let m = ZAI_AFTER_WORD.exec(text); m; m = ZAI_AFTER_WORD.exec(text)) if (GIVEN_SET.has(m[1]) || SURNAME_SET.has(m[1])) added.push({ kind: 'name', start: m.index + m[0].length - 3, end: m.index + m[0].length });
  }
  // "包工头老覃拿走了", "中介贺老三带进来的": a private person one pays or is cheated by, by 老/阿 and a surname, or by
  // surname, 老 and their place among siblings.
  if (hasAny(text, PRIVATE_ROLE_WORDS)) for (let m = PRIVATE_ROLE.exec(text); m; m = PRIVATE_ROLE.exec(text)) {
    const at = m.index + m[0].length;
    const e = prefixNicknameEnd(text, at);
    if (e > 0 && text[at] !== '小' && !isHanWordAfterNick(text, e)) added.push({ kind: 'name', start: at, end: e });
    else if (SURNAME_SET.has(text[at] ?? '-') && !AMBIGUOUS_SURNAMES.has(text[at]) && text[at + 1] === '老' && NUMERALS.has(text[at + 2] ?? '-')) added.push({ kind: 'name', start: at, end: at + 3 });
  }
  PRIVATE_ROLE.lastIndex = 0;
  if (has(text, '肥')) {
    FAT_CALLED.lastIndex = 0;
    for (let m = FAT_CALLED.exec(text); m; m = FAT_CALLED.exec(text)) {
      const at = m.index + m[0].length - 2;
      if (SURNAME_SET.has(m[1][1]) || GIVEN_SET.has(m[1][1])) added.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
  if (sawTriggers & T_WO && hasAny(text, CANTONESE_SELF_WORDS)) {
    CANTONESE_SELF.lastIndex = 0;
    for (let m = CANTONESE_SELF.exec(text); m; m = CANTONESE_SELF.exec(text)) {
      const at = m.index + m[0].length - 2;
      if (SURNAME_SET.has(m[1]) || m[1] === '靓' || m[1] === '靚') added.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
  if (has(text, '巷')) {
    LANE_HOME.lastIndex = 0;
    for (let m = LANE_HOME.exec(text); m; m = LANE_HOME.exec(text)) {
      let start = m.index;
      // The village the lane is in (涌口村四巷12號): its name, two characters before 村 (口 too, which ends village names).
      if (text[start - 1] === '村') {
        let v = start - 1;
        while (v > 0 && start - 1 - v < 2 && isHan(text.charCodeAt(v - 1)) && (!NAME_STOP.has(text[v - 1]) || (text[v - 1] === '口' && v === start - 1))) v--;
        start = v;
      }
      // A lane and a number alone are a home only with 之N or a home's word right after (…12號是我祖屋, …嘅譚婆).
      const end = m.index + m[0].length;
      if (start === m.index && !/之/.test(m[0]) && !/^(?:嘅|的)?(?:屋|家|祖屋|住|是我)/.test(text.slice(end, end + 3))) continue;
      added.push({ kind: 'address', start, end });
    }
  }
  if (has(text, '宿舍')) {
    DORM_ROOM.lastIndex = 0;
    for (let m = DORM_ROOM.exec(text); m; m = DORM_ROOM.exec(text)) {
      // The factory whose dormitory it is (晟光电子B栋宿舍314房, 永豐傢俱廠宿舍3棟208房).
      let start = m.index;
      if (text.startsWith('宿舍', start)) start = nameStart(text, start);
      else {
        let v = start;
        while (v > 0 && start - v < 6 && isHan(text.charCodeAt(v - 1)) && !NAME_STOP.has(text[v - 1])) v--;
        start = v;
      }
      added.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // "我叫區嘉豪，": a Cantonese surname that is also a word (区, 欧), after 我叫, as a full name ending its clause.
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫'); i >= 0; i = text.indexOf('叫', i + 1)) {
      const at = i + 1;
      if (!'區区歐欧'.includes(text[at] ?? '-') || !SELF_CALLED.test(text.slice(Math.max(0, i - 2), i + 1))) continue;
      const end = at + 3;
      if (GIVEN_SET.has(text[at + 1] ?? '-') && GIVEN_SET.has(text[at + 2] ?? '-') && (end === text.length || CLAUSE_END.has(text[end]))) added.push({ kind: 'name', start: at, end });
    }
  }
  // "護照號碼 312847561": a passport of nine digits (Taiwan's), after the word.
  if (sawTriggers & T_HAO && (has(text, '护照') || has(text, '護照'))) {
    TW_PASSPORT.lastIndex = 0;
    for (let m = TW_PASSPORT.exec(text); m; m = TW_PASSPORT.exec(text)) added.push({ kind: 'id_number', start: m.index + m[0].length - 9, end: m.index + m[0].length });
  }
  // "叫我小甘就行": what the writer asks to be called, 小/老/阿 and a surname, before 就行/就好/就得.
  if (sawTriggers & T_JIAO) {
    for (let i = text.indexOf('叫我'); i >= 0; i = text.indexOf('叫我', i + 1)) {
      const e = prefixNicknameEnd(text, i + 2);
      if (e > 0 && /^(?:就行|就好|就得|就可以|得啦|就係|就是)/.test(text.slice(e, e + 3))) added.push({ kind: 'name', start: i + 2, end: e });
    }
  }
  // "老乡曾大哥的电话": a fellow villager or workmate by surname and 大哥, 大姐, 叔 or 嫂.
  FELLOW_KIN.lastIndex = 0;
  if (hasAny(text, FELLOW_WORDS)) for (let m = FELLOW_KIN.exec(text); m; m = FELLOW_KIN.exec(text)) if (SURNAME_SET.has(m[1]) && !AMBIGUOUS_SURNAMES.has(m[1])) added.push({ kind: 'name', start: m.index + m[0].length - m[1].length - m[2].length, end: m.index + m[0].length });
  for (const sp of added) out.push(sp);
}
const TW_PASSPORT = /(?:护照号码|護照號碼|护照号|護照號)(?:是|为|為|係)?[:：]?\s?[0-9]{9}(?![0-9])/g;
// What each rule of scanRound22 needs in the text at all (has: a look-up per word), so that most opinions skip its expression.
const CHILD_OR_TRUE_NAME_WORDS = ['孩子', '大的', '小的', '小女', '小儿', '小兒', '犬子', '真名', '原名', '名字', '大仔', '细仔', '細仔', '大女', '细女', '細女', '小伙', '小夥', '后生', '後生', '员工', '員工'];
const PRIVATE_ROLE_WORDS = ['中介', '放数', '放數', '放贷', '放貸', '高利', '黄牛', '黃牛', '蛇头', '蛇頭', '工头', '工頭', '房东', '房東'];
const QUOTED_ROLE_WORDS = [...PRIVATE_ROLE_WORDS, '收'];
const CANTONESE_SELF_WORDS = ['我係', '我系', '我喺', '我是'];
const FELLOW_WORDS = ['老乡', '老鄉', '同乡', '同鄉', '工友', '邻居', '鄰居'];
const ZAI_AFTER_WORD = /(?:工友|老乡|老鄉|叫佢|叫他|个|個|係|系)(?:肥|刀|靓|靚|细|細)仔([\u3400-\u9fff])/g;
const PRIVATE_ROLE = /(?:包工头|包工頭|工头|工頭|中介|二房东|二房東|放数佬|放數佬|放贷的|放貸的|蛇头|蛇頭)/g;
/** After a nickname of 老/阿 and a character: more of a word (老板, 阿姨 are caught before; 老王八 …) rather than a verb. */
const isHanWordAfterNick = (text: string, e: number): boolean => isHan(text.charCodeAt(e)) && !'拿收欠骗騙带帶跑卷捲说說叫把给給就又也都还還的是在不没沒'.includes(text[e]);
const FELLOW_KIN = /(?:老乡|老鄉|同乡|同鄉|工友|邻居|鄰居)([\u3400-\u9fff])(大哥|大姐|大嫂|哥|姐|叔|嫂|婶|嬸)(?![\u3400-\u9fff]{0,1}[们們])/g;
