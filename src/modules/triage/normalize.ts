import { Converter } from 'opencc-js/t2cn';

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

/** The normalized form used for matching; never shown instead of the original. */
export function normalize(text: string): string {
  if (!text) return '';
  // Strip control characters (binary input must not break later stages), keep newlines as spaces.
  const cleaned = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '');
  const simplified = toSimplifiedHk(toSimplifiedTw(cleaned));
  const half = toHalfWidth(simplified);
  let folded = '';
  for (const ch of half) folded += PUNCTUATION[ch] ?? ch;
  return folded.replace(/\s+/g, ' ').replace(/([,.;:?!])\1+/g, '$1').trim().toLowerCase();
}
