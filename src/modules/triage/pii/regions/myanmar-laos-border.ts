import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny } from '../text.js';
import { digit, nameWordsTables } from '../name-words.js';
import { sawLetter } from '../numbers.js';
import { accountsTables } from '../accounts.js';
import { homesTables } from '../homes.js';
import { fullNameAt } from '../names-cued.js';
import { northWestBorderlandTables } from './north-west-borderland.js';
import { mountainMegacityTables, namesAfterWords } from './mountain-megacity.js';

const { AFTER_NAME, CLAUSE_END, isHan } = nameWordsTables;
const { VERB_AFTER_ROLE_NAME } = northWestBorderlandTables;
const { NAME_STOP } = homesTables;
const { LANE_STOP } = mountainMegacityTables;
const { STREET_NAME_STOP } = accountsTables;

// ---------------------------------------------------------------------------------------------
// (Round 30) Read on pii21.jsonl (a south-western border prefecture with Myanmar and Laos: Dai, Jingpo, Hani and Wa
// villages, cross-border spouses and workers, jade markets, plantations; recall 0.590 unseen). Each rule is a form.

export function scanRound30(text: string, out: PiiSpan[]) {
  // A foreign number with its country code (+95 9 …, 0095 …, +856 20 …, +66 81-…): seven to twelve digits after it.
  if (has(text, '+') || has(text, '＋') || has(text, '00')) {
    FOREIGN_PHONE.lastIndex = 0;
    for (let m = FOREIGN_PHONE.exec(text); m; m = FOREIGN_PHONE.exec(text)) {
      let digits = 0;
      for (let k = m.index; k < m.index + m[0].length; k++) if (digit(text.charCodeAt(k)) >= 0) digits++;
      if (digits >= 9) out.push({ kind: 'mobile', start: m.index, end: m.index + m[0].length });
    }
  }
  // A Myanmar mobile written at home (09 691 284 037) after its word.
  if (has(text, '缅甸') || has(text, '緬甸')) {
    MYANMAR_LOCAL.lastIndex = 0;
    for (let m = MYANMAR_LOCAL.exec(text); m; m = MYANMAR_LOCAL.exec(text)) out.push({ kind: 'mobile', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (sawLetter) {
    // A Myanmar citizenship card (1/BaMaNa(N)120847).
    if (has(text, '/') && has(text, '(')) {
      MYANMAR_NRC.lastIndex = 0;
      for (let m = MYANMAR_NRC.exec(text); m; m = MYANMAR_NRC.exec(text)) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    }
    // A Burmese, Shan, Kachin or Karen name after its honorific (U Tin Win, Daw Khin Myo Aye, Ko Nyi Nyi, Mg Aung Ko Ko,
    // Nang Mo Hom, Sai Kham Hlaing), or of two to four of their syllables (Zaw Min Htun), and a Jingpo name by its clan
    // (Lahtaw Naw Ja, Maran Tu Lum).
    SEA_NAME.lastIndex = 0;
    for (let m = SEA_NAME.exec(text); m; m = SEA_NAME.exec(text)) {
      const words = m[0].split(/\s+/);
      const led = SEA_HONORIFIC.has(words[0]) || JINGPO_CLAN.has(words[0]);
      const syllables = words.filter((w) => BURMESE_SYLLABLE.has(w)).length;
      if ((led && words.length >= 2) || syllables >= 2 || (words.length === 2 && LAO_SURNAME_END.test(words[1]))) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
    // A border pass, a work permit or a border resident's card number after its word (边民证号BM5331240417, 务工证JW…).
    if (hasAny(text, BORDER_PAPER_WORDS)) {
      BORDER_PAPER.lastIndex = 0;
      for (let m = BORDER_PAPER.exec(text); m; m = BORDER_PAPER.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    // Passports listed with their holders (Phet Sayavong的P2041736): a passport's letter and seven or eight digits.
    if (has(text, '护照') || has(text, '護照')) {
      LISTED_PASSPORT.lastIndex = 0;
      for (let m = LISTED_PASSPORT.exec(text); m; m = LISTED_PASSPORT.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  // A Dai name (岩 or 玉 and a Dai given name, 咪/波 before a child's name, 康朗 …) where a person is introduced: after 我叫, 我是,
  // a relative or an ethnic group (我是他妈妈玉丙香, 傣族玉罕香, 我儿子岩坎新), or before a number.
  if (hasAny(text, DAI_FIRST_WORDS)) {
    for (const first of DAI_FIRST_WORDS) {
      if (!has(text, first)) continue;
      for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
        let e = i + first.length;
        // (咪/波 before the child's name, itself a Dai name: 咪岩帕龙, 波岩光.)
        if ((first === '咪' || first === '波') && (text[e] === '岩' || text[e] === '玉' || text[e] === '巖')) e++;
        const given = e;
        while (e < text.length && e - given < 3 && DAI_GIVEN.has(text[e])) e++;
        if (e === given || e - i < 2) continue;
        const before = text.slice(Math.max(0, i - 8), i);
        // (After a strong introduction the name may run into what follows, 儿子岩嘎吸毒; after a weak one, 的 or a list's
        // comma, the name must end where a clause or a verb does: not 的玉石, 的岩层.)
        const strong = DAI_INTRO_BEFORE.test(before);
        if (!strong && !DAI_WEAK_BEFORE.test(before)) continue;
        if (!strong && !(e === text.length || CLAUSE_END.has(text[e]) || VERB_AFTER_ROLE_NAME.has(text[e]) || AFTER_NAME.test(text.slice(e, e + 6)) || text[e] === '的' || text[e] === '和' || text[e] === '在' || text[e] === '（')) continue;
        out.push({ kind: 'name', start: i, end: e });
        i = e - 1;
      }
    }
  }
  // A name after the writer's or a person's ethnic group (我是景颇族石然诺, 老婆是傣族…): a Han full name, or a two- to four-
  // character name that ends the clause.
  if (has(text, '族')) {
    ETHNIC_BEFORE_NAME.lastIndex = 0;
    for (let m = ETHNIC_BEFORE_NAME.exec(text); m; m = ETHNIC_BEFORE_NAME.exec(text)) {
      const at = m.index + m[0].length;
      const full = fullNameAt(text, at);
      if (full > 0) {
        out.push({ kind: 'name', start: at, end: full });
        continue;
      }
      let e = at;
      while (e < text.length && e - at < 4 && isHan(text.charCodeAt(e)) && !NAME_STOP.has(text[e])) e++;
      if (e - at >= 2 && (e === text.length || CLAUSE_END.has(text[e]))) out.push({ kind: 'name', start: at, end: e });
    }
  }
  // A private person by trade before a full name (茶商骆国强, 地主方永昌, 珠宝商陈家乐, 报关行的邹丽萍).
  namesAfterWords(text, TRADE_BEFORE_NAME, out);
  // A home in a village group (曼岗寨4组6号, 曼贡寨四组十一号, 曼嫩村民小组33号): the village's name kept with it.
  if (has(text, '寨') || has(text, '小组') || has(text, '小組')) {
    VILLAGE_GROUP_HOME.lastIndex = 0;
    for (let m = VILLAGE_GROUP_HOME.exec(text); m; m = VILLAGE_GROUP_HOME.exec(text)) {
      // (A village's name is two or three characters: 曼岗 of 曼岗寨, not 表舅张德荣说祖屋曼岗.)
      let start = m.index;
      while (start > 0 && m.index - start < 3 && isHan(text.charCodeAt(start - 1)) && !STREET_NAME_STOP.has(text[start - 1]) && !LANE_STOP.has(text[start - 1]) && !'屋说說'.includes(text[start - 1])) start--;
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
}
const FOREIGN_PHONE = /(?:\+|＋|00)(?:95|856|66|84|855|65|63|62|977|880|94|91)[\s-]?\(?[0-9]{1,3}\)?(?:[\s-]?[0-9]{2,5}){1,4}(?![0-9])/g;
const MYANMAR_LOCAL = /(?:缅甸|緬甸)(?:号|號|电话|電話|手机|手機|号码|號碼)(?:是|为|為)?[:：\s]{0,2}(09[\s-]?[0-9]{3}[\s-]?[0-9]{3}[\s-]?[0-9]{3,4})(?![0-9])/g;
const MYANMAR_NRC = /(?<![0-9A-Za-z])[0-9]{1,2}\/[A-Z][a-z]{1,3}(?:[A-Z][a-z]{1,3}){1,3}\((?:N|E|P|NAING)\)[0-9]{6}(?![0-9])/g;
/** Two to five capitalized words, a name's shape in Latin script (checked against honorifics, clans and syllables). */
const SEA_NAME = /(?<![A-Za-z])(?:U|Daw|Ko|Mg|Ma|Maung|Sai|Nang|Naw|Saw|Nan|[A-Z][a-z]{1,10})(?: [A-Z][a-z]{0,10}){1,4}(?![A-Za-z])/g;
/** How Lao surnames end (Sayavong, Phommachanh, Luangrath, Duangdy, Keomany …). */
const LAO_SURNAME_END = /(?:vong|chanh|sack|xay|phone|vanh|dy|rath|sith|thong|sone|many|kham|savath|ouane|lath)$/;
const SEA_HONORIFIC = new Set(['U', 'Daw', 'Ko', 'Mg', 'Maung', 'Sai', 'Nang', 'Naw', 'Saw']);
const JINGPO_CLAN = new Set(['Lahtaw', 'Lahpai', 'Maran', 'Marip', 'Nhkum', 'Hpauyu', 'Lashi', 'Zahkung', 'Labya', 'Hkangda']);
const BURMESE_SYLLABLE = new Set('Aung Min Zaw Htun Tun Htut Myo Kyaw Win Thant Hla Myint Khin Thin Nwe Nyi Than Htike Lwin Hlaing Oo Kham Hseng Noon Mo Hom Lin Soe Thu Zin Moe Phyo Naing Wai Yan Thet Paing Htet Ei Phyu Su Mya Sandar Thida Thein Myat Nay Wunna Kaung Khant Hein Pyae Sone Chit Swe Yee Yi Mar San Nu Tin Hnin Wint Shwe Thaw Lay'.split(' '));
const BORDER_PAPER_WORDS = ['边民证', '邊民證', '通行证', '通行證', '务工证', '務工證', '工作证', '工作證', '边境证', '邊境證'];
const BORDER_PAPER = /(?:边民证|邊民證|边境通行证|邊境通行證|通行证|通行證|务工证|務工證|边境证|邊境證)(?:号|號|号码|號碼)?(?:是|为|為|上的?)?[:：｜|\s]{0,2}([A-Z]{1,4}[-－]?[0-9]{4,12}(?:[-－][0-9]{2,8}){0,2})(?![A-Za-z0-9])/g;
const LISTED_PASSPORT = /(?<=[的：:，,、\s])([A-Z][0-9]{7,8})(?![A-Za-z0-9])/g;
const DAI_FIRST_WORDS = ['岩', '巖', '玉', '咪', '康朗', '依', '喃'];
/** Dai given-name syllables as written in Chinese (温, 香, 罕, 叫, 坎, 应, 龙 …). */
const DAI_GIVEN = new CharSet([...'温溫香罕叫坎应應龙龍帕丙保糯新那嫩旺景帅帥扁洪南拉岭嶺俊光湾灣尖伦倫喃波勐宝寶嘎峰腊臘罗羅康庄莊儿兒三伦丹']);
const DAI_INTRO_BEFORE = /(?:我叫|名叫|叫做|我是|我係|他是|她是|妈妈|媽媽|爸爸|阿爸|阿妈|阿媽|儿子|兒子|女儿|女兒|老婆|老公|丈夫|妻子|公公|婆婆|哥哥|姐姐|弟弟|妹妹|傣族|邻居|鄰居|都叫我|名字|联系人|聯繫人|学生|學生|叫)$/;
const DAI_WEAK_BEFORE = /(?:的|、|，|：)$/;
const ZU = '族'.charCodeAt(0);
const ETHNIC_BEFORE_NAME = /(?:我是|我係|老婆是|老公是|丈夫是|妻子是|她是|他是)(?:傣族|景颇族|景頗族|哈尼族|佤族|傈僳族|拉祜族|德昂族|布朗族|阿昌族|基诺族|基諾族|独龙族|獨龍族|怒族|彝族|苗族|瑶族|瑤族|壮族|壯族|白族|纳西族|納西族|藏族)(?:的|人)?/g;
const TRADE_BEFORE_NAME = ['茶商', '珠宝商', '珠寶商', '木材商', '玉石商', '地主', '报关行的', '報關行的', '物流的', '班长', '班長', '工头', '老板娘', '承包商', '收购商', '收購商', '中间商', '中間商'];
const VILLAGE_GROUP_HOME = /(?:寨|村民小组|村民小組)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[组組])?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[号號](?![0-9０-９楼樓])/g;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const myanmarLaosBorderTables = { ZU };
