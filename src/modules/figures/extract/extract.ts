import { Converter } from 'opencc-js/t2cn';
import { nounAfter, phraseBefore, predicateAfter, scopeOf, sentenceEnd, sentenceStart } from './context.js';
import { CHINESE_NUMERAL_CHARS, isAsciiDigit, isChineseDigit, scanNumber, scanPercentWords, type NumberToken, type Qualifier } from './numerals.js';
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
//   frequencies (两年一次), ranges (3至5人), vague amounts (几十, 数百), and numerals with no
//   measure word (所属三校), except an elided one in a list (16个乡镇、78县直部门 → 78 个).

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

/** Marks text inside short quotation marks and book-title brackets (names, slogans), and fixed names. */
function buildMask(a: string): Uint8Array {
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
        if (i - at <= ASCII_QUOTE_MAX) mask.fill(1, at, i + 1);
      }
    } else {
      for (let q = 0; q < QUOTES.length; q++) {
        const [open, close, max] = QUOTES[q];
        if (c === open) openAt[q] = i;
        else if (c === close && openAt[q] >= 0) {
          if (i - openAt[q] <= max) mask.fill(1, openAt[q], i + 1);
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
    for (const u of ['个小时', '小时', '个月', '天', '个工作日', '学时']) {
      if (a.startsWith(u, i + 1)) return { start: i, end: i + 1, value: 0.5, qualifier: 'exact', chinese: true, bareOne: false, singleChar: false };
    }
    return null;
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
  return scanNumber(a, i);
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
    const stat = readStatistic(text, a, tok, last);
    if (stat) {
      out.push(stat);
      re.lastIndex = Math.max(re.lastIndex, last.end);
    }
  }
  return out;
}

function readStatistic(text: string, a: string, tok: NumberToken, last: Last): Statistic | null {
  const start = tok.start;
  const prev = a[start - 1] ?? '';
  const prev2 = a[start - 2] ?? '';
  const arabic = !tok.chinese;
  // Position: ordinals, per-unit rates, codes, dates, ranges, frequencies, vague amounts.
  if (prev === '第' || prev === '每' || prev === '初' || (prev === '周' && tok.chinese)) return null;
  if (tok.chinese && (prev === '几' || prev === '数' || prev === '好' || prev === '星' || prev === '期' && prev2 === '星')) return null;
  if (arabic) {
    if (isAsciiLetter(prev.charCodeAt(0)) || ('#_@\\'.includes(prev) && prev !== '')) return null;
    // 14:36, 2014-2-7, v1.2, 1+2 — but 集中学习:26次 (a full-width colon folded) is a label.
    if ('./:-+=×*~·'.includes(prev) && prev !== '' && (isAsciiDigit(prev2.charCodeAt(0)) || isAsciiLetter(prev2.charCodeAt(0)))) return null;
    const after = a[tok.end] ?? '';
    if (isAsciiLetter(after.charCodeAt(0)) && !a.startsWith('m²', tok.end) && !a.startsWith('m2', tok.end)) return null;
    if (':/-+.~'.includes(after) && after !== '' && isNumeralChar(a[tok.end + 1])) return null;
  }
  if ('至到-~—－'.includes(prev) && prev !== '' && (isNumeralChar(prev2) || prev2 === '%')) return null;
  if ('年月周天日'.includes(prev) && prev !== '' && (isNumeralChar(prev2) || prev2 === '每')) return null;

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
  } else if (!percent && ELIDED.some((n) => a.startsWith(n, u))) {
    unit = '个'; // 78县直部门, 21省份: places and departments are counted without a measure word
    elided = true;
  } else if (!percent || a[u] === '%') {
    const um = matchUnit(a, u, arabic);
    if (um) {
      unit = um.unit;
      unitEnd = um.end;
      if (um.percent) percent = true;
      if (a.startsWith('个多月', u) && qualifier === 'exact') qualifier = 'more_than';
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
      // A table cell holding only digits, its unit in the label: 压缩会议（场次）\t1238
      const lineStart = Math.max(a.lastIndexOf('\n', start - 1) + 1, start - 60);
      const label = a.slice(lineStart, start).replace(/[\t ]+$/, '');
      const lu = unitFromLabel(label);
      if (!lu) return null;
      unit = lu;
      value *= labelFactor(label);
      elided = true;
    } else return null;
  }
  if (bareOne) return null;
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
  const pre = precededBy(a, start, QUAL_BEFORE);
  if (pre && !(pre === '约' && '节签制契预公条违履规'.includes(a[start - 2] ?? '')) && !(pre === '近' && '最附接将'.includes(a[start - 2] ?? ''))) {
    qStart = start - pre.length;
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
