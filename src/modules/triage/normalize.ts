import { Converter } from 'opencc-js/t2cn';
import { Converter as ToTraditional } from 'opencc-js/cn2t';

// Normalization for matching and classifying, kept beside the verbatim original (原汁原味: the
// original is never altered). Traditional → Simplified (OpenCC, Taiwan and Hong Kong variants),
// full-width ASCII → half-width, ideographic space and runs of whitespace folded, and the
// punctuation variants people type folded to one form each.

const toSimplifiedTw = Converter({ from: 'tw', to: 'cn' });
const toSimplifiedHk = Converter({ from: 'hk', to: 'cn' });

const PUNCTUATION: Record<string, string> = {
  '，': ',', '。': '.', '、': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '【': '[', '】': ']',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"', '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '～': '~', '…': '...', '·': '·',
};

export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

// Which characters a Traditional → Simplified conversion can change, found once by converting
// every CJK character on its own (about 40 ms at start-up). Text with none of them — most
// opinions — skips OpenCC, which costs more than the rest of normalization together. (A
// phrase-level conversion whose characters are each unchanged is not worth that price: it
// changes a variant spelling, not what the opinion says.)
const convertible = (() => {
  const bits = new Uint8Array(0x10000);
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  for (let c = 0xf900; c <= 0xfaff; c++) chars.push(String.fromCharCode(c));
  const converted = toSimplifiedHk(toSimplifiedTw(chars.join('\n'))).split('\n');
  // A character that is itself Simplified (it has a Traditional form of its own, like 么 → 麼)
  // does not call for conversion even if OpenCC maps it when alone (么 → 幺, never in 什么).
  const back = ToTraditional({ from: 'cn', to: 'tw' })(chars.join('\n')).split('\n');
  // If a converter ever changed the line count, mark everything so conversion always runs.
  if (converted.length !== chars.length || back.length !== chars.length) bits.fill(1);
  else for (let i = 0; i < chars.length; i++) if (converted[i] !== chars[i] && back[i] === chars[i]) bits[chars[i].charCodeAt(0)] = 1;
  return bits;
})();

function needsConversion(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (convertible[text.charCodeAt(i)]) return true;
  return false;
}

// One table folds every UTF-16 unit in a single pass: full-width → half-width, the ideographic
// and other spaces → ' ', punctuation variants → one form, control characters dropped (0).
const FOLD = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0; c < 0x20; c++) t[c] = 0;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 0x20;
  t[0x7f] = 0;
  t[0xfffd] = 0;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const [from, to] of Object.entries(PUNCTUATION)) t[from.charCodeAt(0)] = to.charCodeAt(0); // '…' folds to '.', as '...' would
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 32;
  return t;
})();
const REPEATABLE = new Uint8Array(128);
for (const ch of ',.;:?!') REPEATABLE[ch.charCodeAt(0)] = 1;
let buffer = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

/** The normalized form used for matching; never shown instead of the original. */
export function normalize(text: string): string {
  if (!text) return '';
  const simplified = needsConversion(text) ? toSimplifiedHk(toSimplifiedTw(text)) : text;
  if (simplified.length > buffer.length) buffer = new Uint16Array(simplified.length * 2);
  let n = 0;
  let last = 0x20; // as if preceded by a space: leading spaces drop
  for (let i = 0; i < simplified.length; i++) {
    const c = FOLD[simplified.charCodeAt(i)];
    if (c === 0) continue;
    // Runs of spaces fold to one; a repeated ",.;:?!" to one.
    if (c === last && (c === 0x20 || (c < 128 && REPEATABLE[c]))) continue;
    buffer[n++] = c;
    last = c;
  }
  if (n && buffer[n - 1] === 0x20) n--;
  const folded = n <= 8192 ? String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]) : utf16.decode(buffer.subarray(0, n));
  // Letters beyond ASCII (Greek, Cyrillic, accented Latin) lower-cased too; rare, so test first.
  return /[^\u0000-\u007f\u3000-\u9fff\uff00-\uffef]/.test(folded) ? folded.toLowerCase() : folded;
}
