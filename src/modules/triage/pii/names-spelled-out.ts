import { mergeSpans, type PiiSpan } from './spans.js';

// (Stop 46, pii80 studied) A caller spelling out a name in a voice message, character by character, each with a word that
// has it (我是那个駱春生駱駝的駱春天的春生孩子的生, 我叫項麗娜項羽的項美麗的麗那個娜): the name before the spelling is the
// caller's, whatever its characters; the spelling's own words (項美麗 inside 項羽的項美麗的麗) are no one's name.

const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** One spelled character: a word of one to three characters that holds it, 的, then the character (駱駝的駱, 生孩子的生),
 * starting at `at`; the end of the group, or −1. */
function spelledAt(text: string, at: number): number {
  for (let len = 1; len <= 3; len++) {
    const de = at + len;
    if (text[de] !== '的' || de + 1 >= text.length) continue;
    let han = true;
    for (let k = at; k < de; k++) if (!isHan(text.charCodeAt(k))) han = false;
    const c = text[de + 1];
    if (han && isHan(c.charCodeAt(0)) && text.slice(at, de).includes(c)) return de + 2;
  }
  return -1;
}

/** The spans with each spelled-out name masked and the spelling's words left out. */
export function spelledNames46(text: string, spans: PiiSpan[]): PiiSpan[] {
  let out = spans;
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1)) {
    // The first group of a chain: a group ending at this 的's character, not after another group.
    let start = -1;
    for (let len = 1; len <= 3 && start < 0; len++) if (at - len >= 0 && spelledAt(text, at - len) === at + 2) start = at - len;
    if (start < 0) continue;
    let spelled = text[at + 1];
    let end = at + 2;
    for (let next = spelledAt(text, end); next > 0; next = spelledAt(text, end)) {
      spelled += text[next - 1];
      end = next;
    }
    if (spelled.length < 2) continue;
    // The name just before: the spelled characters, or those and one more (a last one spelled another way, 那個娜).
    let name = -1;
    for (const len of [spelled.length + 1, spelled.length]) if (start - len >= 0 && text.slice(start - len, start).startsWith(spelled)) name = start - len;
    if (name < 0) continue;
    const who = text.slice(name, start);
    // (The name itself where the spelling repeats it, 石头的石立春的立: every mention of it stays masked.)
    out = out.filter((s) => s.kind !== 'name' || s.end <= start || s.start >= end || text.slice(s.start, s.end) === who);
    out = mergeSpans(out.concat({ kind: 'name', start: name, end: start }));
    at = end - 1;
  }
  return out;
}
