import { createRequire } from 'node:module';
import fs from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { setSegmenter } from './model.js';

// "The same concrete issue" reported by five people in five ways shares few character
// shingles (a text message and a two-page letter about the same town's meetings overlap by
// under 10%), but it shares the specifics: the place, the office, the object, the number.
// An opinion's issue terms are its words (jieba) weighted by how rare they are in Chinese at
// large (jieba's IDF table), so 宅基地证 and 低保 outweigh 群众, 反映 and 问题, and its
// specifics: the names jieba's corpus never saw (青山镇, a person's name) and numbers.

/** Topic words kept per opinion (the rarest), and specifics (names, places, numbers). */
export const TOPIC_TERMS = 24;
export const SPECIFIC_TERMS = 8;
export const ISSUE_TERMS = TOPIC_TERMS + SPECIFIC_TERMS;
/** Terms an opinion is filed under for candidate look-ups: its specifics, then its rarest words. */
export const KEY_TERMS = 8;
/** The weight that marks a specific (not a topic word) in IssueTerms.weights. */
export const SPECIFIC = -1;

// Two differently worded opinions report the same issue when the topic words they share are
// substantial (at least MIN_SHARED of IDF weight, about two uncommon words) and make up enough of
// the shorter one's topic weight: SAME_PLACE when they also share a specific (the same town,
// person or number), ELSEWHERE — most of it — when they share none (two towns' complaints about
// meetings are two issues) — and the longer one must share at least COVER_LONGER of its own (a
// short text is contained in many long ones). Chosen on tests/fixtures/triage/dev.jsonl (pairwise
// P 0.94, R 0.61);
// the held-out set is never used to tune.
export const MIN_SHARED = 24;
export const SAME_PLACE = 0.15;
export const ELSEWHERE = 0.7;
export const COVER_LONGER = 0.1;

const jieba = Jieba.withDict(dict);
// One jieba for the process: the classifier's learning segments with it too (it costs ~40 MB).
setSegmenter((t) => jieba.cut(t, false));

const IDF = (() => {
  const map = new Map<string, number>();
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp > 0) map.set(line.slice(0, sp), Number(line.slice(sp + 1)));
  }
  return map;
})();

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

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const HAN = /[\u3400-\u9fff]/;
const NUMBER = /^\d{2,}$/;
const PLACE_SUFFIX = /[镇乡村县区市]$/;
const PLACE = /([\u4e00-\u9fff]{2})(镇|乡|村|街道|社区)/g;
const FUNCTION_CHARS = /[的了是在去到我你他她们这那个有就都也和与及把被让给对从向往上下里外个各每全本该某一二三四五六七八九十几多新老大小县市区省]/;

/**
 * The issue terms of already-normalized (and masked) text. Words jieba's corpus knows are topic
 * words, weighted by their IDF; words it does not know (the names of villages and people, new
 * coinages) and numbers of two or more digits are specifics — a place name with or without its
 * 镇/乡/村 is the same specific.
 */
export function issueTerms(normalized: string): IssueTerms {
  const topic = new Map<string, number>();
  const specifics = new Set<string>();
  for (const w of jieba.cut(normalized.length > 4000 ? normalized.slice(0, 4000) : normalized, true)) {
    if (w.length < 2 || COMMON.has(w)) continue;
    if (NUMBER.test(w)) specifics.add(w);
    else if (!HAN.test(w)) continue;
    else {
      const idf = IDF.get(w);
      if (idf === undefined) specifics.add(w.length >= 3 ? w.replace(PLACE_SUFFIX, '') : w);
      else topic.set(w, idf);
    }
  }
  // Places jieba splits ("青/山镇"): two characters before 镇/乡/村/街道/社区, unless one of them is
  // a function word ("去镇里", "到村") or the pair is an ordinary word (乡镇, 城乡).
  for (const m of normalized.matchAll(PLACE)) {
    if (FUNCTION_CHARS.test(m[1]) || IDF.has(m[1] + m[2])) continue;
    specifics.add(m[1]);
  }
  let total = 0;
  for (const v of topic.values()) total += v;
  const top = [...topic].sort((a, b) => b[1] - a[1]).slice(0, TOPIC_TERMS);
  const spec = [...specifics].slice(0, SPECIFIC_TERMS);
  return {
    hashes: Uint32Array.from([...top.map(([w]) => hash32(w)), ...spec.map((w) => hash32(`#${w}`))]),
    weights: Float32Array.from([...top.map(([, v]) => v), ...spec.map(() => SPECIFIC)]),
    total,
  };
}
