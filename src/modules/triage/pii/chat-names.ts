import { mergeSpans, type PiiSpan, withoutSpans } from './spans.js';
import { has } from './text.js';
import { nameWordsTables } from './name-words.js';

const { SURNAME_UNIT } = nameWordsTables;

// (Stop 52, pii101 and pii104 studied) The names people go by among neighbours and on platforms: a chat line's two-part
// display name (桕園6棟-老鬱：), a neighbour by their building and what they go by (12栋-琳琳妈拿走了, 11棟老韋), and a
// platform's nickname after its word (卖家昵称蓝莓不加冰). The later writers label each whole (pii50 … pii104); the older ones
// (pii35 … pii48) the nickname alone, and the older rules read that part (camps-chats-and-notices.ts).

/** A chat line's display name in two parts, a place or a trade and what the member goes by
 * (桕園6棟-老鬱：, 9幢602-林姐：, 跑单王-阿斌：, 澍华苑-岑叔：), at a line's head before the colon. */
const CHAT_SPEAKER_52 = /(?:^|\n)[ \t]*(?:【[^】\n]{1,20}】[ \t]*|\[[^\]\n]{1,10}\][ \t]*)?([^\n：:\s，,。；;！!？?【】[\]［］（）()\-－—]{1,12}[-－—][^\n：:\s，,。；;！!？?【】[\]［］（）()]{1,12})[：:]/g;
const DIGIT_52 = /[0-9０-９]/;
/** What a member goes by: 老/小/阿 and a character or two, or a kin word or a parent's word at the end (岑叔, 林姐, 豆豆奶奶). */
const CHAT_NICK_52 = /^(?:老|小|阿)[\u3400-\u9fff]{1,2}$|[\u3400-\u9fff](?:姐|哥|叔|嫂|妹|婶|嬸|伯|姨|爸|妈|媽|爸爸|妈妈|媽媽|奶奶|爷爷|爺爺)$/;
/** An office's or a firm's desk in a chat (物业-小刘, 漁政-李隊, 院辦-小王, 班主任-周老师, 網點-老聶, 湘峒所-老桑, 俱乐部-客服小飞,
 * 群主-村会计): the desk speaks, no private person — left as it is. */
const CHAT_OFFICE_52 = /物[业業]|管理[处處]|站|[所局办辦委院]$|[所局办辦委院][-－—]|政|街道|社[区區]|居委|村委|客服|[网網]点|[网網]點|班主任|老[师師]|[热熱][线線]|中心|[医醫]院|学校|學校|律|村[会會][计計]|村文[书書]|[书書][记記]|警/;
/**
 * Each chat line's two-part display name, whole, where some of it is read as personal already (the nickname after the
 * building, 9棟-樊姐: 樊姐 alone was masked) or its part after the dash is what a member goes by: the later writers label
 * the whole name (pii50 … pii104: 119 such names, 11 read whole before), the place before the dash as much the member's
 * as the nickname (their building or village, which with the nickname tells the neighbours who it is). An office's desk
 * stays (CHAT_OFFICE_52). Spans sorted; the same array when none widens.
 */
export function chatSpeakersAfter52(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!(has(text, '-') || has(text, '－') || has(text, '—')) || !(has(text, '：') || has(text, ':'))) return spans;
  let added: PiiSpan[] | null = null;
  let k = 0;
  CHAT_SPEAKER_52.lastIndex = 0;
  for (let m = CHAT_SPEAKER_52.exec(text); m; m = CHAT_SPEAKER_52.exec(text)) {
    const name = m[1];
    const start = m.index + m[0].length - 1 - name.length;
    const end = start + name.length;
    if (CHAT_OFFICE_52.test(name)) continue;
    const dash = name.search(/[-－—]/);
    // (Not a number's dash, 2-1-1801柴文静, nor a phone after the name, 穆阿依莎177-7446-6907: the rules read those.)
    if ((DIGIT_52.test(name[dash - 1]) && DIGIT_52.test(name[dash + 1] ?? '')) || /^[0-9０-９\-－—]+$/.test(name.slice(dash + 1))) continue;
    let read = CHAT_NICK_52.test(name.slice(dash + 1)) || CHAT_NICK_52.test(name.slice(0, dash));
    // (The spans are sorted and disjoint, the names found in the text's order: one pointer walks both, linear in a long chat.)
    while (k < spans.length && spans[k].end <= start) k++;
    if (!read && k < spans.length && spans[k].start < end) read = true;
    if (read) (added ??= []).push({ kind: 'name', start, end });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** (Stop 53, pii108 studied) A chat export's line head: the display name, then the time it was sent (枰头-老庞 20:11, 荪湾包姐
 * 2025-03-02 20:13), as a phone's "export chat" writes each message. */
const CHAT_EXPORT_SPEAKER_53 = /(?:^|\n)[ \t]*([^\n\s：:，,。；;！!？?【】[\]（）()]{2,12})[ \t]+(?:(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \t]+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?=[ \t\n])/g;
/**
 * Each display name of a chat export whose lines open with the sender and the time (two such lines at least: one line with a
 * time after a word is no chat), whole, where it is what a member goes by (a nickname, a kin word at its end, or one beside a
 * place before a dash: 枰头-老庞, 荪湾包姐) or the rules read part of it already; an office's desk stays (CHAT_OFFICE_52), as
 * in chatSpeakersAfter52. Spans sorted; the same array when none is added.
 */
export function chatExportSpeakers53(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!has(text, ':') || !has(text, '\n')) return spans;
  const heads: { start: number; end: number; name: string }[] = [];
  CHAT_EXPORT_SPEAKER_53.lastIndex = 0;
  for (let m = CHAT_EXPORT_SPEAKER_53.exec(text); m; m = CHAT_EXPORT_SPEAKER_53.exec(text)) {
    const start = m.index + m[0].indexOf(m[1], m[0].length - m[0].trimStart().length);
    heads.push({ start, end: start + m[1].length, name: m[1] });
  }
  if (heads.length < 2) return spans;
  let added: PiiSpan[] | null = null;
  for (const h of heads) {
    if (!/[\u3400-\u9fff]/.test(h.name) || CHAT_OFFICE_52.test(h.name)) continue;
    const dash = h.name.search(/[-－—]/);
    let read = CHAT_NICK_52.test(h.name) || (dash > 0 && (CHAT_NICK_52.test(h.name.slice(dash + 1)) || CHAT_NICK_52.test(h.name.slice(0, dash))));
    if (!read) for (const sp of spans) if (sp.start < h.end && sp.end > h.start) read = true;
    if (read) (added ??= []).push({ kind: 'name', start: h.start, end: h.end });
  }
  return added ? mergeSpans(spans.concat(added)) : spans;
}

/** (Stop 53, pii108 studied) A chat group's number (群号QQ 731584206, QQ群号…, 群號是834207716): the group's, which every writer
 * leaves visible (pii35, pii70, pii105, pii108: 4 of 4), not a member's — unless the clause says it is someone's own (我的, 个人). */
const GROUP_NUMBER_BEFORE_53 = /(?:群[号號]|QQ群|Q群|qq群)(?:是|为|為|[:：])?(?:QQ|qq)?[ \t]?$/;
export function withoutGroupNumbers53(text: string, spans: PiiSpan[]): PiiSpan[] {
  if (!has(text, '群') || !spans.length) return spans;
  return withoutSpans(spans, (sp) => {
    const c = text.charCodeAt(sp.start);
    if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) return false;
    const before = text.slice(Math.max(0, sp.start - 8), sp.start);
    return GROUP_NUMBER_BEFORE_53.test(before) && !/我的|个人|個人/.test(before);
  });
}

/** A neighbour by their building (and flat) and what they go by, in a sentence or at a chat line's head (12栋-琳琳妈,
 * 11棟老韋, 8棟吳姐, 9幢602-林姐, @10栋-豆豆奶奶): 老/小 and a surname, 阿 and a character, or a name's one or two
 * characters before a kin word or a parent's. (Not after 的: 7栋的黄大妈 is read by the older rules, its name alone.) */
const BY_BUILDING_52 = /[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)(?:[0-9０-９]{3,4})?[-－]?(?!的)(?:([老小])([\u3400-\u9fff])|阿[\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{1,2}(?:奶奶|爷爷|爺爺|妈|媽|爸|姐|哥|叔|嫂|婶|嬸))(?![\u3400-\u9fff]*[：:])(?=[^\u3400-\u9fff]|[拿说說家在是把让讓也又还還没沒])|(?:^|\n)[ \t]*(?:【[^】\n]{1,20}】[ \t]*)?([^\n：:\s，,。；;！!？?【】（）()\-－—]{0,6}[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)(?:[0-9０-９]{3,4})?(?:(?:[老小])[\u3400-\u9fff]|阿[\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{1,2}(?:奶奶|爷爷|爺爺|妈|媽|爸|姐|哥|叔|嫂|婶|嬸)))[：:]/g;
/** Kinds of place or thing after a building's number that read like 老X or 小X (3栋老楼, 5栋小区). */
const NOT_NICK_AFTER_BUILDING_52 = /^[老小](?:楼|樓|区|區|房|屋|旧|舊|年|人|孩|朋友|时|時|卖|賣|店|门|門)/;

export function scanNeighboursByBuilding52(text: string, spans: PiiSpan[]): void {
  if (!(has(text, '栋') || has(text, '棟') || has(text, '幢') || has(text, '号楼') || has(text, '號樓'))) return;
  BY_BUILDING_52.lastIndex = 0;
  for (let m = BY_BUILDING_52.exec(text); m; m = BY_BUILDING_52.exec(text)) {
    if (m[3] !== undefined) {
      // A chat line's head: the whole display name before the colon.
      const start = m.index + m[0].length - 1 - m[3].length;
      const nick = m[3].replace(/^.*?[0-9０-９]{1,3}(?:栋|棟|幢|号楼|號樓)(?:[0-9０-９]{3,4})?/, '');
      if (NOT_NICK_AFTER_BUILDING_52.test(nick) || ((nick[0] === '老' || nick[0] === '小') && nick.length === 2 && !SURNAME_UNIT[nick.charCodeAt(1)])) continue;
      spans.push({ kind: 'name', start, end: start + m[3].length });
      continue;
    }
    const nickAt = m.index + m[0].search(/[^0-9０-９栋棟幢号號楼樓\-－]/);
    if (NOT_NICK_AFTER_BUILDING_52.test(text.slice(nickAt, nickAt + 2)) || (m[1] !== undefined && !SURNAME_UNIT[m[2].charCodeAt(0)])) continue;
    spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
}

/** A platform's nickname after its word (卖家昵称蓝莓不加冰, 對方暱稱小鹿亂撞2018, 群昵称是“2-1801胡哥”, 网名Salar小公主): in
 * quotes, to the closing one; else to the clause's end. Every set that gives one labels it (14, three of them with the
 * quotes' 叫 outside). */
const NICKNAME_52 = /(?:昵称|暱稱|网名|網名)(?:是|为|為|叫|：|:|\s)?(?:[“「『"]([^”」』"\n]{1,16})[”」』"]|([^\s，,。；;！!？?：:、（）()“”「」"\n]{2,12}))/g;
/** What follows the word when it is no nickname (昵称证明不了就是他本人, 昵称都改了, 网名和真名, 网名无所谓, 昵称很土). */
const NOT_NICKNAME_52 = /^(?:什么|什麼|啥|谁|誰|无所谓|無所謂|很|太|挺|真|不|没|沒|可以|能|要|会|會|证明|證明|都|也|和|跟|与|與|一样|一樣|改|换|換|被|在|上|里|裡|中|就|不是|叫什么|叫什麼|是什么|是什麼|不同|相同|显示|顯示|没有|沒有|的)/;

export function scanPlatformNicknames52(text: string, spans: PiiSpan[]): void {
  if (!(has(text, '昵称') || has(text, '暱稱') || has(text, '网名') || has(text, '網名'))) return;
  NICKNAME_52.lastIndex = 0;
  for (let m = NICKNAME_52.exec(text); m; m = NICKNAME_52.exec(text)) {
    const nick = m[1] ?? m[2];
    if (m[2] !== undefined && NOT_NICKNAME_52.test(nick)) continue;
    const start = m.index + m[0].length - nick.length - (m[1] !== undefined ? 1 : 0);
    spans.push({ kind: 'name', start, end: start + nick.length });
  }
}
