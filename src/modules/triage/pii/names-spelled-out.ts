import { mergeSpans, type PiiSpan } from './spans.js';
import { surnameLength } from './name-words.js';

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
    for (let k = at; k < de; k++) if (!isHan(text.charCodeAt(k)) || text[k] === '的') han = false;
    const c = text[de + 1];
    // (Review: the word is more than the character doubled, 好好的好 or 谢谢的谢 spells nothing.)
    const word = text.slice(at, de);
    if (han && isHan(c.charCodeAt(0)) && word.includes(c) && word.replaceAll(c, '') !== '') return de + 2;
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
    // (Past this chain whatever it spells: each 的 is read once, whatever the text's length.)
    const chainEnd = end;
    if (spelled.length < 2 || new Set(spelled).size < spelled.length) {
      at = chainEnd - 1;
      continue;
    }
    // The name just before: the spelled characters, or those and one more Han character (a last one spelled another way,
    // 那個娜; not a pause, 呃, nor a comma), opening with a surname.
    // (A comma, a space or a pause between the name and its spelling is left out: 我叫駱春生，駱駝的駱….)
    const before = /[，,、\s呃嗯啊]/.test(text[start - 1] ?? '') ? start - 1 : start;
    let name = -1;
    let nameEnd = before;
    for (const len of [spelled.length + 1, spelled.length]) {
      if (before - len < 0 || !text.slice(before - len, before).startsWith(spelled)) continue;
      if (len > spelled.length && (!isHan(text.charCodeAt(before - 1)) || /[呃嗯啊哦那就是]/.test(text[before - 1]))) continue;
      name = before - len;
      nameEnd = before;
    }
    if (name < 0 || surnameLength(text, name) < 1) {
      at = chainEnd - 1;
      continue;
    }
    const who = text.slice(name, nameEnd);
    // (The name itself where the spelling repeats it, 石头的石立春的立: every mention of it stays masked.)
    out = out.filter((s) => s.kind !== 'name' || s.end <= start || s.start >= end || text.slice(s.start, s.end) === who);
    out = mergeSpans(out.concat({ kind: 'name', start: name, end: nameEnd }));
    at = end - 1;
  }
  return out;
}
