import { normalize } from './normalize.js';

// First-pass classification under the four winds, from the campaign's standard descriptions of
// each wind (shared/GLOSSARY.md's "typical signs" and the way campaign reports list them).
// Longer phrases weigh more than single words; the answer carries its confidence and the words
// that decided it, so staff can confirm or correct with one keystroke. Learning from those
// corrections is the next step (a trainable model over characters and words).

export type Wind = 'formalism' | 'bureaucratism' | 'hedonism' | 'extravagance' | 'other';

const LEXICON: Record<Exclude<Wind, 'other'>, string[]> = {
  formalism: [
    '文山会海', '会议多', '会议太多', '开会', '文件多', '文件太多', '文件太长', '层层转发', '检查多', '检查评比', '评比', '考核', '达标', '台账', '留痕',
    '走过场', '形式主义', '花架子', '表面文章', '形象工程', '政绩工程', '面子工程', '重布置轻落实', '重部署轻落实', '材料', '填表', '调研走过场', '过多过滥', '陪会', '督查',
  ],
  bureaucratism: [
    '门难进', '脸难看', '话难听', '事难办', '推诿', '扯皮', '踢皮球', '拖拉', '效率低', '不作为', '慢作为', '乱作为', '脱离群众', '高高在上', '拍脑袋', '一言堂',
    '态度差', '态度恶劣', '刁难', '跑了', '多跑', '跑五趟', '吃拿卡要', '衙门', '官僚主义', '不回应', '不理睬', '敷衍', '排队', '手续繁琐', '窗口',
  ],
  hedonism: [
    '打牌', '麻将', '赌博', '上班时间', '迟到', '早退', '脱岗', '离岗', '饮酒', '喝酒', '酒驾', '精神懈怠', '贪图享受', '不思进取', '庸懒散', '混日子', '出工不出力',
    '玩手机', '玩游戏', '炒股', '享乐主义', '懒政', '睡觉', '钓鱼', '打游戏',
  ],
  extravagance: [
    '公款', '吃喝', '宴请', '大吃大喝', '送礼', '收礼', '红包', '购物卡', '公车私用', '公车', '公务用车', '超标', '办公用房', '办公室超标', '铺张浪费', '浪费', '奢华',
    '高档', '会所', '公款旅游', '节庆', '楼堂馆所', '大操大办', '婚丧', '奢靡', '豪华', '接待', '茅台', '名贵',
  ],
};

// Each term weighs its length (a two-character hit is weak evidence, a four-character phrase strong).
const TERMS: { term: string; wind: Exclude<Wind, 'other'>; weight: number }[] = Object.entries(LEXICON).flatMap(([wind, terms]) =>
  terms.map((term) => ({ term, wind: wind as Exclude<Wind, 'other'>, weight: Math.min(term.length, 4) })),
);

export interface Classification {
  wind: Wind;
  confidence: number; // 0..1
  terms: string[]; // the words that decided it
}

const MIN_SCORE = 2;

export function classify(text: string): Classification {
  const norm = normalize(text);
  const scores: Record<string, number> = {};
  const hits: Record<string, string[]> = {};
  for (const t of TERMS) {
    if (!norm.includes(t.term)) continue;
    scores[t.wind] = (scores[t.wind] ?? 0) + t.weight;
    (hits[t.wind] ??= []).push(t.term);
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < MIN_SCORE) return { wind: 'other', confidence: ranked.length ? 0.3 : 0.5, terms: ranked.length ? hits[ranked[0][0]] : [] };
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const [wind, best] = ranked[0];
  return { wind: wind as Wind, confidence: Math.round((best / (total + 2)) * 100) / 100, terms: hits[wind] };
}
