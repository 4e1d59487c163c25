import type { PiiSpan } from '../spans.js';
import { CharSet } from '../unit-sets.js';
import { has, hasAny } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { sawLetter } from '../numbers.js';
import { homesTables, nameStart } from '../homes.js';
import { nameAfterEnglishWord } from './eastern-megacity.js';

const { GIVEN_SET, NUMERALS, SURNAME_SET, isHan } = nameWordsTables;
const { NAME_STOP } = homesTables;

// ---------------------------------------------------------------------------------------------
// (Round 27) Read on pii19.jsonl (a tropical island prefecture: fishermen and boat people, Li villages, overseas-Chinese
// farms, migratory retirees; recall 0.869 unseen, 0.874 after round 26). Each rule is a form, not a set's names.

/** A compound's home written with spaces between its parts (鲸澳国际社区 5栋 1801, 海景公寓 B座 1207). */
const SPACED_HOME = /(?:小区|小區|社区|社區|公寓|花园|花園|家园|家園|新村|大厦|大廈|苑)[ \u3000](?:[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)|[A-Za-z]座)[ \u3000][0-9０-９]{3,4}(?:室)?(?![0-9０-９])/g;
/** A farm's team housing (南茂华侨农场六队12号, 七队20号 after 我家). */
const FARM_TEAM_HOME = /(?:农场|農場)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[队隊](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓])/g;
const BARE_TEAM_HOME = /(?<=我家|俺家|住在|家住|住)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[队隊](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[号號](?![0-9０-９楼樓])/g;
/** A Vietnamese name in Latin script with its diacritics (Nguyễn Thị Mai, Trần Văn Phúc): a common surname and one or two parts. */
const VIETNAMESE_NAME = /(?<![A-Za-zÀ-ỹ])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Mai|Trương)(?: [A-ZÀ-Ỹ][a-zà-ỹ]{0,7}){1,3}(?![A-Za-zÀ-ỹ])/g;
/** A returnee's certificate in letter groups after its word (归侨证 NM-1978-1126), and a household's contract or agreement
 * number of two letter groups (合同编号 JGW-LW-2024-0083, 协议编号 SY-BQ-2023-0188: the labelled sets' private contracts;
 * those of one group, HT-2026-03517, were a company's or a school's forms and are not labelled there). */
const CUED_LETTER_CODE = /(?:归侨证|歸僑證)(?:号|號)?(?:是|为|為)?[:：]?\s?([A-Z]{2,4}(?:-[A-Z]{2,4})?-[0-9]{4}-[0-9]{3,6})(?![A-Za-z0-9-])|(?:合同编号|合同編號|协议编号|協議編號)(?:是|为|為)?[:：]?\s?([A-Z]{2,4}-[A-Z]{2,4}-[0-9]{4}-[0-9]{3,6})(?![A-Za-z0-9-])/g;
/** A homestead certificate without its year (宅基地证 红字第0318号). */
const YEARLESS_CERTIFICATE = /(?:宅基地证|宅基地證|土地证|土地證|房产证|房產證)(?:号|號)?[:：]?\s?([\u3400-\u9fff]{1,4}字第[0-9０-９]{3,6}[号號])/g;
/** A passport's number of nine digits after passport No. (passport (No. 548127036)). */
const PASSPORT_NO = /[Pp]assport\s?\(?(?:No\.?|number|#)\s?([0-9]{9})(?![0-9])/g;
/** Who a person is in English before a Han or Latin name (Landlord 卢兆丰, Mr. 程家宝, The boss 文志雄, My aunty 郭凤英, I'm 郑伟强). */
const ENGLISH_ROLE = /(?:(?:[Mm]y|[Tt]he|[Oo]ur) (?:aunty|auntie|aunt|uncle|boss|employer|neighbour|neighbor|cousin|nephew|niece)|Landlord|landlord|neighbour|neighbor|Mr\.|Mrs\.|Ms\.|I'm|I am|my name is|My name is|je m'appelle|Je m'appelle) ?(?=[\u3400-\u9fffA-ZА-Я])/g;

export function scanRound27(text: string, out: PiiSpan[]) {
  // A Hainanese woman's name: a surname, 妚 and a given name or a birth-order numeral (陈妚香, 符妚二).
  if (has(text, '妚')) {
    for (let i = text.indexOf('妚'); i >= 0; i = text.indexOf('妚', i + 1)) {
      if (i < 1 || !SURNAME_SET.has(text[i - 1]) || !(GIVEN_SET.has(text[i + 1] ?? '-') || NUMERALS.has(text[i + 1] ?? '-'))) continue;
      if (i >= 2 && isHan(text.charCodeAt(i - 2)) && !NAME_STOP.has(text[i - 2]) && !PERSON_BEFORE_PI.has(text[i - 2])) continue;
      out.push({ kind: 'name', start: i - 1, end: i + 2 });
    }
  }
  if ((has(text, ' ') || has(text, '\u3000')) && (has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '号楼') || has(text, '號樓') || has(text, '座'))) {
    SPACED_HOME.lastIndex = 0;
    for (let m = SPACED_HOME.exec(text); m; m = SPACED_HOME.exec(text)) {
      const start = nameStart(text, m.index, true);
      if (start < m.index) out.push({ kind: 'address', start, end: m.index + m[0].length });
    }
  }
  if (has(text, '队') || has(text, '隊')) {
    if (has(text, '农场') || has(text, '農場')) {
      FARM_TEAM_HOME.lastIndex = 0;
      for (let m = FARM_TEAM_HOME.exec(text); m; m = FARM_TEAM_HOME.exec(text)) out.push({ kind: 'address', start: nameStart(text, m.index), end: m.index + m[0].length });
    }
    BARE_TEAM_HOME.lastIndex = 0;
    for (let m = BARE_TEAM_HOME.exec(text); m; m = BARE_TEAM_HOME.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (sawLetter) {
    VIETNAMESE_NAME.lastIndex = 0;
    for (let m = VIETNAMESE_NAME.exec(text); m; m = VIETNAMESE_NAME.exec(text)) if (/[À-ỹ]/.test(m[0])) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    if (hasAny(text, CUED_CODE_WORDS)) {
      CUED_LETTER_CODE.lastIndex = 0;
      for (let m = CUED_LETTER_CODE.exec(text); m; m = CUED_LETTER_CODE.exec(text)) {
        const code = m[1] ?? m[2];
        out.push({ kind: 'member_number', start: m.index + m[0].length - code.length, end: m.index + m[0].length });
      }
    }
    if (has(text, 'assport')) {
      PASSPORT_NO.lastIndex = 0;
      for (let m = PASSPORT_NO.exec(text); m; m = PASSPORT_NO.exec(text)) out.push({ kind: 'id_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
    ENGLISH_ROLE.lastIndex = 0;
    for (let m = ENGLISH_ROLE.exec(text); m; m = ENGLISH_ROLE.exec(text)) {
      nameAfterEnglishWord(text, m.index + m[0].length, out, true);
    }
  }
  if (hasAny(text, YEARLESS_CERTIFICATE_WORDS)) {
    YEARLESS_CERTIFICATE.lastIndex = 0;
    for (let m = YEARLESS_CERTIFICATE.exec(text); m; m = YEARLESS_CERTIFICATE.exec(text)) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  // "南茂华侨农场": a name read before 侨 that ends in 华 is the farm's 华侨 (overseas Chinese), not a person.
  if (has(text, '华侨') || has(text, '華僑')) {
    for (let k = out.length - 1; k >= 0; k--) {
      const sp = out[k];
      if (sp.kind === 'name' && (text[sp.end] === '侨' || text[sp.end] === '僑') && (text[sp.end - 1] === '华' || text[sp.end - 1] === '華')) out.splice(k, 1);
    }
  }
}

/** What may stand before a 妚 name besides a boundary: a word ending in a person's place (的, 个, 我系…个). */
const PERSON_BEFORE_PI = new CharSet([...'个個的叫系係是婆妈媽奶娘嫂姐妹']);
const CUED_CODE_WORDS = ['归侨证', '歸僑證', '合同编号', '合同編號', '协议编号', '協議編號'];
const YEARLESS_CERTIFICATE_WORDS = ['宅基地证', '宅基地證', '土地证', '土地證', '房产证', '房產證'];
