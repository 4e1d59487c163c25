import { Converter } from 'opencc-js/t2cn';
import { clauseStart, nounAfter, phraseBefore, predicateAfter, scopeOf, sentenceEnd, sentenceStart } from './context.js';
import { CHINESE_NUMERAL_CHARS, clean, isAsciiDigit, isChineseDigit, scanFraction, scanNumber, scanPercentWords, type NumberToken, type Qualifier } from './numerals.js';
import { labelFactor, matchUnit, unitFromLabel } from './units.js';

// Finds the statistics in a narrative report (综述 / 总结): "征求意见建议1.3万余条",
// "压缩会议1238场次", "参学率达到100%".
//
// Conventions (the gold files and the catalogue rely on them):
// - value is the number as written with its magnitude applied: 4.8万条 → 48000 条; 73.6万元 →
//   736000 元 (the base unit, never 万元); 1.2万余人次 → 12000 人次 more_than; 0.5 for 半小时.
// - percentages keep the written number: 95.6% → 95.6, unit "%", qualifier percent (百分之九十五
//   → 95; 三成 → 30). Percent wins over 以上 / 近: 45%以上 is "percent".
// - qualifier: 余 / 多 / 以上 / 超过 / 逾 / 不少于 → more_than; 近 / 约 / 左右 / 不足 / 不到 / 十几 →
//   about; otherwise exact. An upper bound (不超过25个) stays exact: the schema has no "at most".
// - unit, indicator and scope are given in Simplified Chinese even for a Traditional document
//   (個 → 个); the quote is always the exact text of the document.
// - not statistics: dates and years (2013年, 7月, 3日, 二〇一四), ordinals (第三批), numbers in
//   quotation marks or book titles (“十个一”, 《…20年祭》 — names and slogans), codes and
//   numbers glued to Latin letters, the numeral 一 on its own (一次深刻的教育, 一批 — an article
//   far more often than a count), fixed names (八项规定, 四套班子), idioms (三天两头),
//   frequencies (两年一次), vague amounts (几十, 数百), negated counts (没有1人超标), a count
//   in apposition to a quoted list (“甲、乙、丙”三张清单), a bulletin's print run (（共印120份）),
//   and numerals with no measure word (所属三校), except an elided one in a list (16个乡镇、
//   78县直部门 → 78 个).
// - a range (3至5天, 20-30人, 三到五户) is two statistics, one per end, both quoting the whole range
//   and both with the unit written after the second end (3至5万元 → 30000 and 50000 元).
// - a fraction is a share: 三分之二 → 66.67 %, 一半 / 半数 → 50 %, percent.
// - a quotation that holds sentence punctuation (，。；) is reported speech, not a name: its
//   figures count.

export interface Statistic {
  /** The exact text of the document that states the figure (numeral, unit and what is counted). */
  quote: string;
  indicator: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  scope: string;
  /** Offsets of the quote in the document text. */
  start: number;
  end: number;
  /** The sentence around the figure (Simplified, at most ~60 characters), for the catalogue. */
  context: string;
}

const toSimplifiedTw = Converter({ from: 'tw', to: 'cn' });
const toSimplifiedHk = Converter({ from: 'hk', to: 'cn' });
// Common Traditional-only characters; a document with none of them is not converted (fast path).
const TRADITIONAL_HINT = /[個們這來為說國會時對麼於與學實從還點發當經過現後長開關問體機見頭間兩萬億條場項輛臺區縣鄉鎮黨員議職幹辦應餘約際參幾]/;

/**
 * The text the extractor reads: Traditional → Simplified, full-width → half-width, with exactly
 * the length of the original so that every offset found in it is an offset of the original.
 */
export function analysisText(text: string): string {
  let s = text;
  if (TRADITIONAL_HINT.test(s)) s = simplifiedSameLength(s);
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00a0]/g, ' ');
}

function convert(s: string): string {
  return toSimplifiedHk(toSimplifiedTw(s));
}

const charCache = new Map<string, string>();
function convertChar(ch: string): string {
  let cc = charCache.get(ch);
  if (cc === undefined) {
    cc = convert(ch);
    if (cc.length !== ch.length) cc = ch;
    if (charCache.size < 50_000) charCache.set(ch, cc);
  }
  return cc;
}

function simplifiedSameLength(s: string): string {
  const whole = convert(s);
  if (whole.length === s.length) return whole;
  // A phrase rule changed the length somewhere: convert line by line, then character by character.
  return s.split('\n').map((line) => {
    const c = convert(line);
    if (c.length === line.length) return c;
    let out = '';
    for (const ch of line) out += convertChar(ch);
    return out;
  }).join('\n');
}

// Names, slogans and idioms that contain a numeral and a measure word but are not figures.
const FIXED = [
  '四套班子', '八项规定', '三个代表', '两个务必', '四个全面', '四个意识', '四个自信', '三个自信', '两个维护', '两个确立',
  '两个一百年', '三个必谈', '三个倡导', '四项基本原则', '三天两头', '两个责任', '四个服从', '三个有利于', '五个一工程',
  '八个明确', '十四个坚持', '三大纪律', '八项注意', '两个至上', '三个一批', '三个不相信', '一个中心', '两个基本点',
  '四个现代化', '三个面向', '五个一', '四个一', '六个一', '十个一', '七个有之', '五个必须', '三个务必', '两个结合',
  '三个离不开', '一国两制', '两个凡是', '三个区分开来', '四个对照', '三个必访', '十个一律',
];

// The parts of a text or a plan rather than things done: 三个活动环节, 两个方面.
const STRUCTURE = ['方面', '环节', '阶段', '层次', '层面', '特色', '特点', '原则', '途径', '方式', '维度'];

// Nouns after 个 that make "N个X" a slogan or a structure of the text, not a count of things.
const DISCOURSE = ['关系', '必', '不', '坚持', '注重', '围绕', '着力', '带头', '自信', '意识', '全面', '务必', '维护', '确立', '对准', '结合', '转变', '到位', '突出', '聚焦', '一', '二', '三', '四', '五', '字'];

// 三成 is 30%, but 成 can open a word: 五成员, 两成果.
const NOT_AFTER_CHENG = '员为立果效绩本就熟功交长型品才份色批套年人都了绩败规倍群片';

const MORE_BEFORE = ['不少于', '不低于', '至少', '超过', '多于', '逾'];
const ABOUT_BEFORE = ['将近', '接近', '大约', '约为', '约有', '大概', '不足', '不到', '近', '约'];
const EXACT_BEFORE = ['不超过', '不得超过', '不能超过', '不应超过', '不宜超过', '不准超过', '不得多于', '不高于', '最多', '多达', '高达'];
const QUAL_BEFORE = [...MORE_BEFORE, ...ABOUT_BEFORE, ...EXACT_BEFORE].sort((a, b) => b.length - a.length);
const ISSUERS = ['中央', '党中央', '省委', '市委', '县委', '区委', '国务院', '中共'];
const RULE_WORDS = ['规定', '禁令', '要求', '意见', '纪律', '准则'];
const HALF_UNITS = new Set(['天', '小时', '个月', '周', '工作日', '学时']);

const isCjk = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNumeralChar = (ch: string | undefined) => ch !== undefined && (isAsciiDigit(ch.charCodeAt(0)) || CHINESE_NUMERAL_CHARS.has(ch));

// Nouns counted without a measure word: 8省区市, 21省份, 6部门. The figure gets the unit 个.
const ELIDED = ['部门', '省区市', '省市区', '省份', '省区', '地市', '县市区', '县市', '县区', '区县', '乡镇', '镇街', '村居'];

// Quotation marks and book-title brackets: [opener, closer, longest span that is still a name].
const QUOTES: Array<[number, number, number]> = [
  [0x201c, 0x201d, 40], // “ ”
  [0x2018, 0x2019, 20], // ‘ ’
  [0x300c, 0x300d, 40], // 「 」
  [0x300e, 0x300f, 40], // 『 』
  [0x300a, 0x300b, 60], // 《 》
  [0x3008, 0x3009, 40], // 〈 〉
];
const ASCII_QUOTE = 34;
const ASCII_QUOTE_MAX = 40;

const SAYING = ['说', '说道', '笑称', '坦言', '直言', '表示', '介绍', '感慨', '感叹', '告诉记者', '回忆'];
const PROVERB = ['俗话说', '常言说', '老话说', '古人说', '所说', '人们说', '话说'];

/** Marks text inside short quotation marks and book-title brackets (names, slogans), and fixed names. */
function buildMask(a: string): Uint8Array {
  const speech = (from: number, to: number) => {
    // 他笑称“满意率超过九成”: words someone said, introduced by a verb of saying (not a proverb).
    let b = from;
    while (b > 0 && '：:，, '.includes(a[b - 1])) b--;
    const before = a.slice(Math.max(0, b - 4), b);
    if (SAYING.some((w) => before.endsWith(w)) && !PROVERB.some((w) => before.endsWith(w))) return true;
    for (let k = from + 1; k < to; k++) {
      const ch = a[k];
      if ('，。；！？;!?'.includes(ch)) return true;
      if (ch === ',' && !(isAsciiDigit(a.charCodeAt(k - 1)) && isAsciiDigit(a.charCodeAt(k + 1)))) return true;
    }
    return false;
  };
  const mask = new Uint8Array(a.length);
  const openAt = new Int32Array(QUOTES.length + 1).fill(-1); // last slot: the ASCII quote
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 0x2018 && c !== 10 && c !== ASCII_QUOTE) continue;
    if (c === 10) openAt.fill(-1);
    else if (c === ASCII_QUOTE) {
      const at = openAt[QUOTES.length];
      if (at < 0) openAt[QUOTES.length] = i;
      else {
        openAt[QUOTES.length] = -1;
        if (i - at <= ASCII_QUOTE_MAX && !speech(at, i)) mask.fill(1, at, i + 1);
      }
    } else {
      for (let q = 0; q < QUOTES.length; q++) {
        const [open, close, max] = QUOTES[q];
        if (c === open) openAt[q] = i;
        else if (c === close && openAt[q] >= 0) {
          if (i - openAt[q] <= max && (close === 0x300b || !speech(openAt[q], i))) mask.fill(1, openAt[q], i + 1);
          openAt[q] = -1;
        }
      }
    }
  }
  for (const phrase of FIXED) {
    for (let k = a.indexOf(phrase); k >= 0; k = a.indexOf(phrase, k + phrase.length)) mask.fill(1, k, k + phrase.length);
  }
  return mask;
}

function numeralRunEnd(a: string, i: number): number {
  let j = i;
  while (j < a.length && j - i < 40 && (isNumeralChar(a[j]) || a[j] === '.' || a[j] === ',')) j++;
  return Math.max(j, i + 1);
}

function precededBy(a: string, end: number, words: string[]): string {
  for (const w of words) if (end >= w.length && a.startsWith(w, end - w.length)) return w;
  return '';
}

/** A token for the numeral at i, or null (with how far to skip). */
function tokenAt(a: string, i: number): NumberToken | null {
  const ch = a[i];
  if (ch === '百' && a.startsWith('百分之', i)) return scanPercentWords(a, i);
  if (ch === '半') {
    // 半数 (以上): half, a share.
    if (a[i + 1] === '数') return { start: i, end: i + 2, value: 50, qualifier: 'percent', chinese: true, bareOne: false, singleChar: false };
    // 2个半天: two half-days — 半 belongs to the counted thing, not a figure of its own.
    if (a[i - 1] === '个' && isNumeralChar(a[i - 2])) return null;
    for (const u of ['个小时', '小时', '个月', '天', '个工作日', '学时']) {
      if (a.startsWith(u, i + 1)) return { start: i, end: i + 1, value: 0.5, qualifier: 'exact', chinese: true, bareOne: false, singleChar: false };
    }
    return null;
  }
  // 一多半 / 一大半: more than half, a share.
  if (ch === '一' && (a[i + 1] === '多' || a[i + 1] === '大') && a[i + 2] === '半' && !isNumeralChar(a[i - 1])) {
    return { start: i, end: i + 3, value: 50, qualifier: 'percent', chinese: true, bareOne: false, singleChar: false };
  }
  // 一半 (以上): half, a share.
  if (ch === '一' && a[i + 1] === '半' && !isNumeralChar(a[i - 1]) && !/^(天|小时|个|年|月|日|学时|工作日)/.test(a.slice(i + 2, i + 5))) {
    return { start: i, end: i + 2, value: 50, qualifier: 'percent', chinese: true, bareOne: false, singleChar: false };
  }
  // 近百 / 上千 / 上万 (about), 超百万 / 逾千 (more than): a round magnitude with no count before it.
  // 成千上万 is an idiom.
  const lead = a[i - 1];
  if ((ch === '百' || ch === '千' || ch === '万' || ch === '亿') && (lead === '近' || lead === '上' || lead === '超' || lead === '逾') && a[i - 2] !== '成' && a[i - 2] !== '千') {
    let value = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 }[ch];
    let end = i + 1;
    if ((ch === '百' || ch === '千') && (a[end] === '万' || a[end] === '亿')) value *= a[end++] === '万' ? 1e4 : 1e8;
    else if (ch === '万' && a[end] === '亿') value *= 1e8, end++;
    if (isNumeralChar(a[end])) return scanNumber(a, i);
    return { start: i - 1, end, value, qualifier: lead === '超' || lead === '逾' ? 'more_than' : 'about', chinese: true, bareOne: false, singleChar: false };
  }
  // 万余人次, 千余件, 百余万元: a round magnitude and 余/多, with no count before it.
  if ((ch === '百' || ch === '千' || ch === '万') && (a[i + 1] === '余' || a[i + 1] === '多') && !isNumeralChar(lead) && !'数几成'.includes(lead ?? '')) {
    let value = { 百: 100, 千: 1000, 万: 1e4 }[ch];
    let end = i + 2;
    if (a[end] === '万' && ch !== '万') value *= 1e4, end++;
    else if (a[end] === '亿') value *= 1e8, end++;
    return { start: i, end, value, qualifier: 'more_than', chinese: true, bareOne: false, singleChar: false };
  }
  const tok = scanNumber(a, i);
  if (tok && a[tok.end] === '分' && a[tok.end + 1] === '之') return scanFraction(a, i) ?? tok;
  return tok;
}

const RANGE_MARKS = '至到-~—－～';
const PLACE_NUMBERING = new Set(['组', '栋', '幢']);
const TRAILING_MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * 3至5天, 20-30人, 三到五户, 3至5万元: both ends of a range, as two statistics quoting the whole
 * range, with the unit (and a magnitude) written after the second end. Null when `tok` does not
 * open a range that ends in a statistic.
 */
function readRange(text: string, a: string, tok: NumberToken, last: Last): Statistic[] | null {
  if (tok.qualifier !== 'exact') return null;
  let j = tok.end;
  if (!RANGE_MARKS.includes(a[j] ?? '\u0000')) return null;
  j++;
  const second = tokenAt(a, j);
  if (!second || second.start !== j || second.chinese !== tok.chinese || second.qualifier === 'percent') return null;
  if (positionBlocked(a, tok, 'opens')) return null;
  // A magnitude written only after the second end applies to both: 3至5万元.
  let low = tok.value;
  const own = a.slice(tok.start, tok.end);
  if (!/[万亿]/.test(own) && !(!tok.chinese && /[百千]/.test(own))) {
    let k = second.end;
    let factor = 1;
    while (k > second.start && (TRAILING_MAGNITUDE[a[k - 1]] || (!second.chinese && (a[k - 1] === '千' || a[k - 1] === '百')))) {
      factor *= TRAILING_MAGNITUDE[a[k - 1]] ?? (a[k - 1] === '千' ? 1000 : 100);
      k--;
    }
    low = factor === 1 ? low : Number.parseFloat((low * factor).toPrecision(12));
  }
  if (!(low < second.value)) return null;
  const high = readStatistic(text, a, second, last, true);
  if (!high) return null;
  const start = Math.min(high.start, tok.start);
  const quote = text.slice(start, high.end);
  return [{ ...high, value: low, start, quote }, { ...high, start, quote }];
}

/** Ordinals, per-unit rates, codes, dates and times: where a numeral is not a count. */
function positionBlocked(a: string, tok: NumberToken, range: 'alone' | 'opens' | 'ends'): boolean {
  const start = tok.start;
  // The second end of a range stands after the range mark: what comes before the first end counts.
  const prev = range === 'ends' ? '' : a[start - 1] ?? '';
  const prev2 = range === 'ends' ? '' : a[start - 2] ?? '';
  if (prev === '第' || prev === '每' || prev === '初' || (prev === '周' && tok.chinese)) return true;
  if (tok.chinese && (prev === '几' || prev === '数' || prev === '好' || prev === '星' || prev === '期' && prev2 === '星')) return true;
  if (!tok.chinese) {
    if (isAsciiLetter(prev.charCodeAt(0)) || ('#_@\\'.includes(prev) && prev !== '')) return true;
    // 14:36, 2014-2-7, v1.2, 1+2 — but 集中学习:26次 (a full-width colon folded) is a label.
    if ('./:-+=×*~·'.includes(prev) && prev !== '' && (isAsciiDigit(prev2.charCodeAt(0)) || isAsciiLetter(prev2.charCodeAt(0)))) return true;
    const after = a[tok.end] ?? '';
    if (isAsciiLetter(after.charCodeAt(0)) && !a.startsWith('m²', tok.end) && !a.startsWith('m2', tok.end)) return true;
    if (range !== 'opens' && ':/-+.~'.includes(after) && after !== '' && isNumeralChar(a[tok.end + 1])) return true;
  }
  // The second end of a range is read with the first (readRange); alone it is not a figure.
  if (RANGE_MARKS.includes(prev) && prev !== '' && isNumeralChar(prev2)) return true;
  if ('年月周天日'.includes(prev) && prev !== '' && (isNumeralChar(prev2) || prev2 === '每')) return true;
  // 没有1人超标, 无1例: a negated count.
  if (prev === '无' || prev2 + prev === '没有' || prev2 + prev === '未有') return true;
  return false;
}

/** （共印120份）: the print run closing a bulletin — in brackets or alone, ending its line. */
function printRun(a: string, start: number): boolean {
  if (!/^[0-9,]+\s*份\s*[)）]?[ \t\r]*(?:\n|$)/.test(a.slice(start, start + 24))) return false;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 6 && a[lineStart - 1] !== '\n') lineStart--;
  if (/[（(]\s*共?印数?[:：]?\s*$/.test(a.slice(lineStart, start))) return true;
  return (lineStart === 0 || a[lineStart - 1] === '\n') && /^\s*共?印数?[:：]?\s*$/.test(a.slice(lineStart, start));
}

/** “甲、乙、丙”三张清单: a count right after a quoted list, naming as many items as it counts. */
function appositionToQuote(a: string, tok: NumberToken): boolean {
  const close = a[tok.start - 1];
  const open = close === '”' ? '“' : close === '」' ? '「' : close === '》' ? '《' : '';
  if (!open) return false;
  let from = tok.start - 2;
  while (from >= 0 && tok.start - from <= 80 && a[from] !== open) from--;
  if (from < 0 || a[from] !== open) return false;
  const items = a.slice(from + 1, tok.start - 1).split('、').length;
  return items > 1 && items === tok.value;
}

interface Last {
  nounEnd: number;
  unit: string;
  quoteEnd: number;
  indicator: string;
  end: number;
}

/** Every statistic stated in `text`, in document order. Never throws on odd input. */
export function extractStatistics(text: string): Statistic[] {
  if (!text) return [];
  const joined = unwrapHardWraps(text);
  if (!joined) return extractFrom(text);
  // Read the text with its hard wraps joined; report offsets and quotes of the original.
  const { map } = joined;
  return extractFrom(joined.text).map((s) => {
    const start = map[s.start];
    const end = s.end > s.start ? map[s.end - 1] + 1 : start;
    return { ...s, start, end, quote: text.slice(start, end) };
  });
}

const WRAP_NEVER_AFTER = new Set([...'。！？；：!?;:」”』）)】']);
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[—-]\s*\d)/;

/**
 * Text copied out of a PDF keeps the PDF's line breaks: a sentence runs over lines of nearly equal
 * length and a break can fall inside a figure (全区1\n2,864名党员, 4.3\n万人次). When most lines are
 * that short and that even, the breaks after full lines that end mid-sentence are joined. Returns
 * the joined text and, for each of its positions, the position in the original; null when the
 * text is not hard-wrapped.
 */
export function unwrapHardWraps(text: string): { text: string; map: Int32Array } | null {
  const lines = text.split('\n');
  if (lines.length < 8) return null;
  const lens: number[] = [];
  for (const l of lines) {
    const n = l.endsWith('\r') ? l.length - 1 : l.length;
    if (n >= 8 && !l.includes('\t')) lens.push(n);
  }
  if (lens.length < 8) return null;
  const sorted = [...lens].sort((x, y) => x - y);
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))];
  if (width > 80) return null; // a paragraph per line
  const isFull = (n: number) => n >= width - 6 && n <= width + 2;
  if (lens.filter(isFull).length < 0.6 * lens.length) return null;
  const join = new Uint8Array(text.length);
  let at = 0;
  let any = false;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k].endsWith('\r') ? lines[k].slice(0, -1) : lines[k];
    const next = lines[k + 1];
    const nl = at + lines[k].length; // index of this line's '\n'
    at = nl + 1;
    if (!isFull(line.length) || line.includes('\t') || next.includes('\t')) continue;
    const lastCh = line[line.length - 1];
    if (WRAP_NEVER_AFTER.has(lastCh) || /\s/.test(lastCh) || !next || /^\s/.test(next) || HEADING.test(next)) continue;
    join[nl] = 1;
    if (lines[k].endsWith('\r')) join[nl - 1] = 1;
    any = true;
  }
  if (!any) return null;
  let out = '';
  const map = new Int32Array(text.length + 1);
  let j = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || join[i]) {
      out += text.slice(from, i);
      for (let k = from; k < i; k++) map[j++] = k;
      from = i + 1;
    }
  }
  map[j] = text.length;
  return { text: out, map: map.subarray(0, j + 1) };
}

function extractFrom(text: string): Statistic[] {
  const a = analysisText(text);
  const mask = buildMask(a);
  const out: Statistic[] = [];
  const last: Last = { nounEnd: -1, unit: '', quoteEnd: 0, indicator: '', end: -1 };
  const re = /[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半]/g;
  for (let m = re.exec(a); m; m = re.exec(a)) {
    const i = m.index;
    if (mask[i]) {
      re.lastIndex = numeralRunEnd(a, i);
      continue;
    }
    // Never start inside a number (the 5 of "2014-5", the 0 of "10").
    if (isNumeralChar(a[i - 1]) && a[i] !== '半') {
      re.lastIndex = numeralRunEnd(a, i);
      continue;
    }
    const tok = tokenAt(a, i);
    if (!tok) {
      re.lastIndex = a[i] === '半' ? i + 1 : numeralRunEnd(a, i);
      continue;
    }
    re.lastIndex = Math.max(tok.end, i + 1);
    const range = readRange(text, a, tok, last);
    if (range) {
      out.push(...range);
      re.lastIndex = Math.max(re.lastIndex, last.end);
      continue;
    }
    const stat = readStatistic(text, a, tok, last);
    if (stat) {
      out.push(stat);
      re.lastIndex = Math.max(re.lastIndex, last.end);
    }
  }
  return out;
}

function readStatistic(text: string, a: string, tok: NumberToken, last: Last, rangeEnd = false): Statistic | null {
  const start = tok.start;
  const prev = a[start - 1] ?? '';
  const arabic = !tok.chinese;
  // Position: ordinals, per-unit rates, codes, dates, ranges, frequencies, vague amounts.
  if (positionBlocked(a, tok, rangeEnd ? 'ends' : 'alone')) return null;
  if (appositionToQuote(a, tok)) return null;
  if (printRun(a, start)) return null;

  // Unit.
  let value = tok.value;
  let bareOne = tok.bareOne;
  let u = tok.end;
  if (arabic) while (u < a.length && u - tok.end < 2 && a[u] === ' ') u++;
  let unit = '';
  let unitEnd = u;
  let percent = tok.qualifier === 'percent';
  let elided = false;
  let qualifier: Qualifier = tok.qualifier === 'percent' ? 'exact' : tok.qualifier;
  if (a.startsWith('个半', u) && (a.startsWith('月', u + 2) || a.startsWith('小时', u + 2))) {
    unit = a[u + 2] === '月' ? '个月' : '小时';
    unitEnd = u + (unit === '个月' ? 3 : 4);
    value += 0.5;
    bareOne = false;
  } else if (!percent && a[u] === '个' && (a[u + 1] === '亿' || (a[u + 1] === '多' && a[u + 2] === '亿'))) {
    // 3个亿, 一个多亿: spoken for 3亿 — an amount of money unless another unit follows.
    const more = a[u + 1] === '多';
    const k = u + (more ? 3 : 2);
    value = clean(value * 1e8);
    if (more && qualifier === 'exact') qualifier = 'more_than';
    const um = matchUnit(a, k, arabic);
    unit = um && !um.percent ? um.unit : '元';
    unitEnd = um && !um.percent ? um.end : k;
    bareOne = false;
  } else if (!percent && ELIDED.some((n) => a.startsWith(n, u))) {
    unit = '个'; // 78县直部门, 21省份: places and departments are counted without a measure word
    elided = true;
  } else if (!percent || a[u] === '%') {
    const um = matchUnit(a, u, arabic);
    if (um) {
      unit = um.unit;
      unitEnd = um.end;
      if (um.percent) percent = true;
      if (a.startsWith('个多', u) && qualifier === 'exact') qualifier = 'more_than'; // 3个多月, 三个多小时
    } else if (!percent && a[u] === '成' && Number.isInteger(value) && value >= 1 && value <= 10 && !NOT_AFTER_CHENG.includes(a[u + 1] ?? '')) {
      value *= 10;
      unit = '%';
      unitEnd = u + 1;
      percent = true;
      bareOne = false;
    }
  }
  if (percent && !unit) unit = '%';
  if (unit && HALF_UNITS.has(unit) && a[unitEnd] === '半') {
    value += 0.5;
    unitEnd++;
    bareOne = false;
  }
  if (!unit) {
    const sep = a.slice(last.nounEnd, start);
    if (last.nounEnd >= 0 && /^[、和及与]$/.test(sep) && last.unit && isCjk(a.charCodeAt(u))) {
      unit = last.unit; // 16个乡镇、78县直部门
      elided = true;
    } else if (arabic && /^[\t\n\r ]?$/.test(a[u] ?? '')) {
      // A table cell holding only digits, its unit in the label: 压缩会议（场次）\t1238 — also
      // in a later column, past other cells of digits: 公务用车（辆）\t9\t4.
      const lineStart = Math.max(a.lastIndexOf('\n', start - 1) + 1, start - 60);
      const label = a.slice(lineStart, start).replace(/[\t ]+$/, '').replace(/(\t[0-9.,]+)+$/, '');
      const lu = unitFromLabel(label);
      if (!lu) return null;
      unit = lu;
      value *= labelFactor(label);
      elided = true;
    } else return null;
  }
  // 二组至四组, 3栋到5栋: a way from one numbered place to another, not a count (组, 栋 and 幢 name
  // village groups and buildings as well as counting them; 3人至5人 stays a range).
  const surface = PLACE_NUMBERING.has(unit) ? a.slice(u, unitEnd) : '';
  if (surface && (a[unitEnd] === '至' || a[unitEnd] === '到')) {
    const next = tokenAt(a, unitEnd + 1);
    if (next && next.start === unitEnd + 1 && a.startsWith(surface, next.end)) return null;
  }
  if (surface && (prev === '至' || prev === '到') && a.slice(start - 1 - surface.length, start - 1) === surface && isNumeralChar(a[start - 2 - surface.length])) return null;
  // Qualifier words before the figure, also across 有 / 在 (至少有两天, 不少于在…): 不少于一次 is a count.
  let preEnd = start;
  let pre = precededBy(a, start, QUAL_BEFORE);
  if (!pre && '有在达'.includes(prev) && prev !== '') {
    const across = precededBy(a, start - 1, [...MORE_BEFORE, ...EXACT_BEFORE].sort((x, y) => y.length - x.length));
    if (across) {
      pre = across;
      preEnd = start - 1;
    }
  }
  if (pre && ((pre === '约' && '节签制契预公条违履规'.includes(a[preEnd - 2] ?? '')) || (pre === '近' && '最附接将'.includes(a[preEnd - 2] ?? '')))) pre = '';
  if (bareOne && !(pre && !ABOUT_BEFORE.includes(pre))) return null;
  // 这两项是重点: a single numeral after a demonstrative points back at things already named.
  if (tok.singleChar && (prev === '这' || prev === '那' || prev === '此')) return null;
  // 每年开展两次测评: a frequency, unless it is stated as a bound (每月入户不少于一次).
  if (unit === '次' && !pre && /每(?:年|月|周|季度|季|天|日|半年)/.test(a.slice(clauseStart(a, start), start))) return null;
  if (unit === '字' && isCjk(a.charCodeAt(unitEnd)) && !'的以左'.includes(a[unitEnd])) return null; // 十六字方针
  // Idioms built from single numerals: 三天两头, 三番五次 …
  if (tok.singleChar && unitEnd - u === 1 && isChineseDigit(a[unitEnd] ?? '')) return null;
  if (unit === '分' && /[时点:]/.test(a.slice(Math.max(0, start - 3), start))) return null;
  if (unit === '个' || unit === '项' || unit === '条' || unit === '种' || unit === '类') {
    for (const d of DISCOURSE) if (a.startsWith(d, unitEnd) && (unit === '个' || !isChineseDigit(d))) return null;
    let h = unitEnd;
    while (h < a.length && h - unitEnd < 6 && isCjk(a.charCodeAt(h))) h++;
    const head = a.slice(unitEnd, h);
    for (const d of STRUCTURE) if (head.includes(d)) return null;
  }
  // 三次全会, 十二届全国人大二次会议: the numbering of a session, not a count.
  if (unit === '次' && (a.startsWith('全会', unitEnd) || a.startsWith('全体会议', unitEnd) || (a.startsWith('会议', unitEnd) && '届大会委'.includes(prev) && prev !== ''))) return null;
  if ((unit === '项' || unit === '条') && precededBy(a, start, ISSUERS) && RULE_WORDS.some((w) => a.startsWith(w, unitEnd))) return null;

  // Qualifier words around the figure.
  let qStart = start;
  if (pre) {
    qStart = preEnd - pre.length;
    if (MORE_BEFORE.includes(pre)) qualifier = 'more_than';
    else if (ABOUT_BEFORE.includes(pre)) qualifier = 'about';
    else qualifier = 'exact';
  }
  let end = unitEnd;
  if (!elided) {
    if (a.startsWith('以上', end)) {
      if (qualifier === 'exact') qualifier = 'more_than';
      end += 2;
    } else if (a.startsWith('左右', end)) {
      qualifier = 'about';
      end += 2;
    } else if (a.startsWith('之多', end)) {
      if (qualifier === 'exact') qualifier = 'more_than';
      end += 2;
    } else if ((a[end] === '余' || a[end] === '多') && qualifier === 'exact' && !isCjk(a.charCodeAt(end + 1))) {
      qualifier = 'more_than';
      end += 1;
    } else if (a.startsWith('以下', end) || a.startsWith('以内', end)) {
      end += 2;
    }
  }
  if (a.startsWith('以上', end)) end += 2; // 45%以上 — percent stays percent
  if (percent) qualifier = 'percent';
  if (unit === '%' || unit === '‰') qualifier = 'percent';

  // What is counted, and the quote.
  let indicator = '';
  let qs = qStart;
  let qe = end;
  const after = nounAfter(a, elided ? u : end);
  if (after.noun) {
    indicator = after.noun;
    qe = Math.max(qe, after.end);
  } else {
    const before = phraseBefore(a, qStart, last.quoteEnd);
    if (before.phrase) {
      indicator = before.phrase;
      qs = Math.min(qs, before.start);
    } else if (a.slice(last.quoteEnd, qStart).trim().length <= 1 && last.indicator) {
      indicator = last.indicator; // 意见和建议18类127条 — 127条 counts what 18类 does
    } else {
      indicator = predicateAfter(a, end); // 60多天集中走访 → 集中走访
    }
  }
  const nounEnd = after.noun ? after.end : end;
  last.nounEnd = nounEnd;
  last.unit = unit;
  last.quoteEnd = qe;
  last.indicator = indicator;
  last.end = end;
  return {
    quote: text.slice(qs, qe),
    indicator,
    value,
    unit,
    qualifier,
    scope: scopeOf(a, qs),
    start: qs,
    end: qe,
    context: a.slice(Math.max(sentenceStart(a, qs), qs - 40), Math.min(sentenceEnd(a, qe), qe + 20)),
  };
}
