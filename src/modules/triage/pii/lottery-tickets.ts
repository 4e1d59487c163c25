import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { likelyName, nameEnd } from './name-words.js';
import { numbersAfterCues } from './personal-papers.js';

// (Stop 52, pii105 studied) A lottery ticket and its claim: the ticket's serial after 票号 (8573 1645 0250 6564 0111: whoever
// holds the number holds the prize), a prize claim's receipt after 受理号 (DJ2025512824, one winner's claim), and the
// person who holds a group's ticket (票在尤振华手上). An invoice's number (发票号码) stays, as the sets leave it, and so does
// a hotline's 受理编号 (65 left visible in the sets: an office's work order).

/** A ticket's serial: digits, in groups of three to five set apart by spaces or dashes, or one run. */
const TICKET_SERIAL_52 = /(?<![发發])(?:票号|票號)(?![码碼])(?:是|为|為)?[:：]?\s?([0-9]{3,5}(?:[ \-][0-9]{3,5}){2,6}|[0-9]{10,30})(?![0-9])/g;
/** A prize claim's receipt number after 受理号 (not 受理编号, a hotline's work order). */
const CLAIM_RECEIPT_52 = /(?:受理号|受理號)(?:是|为|為)?[:：]?\s?([A-Z]{1,4}[0-9]{6,14})(?![0-9A-Za-z])/g;
/** A prize's words: a claim's receipt is read only where the text speaks of one (an office's notice has its own 受理号). */
const PRIZE_WORDS_52 = ['兑奖', '兌獎', '中奖', '中獎', '彩票', '奖金', '獎金', '领奖', '領獎'];
/** The person holding something, by name (票在尤振华手上, 钱在沙秋菊手里). */
const HELD_BY_52 = /在([\u3400-\u9fff]{2,4})(?:手上|手里|手裡|手中)/g;

export function scanLotteryTickets52(text: string, spans: PiiSpan[]): void {
  if (has(text, '票号') || has(text, '票號')) numbersAfterCues(TICKET_SERIAL_52, text, spans);
  if ((has(text, '受理号') || has(text, '受理號')) && hasAny(text, PRIZE_WORDS_52)) numbersAfterCues(CLAIM_RECEIPT_52, text, spans);
  if (has(text, '手上') || has(text, '手里') || has(text, '手裡') || has(text, '手中')) {
    HELD_BY_52.lastIndex = 0;
    for (let m = HELD_BY_52.exec(text); m; m = HELD_BY_52.exec(text)) {
      const s = m.index + 1;
      const e = s + m[1].length;
      if (nameEnd(text, s, true) === e && e - s >= 2 && likelyName(text, s, e)) spans.push({ kind: 'name', start: s, end: e });
    }
  }
}
