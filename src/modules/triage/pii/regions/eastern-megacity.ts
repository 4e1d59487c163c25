import type { PiiSpan } from '../spans.js';
import { hasAny } from '../text.js';
import { nameWordsTables } from '../name-words.js';
import { sawLetter } from '../numbers.js';

const { GIVEN_SET, LOOSE_STOP, SURNAME_SET, isHan } = nameWordsTables;

// ---------------------------------------------------------------------------------------------
// (Round 25) Read on pii17.jsonl (an eastern megacity's old lanes and towers: Wu-speaking elders, foreign residents;
// recall 0.846 unseen on stop 22's code, 0.851 after rounds 22–24). Each rule is a form, not a set's names.

/** A room of a lane house after its number (…3号亭子间, …9号二楼后楼, …41号一楼车库): one household's home, part of it. */
const LANE_ROOM_AFTER = /^(?:[一二三四五六两兩1-6][楼樓])?(?:前楼|后楼|前樓|後樓|亭子间|亭子間|灶披间|灶披間|客堂间|客堂間|阁楼|閣樓|晒台|曬台|车库|車庫)/;
/** A bare house number and a room of it after 住 (住18号前楼). */
const BARE_LANE_ROOM = /(?<=住(?:在)?)[0-9０-９]{1,3}[号號](?:[一二三四五六两兩][楼樓])?(?:前楼|后楼|前樓|後樓|亭子间|亭子間|灶披间|灶披間|客堂间|客堂間|阁楼|閣樓)/g;
/** A card's number written in groups with spaces after its word (医保卡号 1207 3391 86, 就诊卡 ZL20230917726). */
const SPACED_CARD_NUMBER = /(?:医保卡|醫保卡|社保卡|就诊卡|就診卡|诊疗卡|診療卡)(?:号|號|号码|號碼)?(?:是|为|為|係)?[:：]?\s?((?:[0-9]{2,6} ){1,4}[0-9]{2,6}|[A-Z]{1,3}[0-9]{6,16})(?![0-9A-Za-z])/g;
/** A person named after an English word for who they are (my son Leon Schreiber, The landlord 车振宇, mother-in-law 章佩玲). */
const ENGLISH_PERSON_WORD = /(?:[Mm]y|[Oo]ur|[Tt]he|[Hh]er|[Hh]is)\s(?:Chinese\s)?(?:son|daughter|wife|husband|mother|father|mother-in-law|father-in-law|neighbour|neighbor|landlord|landlady|friend|colleague|nanny|ayi|tenant)\s(?:\(|（)?/g;
/** An e-mail's sender (From: Anna Schreiber <…>). */
const MAIL_FROM = /From:\s([A-Z][a-z]{1,15} [A-Z][a-z]{1,20})\s?</g;
/** A Korean name romanized (Park Ji-hoon, Kim Soo-yeon): a common surname and a hyphenated given name. */
const KOREAN_ROMANIZED = /(?<![A-Za-z])(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Moon|Yang|Son|Bae|Baek|Nam) [A-Z][a-z]{1,6}-[a-z]{2,6}(?![A-Za-z])/g;
/** Who one is by origin or trade before one's full name (香港人陸家豪, 台商施文雄, 楼组长翁丽萍). */
const ORIGIN_BEFORE_NAME = /(?:香港人|台湾人|臺灣人|澳门人|澳門人|台商|港商|楼组长|樓組長)\s?/g;

/**
 * The name right after an English word for who the person is (rounds 25 and 27): a Latin full name, or a Han one of two or
 * three characters starting with a surname and ending the Han run; after round 27's words (`wider`) also a Latin name
 * with an apostrophe (O'Neill) and a Cyrillic given name.
 */
const LATIN_FULL_NAME = /^[A-Z][a-z]{1,15} [A-Z][a-z]{1,20}(?![A-Za-z])/;
const LATIN_FULL_NAME_WIDER = /^[A-Z][a-z]{1,15}(?:'[A-Z][a-z]{1,15})? [A-Z][a-z]{1,20}(?:'[A-Z][a-z]{1,15})?(?![A-Za-z])/;
export function nameAfterEnglishWord(text: string, at: number, out: PiiSpan[], wider: boolean): void {
  const latin = (wider ? LATIN_FULL_NAME_WIDER : LATIN_FULL_NAME).exec(text.slice(at, at + 40));
  if (latin) {
    out.push({ kind: 'name', start: at, end: at + latin[0].length });
    return;
  }
  const cyr = wider ? /^[А-ЯЁ][а-яё]{2,15}(?![А-Яа-яЁё])/.exec(text.slice(at, at + 20)) : null;
  if (cyr) {
    out.push({ kind: 'name', start: at, end: at + cyr[0].length });
    return;
  }
  if (SURNAME_SET.has(text[at]) && isHan(text.charCodeAt(at + 1))) {
    let e = at + 1;
    while (e < text.length && e - at < 3 && isHan(text.charCodeAt(e)) && !LOOSE_STOP.has(text.charCodeAt(e))) e++;
    if (e - at >= 2 && (e === text.length || !isHan(text.charCodeAt(e)))) out.push({ kind: 'name', start: at, end: e });
  }
}

export function scanRound25(text: string, out: PiiSpan[]) {
  const n = out.length;
  if (hasAny(text, LANE_ROOM_WORDS)) {
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'address') continue;
      const m = LANE_ROOM_AFTER.exec(text.slice(sp.end, sp.end + 7));
      if (m) sp.end += m[0].length;
      // (…9号二楼 read already, then 后楼.)
      else if (/[楼樓]$/.test(text.slice(sp.start, sp.end))) {
        const r = /^(?:前楼|后楼|前樓|後樓|亭子间|亭子間)/.exec(text.slice(sp.end, sp.end + 3));
        if (r) sp.end += r[0].length;
      }
    }
    BARE_LANE_ROOM.lastIndex = 0;
    for (let m = BARE_LANE_ROOM.exec(text); m; m = BARE_LANE_ROOM.exec(text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, CARD_WORDS)) {
    SPACED_CARD_NUMBER.lastIndex = 0;
    for (let m = SPACED_CARD_NUMBER.exec(text); m; m = SPACED_CARD_NUMBER.exec(text)) {
      const digits = m[1].replace(/[^0-9]/g, '').length;
      if (digits >= 8) out.push({ kind: 'member_number', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    }
  }
  if (sawLetter) {
    ENGLISH_PERSON_WORD.lastIndex = 0;
    for (let m = ENGLISH_PERSON_WORD.exec(text); m; m = ENGLISH_PERSON_WORD.exec(text)) {
      nameAfterEnglishWord(text, m.index + m[0].length, out, false);
    }
    MAIL_FROM.lastIndex = 0;
    for (let m = MAIL_FROM.exec(text); m; m = MAIL_FROM.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ kind: 'name', start, end: start + m[1].length });
    }
    KOREAN_ROMANIZED.lastIndex = 0;
    for (let m = KOREAN_ROMANIZED.exec(text); m; m = KOREAN_ROMANIZED.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  if (hasAny(text, ORIGIN_WORDS)) {
    ORIGIN_BEFORE_NAME.lastIndex = 0;
    for (let m = ORIGIN_BEFORE_NAME.exec(text); m; m = ORIGIN_BEFORE_NAME.exec(text)) {
      const at = m.index + m[0].length;
      if (!(SURNAME_SET.has(text[at]) || '區区'.includes(text[at] ?? '-'))) continue;
      if (!GIVEN_SET.has(text[at + 1] ?? '-') || !GIVEN_SET.has(text[at + 2] ?? '-')) continue;
      const next = text[at + 3] ?? '';
      if (next && isHan(next.charCodeAt(0)) && !'讲講说說在是的住也都就已反'.includes(next)) continue;
      out.push({ kind: 'name', start: at, end: at + 3 });
    }
  }
}

const LANE_ROOM_WORDS = ['前楼', '后楼', '前樓', '後樓', '亭子', '灶披', '客堂', '阁楼', '閣樓', '晒台', '曬台', '车库', '車庫'];
const CARD_WORDS = ['医保卡', '醫保卡', '社保卡', '就诊卡', '就診卡', '诊疗卡', '診療卡'];
const ORIGIN_WORDS = ['香港人', '台湾人', '臺灣人', '澳门人', '澳門人', '台商', '港商', '楼组长', '樓組長'];

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const easternMegacityTables = { CARD_WORDS };
