import { detectPii } from './detect.js';

/** The text with every personal-data character masked; everything else verbatim. */
export function redact(text: string, spans = detectPii(text)): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    // One ＊ per character (a surrogate pair is one character).
    let n = 0;
    for (let k = s.start; k < s.end; k++) {
      const c = text.charCodeAt(k);
      const prev = k > s.start ? text.charCodeAt(k - 1) : 0;
      if (!(c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff)) n++;
    }
    out += text.slice(at, s.start) + '＊'.repeat(n);
    at = s.end;
  }
  return out + text.slice(at);
}
