import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { nameEnd, pushName } from './name-words.js';
import { platesTables } from './plates.js';

const { SENTENCE_END } = platesTables;

// (Stop 50, pii94 studied) What a household holds and whose it is. A household's forest plot by its compartment and
// sub-compartment (45林班15小班): since the collective forest reform each sub-compartment a village household contracts is
// recorded under its name, and the plot with the name, or with 我家, tells who holds it (pii94's writer labels 43 such
// plots, every one a household's). A state forest's compartments (国有林, 林场的, a forest farm's 施业区) are no one's and
// stay, as does a compartment alone (21林班到26林班: a ranger's beat) with no sub-compartment.

const PLOT_50 = /[0-9０-９]{1,3}林班[0-9０-９]{1,3}小班/g;
/** The plot's sentence names the state's forest. */
const STATE_FOREST_50 = /国有|國有|施业区|施業區|林场的|林場的/;

export function scanForestPlots50(text: string, out: PiiSpan[]): void {
  if (!has(text, '林班')) return;
  PLOT_50.lastIndex = 0;
  for (let m = PLOT_50.exec(text); m; m = PLOT_50.exec(text)) {
    let from = m.index;
    while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
    let to = m.index + m[0].length;
    while (to < text.length && !SENTENCE_END.test(text[to])) to++;
    if (STATE_FOREST_50.test(text.slice(from, to))) continue;
    out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
}

/** (Stop 50) A holder's name right before 名下 (巩春山名下45林班15小班, 房子在我爸张建国名下): the name whose holding it is. After
 * a boundary or a short word (在, 是, 归, 的, 我爸…), not inside a word. */
const HOLDER_LEFT_50 = /[^\u3400-\u9fff]|[在是归歸的给給到于於爸妈媽爹娘公婆]$/;
export function scanHolderNames50(text: string, out: PiiSpan[]): void {
  if (!has(text, '名下')) return;
  for (let at = text.indexOf('名下'); at >= 0; at = text.indexOf('名下', at + 2)) {
    for (let s = Math.max(0, at - 4); s <= at - 2; s++) {
      if (nameEnd(text, s) !== at) continue;
      if (s > 0 && !HOLDER_LEFT_50.test(text[s - 1])) continue;
      pushName(out, s, at);
      break;
    }
  }
}
