import { foldToSimplified } from '../normalize.js';
import { type AnchoredScan, anchoredScansTables } from './anchored-scans.js';

const { CONTEXT_BIT, NAME_INTRO_BIT, SCAN_FIRST } = anchoredScansTables;

// The text being read: its characters noted once, so that a test for an absent word costs one look-up.

/** The positions noteCharacters listed for `bit` (firstCharsBit) in the text being read: listedAt(bit)[0 … listedCount(bit)). */
const listedAt = (bit: number): Int32Array => bitAt[31 - Math.clz32(bit)];
const listedCount = (bit: number): number => bitCount[31 - Math.clz32(bit)];
/** The index in `at` (sorted, `count` long) of the first position at `from` or after. */
function firstAtOrAfter(at: Int32Array, count: number, from: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The first match at `from` or after: what a global expression's exec finds with lastIndex = `from`. */
export function execAnchored(scan: AnchoredScan, text: string, from: number): RegExpExecArray | null {
  const { re, bit } = scan;
  if (text === candText) {
    // The text being read: the positions noteCharacters listed for the scan's bit, from the first at `from` or after.
    const at = listedAt(bit);
    const count = listedCount(bit);
    for (let k = count ? firstAtOrAfter(at, count, from) : 0; k < count; k++) {
      re.lastIndex = at[k];
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  }
  for (let i = from, n = text.length; i < n; i++) {
    if (!(SCAN_FIRST[text.charCodeAt(i)] & bit)) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The characters of the text being read, noted once (noteCharacters, first thing in detectPii), so that a
// scan or a test for a word whose first character the text lacks costs one lookup instead of a pass
// over the text (most of the words looked for are absent from most opinions), and a scan reads only the
// positions where it may start.

/**
 * The text as one flat run of characters. A text built by concatenation is held by V8 as a tree of its parts
 * (flattened on first use, but still read through an indirection), and the scans read it character by character
 * many times over: a flat copy reads faster than it costs. toWellFormed returns that copy, the same characters,
 * when the text has no lone surrogate (else it would replace them: the text is then read as it is).
 */
const toWellFormed = (String.prototype as { toWellFormed?: () => string }).toWellFormed;
export function flatText(text: string): string {
  if (!toWellFormed) return text;
  const flat = toWellFormed.call(text);
  return flat === text ? flat : text;
}

/**
 * seen(c): the character c is in the text being read. (One bit per character, 8 kB cleared per text: the cue words' first
 * characters that has() reads, hundreds per text and most absent, stay in the first-level cache, where a byte per
 * character, 64 kB, missed it.)
 */
const SEEN = new Int32Array(2048);
const seen = (c: number): boolean => ((SEEN[c >>> 5] >>> c) & 1) !== 0;
/**
 * noteCharacters' tables of each character's SCAN_FIRST and TRIGGER bits, as a class of one byte (CHAR_CLASS, 0: none)
 * and the class's bits (86 classes, always in cache), in place of two reads of 256 KB tables per character.
 * (Filled after the last bit is made, by CONTEXT_BIT below.)
 */
const CHAR_CLASS = new Uint8Array(65536);
const CLASS_SCAN_BITS = new Uint32Array(256);
const CLASS_TRIGGERS = new Uint32Array(256);
/** The text whose positions are listed below. */
export let candText = '';
/**
 * Per SCAN_FIRST bit (by its index), the text's positions where that anchored scan or pass may start, in order:
 * bitAt[k][0 … bitCount[k]). Each scan reads its own list alone (a list of all such positions, read with a bit test,
 * cost each scan a step per position of every other scan).
 */
const bitAt: Int32Array[] = Array.from({ length: 32 }, () => new Int32Array(256));
const bitCount = new Int32Array(32);
/** The TRIGGER bits of the text's characters (read by scanNumbers). */
export let notedTriggers = 0;
/**
 * Whether the text being read has a letter of another script that a whole-text test looks for (HANGUL, CYRILLIC, …:
 * scriptTest). Most opinions have none, and each such test read every character (about half a microsecond each).
 */
let sawScript = false;
let scriptUnits: Int32Array | null = null;
/** The bit table of every UTF-16 unit that one of the tests scriptTest gates matches (built at first use, when all are made). */
function scriptUnitTable(): Int32Array {
  const bits = new Int32Array(2048);
  const units = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, u) => u));
  for (const re of [HANGUL, CYRILLIC, CASED_NOT_ASCII, KATAKANA_ANY, THAI_LETTER, MONGOL_SCRIPT]) {
    // (One character class, no flags: a match is one unit, the same in any string, so its units are all it can match.)
    if (re.flags !== '' || !/^\[[^\]]*\]$/.test(re.source)) throw new Error(`scriptTest: ${re.source} is not one character class`);
    const all = new RegExp(re.source, 'g');
    for (let m = all.exec(units); m; m = all.exec(units)) bits[m.index >>> 5] |= 1 << m.index;
  }
  return bits;
}
/** foldToSimplified of the text being read, folded once for all that read it (scanStop35, the name model), or null. */
export let foldedCand: string | null = null;
/** The text is read: forget it and its folded form (detectPii), not to keep a long text alive until the next call. */
export function forgetText(): void {
  candText = '';
  foldedCand = null;
}
/** foldToSimplified(text), the text being read's folded once. */
export function foldedOf(text: string): string {
  if (text !== candText) return foldToSimplified(text);
  return (foldedCand ??= foldToSimplified(text));
}
/** `re.test(text)` for one of scriptUnitTable's expressions: false at once where the text being read has none of its letters. */
export function scriptTest(re: RegExp, text: string): boolean {
  return (text !== candText || sawScript) && re.test(text);
}
export function noteCharacters(text: string) {
  SEEN.fill(0);
  bitCount.fill(0);
  let triggers = 0;
  // (The two bits at the most characters, NAME_INTRO_BIT's and CONTEXT_BIT's, are listed without a branch: the position is
  // written, and the count goes up by the bit. A branch taken at some characters and not at others is mispredicted often.)
  const introK = 31 - Math.clz32(NAME_INTRO_BIT);
  const contextK = 31 - Math.clz32(CONTEXT_BIT);
  const intro = bitAt[introK].length > text.length ? bitAt[introK] : (bitAt[introK] = new Int32Array(text.length + 1));
  const context = bitAt[contextK].length > text.length ? bitAt[contextK] : (bitAt[contextK] = new Int32Array(text.length + 1));
  let intros = 0;
  let contexts = 0;
  const others = ~(NAME_INTRO_BIT | CONTEXT_BIT);
  const scripts = (scriptUnits ??= scriptUnitTable());
  let script = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    SEEN[c >>> 5] |= 1 << c;
    script |= scripts[c >>> 5] >>> c;
    const k = CHAR_CLASS[c];
    triggers |= CLASS_TRIGGERS[k];
    const scanBits = CLASS_SCAN_BITS[k];
    intro[intros] = i;
    intros += (scanBits >>> introK) & 1;
    context[contexts] = i;
    contexts += (scanBits >>> contextK) & 1;
    for (let bits = scanBits & others; bits; bits &= bits - 1) {
      const k = 31 - Math.clz32(bits & -bits);
      const count = bitCount[k];
      const at = count < bitAt[k].length ? bitAt[k] : growBitList(k);
      at[count] = i;
      bitCount[k] = count + 1;
    }
  }
  bitCount[introK] = intros;
  bitCount[contextK] = contexts;
  notedTriggers = triggers;
  sawScript = (script & 1) !== 0;
  candText = text;
  foldedCand = null;
}
function growBitList(k: number): Int32Array {
  const at = new Int32Array(bitAt[k].length * 2);
  at.set(bitAt[k]);
  return (bitAt[k] = at);
}
/**
 * `text.includes(word)` for the text being read or a part of it (a word whose first character the text lacks is
 * absent without a search). `word` is not empty.
 */
export function has(text: string, word: string): boolean {
  if (!seen(word.charCodeAt(0))) return false;
  // (A character of the whole text is there; in a part of it, it may not be.)
  if (word.length === 1) return text === candText || text.includes(word);
  return seen(word.charCodeAt(1)) && text.includes(word);
}
/** Whether the text being read (or a part of it) has any of `words` (as has, one by one). */
export function hasAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (has(text, words[k])) return true;
  return false;
}
/** The end of `text` before its trailing white space (\s), then before one final character of `marks` if there is one. */
const SPACE = /\s/;
export function endBeforeSpaces(text: string, marks: string): number {
  let e = text.length;
  while (e > 0 && SPACE.test(text[e - 1])) e--;
  if (e > 0 && marks.includes(text[e - 1])) e--;
  return e;
}
/** (Stop 29) A Korean name in Hangul: three syllables, the first a surname, standing alone or before 입니다/씨/님
 * (송인숙, 남순희입니다). Korean words of three syllables that open with a surname's syllable and stand alone are rare
 * in a Chinese letter; the studied sets' other Hangul (저는, 한국, 사람이에요, 신한은행, 안내데스크) is not of that shape. */
const HANGUL = /[\uac00-\ud7a3]/;
const CYRILLIC = /[\u0400-\u04ff]/;
/** Letters of a cased script beyond ASCII: Latin with marks, Greek, Cyrillic. */
const CASED_NOT_ASCII = /[\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF]/;
const KATAKANA_ANY = /[\u30a1-\u30fa]/;

const THAI_LETTER = /[\u0e01-\u0e4e]/;
/** A word in Mongolian script (ᠪᠠᠭᠠᠲᠤᠷ), where its sentence speaks of a name (是我阿妈的名字, 我的蒙文名字). */
const MONGOL_SCRIPT = /[\u1820-\u1878]/;

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const textTables = { listedAt, listedCount, seen, CHAR_CLASS, CLASS_SCAN_BITS, CLASS_TRIGGERS, HANGUL, CYRILLIC, CASED_NOT_ASCII, KATAKANA_ANY, THAI_LETTER, MONGOL_SCRIPT };
