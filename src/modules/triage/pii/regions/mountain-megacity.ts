import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny, textTables } from '../text.js';
import { nameEnd, nameWordsTables } from '../name-words.js';
import { sawLetter } from '../numbers.js';
import { accountsTables } from '../accounts.js';
import { homesTables, nameStart } from '../homes.js';
import { aliasesAndSignaturesTables } from '../aliases-and-signatures.js';
import { fullNameAt } from '../names-cued.js';
import { easternMegacityTables } from './eastern-megacity.js';
import { northWestBorderlandTables } from './north-west-borderland.js';

const { seen } = textTables;
const { LIST_ITEM_BEFORE, VERB_AFTER_ROLE_NAME } = northWestBorderlandTables;
const { AMBIGUOUS_SURNAMES, CLAUSE_END, GIVEN_SET, LIST_JOIN, NOT_NAME_WORD, SURNAME_SET, isHan } = nameWordsTables;
const { NAME_STOP } = homesTables;
const { ALIAS_NOT } = aliasesAndSignaturesTables;
const { CARD_WORDS } = easternMegacityTables;
const { STREET_NAME_STOP } = accountsTables;

// ---------------------------------------------------------------------------------------------
// (Round 28) Read on pii20.jsonl (a south-western mountain megacity's platform economy and old districts: riders and
// drivers, live-streamers, porters, stair-street lanes; recall 0.823 unseen). Each rule is a form, not a set's names.

export function scanRound28(text: string, out: PiiSpan[]) {
  // A vehicle's identification number (17 characters, no I, O or Q) after its word: one owner's car, like a plate.
  if (sawLetter && (has(text, '车架') || has(text, '車架') || has(text, 'VIN') || has(text, '识别代号') || has(text, '識別代號'))) {
    VIN.lastIndex = 0;
    for (let m = VIN.exec(text); m; m = VIN.exec(text)) out.push({ kind: 'plate', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // A platform worker's number: after the platform's own words for it (司机编号, 工号 in a ride-hailing or delivery
  // line, 编号 right after a rider named), and each further one a list gives (分别是 A、B; 张三（ID 1）、李四（2）).
  if (hasAny(text, PLATFORM_WORDS)) {
    PLATFORM_NUMBER.lastIndex = 0;
    const found: PiiSpan[] = [];
    for (let m = PLATFORM_NUMBER.exec(text); m; m = PLATFORM_NUMBER.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      // (Four digits at least: 工号12 is a seat, not a worker's number.)
      if (m[1].replace(/[^0-9]/g, '').length < 4) continue;
      found.push({ kind: 'member_number', start, end: start + m[1].length });
      // (The list after it: 、KM0523177, ，KM…, 和…)
      let at = start + m[1].length;
      for (;;) {
        const next = LISTED_CODE.exec(text.slice(at, at + 30));
        if (!next) break;
        const s0 = at + next[0].length - next[1].length;
        found.push({ kind: 'member_number', start: s0, end: s0 + next[1].length });
        at = s0 + next[1].length;
      }
    }
    // Bracketed numbers of the same shape as one found (黄小波（30713720）, 覃小兵（LS-50388）).
    if (found.length && (has(text, '（') || has(text, '('))) {
      const shapes = new Set(found.map((f) => codeShape(text.slice(f.start, f.end))));
      BRACKETED_CODE.lastIndex = 0;
      for (let m = BRACKETED_CODE.exec(text); m; m = BRACKETED_CODE.exec(text)) if (shapes.has(codeShape(m[1]))) found.push({ kind: 'member_number', start: m.index + 1, end: m.index + 1 + m[1].length });
    }
    for (const f of found) out.push(f);
  }
  // A name right before brackets that give that person's number or child (李明亮（骑手ID 30711486）, 汪洋（孩子汪子墨）),
  // and the child's name inside.
  if (has(text, '（') || has(text, '(')) {
    for (const open of ['（', '(']) {
      if (!has(text, open)) continue;
      for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
        const inside = text.slice(i + 1, i + 24);
        const child = BRACKETED_CHILD.exec(inside);
        const numbered = BRACKETED_NUMBER.test(inside);
        if (!child && !numbered) continue;
        for (const len of [3, 2]) {
          const st = i - len;
          if (st < 0 || !(st === 0 || LIST_ITEM_BEFORE.has(text[st - 1]) || text[st - 1] === '我' || text[st - 1] === '是')) continue;
          // (A parent and the child in brackets share the surname: 白云飞（孩子白一鸣）, though 白云 is a word.)
          const full = fullNameAt(text, st) === i || (child !== null && len === 3 && text[i + 1 + child[0].length] === text[st] && SURNAME_SET.has(text[st]) && GIVEN_SET.has(text[st + 2]));
          const bare = len === 2 && (SURNAME_SET.has(text[st]) || AMBIGUOUS_SURNAMES.has(text[st])) && isHan(text.charCodeAt(st + 1)) && !NOT_NAME_WORD.has(text.slice(st, i)) && !NAME_STOP.has(text[st + 1]) && (child !== null || LIST_JOIN.has(text[st - 1] ?? '-') || text[st - 1] === '我' || /[、]/.test(text.slice(i, i + 40)));
          if (full || bare) {
            out.push({ kind: 'name', start: st, end: i });
            break;
          }
        }
        if (child) {
          const cs = i + 1 + child[0].length;
          const ce = fullNameAt(text, cs) > 0 ? fullNameAt(text, cs) : nameEnd(text, cs);
          if (ce > cs + 1 && ce - cs <= 4 && (text[ce] === '）' || text[ce] === ')')) out.push({ kind: 'name', start: cs, end: ce });
        }
      }
    }
  }
  // Family words of the south-west before a full name (我老汉儿龚明全, 我幺爸冉德强, 我家幺儿冉子轩).
  if (has(text, '老汉儿') || has(text, '老漢兒') || has(text, '幺') || has(text, '么') || has(text, '娃儿') || has(text, '娃兒')) {
    SW_KIN.lastIndex = 0;
    for (let m = SW_KIN.exec(text); m; m = SW_KIN.exec(text)) {
      const at = m.index + m[0].length;
      const e = fullNameAt(text, at);
      if (e > 0) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // An aunt of the south-west by her surname or full name (王孃孃, 刘素琴孃孃): a private person, as 王阿姨 is.
  if (has(text, '孃孃') || has(text, '嬢嬢')) {
    for (const form of ['孃孃', '嬢嬢']) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (i >= 3 && fullNameAt(text, i - 3) === i) out.push({ kind: 'name', start: i - 3, end: i + 2 });
        // (Not inside quotes: “冉孃孃小面” is a shop.)
        else if (i >= 1 && (SURNAME_SET.has(text[i - 1]) || AMBIGUOUS_SURNAMES.has(text[i - 1])) && (i < 2 || (!isHan(text.charCodeAt(i - 2)) && !'“"「『'.includes(text[i - 2])) || AUNT_BEFORE.has(text[i - 2]))) out.push({ kind: 'name', start: i - 1, end: i + 2 });
      }
    }
  }
  // Who a private person is to the writer or in a trade, before a full name (卖家万国强, 中介萬小龍, 室友钟灵 …).
  namesAfterWords(text, PRIVATE_ROLE_WORDS_28, out);
  // An online name: quoted after what introduces one (主播“山城二哥”, 网名“…”, 抖音叫“橙子妹妹”, 账号名“岚江幺妹儿”), or bare
  // after 主播/网名 where a real name, an account or brackets follow (快手主播胖丫，快手号…; 主播Kiko（真名冉琳）).
  if (hasAny(text, HANDLE_WORDS)) {
    HANDLE_QUOTED.lastIndex = 0;
    for (let m = HANDLE_QUOTED.exec(text); m; m = HANDLE_QUOTED.exec(text)) {
      const start = m.index + m[0].length - m[1].length - 1;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    HANDLE_BARE.lastIndex = 0;
    for (let m = HANDLE_BARE.exec(text); m; m = HANDLE_BARE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      const after = text.slice(start + m[1].length, start + m[1].length + 8);
      if (!HANDLE_FOLLOW.test(after)) continue;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    if (sawLetter && (has(text, '@') || has(text, '＠'))) {
      AT_HANDLE.lastIndex = 0;
      for (let m = AT_HANDLE.exec(text); m; m = AT_HANDLE.exec(text)) out.push({ kind: 'wechat', start: m.index + m[0].length - m[1].length - 1, end: m.index + m[0].length });
    }
  }
  // A nickname right before the real name it stands for (做微商的紅么妹，大名陳小紅; 闪电侯哥”，真名侯建军).
  if (has(text, '大名') || has(text, '真名')) {
    ALIAS_BEFORE_REAL.lastIndex = 0;
    for (let m = ALIAS_BEFORE_REAL.exec(text); m; m = ALIAS_BEFORE_REAL.exec(text)) {
      const start = m.index + m[0].length - m[1].length - m[2].length;
      if (ALIAS_NOT.has(m[1]) || NOT_ALIAS_28.has(m[1]) || NOT_IN_ALIAS.test(m[1])) continue;
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
  }
  // A Latin given name before 的妈妈/的爸爸 (我是Emma的妈妈).
  if (sawLetter && (has(text, '的妈妈') || has(text, '的媽媽') || has(text, '的爸爸') || has(text, '的家长') || has(text, '的家長'))) {
    LATIN_CHILD.lastIndex = 0;
    for (let m = LATIN_CHILD.exec(text); m; m = LATIN_CHILD.exec(text)) out.push({ kind: 'name', start: m.index + m[0].length - m[1].length - m[2].length, end: m.index + m[0].length - m[2].length });
  }
  // Homes of a mountain city: a house's annex number (…巷21号附2号, …社14号附2号) with its floor, a compound's building
  // with a floor below the entrance (观江台小区7栋负3-2), a lane house with a flat (雁鸣坡42号2-1), a dormitory room (樟园8舍205).
  if (has(text, '附')) pushLaneHomes(text, ANNEX_HOME, out);
  if (has(text, '负') || has(text, '負')) {
    BELOW_HOME.lastIndex = 0;
    for (let m = BELOW_HOME.exec(text); m; m = BELOW_HOME.exec(text)) {
      const start = nameStart(text, m.index, true);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '-') && (has(text, '号') || has(text, '號'))) pushLaneHomes(text, LANE_FLAT, out);
  if (has(text, '舍')) {
    SCHOOL_DORM_ROOM.lastIndex = 0;
    for (let m = SCHOOL_DORM_ROOM.exec(text); m; m = SCHOOL_DORM_ROOM.exec(text)) {
      // (The garden's name is one or two characters after a boundary or a word before it: 宿舍竹园 → 竹园.)
      const start = LANE_STOP.has(text[m.index]) || text[m.index] === '舍' ? m.index + 1 : m.index;
      out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  // A lane house whose dweller is named right after it (吊楼巷11号，住的是我外婆…; 黄葛渡吊脚楼7号，户主向洪发).
  if (has(text, '住的是') || has(text, '户主') || has(text, '戶主')) pushLaneHomes(text, LANE_HOUSE_DWELLER, out);
  // A household register's number (户口簿户号500237003417) and a loan's contract number (借款合同编号是SJB-2022-1107-08834).
  if (has(text, '户号') || has(text, '戶號')) {
    HOUSEHOLD_REGISTER.lastIndex = 0;
    for (let m = HOUSEHOLD_REGISTER.exec(text); m; m = HOUSEHOLD_REGISTER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawLetter && (has(text, '借款') || has(text, '贷款') || has(text, '貸款'))) {
    LOAN_CONTRACT.lastIndex = 0;
    for (let m = LOAN_CONTRACT.exec(text); m; m = LOAN_CONTRACT.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // A card's number after 卡号 where the card named before it in the sentence is a person's (医保卡…，卡號H500…).
  if (sawLetter && (has(text, '卡号') || has(text, '卡號')) && hasAny(text, CARD_WORDS)) {
    LETTERED_CARD.lastIndex = 0;
    for (let m = LETTERED_CARD.exec(text); m; m = LETTERED_CARD.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
}
/** A full name right after any of `words` (who the person is), and a two-character one after the words that allow it
 * (TWO_CHARACTER_AFTER_ROLE) where the clause or a verb follows. */
export function namesAfterWords(text: string, words: readonly string[], out: PiiSpan[]): void {
  for (const word of words) {
    // (Every character of the word seen before the text is searched: 主管's and 楼长's are common, their pairs not.)
    if (!allSeen(word) || !has(text, word)) continue;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const at = i + word.length;
      const e = fullNameAt(text, at);
      if (e > 0) out.push({ kind: 'name', start: at, end: e });
      else if (TWO_CHARACTER_AFTER_ROLE.has(word) && SURNAME_SET.has(text[at] ?? '-') && isHan(text.charCodeAt(at + 1)) && !NAME_STOP.has(text[at + 1]) && !NOT_NAME_WORD.has(text.slice(at, at + 2)) && (at + 2 === text.length || CLAUSE_END.has(text[at + 2]) || VERB_AFTER_ROLE_NAME.has(text[at + 2]))) out.push({ kind: 'name', start: at, end: at + 2 });
    }
  }
}
/** Whether the text being read has every character of `word` (SEEN look-ups, no search). */
function allSeen(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!seen(word.charCodeAt(k))) return false;
  return true;
}
const VIN = /(?:车架号|車架號|车架号码|車架號碼|车辆识别代号|車輛識別代號|VIN码|VIN碼|VIN)(?:是|为|為)?[:：\s]{0,2}([A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])/g;
const PLATFORM_WORDS = ['骑手', '騎手', '司机编号', '司機編號', '司机工号', '司機工號', '代驾', '代駕', '网约车', '網約車', '货运', '貨運', '外卖', '外賣', '快递员', '快遞員', '配送员', '配送員'];
/** A platform's number for a worker after its word (a letter group, digits, dashes): 司机编号BBHY-0827-3317, 工号CX50-20817,
 * 骑手编号分别是KM…, 编号76120438 right after a rider's name. */
const PLATFORM_NUMBER = /(?:(?:骑手|騎手|司机|司機|快递员|快遞員|配送员|配送員|代驾|代駕)(?:编号|編號|工号|工號|号|號|ID|id)|工号|工號|(?:骑手|騎手|快递员|快遞員|司机|司機)[\u3400-\u9fff]{2,3}[，,]\s?(?:编号|編號|工号|工號|ID))(?:分别是|分別是|是|为|為)?[:：\s]{0,2}([A-Z]{0,5}[0-9]{0,4}[-－]?[A-Z0-9]{0,5}[-－]?[0-9]{2,10}(?:[-－][0-9]{2,8})?)(?![A-Za-z0-9])/g;
const LISTED_CODE = /^[、，,和及与與]\s?([A-Z]{1,5}[-－]?[0-9]{4,10}(?:[-－][0-9]{2,8})?|[0-9]{6,10})(?![A-Za-z0-9])/;
const BRACKETED_CODE = /[（(]([A-Z]{0,5}[-－]?[0-9]{4,10}(?:[-－][0-9]{2,8})?)[）)]/g;
/** A code's shape: its letters kept, each digit as 9 (KM0523168 → KM9999999). */
const codeShape = (code: string): string => code.replace(/[0-9]/g, '9').replace(/－/g, '-');
const BRACKETED_CHILD = /^(?:孩子|小孩|娃儿|娃兒|儿子|兒子|女儿|女兒)[:：\s]?/;
const BRACKETED_NUMBER = /^(?:(?:骑手|騎手|司机|司機)?(?:ID|id|编号|編號|工号|工號|号|號)[:：\s]?)?[A-Z]{0,5}[-－]?[0-9]{4,}/;
const SW_KIN = /(?:我|俺|屋头|屋頭|我家|我屋头|我屋頭)(?:老汉儿|老漢兒|幺爸|幺叔|幺姑|幺儿|幺兒|幺妹|幺女|么儿|麼兒|娃儿|娃兒)/g;
const AUNT_BEFORE = new CharSet([...'的个個那这這是找跟和叫喊问問家楼樓边邊壁上下']);
const PRIVATE_ROLE_WORDS_28 = ['卖家', '賣家', '买家', '買家', '室友', '雇主', '男主人', '女主人', '营业员', '營業員', '管理员', '管理員', '主管', '楼长', '樓長', '外孙', '外孫', '网约车司机', '網約車司機', '中介'];
const TWO_CHARACTER_AFTER_ROLE = new Set(['室友', '楼长', '樓長', '网约车司机', '網約車司機']);
const HANDLE_WORDS = ['主播', '网名', '網名', '账号名', '賬號名', '帳號名', '昵称', '暱稱', '抖音叫', '快手叫', '微博叫', '微博'];
const HANDLE_QUOTED = /(?:主播|网名|網名|账号名|賬號名|帳號名|昵称|暱稱|(?:抖音|快手|微博)(?:上)?叫)(?:是|为|為|叫)?[:：]?[“"「]([^”"」，,。\s]{2,10})[”"」]/g;
const HANDLE_BARE = /(?:主播|网名|網名)(?:是|为|為|叫)?[:：]?([\u3400-\u9fff]{2,4}(?=[，,（(])|[A-Za-z][A-Za-z]{1,12}|[\u3400-\u9fff]{2,3}[A-Za-z]{2,10})/g;
const HANDLE_FOLLOW = /^(?:[，,（(]\s?(?:微博|真名|大名|快手号|快手號|抖音号|抖音號|微信|网名|網名)|[（(][^）)]{0,4}[@＠]|，被)/;
const AT_HANDLE = /(?:微博|微博号|微博號)[:：\s]?[@＠]([A-Za-z][A-Za-z0-9_]{3,19})(?![A-Za-z0-9_])/g;
// (Not after 是: 甜甜和蜜蜜是表姐妹，大名… says what they are.)
const ALIAS_BEFORE_REAL = /(?<=[的叫]|主播|^)([\u3400-\u9fff]{2,4})(”?[，,（(](?:大名|真名))/g;
/** What stands before 大名/真名 but is no nickname: a word for the name itself, a role, a relative. */
const NOT_ALIAS_28 = new Set(['老熟人', '熟人', '网名', '網名', '昵称', '暱稱', '舍长', '舍長', '儿子', '兒子', '女儿', '女兒', '小名', '外号', '外號']);
/** A pronoun or a particle inside is a clause, not a nickname (我网名, 他馬師傅, 额叫尕蛋). */
const NOT_IN_ALIAS = /[我俺额額咱你他她的是叫在说說]/;
const LATIN_CHILD = /(?<![A-Za-z])([A-Z][a-z]{1,10})(的(?:妈妈|媽媽|爸爸|家长|家長))/g;
/** Each match of `re` (a home's number after its lane's last character; group 1, when there, the home without what
 * follows it) as an address from where the lane's name begins. */
function pushLaneHomes(text: string, re: RegExp, out: PiiSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = laneStart(text, m.index);
    if (start < m.index) out.push({ kind: 'address', start, end: m.index + (m[1] ?? m[0]).length });
  }
}
/** Where a lane or village team's name begins before its house number (凉水井巷 in …住三十六梯凉水井巷9号). */
function laneStart(text: string, at: number): number {
  let s0 = at;
  while (s0 > 0 && at - s0 < 10 && isHan(text.charCodeAt(s0 - 1)) && !STREET_NAME_STOP.has(text[s0 - 1]) && !LANE_STOP.has(text[s0 - 1])) s0--;
  return s0;
}
const LANE_STOP = new CharSet([...'在住是的旁到从從于於叫那这這个個就都']);
/** A lane's, street's, slope's or village team's house number with its annex (附N号) and floor. */
const ANNEX_HOME = /(?:巷|街|路|坡|梯|坎|湾|灣|社|组|組|村)[0-9０-９]{1,4}[号號]附[0-9０-９]{1,3}[号號](?:负?[0-9０-９一二三四五六七八九]{1,2}[楼樓]|負[0-9０-９一二三四五六七八九]{1,2}[楼樓]|[0-9０-９]{1,2}-[0-9０-９]{1,2})?/g;
/** A compound's building and a flat on a floor below the entrance (7栋负3-2, 3棟負2-1, B栋负11-4). */
const BELOW_HOME = /(?:[0-9０-９]{1,3}|[A-Z])(?:栋|棟|幢)[负負][0-9０-９]{1,2}-[0-9０-９]{1,2}(?![0-9０-９])/g;
const LANE_FLAT = /(?:巷|坡|梯|坎)[0-9０-９]{1,4}[号號][0-9０-９]{1,2}-[0-9０-９]{1,2}(?![0-9０-９])/g;
const SCHOOL_DORM_ROOM = /[\u3400-\u9fff]{1,2}[园園]\s?[0-9０-９]{1,2}舍\s?[0-9０-９]{3,4}(?![0-9０-９])/g;
const LANE_HOUSE_DWELLER = /((?:巷|坡|梯|坎|吊脚楼|吊腳樓)[0-9０-９]{1,4}[号號])(?=[，,]\s?(?:住的是|户主|戶主))/g;
const HOUSEHOLD_REGISTER = /(?:户口簿|戶口簿|户口本|戶口本)(?:的)?(?:户号|戶號)(?:是|为|為)?[:：\s]{0,2}([0-9]{9,12})(?![0-9])/g;
const LOAN_CONTRACT = /(?:借款|贷款|貸款)合同(?:编号|編號|号|號)(?:是|为|為)?[:：\s]{0,2}([A-Z]{2,5}(?:[-－][A-Z0-9]{2,6}){2,4})(?![A-Za-z0-9])/g;
const LETTERED_CARD = /(?:卡号|卡號)(?:是|为|為)?[:：\s]{0,2}([A-Z][0-9]{8,16})(?![A-Za-z0-9])/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const mountainMegacityTables = { LANE_STOP };
