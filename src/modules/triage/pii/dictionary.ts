import { eachDictionaryWord } from '../jieba-dictionary.js';
import { foldToSimplified } from '../normalize.js';
import { unitSetsTables } from './unit-sets.js';
import { nameWordsTables } from './name-words.js';

const { GIVEN_SET } = nameWordsTables;
const { codes } = unitSetsTables;

// The jieba dictionary's words as the vetoes read them: hash tables of words no person's, common words and characters.

/**
 * Whether the jieba dictionary has the word as no person (a place, an adjective, a thing: 阿克苏, 甜甜). Its person
 * tags (nr …) are not read: it tags common names so (王建军) and some words wrongly (白玉兰). The words are kept as
 * 32-bit hashes in an open-addressing table (4 MB, not 20 MB of strings), read from the dictionary the first time the
 * model proposes a name.
 */
export function wordNotPerson(word: string): boolean {
  return inHashTable((dictionaryWords ??= readDictionaryWords()), word);
}
/** Whether `word`'s hash is in `table` (hashTable's open addressing). */
function inHashTable(table: Uint32Array, word: string): boolean {
  const mask = table.length - 1;
  const h = wordHash(word);
  for (let s = fmixWord(h) & mask; table[s]; s = (s + 1) & mask) if (table[s] === h) return true;
  return false;
}
let dictionaryWords: Uint32Array | undefined;
/** (Stop 41) Two- and three-character words of the dictionary of any tag, persons' too, as common as 刘海 (65) or 刘亦菲
 * (256): the plain full name's gate reads past none (朱红太, 陆军航, 袁世凯), where a common name's entry is rare (张建国 13,
 * 王建军 5). Filled with dictionaryWords. */
const ANY_WORD_FREQUENCY_41 = 50;
let anyWords: Uint32Array | undefined;
/** The hashes in an open-addressing table of at least `least` slots, at most a quarter full however large a later
 * dictionary is. */
function hashTable(hashes: number[], least = 1 << 12): Uint32Array {
  let size = least;
  while (size < hashes.length * 4) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  for (const h of hashes) {
    let s = fmixWord(h) & mask;
    while (table[s] && table[s] !== h) s = (s + 1) & mask;
    table[s] = h;
  }
  return table;
}
/** Whether `word` is one of anyWords. */
export function anyDictionaryWord(word: string): boolean {
  dictionaryWords ??= readDictionaryWords();
  return inHashTable(anyWords!, word);
}
/** Two-character words of the dictionary as common as 能力 or 态度 (2,492), no person's. */
/** Words of a person's standing that 老 or 小 make no nickname of (knownNotName). */
const STANDING_WORDS = new Set('股东 党员 干部 职工 教师 住户 租户 客户 用户 会员 员工 同志 同学 朋友 邻居 乡亲 居民 村民 百姓 红军 工人 农民 战友 街坊 商户 业主 病号 司机 师傅 兄弟 姐妹 伙计'.split(' '));
const commonWords = new Set<string>();
const COMMON_FREQUENCY = 2000;
const commonWord = (word: string): boolean => {
  dictionaryWords ??= readDictionaryWords();
  return commonWords.has(word);
};
const wordHash = (w: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
};
const fmixWord = (h: number): number => Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
/** Characters of the dictionary's words of frequency 50 or more (by UTF-16 unit; 6,645, about GB 2312's common set: 餠 and
 * 歀 are in rarer words only), read with its words. */
const dictionaryCharacters = new Uint8Array(65536);
/** Whether some character of `span` (folded to Simplified) is a given name's or in a word of the dictionary. */
export function hasKnownCharacter(span: string): boolean {
  dictionaryWords ??= readDictionaryWords();
  const folded = foldToSimplified(span);
  for (let k = 0; k < folded.length; k++) if (dictionaryCharacters[folded.charCodeAt(k)] || GIVEN_SET.has(folded[k])) return true;
  return false;
}
function readDictionaryWords(): Uint32Array {
  const hashes: number[] = [];
  const anyTag: number[] = [];
  eachDictionaryWord((word, freq, tag) => {
    if (freq >= 50) for (let k = 0; k < word.length; k++) dictionaryCharacters[word.charCodeAt(k)] = 1;
    if (freq >= ANY_WORD_FREQUENCY_41 && word.length >= 2 && word.length <= 3) anyTag.push(wordHash(word));
    if (word.length >= 2 && word.length <= 4 && freq >= 3 && tag && !tag.startsWith('nr')) {
      hashes.push(wordHash(word));
      if (word.length === 2 && freq >= COMMON_FREQUENCY) commonWords.add(word);
    }
  });
  anyWords = hashTable(anyTag);
  return hashTable(hashes, 1 << 16);
}

/** Last characters of a form of address, a kinship word or a place: a span ending in one is left to the rules. */
const LEARNED_NOT_LAST = codes('哥姐弟妹爷爺奶叔姨舅婶嬸嫂伯婆娘村镇鎮乡鄉县縣市区區山湖河江街路巷屯寨湾灣坡岭嶺沟溝庄莊桥橋园園场場站院校厂廠局所');

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const dictionaryTables = { STANDING_WORDS, commonWord, LEARNED_NOT_LAST };
