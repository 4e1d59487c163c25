import type { PiiSpan } from './spans.js';
import { has } from './text.js';
import { digit, likelyName, nameEnd, nameWordsTables, pushName } from './name-words.js';
import { numbersTables, sawTriggers } from './numbers.js';
import { aliasesAndSignaturesTables, bareFullName } from './aliases-and-signatures.js';
import { namesCuedTables } from './names-cued.js';
import { foreignTables, scanNicknamesBeforeRealNames } from './foreign.js';

const { T_AH, T_JIAO, T_KIN, T_PAREN, T_SHI, T_WO } = numbersTables;
const { AH_LATIN, CALLED_AH, CHILD_PARENT, ENGLISH_KIN, FORMAL_KIN, OVERSEAS_STANDING, TAIL_NICK, TAIL_NICK_NOT } = foreignTables;
const { ALIAS_KIN_END, ALIAS_NOT, ALIAS_ROLE_END, ALIAS_STOP, ALIAS_TITLE_END, NICK_SUBJECT_NOT, NICK_SUBJECT_STOP } = aliasesAndSignaturesTables;
const { CLAUSE_END, DOUBLED_ADVERB, HONORIFIC, NICKNAME_NOT, NOT_NAME_WORD, NUMERALS, SURNAME_SET, isHan } = nameWordsTables;
const { AH_NOT_SECOND } = namesCuedTables;

// Nicknames at a text's end and beside numbers, and elders by their family (round 14).

export function scanRound14Names(text: string, out: PiiSpan[], hasLetter: boolean) {
  if (has(text, '名') || (sawTriggers & T_JIAO && sawTriggers & T_PAREN)) scanNicknamesBeforeRealNames(text, out);
  if (sawTriggers & T_SHI && sawTriggers & T_KIN) {
    CHILD_PARENT.lastIndex = 0;
    for (let m = CHILD_PARENT.exec(text); m; m = CHILD_PARENT.exec(text)) {
      const w = m[1];
      if (NICK_SUBJECT_NOT.has(w) || ALIAS_NOT.has(w) || ALIAS_STOP.has(w[0]) || ALIAS_STOP.has(w[1]) || NICK_SUBJECT_STOP.has(w[0]) || NICK_SUBJECT_STOP.has(w[1]) || ALIAS_ROLE_END.test(w)) continue;
      // (A pet name (果果, 朵朵) or a word the text names the child by elsewhere (林一诺 … 一诺妈妈): 我是单亲妈妈 and
      // 我是全职妈妈 say what the writer is.)
      if (w[0] !== w[1] && text.indexOf(w) === m.index + 2 && text.indexOf(w, m.index + 4) < 0) continue;
      pushName(out, m.index + 2, m.index + 4);
    }
  }
  if (sawTriggers & T_AH) {
    if (sawTriggers & T_JIAO || has(text, '自稱') || has(text, '自称')) {
      CALLED_AH.lastIndex = 0;
      for (let m = CALLED_AH.exec(text); m; m = CALLED_AH.exec(text)) {
        if (AH_NOT_SECOND.has(m[1].charCodeAt(1))) continue;
        const s = m.index + m[0].length - 2;
        pushName(out, s, s + 2);
      }
    }
    if (hasLetter) {
      AH_LATIN.lastIndex = 0;
      for (let m = AH_LATIN.exec(text); m; m = AH_LATIN.exec(text)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    }
  }
  if (sawTriggers & T_KIN || has(text, '家兄') || has(text, '家姐') || has(text, '家姊') || has(text, '家嫂') || has(text, '先夫') || has(text, '亡夫')) {
    FORMAL_KIN.lastIndex = 0;
    for (let m = FORMAL_KIN.exec(text); m; m = FORMAL_KIN.exec(text)) {
      const q = m.index + m[0].length;
      const e = nameEnd(text, q);
      if (e - q === 3 && likelyName(text, q, e) && !NOT_NAME_WORD.has(text.slice(q, q + 2))) pushName(out, q, e);
    }
  }
  if (has(text, '侨') || has(text, '僑')) {
    OVERSEAS_STANDING.lastIndex = 0;
    for (let m = OVERSEAS_STANDING.exec(text); m; m = OVERSEAS_STANDING.exec(text)) {
      const q = m.index + 2;
      const e = q + 3;
      if (e <= text.length && bareFullName(text, q, e) && (e === text.length || CLAUSE_END.has(text[e]) || text[e] === ' ') && likelyName(text, q, e)) pushName(out, q, e);
    }
  }
  if (hasLetter && (has(text, 'y ') || has(text, 'r '))) {
    ENGLISH_KIN.lastIndex = 0;
    for (let m = ENGLISH_KIN.exec(text); m; m = ENGLISH_KIN.exec(text)) {
      const q = m.index + m[0].length - m[1].length;
      const e = q + m[1].length;
      if (bareFullName(text, q, e) || (m[1].length === 4 && SURNAME_SET.has(m[1][0]) && bareFullName(text, q + 1, e))) pushName(out, q, e);
    }
  }
  // (The tail only: a nickname in the last 40 characters, set off by spaces.)
  if (has(text, ' ') || has(text, '\u3000')) {
    const from = Math.max(0, text.length - 40);
    TAIL_NICK.lastIndex = from;
    for (let m = TAIL_NICK.exec(text); m; m = TAIL_NICK.exec(text)) {
      const w = m[1];
      const s = m.index + m[0].length - w.length;
      if (TAIL_NICK_NOT.has(w) || ALIAS_NOT.has(w) || NICKNAME_NOT.has(w) || ALIAS_TITLE_END.test(w) || DOUBLED_ADVERB.has(w.charCodeAt(0)) || NUMERALS.has(w[0])) continue;
      let stop = false;
      for (const ch of w.slice(1)) if (ALIAS_STOP.has(ch) || NICK_SUBJECT_STOP.has(ch)) stop = true;
      if (stop) continue;
      // (Before it: a standing, a place or a phone number, set off by a space — not the middle of a sentence.)
      const prev = text.charCodeAt(s - 2);
      if (s < 2 || !(isHan(prev) || digit(prev) >= 0 || prev === 0xff1a || prev === 0x3a)) continue;
      // (After it, a number must be a phone: masked already.)
      let k = s + w.length;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u3000')) k++;
      if (k < text.length && digit(text.charCodeAt(k)) >= 0 && !out.some((sp) => sp.start === k && (sp.kind === 'mobile' || sp.kind === 'landline'))) continue;
      pushName(out, s, s + w.length);
    }
  }
}

/**
 * (Round 14) More of the writer's and their family's names:
 *   - the writer after 我是…and a trade they work in, by nickname or full name (我是…出租车司机老谭啊, 我是导游包晓雯，):
 *     a private worker writing as themselves, not an official;
 *   - a relative by surname, 阿 and a character (我阿嬤黃阿桂住…), as southern families name elders;
 *   - a name, then what the village calls the person in brackets: the surname, 家 and an elder's address
 *     (雷秀芝（雷家阿婆）);
 *   - a word set off at the end after 邻居 / 路人 / 网友 (…的邻居 黑皮), as a signature.
 */
const WRITER_TRADE = /[我俺]是[^，,。；;！!？?\n]{0,14}?(?:出租车司机|出租車司機|网约车司机|網約車司機|司机|司機|导游|導遊|渔民|漁民|农民工|農民工|电工|電工|钢筋工|鋼筋工|保育员|保育員|保洁员|保潔員|护工|護工|厨师|廚師|骑手|騎手|快递员|快遞員|外卖员|外賣員|收银员|收銀員|服务员|服務員|店员|店員|供货商|供貨商|供应商|供應商)/g;
const KIN_AH = /(?:阿嬤|阿嫲|阿媽|阿妈|阿爸|阿公|阿婆|阿爺|阿爷|外婆|外公|奶奶|爷爷|爺爺|嫲嫲|我媽|我妈|我爸|老伴|老公|老婆)(?=[\u3400-\u9fff]阿[\u3400-\u9fff](?:住|在|今年|已|的|喺|说|說|[，,。；;！!？?\s]|$))/g;
const ELDER_ALIAS = /^[（(]([\u3400-\u9fff])家(?:阿婆|阿公|阿伯|阿嬤|阿嫲|婆婆|奶奶|爷爷|爺爺|大娘|大爷|大爺|大嫂|阿嫂|二叔|三叔|老太|老汉|老漢)[）)]/;
const TAIL_AFTER_STANDING = /(?:邻居|鄰居|路人|网友|網友|工友|街坊)[\s\u3000]+([\u3400-\u9fff]{2,3})[\s\u3000。.！!]*$/;
export function scanMoreRound14Names(text: string, out: PiiSpan[]) {
  if (sawTriggers & T_SHI && sawTriggers & T_WO) {
    WRITER_TRADE.lastIndex = 0;
    for (let m = WRITER_TRADE.exec(text); m; m = WRITER_TRADE.exec(text)) {
      const q = m.index + m[0].length;
      // (Not "我是司机老婆", "我是导游公司的": a relation or a firm after the trade.)
      if ((text[q] === '老' || text[q] === '小') && isHan(text.charCodeAt(q + 1)) && SURNAME_SET.has(text[q + 1]) && /^(?:$|[啊呀啦哦，,。！!？?\s])/.test(text.slice(q + 2, q + 3))) {
        pushName(out, q, q + 2);
        continue;
      }
      // (Not a surname and a polite form: 我是司机王师傅 names nobody.)
      if (HONORIFIC.test(text.slice(q + 1, q + 3)) || ALIAS_TITLE_END.test(text.slice(q, q + 3)) || ALIAS_KIN_END.test(text.slice(q, q + 3))) continue;
      if (q + 3 <= text.length && bareFullName(text, q, q + 3) && /^(?:$|[，,。！!？?；;\s（(])/.test(text.slice(q + 3, q + 4)) && likelyName(text, q, q + 3)) pushName(out, q, q + 3);
    }
  }
  if (sawTriggers & T_AH) {
    KIN_AH.lastIndex = 0;
    for (let m = KIN_AH.exec(text); m; m = KIN_AH.exec(text)) {
      const q = m.index + m[0].length;
      if (SURNAME_SET.has(text[q]) && !AH_NOT_SECOND.has(text.charCodeAt(q + 2))) pushName(out, q, q + 3);
    }
  }
  if (sawTriggers & T_PAREN) {
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const sp = out[k];
      if (sp.kind !== 'name' || sp.end - sp.start < 2) continue;
      const a = ELDER_ALIAS.exec(text.slice(sp.end, sp.end + 8));
      if (a && a[1] === text[sp.start]) out.push({ kind: 'name', start: sp.end + 1, end: sp.end + a[0].length - 1 });
    }
  }
  if (has(text, ' ') || has(text, '\u3000')) {
    const off = Math.max(0, text.length - 24);
    const t = TAIL_AFTER_STANDING.exec(text.slice(off));
    if (t) {
      const w = t[1];
      let ok = !TAIL_NICK_NOT.has(w) && !ALIAS_NOT.has(w) && !NICKNAME_NOT.has(w) && !ALIAS_TITLE_END.test(w);
      for (const ch of w) if (ALIAS_STOP.has(ch) || NICK_SUBJECT_STOP.has(ch)) ok = false;
      const start = off + t.index + t[0].lastIndexOf(w);
      if (ok) pushName(out, start, start + w.length);
    }
  }
}
