import { Lexicon } from './segment.js';

// "The same concrete issue" reported by five people in five ways shares few character
// shingles (a text message and a two-page letter about the same town's meetings overlap by
// under 10%), but it shares the specifics: the place, the office, the object, the number.
// An opinion's issue terms are its words (cut with jieba's dictionary: segment.ts) weighted by
// how rare they are in Chinese at large (jieba's IDF table), so 宅基地证 and 低保 outweigh 群众,
// 反映 and 问题, and its specifics: the names jieba's corpus never saw (青山镇, a person's name)
// and numbers. The text read is the normalized text with its numbers folded to digits
// (normalize.ts foldNumerals: 十四次 and 14次 share the specific 14).

/** Topic words kept per opinion (the rarest), and specifics (names, places, numbers). */
export const TOPIC_TERMS = 24;
export const SPECIFIC_TERMS = 8;
export const ISSUE_TERMS = TOPIC_TERMS + SPECIFIC_TERMS;
/** Terms an opinion is filed under for candidate look-ups: a few specifics, then its rarest words
 * (duplicates.ts KEY_SPECIFICS). */
export const KEY_TERMS = 8;
/** The weight that marks a specific (not a topic word) in IssueTerms.weights. */
export const SPECIFIC = -1;

// Two differently worded opinions report the same issue when the topic words they share are
// substantial (at least MIN_SHARED of IDF weight, about two uncommon words) and make up enough of
// the shorter one's topic weight: SAME_PLACE when they also share a specific (the same town,
// person or number), ELSEWHERE — most of it — when they share none (two towns' complaints about
// meetings are two issues) — and the longer one must share at least COVER_LONGER of its own (a
// short text is contained in many long ones). Chosen on tests/fixtures/triage/dev.jsonl (pairwise
// P 0.94, R 0.63 with jieba's own segmenter; P 0.92, R 0.64 since numbers are folded and at most
// three specifics are key terms; dev2.jsonl: P 0.71, R 0.60 once rare dictionary place names count as
// places); the held-out set is never used to tune.
export const MIN_SHARED = 24;
export const SAME_PLACE = 0.15;
export const ELSEWHERE = 0.7;
export const COVER_LONGER = 0.1;

/** jieba's dictionary and IDF table, for segmenting in JavaScript (segment.ts). */
const lexicon = Lexicon.jieba();

// Words every opinion uses: what makes them opinions, not what makes them one issue.
const COMMON = new Set([
  '反映', '问题', '群众', '希望', '建议', '领导', '干部', '上级', '意见', '一些', '有的', '情况', '现象', '存在', '工作', '我们', '他们', '你们', '这个', '那个',
  '没有', '就是', '还是', '已经', '现在', '时候', '什么', '怎么', '这样', '那么', '为什么', '能不能', '可以', '不能', '一下', '一个', '很多', '非常', '特别', '实在',
  '老百姓', '百姓', '请求', '恳请', '严肃', '处理', '解决', '查处', '相关', '部门', '单位', '同志', '人员', '工作人员', '今年', '去年', '最近', '经常', '总是', '每次',
  '根本', '真是', '而且', '但是', '因为', '所以', '如果', '还有', '其中', '大家', '自己', '本人', '我家', '举报', '投诉', '严重', '影响', '认真', '及时', '尽快',
  '电话', '来电', '来电人', '联系电话', '标题', '内容', '尊敬',
]);

export interface IssueTerms {
  /** 32-bit hashes: topic words (rarest first), then specifics. */
  hashes: Uint32Array;
  /** IDF weight of each topic word; SPECIFIC for a specific. */
  weights: Float32Array;
  /** The summed IDF of all the opinion's topic words (not only those kept). */
  total: number;
}

/** Marks on lexicon entries. */
const COMMON_MARK = 1;
for (const w of COMMON) {
  const e = lexicon.lookup(w) >= 0 ? lexicon.lookup(w) : lexicon.insert(w);
  lexicon.marks[e] |= COMMON_MARK;
}

const FNV_SEED = 0x811c9dc5;
const FNV = 0x01000193;
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
/** The term hash of units[start..end) (FNV-1a with a final mix), after `seed`. */
function hashUnits(u: Uint16Array, start: number, end: number, seed = FNV_SEED): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ u[i], FNV);
  return finish(h);
}
/** A specific's hash: the hash of "#" + its text, so a specific never equals a topic word. */
const SPECIFIC_SEED = Math.imul(FNV_SEED ^ 0x23, FNV);

/** Per UTF-16 unit: bit 1 = Han (U+3400–U+9FFF), bit 2 = a function character (not part of a
 * place name), bit 4 = a unified ideograph (U+4E00–U+9FFF: what a place name is written in). */
const CLASS = new Uint8Array(0x10000);
for (let c = 0x3400; c <= 0x9fff; c++) CLASS[c] = c >= 0x4e00 ? 5 : 1;
for (const ch of '的了是在去到我你他她们这那个有就都也和与及把被让给对从向往上下里外个各每全本该某一二三四五六七八九十几多新老大小县市区省') CLASS[ch.charCodeAt(0)] |= 2;
const PLACE_END = new Uint8Array(0x10000);
for (const ch of '镇乡村县区市') PLACE_END[ch.charCodeAt(0)] = 1;
/** Dictionary words this rare (jieba IDF) that end in 镇/乡/村/县/区/市 are place names. */
const PLACE_IDF = 11;
const ZHEN = '镇'.charCodeAt(0);
const XIANG = '乡'.charCodeAt(0);
const CUN = '村'.charCodeAt(0);
const JIE = '街'.charCodeAt(0);
const DAO = '道'.charCodeAt(0);
const SHE = '社'.charCodeAt(0);
const QU = '区'.charCodeAt(0);
const XIAN = '县'.charCodeAt(0);

/** Only the first this many characters are read for issue terms. */
const READ_CHARS = 4000;
let units = new Uint16Array(READ_CHARS);
/** Per lexicon entry: the call that last counted it as a topic word (to count each once). */
let seenAt = new Int32Array(0);
let call = 0;
const topicHash = new Uint32Array(READ_CHARS);
const topicIdf = new Float64Array(READ_CHARS);
const order = new Int32Array(READ_CHARS);
let nTopic = 0;
const specHash = new Uint32Array(SPECIFIC_TERMS);
let nSpec = 0;
let total = 0;

const numberHash = new Uint32Array(SPECIFIC_TERMS);
let nNumbers = 0;

function addNumber(h: number) {
  if (nNumbers >= SPECIFIC_TERMS) return;
  for (let i = 0; i < nNumbers; i++) if (numberHash[i] === h) return;
  numberHash[nNumbers++] = h;
}

function addSpecific(h: number) {
  if (nSpec >= SPECIFIC_TERMS) return;
  for (let i = 0; i < nSpec; i++) if (specHash[i] === h) return;
  specHash[nSpec++] = h;
}

function onWord(start: number, end: number, entry: number) {
  const len = end - start;
  if (len < 2) return;
  if (entry >= 0 && lexicon.marks[entry] & COMMON_MARK) return;
  // Numbers of two or more ASCII digits are specifics; words without a Han character are skipped.
  let digits = true;
  let han = false;
  for (let i = start; i < end; i++) {
    const c = units[i];
    if (c < 0x30 || c > 0x39) digits = false;
    if (CLASS[c] & 1) han = true;
  }
  if (digits) return addNumber(hashUnits(units, start, end, SPECIFIC_SEED));
  if (!han) return;
  const idf = entry >= 0 ? lexicon.idf[entry] : Number.NaN;
  if (idf !== idf) {
    // A word the IDF table does not know: a specific; a place name with or without 镇/乡/村… is one.
    return addSpecific(hashUnits(units, start, len >= 3 && PLACE_END[units[end - 1]] ? end - 1 : end, SPECIFIC_SEED));
  }
  // A rare dictionary word that ends like a place (龙泉镇, 金溪县: jieba's corpus knows many real
  // towns and counties) is a place all the same: a specific, like an unknown one. Ordinary words
  // ending so (乡镇, 城区, 开发区, 全县) are common enough to stay below PLACE_IDF, and one opening
  // with a function character (我县, 该县) is no name.
  if (len >= 3 && idf >= PLACE_IDF && PLACE_END[units[end - 1]] && !(CLASS[units[start]] & 2)) return addSpecific(hashUnits(units, start, end - 1, SPECIFIC_SEED));
  if (seenAt[entry] === call) return;
  seenAt[entry] = call;
  topicHash[nTopic] = hashUnits(units, start, end);
  topicIdf[nTopic++] = idf;
  total += idf;
}

/**
 * The issue terms of already-normalized (and masked) text. Words jieba's corpus knows are topic
 * words, weighted by their IDF; words it does not know (the names of villages and people, new
 * coinages) and numbers of two or more digits are specifics — a place name with or without its
 * 镇/乡/村 is the same specific.
 */
export function issueTerms(normalized: string): IssueTerms {
  const n = Math.min(normalized.length, READ_CHARS);
  for (let i = 0; i < n; i++) units[i] = normalized.charCodeAt(i);
  if (seenAt.length < lexicon.entries) seenAt = new Int32Array(lexicon.entries + 1024);
  call++;
  nTopic = 0;
  nSpec = 0;
  nNumbers = 0;
  total = 0;
  lexicon.cut(units, n, onWord);
  // Places the segmenter splits ("青/山镇"): two characters before 镇/乡/村/街道/社区, unless one of
  // them is a function word ("去镇里", "到村") or the pair is an ordinary word (乡镇, 城乡).
  // Matched left to right without overlap.
  for (let i = 0; i + 2 < n; ) {
    const a = CLASS[units[i]];
    const b = CLASS[units[i + 1]];
    if (!(a & 4 && b & 4)) {
      i++;
      continue;
    }
    const c = units[i + 2];
    const d = i + 3 < n ? units[i + 3] : 0;
    const suffix = c === ZHEN || c === XIANG || c === CUN || c === XIAN || c === QU ? 1 : (c === JIE && d === DAO) || (c === SHE && d === QU) ? 2 : 0;
    if (!suffix) {
      i++;
      continue;
    }
    if (!((a | b) & 2) && !lexicon.hasIdf(units, i, i + 2 + suffix)) addSpecific(hashUnits(units, i, i + 2, SPECIFIC_SEED));
    i += 2 + suffix;
  }
  // Numbers after names and places: a date or an amount must not crowd out the village.
  for (let i = 0; i < nNumbers; i++) addSpecific(numberHash[i]);
  // The rarest topic words (ties in order of first occurrence), then the first specifics.
  for (let i = 0; i < nTopic; i++) order[i] = i;
  const top = order.subarray(0, nTopic).sort((x, y) => topicIdf[y] - topicIdf[x] || x - y);
  const kept = Math.min(nTopic, TOPIC_TERMS);
  const hashes = new Uint32Array(kept + nSpec);
  const weights = new Float32Array(kept + nSpec);
  for (let i = 0; i < kept; i++) {
    hashes[i] = topicHash[top[i]];
    weights[i] = topicIdf[top[i]];
  }
  for (let i = 0; i < nSpec; i++) {
    hashes[kept + i] = specHash[i];
    weights[kept + i] = SPECIFIC;
  }
  return { hashes, weights, total };
}
