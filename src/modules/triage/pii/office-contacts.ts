import { type PiiSpan, spansTables } from './spans.js';

const { NO_SPANS } = spansTables;

// An office's lines and addresses, left visible: they identify no person and staff need them.

/** "——小胖（我们车队都这么叫我）": a nickname the writer explains in brackets as what people call them. */
const CALLED_ME_BRACKET = /([小老阿][\u3400-\u9fff])(?=[（(][^（()）\n]{0,12}(?:叫我|喊我)[^（()）\n]{0,3}[）)])/g;

/** "0451-86450012（供热办）", "0227-5510936（公司總機）": the writer labels the line an office's. */
const OFFICE_LABEL_AFTER = /^[ \u3000]?[(（][^()（）家宅我俺]{0,6}(?:办|辦|总机|總機|公司|局|中心|站|所|科|处|處|办公室|辦公室|值班室|前台|热线|熱線)[)）]/;
/**
 * "退役军人服务站在街道办一楼，电话0451-…", "松岗区征收办在和平路88号二楼": an office said to be somewhere, then the line
 * or the address — the office's, not a person's. (A clause where the writer or a home speaks, 我/家, is left alone.)
 */
const OFFICE_IS_AT = /(?:站|中心|局|科|所|办|辦|办公室|辦公室|政府|委员会|委員會|窗口|大厅|大廳|法院|医院|醫院|银行|銀行)(?:的(?:办公室|辦公室))?(?:就)?在/;
const PHONE_AFTER_CLAUSE = /[，,]\s*(?:办公室|辦公室)?(?:电话|電話|联系电话|聯繫電話)[:：\s]*$/;
function officeClauseBefore(text: string, from: number, atEnd: boolean): boolean {
  let s = from;
  while (s > 0 && from - s < 40 && !'。！？!?\n；;'.includes(text[s - 1])) s--;
  const clause = text.slice(s, from);
  const m = OFFICE_IS_AT.exec(clause);
  return m !== null && (!atEnd || m.index + m[0].length === clause.length) && !/[我俺咱家]/.test(clause.slice(0, m.index + m[0].length));
}
const CORPORATE_ACCOUNT_BEFORE = /(?:对公|對公)[^0-9０-９，,。；;]{0,8}$/;
const CALLED_UNANSWERED_AFTER = /^\s?(?:都|又|也|还|還|总|總|一直)?(?:冇人聽|冇人接|没人接|沒人接|没人听|沒人聽|无人接听|無人接聽|打不通|没人应|沒人應)/;
const OWN_LINE_AFTER = /(?:我|俺|阮|家里|家裡|屋企|自己)[^，,。；;]{0,5}?的?(?:座机|座機|电话|電話|固话|固話)/;
/** Called by the writer with nothing between the call and the number but how often or how long: not a person's
 * line said to be someone's (打我妈座机…, 打房东电话…). */
const CALLED_BEFORE = /(?:打|拨|撥)(?:了|咗|去|过|過|过去|過去)?(?:[一二三四五六七八九十两兩几幾好多0-9]{1,3}(?:次|遍|天|回|趟|个钟|個鐘))?$/;
/** The lines dropOfficeContacts left visible as an office's, in the text being read: the learned model of numbers
 * leaves them too (knownNotPersonalCode), so such a line is not half masked by it. */
export let officeLines: PiiSpan[] = [];
/** The text is read: its office lines are forgotten (detectPii). */
export function forgetOfficeLines(): void {
  officeLines = NO_SPANS;
}
export function dropOfficeContacts(text: string, spans: PiiSpan[]) {
  officeLines = [];
  let kept = 0;
  for (const sp of spans) {
    let drop = false;
    if (sp.kind === 'landline') {
      const c = text[sp.end] ?? '';
      // (Stop 30) "打咗十幾次0756-8862 1180都冇人聽": a line called and not answered is an office's.
      // (Unless the writer says it is theirs: "…都沒人接，這是我們家的座機".)
      if (CALLED_UNANSWERED_AFTER.test(text.slice(sp.end, sp.end + 6)) && CALLED_BEFORE.test(text.slice(Math.max(0, sp.start - 8), sp.start)) && !OWN_LINE_AFTER.test(text.slice(sp.end, sp.end + 24))) drop = true;
      else if ((c === '（' || c === '(' || ((c === ' ' || c === '\u3000') && '（('.includes(text[sp.end + 1] ?? ''))) && OFFICE_LABEL_AFTER.test(text.slice(sp.end, sp.end + 12))) drop = true;
      else if (PHONE_AFTER_CLAUSE.test(text.slice(Math.max(0, sp.start - 10), sp.start))) {
        // (The comma within those ten characters: looked for there only, so a long text costs no more per number.)
        let comma = sp.start - 1;
        while (comma > 0 && sp.start - comma <= 10 && text[comma] !== '，' && text[comma] !== ',') comma--;
        drop = comma > 0 && (text[comma] === '，' || text[comma] === ',') && officeClauseBefore(text, comma, false);
      }
    } else if (sp.kind === 'bank_card') {
      // "对公收款账号是0801 …": a company's account, not a person's card.
      drop = CORPORATE_ACCOUNT_BEFORE.test(text.slice(Math.max(0, sp.start - 12), sp.start));
    } else if (sp.kind === 'address' && sp.start > 0 && text[sp.start - 1] === '在') {
      drop = officeClauseBefore(text, sp.start, true);
    }
    if (!drop) spans[kept++] = sp;
    else if (sp.kind === 'landline') officeLines.push(sp);
  }
  spans.length = kept;
}

/** This module's consts that others read, as one object: each reader binds its own const to each (V8 reads a module's
 * own const faster than an exported or imported binding, in the loops over a text's characters). */
export const officeContactsTables = { CALLED_ME_BRACKET, CORPORATE_ACCOUNT_BEFORE };
