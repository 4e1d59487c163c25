// What a figure counts (its indicator) and whose figure it is (its scope), read from the words
// around it. Chinese reports put the counted thing either after the measure word
// (“提出了51条整改措施”) or before the numeral (“征求意见建议1.3万条”, “召开座谈会3200余场”);
// the scope is a whole-area word (全市, 全县) or a unit's name opening the clause (市交通局…).
// Both work on the analysis text (Simplified), so they come out in Simplified.

import { scanNumber } from './numerals.js';
import { matchUnit } from './units.js';

const isCjk = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

const CLAUSE_BREAK = new Set([...'，,。；;：:！!？?、\n\r\t()（）“”"《》【】[]『』「」—…·|']);
const SENTENCE_BREAK = new Set([...'。；;！!？?\n\r']);

/** Where the clause holding position i starts (after the last clause punctuation), at most 40 back. */
export function clauseStart(text: string, i: number, floor = 0): number {
  const stop = Math.max(floor, i - 40);
  let k = i;
  while (k > stop && !CLAUSE_BREAK.has(text[k - 1])) k--;
  return k;
}

// Sentence breaks of the last text seen, as a bitmap: the extractor asks for the sentence of every
// figure, and a report full of figures must not rescan the same stretch each time.
let breaksOf: string | null = null;
let breaks = new Uint8Array(0);
function sentenceBreaks(text: string): Uint8Array {
  if (breaksOf !== text) {
    breaks = new Uint8Array(text.length);
    for (let k = 0; k < text.length; k++) if (SENTENCE_BREAK.has(text[k])) breaks[k] = 1;
    breaksOf = text;
  }
  return breaks;
}

export function sentenceStart(text: string, i: number): number {
  const b = sentenceBreaks(text);
  const stop = Math.max(0, i - 200);
  let k = i;
  while (k > stop && !b[k - 1]) k--;
  return k;
}

export function sentenceEnd(text: string, i: number): number {
  const b = sentenceBreaks(text);
  const stop = Math.min(text.length, i + 200);
  let k = i;
  while (k < stop && !b[k]) k++;
  return k;
}

// Words that open a predicate: the noun phrase after a measure word ends where one begins.
const VERBS = [
  '进行', '开展', '召开', '参加', '实现', '予以', '指定', '深入', '走访', '畅谈', '紧密', '认真', '反复', '分别', '作为',
  '同时', '发放', '赠送', '送去', '作出', '作了', '受到', '纳入', '列入', '覆盖', '涉及', '全部', '坚持', '得到', '达到',
  '通过', '进入', '开始', '完成', '按照', '结合', '参与', '接受', '获得', '取得', '进一步', '分赴', '前往', '负责', '实行',
  '被', '对', '向', '给', '为', '在', '到', '从', '将', '把', '已', '均', '并', '还', '又', '也', '都', '中', '里', '内', '上', '是', '等',
];
const VERB_SET = new Set(VERBS);
// Of those, the ones that cannot open a counted noun (中心组, 上访, 内设机构 can).
const NOT_NOUN_START = new Set(VERBS.filter((v) => !['中', '里', '内', '上', '等', '全部', '集中', '深入'].includes(v)));
const TRAILING_CONJ = /[和与及等、]+$/;

/** Fillers between an indicator and its numeral: 累计开展调研 → 开展调研, 参学率达到 → 参学率. */
const TRAILING_FILLERS = ['其中', '共计', '合计', '总计', '累计', '达到', '达', '约为', '约', '将近', '近', '逾', '超过', '多达', '高达', '均在', '均为', '人均', '均', '为', '了', '有', '计', '在', '共', '仅', '就', '已', '分别', '先后', '是', '不少于', '不超过', '不足', '不到', '至少', '大约', '同比', '相比', '减少到', '增至', '增加到'];
const SPLITTERS = ['累计', '共计', '合计', '总计', '先后', '人均', '带头', '共', '相比', '同比', '全年', '年内', '其中'];
const LEADING = ['给予', '其中', '应', '已', '要', '需', '为', '对', '向', '给', '在', '将', '把', '从', '又', '还', '并', '对于', '其', '及时', '先后', '共', '累计'];
const SCOPE_PREFIX = /^(?:全(?:省|市|县|区|州|镇|乡|国|系统)|各级|各地|各单位|各部门)/;

function stripEnd(s: string, words: string[]): string {
  let changed = true;
  while (changed && s) {
    changed = false;
    for (const w of words) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return s;
}

function afterLast(s: string, words: string[]): string {
  let best = -1;
  let len = 0;
  for (const w of words) {
    const at = s.lastIndexOf(w);
    if (at > best && at + w.length < s.length) {
      best = at;
      len = w.length;
    }
  }
  return best >= 0 ? s.slice(best + len) : s;
}

/** A numeral with a measure word starts at k (十二类五百六十条: the noun of 十二类 stops at 五). */
function startsFigure(text: string, k: number): boolean {
  if (text.startsWith('百分之', k)) return true;
  const tok = scanNumber(text, k);
  return !!tok && !tok.bareOne && matchUnit(text, tok.end, false) !== null;
}

/** The counted noun after the unit (“…51条整改措施”), or '' when the clause goes on with a verb or ends. */
export function nounAfter(text: string, from: number): { noun: string; end: number } {
  let k = from;
  if (text[k] === '的') k++;
  let quoted = false;
  if (text[k] === '“' || text[k] === '"') {
    quoted = true;
    k++;
  }
  const start = k;
  while (k < text.length && k - start < 14 && isCjk(text.charCodeAt(k)) && !startsFigure(text, k)) k++;
  let run = text.slice(start, k);
  if (!run) return { noun: '', end: from };
  // A run that opens with a verb or preposition is a predicate, not the counted noun.
  for (const v of NOT_NOUN_START) if (run.startsWith(v)) return { noun: '', end: from };
  // Cut where a predicate starts (组深入选派… → 组), keeping at least one character.
  let cut = run.length;
  for (let p = 1; p < run.length && cut === run.length; p++) {
    for (const len of [3, 2, 1]) {
      const w = run.slice(p, p + len);
      if (w.length === len && VERB_SET.has(w) && (len > 1 || p >= 2)) {
        cut = p;
        break;
      }
    }
  }
  run = run.slice(0, cut);
  // X的Y: the head is Y (考上大学的特困家庭子女 → 特困家庭子女); X的 alone → X.
  const de = run.lastIndexOf('的');
  let offset = 0;
  if (de > 0) {
    if (de < run.length - 1) {
      offset = de + 1;
      run = run.slice(de + 1);
    } else run = run.slice(0, de);
  }
  run = run.replace(TRAILING_CONJ, '').slice(0, 10);
  const end = start + offset + run.length + (quoted && text[start + offset + run.length] === '”' ? 1 : 0);
  return { noun: run, end: run ? end : from };
}

/** A short verb phrase after the figure (…60多天集中走访了…), when nothing names the counted thing. */
export function predicateAfter(text: string, from: number): string {
  let k = from;
  while (k < text.length && k - from < 8 && isCjk(text.charCodeAt(k)) && text[k] !== '了' && text[k] !== '的') k++;
  return text.slice(from, k);
}

/** The indicator written before the numeral (“召开座谈会” in 召开座谈会3200余场). */
export function phraseBefore(text: string, numeralStart: number, floor: number): { phrase: string; start: number } {
  let s = clauseStart(text, numeralStart, floor);
  // Label style: “征求意见建议：1.3万条” — take the label before the colon.
  if (s === numeralStart && (text[s - 1] === '：' || text[s - 1] === ':') && s - 1 > floor) s = clauseStart(text, s - 1, floor);
  let end = numeralStart;
  while (end > s && !isCjk(text.charCodeAt(end - 1))) end--;
  let phrase = text.slice(s, end);
  // Only the Chinese words count; stop at the last non-CJK character (digits of another figure).
  let k = phrase.length;
  while (k > 0 && isCjk(phrase.charCodeAt(k - 1))) k--;
  phrase = phrase.slice(k);
  let start = end - phrase.length;
  const raw = phrase;
  phrase = stripEnd(phrase, TRAILING_FILLERS);
  const tail = afterLast(phrase, SPLITTERS);
  if (tail.length >= 2) phrase = tail;
  phrase = phrase.replace(SCOPE_PREFIX, '');
  for (const w of LEADING) if (phrase.startsWith(w) && phrase.length > w.length + 1) phrase = phrase.slice(w.length);
  const de = phrase.lastIndexOf('的');
  if (de >= 0 && de < phrase.length - 1) phrase = phrase.slice(de + 1);
  const level = /^.{0,3}?[两三四五]?级(?=.{2})/.exec(phrase); // 市、县两级党员领导干部联系点
  if (level) phrase = phrase.slice(level[0].length);
  phrase = phrase.replace(TRAILING_CONJ, '');
  if (phrase.length > 12) phrase = phrase.slice(-12);
  for (const w of LEADING) if (phrase.startsWith(w) && phrase.length > w.length + 1) phrase = phrase.slice(w.length);
  if (TRAILING_FILLERS.includes(phrase) || SPLITTERS.includes(phrase)) phrase = '';
  start += raw.indexOf(phrase) >= 0 ? raw.indexOf(phrase) : 0;
  return { phrase, start };
}

// Scope: 全市 / 全县 … anywhere in the sentence before the figure, or a unit's name opening the
// sentence or one of its clauses (昆山市对324个项目…, 市交通局年内新增600辆…).
const WHOLE = /全(?:省|市|县|区|州|盟|旗|镇|乡|街道|国(?!人大|政协|党代)|系统|行业|校|院|局|委)/g;
const ORG_END = ['省委', '市委', '县委', '区委', '州委', '工委', '党委', '党组', '纪委', '政府', '人大', '政协', '机关', '活动办', '办公室', '街道', '社区', '集团', '公司', '中心', '法院', '检察院', '医院', '学校', '常委会', '省', '市', '县', '区', '州', '镇', '乡', '村', '局', '厅', '委', '院', '校'];
const NOT_ORG = new Set(['城市', '超市', '格局', '大局', '全局', '布局', '结局', '当局', '时局', '小区', '地区', '园区', '辖区', '城区', '景区', '误区', '山区', '家乡', '下乡', '城乡', '驻村', '进村', '入村', '大厅', '展厅', '餐厅']);
const OPENERS = /^(?:同时|此外|另外|其中|据统计|目前|截至目前|截止目前|活动开展以来|活动以来|开展以来|近年来|今年以来|年内|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|首先|其次|最后|并且|还|并|又)/;
// A name holds no particle or preposition and does not open with a verb.
const NOT_IN_NAME = /[了的对为给向把每被从和与及等在将让使由着过]|同志|书记|代表|主任|部长/;
const VERB_OPENING = /^(?:全面|发挥|充分|组织|建立|制定|委托|代表|开展|召开|推荐|邀请|安排|举办|发放|通过|围绕|针对|按照|根据|结合|利用|拓展|精简|相继|先后|积极|认真|坚持|加强|推进|推动|实行|落实|进一步|深入|带领|引导|要求|明确|提出|出台|形成|设立|设置|开通|发布|召集|成立|启动|部署|完成|实现|确保|接受|参加|参与|选派|派出|驻|到|赴|去)/;

// 市民, 县城, 区域 …: the suffix character starts another word here.
const NOT_ORG_NEXT: Record<string, string> = { 市: '民场面值容长', 县: '城长', 区: '域别', 省: '份钱力', 村: '民庄', 局: '面势限长', 院: '子长', 校: '园长', 乡: '亲村', 镇: '长', 委: '员托' };
const VERB_INSIDE = /收到|收集|征集|发放|设立|开展|召开|举办|清理|精简|压缩|查处|处理|建立|走访|参加|完成|实现|推进|推动|落实|取消|下放|简化|修订|废止|新建|聚焦|对照|撰写|进行|组织|服务|管理/;

function orgAtStart(text: string, at: number, limit: number): string {
  let k = at;
  while (k < limit && !isCjk(text.charCodeAt(k))) {
    if (CLAUSE_BREAK.has(text[k]) && k > at) return '';
    k++;
  }
  let run = text.slice(k, Math.min(limit, k + 14));
  let m = OPENERS.exec(run);
  while (m && m[0].length < run.length) {
    run = run.slice(m[0].length);
    m = OPENERS.exec(run);
  }
  let cjk = 0;
  while (cjk < run.length && isCjk(run.charCodeAt(cjk))) cjk++;
  run = run.slice(0, cjk);
  if (VERB_OPENING.test(run)) return '';
  for (let len = Math.min(run.length, 10); len >= 2; len--) {
    const cand = run.slice(0, len);
    if (NOT_IN_NAME.test(cand) || VERB_INSIDE.test(cand)) continue;
    if (NOT_ORG_NEXT[cand[cand.length - 1]]?.includes(run[len] ?? '\u0000')) continue;
    if (NOT_ORG.has(cand.slice(-2))) continue;
    if (cand.endsWith('中心') && run[len] === '组') continue; // 中心组 is a study group
    if (ORG_END.some((e) => cand.endsWith(e))) return cand;
  }
  return '';
}

/** The scope stated for the figure at `at`: nearest 全X or unit name in its sentence, else ''. */
export function scopeOf(text: string, at: number): string {
  const s = sentenceStart(text, at);
  const before = text.slice(s, at);
  let best = '';
  let bestAt = -1;
  WHOLE.lastIndex = 0;
  for (let m = WHOLE.exec(before); m; m = WHOLE.exec(before)) {
    bestAt = m.index;
    best = m[0];
  }
  for (let k = 0; k < before.length; k++) {
    if (k !== 0 && !'，,；;：:'.includes(before[k - 1])) continue;
    if (k <= bestAt) continue;
    const org = orgAtStart(text, s + k, at);
    if (org) {
      bestAt = k;
      best = org;
    }
  }
  return best;
}
