import type { PiiSpan } from './spans.js';
import { has, hasAny } from './text.js';
import { surnameLength } from './name-words.js';
import { notName38b, SAMPLE_ROW_44 } from './regions/clan-villages-and-state-farm.js';
import { ordinaryWord37 } from './regions/delivery-hub-and-island-port.js';
import { namesAfterRoleCues, roleName39b } from './regions/internships-and-provincial-capital.js';

// (Stop 46, pii81 studied) A mountain county's weddings, funerals and feasts as villagers write about them: a gift register
// copied line by line (婚宴禮簿\n1\t韋德明\t伍佰元, 覃振业　200), a feast's host and guests, the groom and the bride (主家龙老岩，
// 来客杨启发; 新郎韋志高新娘黃麗萍), and what the village calls the writer (大家都喊我巖哥). A register's line of an office (村委
// 500, 鄉政府某領導) is none, nor a form's sample row.

const REGISTER_WORDS_46 = ['礼簿', '禮簿', '礼单', '禮單', '礼金单', '禮金單', '人情簿', '人情账', '人情賬', '礼账', '禮賬', '礼金', '禮金'];
/** A register's line: an optional number, then a name of two to four characters, then an amount (digits or Chinese numerals,
 * 元 optional), separated by tabs, spaces or a colon. */
const REGISTER_LINE_46 = /(?:^|\n)[ \t　]*(?:[0-9０-９]{1,3}[ \t　.、]+)?([\u3400-\u9fff]{2,4})(?:[ \t　]+|[:：])(?:[0-9０-９]{2,6}|[零〇一二三四五六七八九十百千万壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟萬]{2,6})\s?(?:元|圓|块|塊)?整?[ \t　]*(?=\r?\n|$)/g;
/** A feast's parties before a name. */
const FEAST_CUES_46 = ['主家', '来客', '來客', '新郎', '新娘', '东家', '東家'];
/** The groom's name straight before the bride's word (新郎韋志高新娘黃麗萍). */
const GROOM_46 = /(?:新郎|新郎官)([\u3400-\u9fff]{2,3})(?=[，,、\s]?新娘[\u3400-\u9fff]{2,3})/g;
/** What the village calls the writer (大家都喊我巖哥, 寨子里都叫我二妹): the name after it, to the clause's end. */
const CALLED_ME_46 = /(?:大家|人家|村里人|村裡人|寨子里|寨子裡)(?:都)?(?:叫|喊)我([\u3400-\u9fff]{2,3})(?=[，,。.！!？?\s]|$)/g;

export function scanGiftRegisters46(text: string, spans: PiiSpan[]): void {
  if (hasAny(text, REGISTER_WORDS_46) && text.includes('\n')) {
    let lines = 0;
    const found: PiiSpan[] = [];
    REGISTER_LINE_46.lastIndex = 0;
    for (let m = REGISTER_LINE_46.exec(text); m; m = REGISTER_LINE_46.exec(text)) {
      lines++;
      const s = m.index + m[0].indexOf(m[1]);
      const e = s + m[1].length;
      const lineEnd = text.indexOf('\n', s);
      if (SAMPLE_ROW_44.test(text.slice(s, lineEnd < 0 ? text.length : lineEnd))) continue;
      // A person's: a surname first, no office's or a word's (村委, 鄉政府, 合计).
      // (Review: nor a clan's hall, 韦氏宗祠, a count, 席数, or a line that is a sentence, 王叔随了.)
      if (surnameLength(text, s) < 1 || notName38b(text, s, e) || /[委府局所站办辦队隊司计計祠堂氏数數费費钱錢款了的]$/.test(m[1])) continue;
      found.push({ kind: 'name', start: s, end: e });
    }
    // (Two lines at least: a register, not a sentence that ends in an amount.)
    if (lines >= 2) spans.push(...found);
  }
  if (hasAny(text, FEAST_CUES_46)) {
    const from = spans.length;
    namesAfterRoleCues(text, FEAST_CUES_46, spans);
    // (Review: a preposition read as a surname before the other party, 新郎向新娘求婚.)
    for (let i = spans.length - 1; i >= from; i--) if (/新[郎娘]/.test(text.slice(spans[i].start, spans[i].end + 1))) spans.splice(i, 1);
  }
  if (has(text, '新郎') && has(text, '新娘')) {
    GROOM_46.lastIndex = 0;
    for (let m = GROOM_46.exec(text); m; m = GROOM_46.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      // (The bride named too: 新郎熊抱新娘 and 新郎向新娘求婚 name no one.)
      const bride = m.index + m[0].length + (text[m.index + m[0].length] === '新' ? 2 : 3);
      if (surnameLength(text, s) === 1 && surnameLength(text, bride) >= 1 && !notName38b(text, s, s + m[1].length)) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
  if (has(text, '叫我') || has(text, '喊我')) {
    CALLED_ME_46.lastIndex = 0;
    for (let m = CALLED_ME_46.exec(text); m; m = CALLED_ME_46.exec(text)) {
      const s = m.index + m[0].length - m[1].length;
      // (A nickname by a surname or a kin word, 巖哥, 二妹, 阿宝, a particle after it left out, 甘婶啦; or a full name as the rules
      // read one.)
      // (Review: 叫我 is also "told me to": 人家叫我七点来, 大家都叫我小心点. The nickname is the whole of what follows, or it and
      // a particle; no word of the dictionary, 老师, 小心, 婆婆.)
      const two = m[1].slice(0, 2);
      const alone = m[1].length === 2 || /[啦呢嘛啊哦呀]/.test(m[1][2]);
      const nick = /^[\u3400-\u9fff](?:哥|姐|妹|弟|嫂|叔|婶|嬸|伯|公|婆)$/.test(two) || /^[阿老小二三四五六七八九][\u3400-\u9fff]$/.test(two);
      if (nick && alone && !ordinaryWord37(text.slice(s, s + 2))) spans.push({ kind: 'name', start: s, end: s + 2 });
      else if (!nick && roleName39b(text, s) === s + m[1].length) spans.push({ kind: 'name', start: s, end: s + m[1].length });
    }
  }
}
