// The standard indicator catalogue (指标目录), drawn from what campaign reports count (see the
// seeds: opinions in 条, symposia in 场, rectification measures in 条, office space in 平方米 …),
// and the proposal of a catalogue indicator for an extracted statistic. A proposal is only a
// suggestion with a confidence: a person confirms or corrects it before it enters a roll-up.
//
// aggregation: how figures roll up the hierarchy — sum (counts), max (a per-person requirement
// such as study hours), rate (a percentage: averaged with weights, never summed).
// source: computed — the platform can count it from its own records (opinions, symposia,
// problems, measures, supervision groups …); reported — only units' reports state it.

import type { Qualifier } from './numerals.js';

export type Aggregation = 'sum' | 'max' | 'rate';
export type Source = 'computed' | 'reported';

export interface CatalogueIndicator {
  code: string;
  zh: string;
  en: string;
  unit: string;
  aggregation: Aggregation;
  source: Source;
  /** Words that identify the indicator in the counted phrase (strong) or the sentence (weaker). */
  keywords: string[];
  /** Words that must appear in the sentence as well (制度 for the rule review codes). */
  requires?: string[];
  /** Units a figure of this indicator is written in. */
  units: string[];
}

const COUNT = ['个', '项', '条', '件'];

export const CATALOGUE: CatalogueIndicator[] = [
  { code: 'opinions_solicited', zh: '征求意见建议', en: 'Opinions solicited', unit: '条', aggregation: 'sum', source: 'computed', keywords: ['意见建议', '意见和建议', '征求意见', '征集意见', '收集意见', '原汁原味的意见', '意见'], units: ['条', '件', '类'] },
  { code: 'solicitation_forms', zh: '发放征求意见表', en: 'Opinion forms and questionnaires sent', unit: '份', aggregation: 'sum', source: 'computed', keywords: ['征求意见表', '意见征求表', '征求意见函', '调查问卷', '问卷'], units: ['份', '张', '封'] },
  { code: 'symposia_held', zh: '召开座谈会', en: 'Symposia held', unit: '场', aggregation: 'sum', source: 'computed', keywords: ['座谈会', '恳谈会', '征求意见会', '议事会'], units: ['场', '次', '场次', '个', '期'] },
  { code: 'people_heard', zh: '听取意见人次', en: 'People heard', unit: '人次', aggregation: 'sum', source: 'reported', keywords: ['听取意见', '听取群众意见', '面对面听取'], units: ['人次', '人', '名'] },
  { code: 'research_visits', zh: '调研走访', en: 'Research and visits', unit: '次', aggregation: 'sum', source: 'reported', keywords: ['开展调研', '调研', '走访', '下基层', '蹲点'], units: ['次', '人次', '天', '个', '户'] },
  { code: 'talks_held', zh: '谈心谈话', en: 'Heart-to-heart talks', unit: '人次', aggregation: 'sum', source: 'reported', keywords: ['谈心谈话', '谈心', '谈话', '交心'], units: ['人次', '次', '人'] },
  { code: 'problems_found', zh: '查摆问题', en: 'Problems found', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['查摆问题', '查摆出', '突出问题', '查找问题', '梳理问题', '存在问题', '问题'], units: [...COUNT, '类'] },
  { code: 'measures_planned', zh: '整改措施', en: 'Rectification measures', unit: '条', aggregation: 'sum', source: 'computed', keywords: ['整改措施', '整改举措', '整改任务', '整改事项', '整改意见', '整改方案'], units: COUNT },
  { code: 'measures_done', zh: '完成整改', en: 'Measures completed', unit: '条', aggregation: 'sum', source: 'computed', keywords: ['已完成', '完成整改', '整改到位', '整改完成', '已办结', '办结'], units: COUNT },
  { code: 'immediate_fixes', zh: '立行立改', en: 'Immediate fixes', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['立行立改', '即知即改', '立说立行', '边查边改', '边学边改'], units: COUNT },
  { code: 'special_drives', zh: '专项整治', en: 'Special drives', unit: '项', aggregation: 'sum', source: 'computed', keywords: ['专项整治', '专项治理', '专项行动', '集中整治', '专项清理', '即知即改行动'], units: ['项', '个', '次'] },
  { code: 'documents_cut', zh: '精简文件', en: 'Documents cut', unit: '件', aggregation: 'sum', source: 'reported', keywords: ['精简文件', '压缩文件', '减少文件', '减少发文', '精简发文', '文件简报', '文件', '发文'], units: ['件', '份', '个', '篇', '%'] },
  { code: 'meetings_cut', zh: '压缩会议', en: 'Meetings cut', unit: '场次', aggregation: 'sum', source: 'reported', keywords: ['压缩会议', '精简会议', '减少会议', '合并会议', '会议'], units: ['场次', '次', '场', '个', '%'] },
  { code: 'inspections_cut', zh: '精简检查评比', en: 'Inspections and appraisals cut', unit: '项', aggregation: 'sum', source: 'reported', keywords: ['检查评比', '评比表彰', '评比达标', '检查考核', '达标评比', '检查'], units: ['项', '个', '次', '%'] },
  { code: 'approvals_delegated', zh: '下放取消审批事项', en: 'Approvals delegated or cancelled', unit: '项', aggregation: 'sum', source: 'reported', keywords: ['下放审批', '取消审批', '下放行政审批', '审批事项', '行政审批', '下放'], units: ['项', '个', '件'] },
  { code: 'procedures_simplified', zh: '简化办事程序', en: 'Procedures simplified', unit: '项', aggregation: 'sum', source: 'reported', keywords: ['简化办事程序', '简化程序', '简化环节', '简化手续', '办事程序', '审批提速', '提速', '简化'], units: ['项', '个', '件', '%'] },
  { code: 'office_space_cleared', zh: '清理办公用房', en: 'Office space cleared', unit: '平方米', aggregation: 'sum', source: 'reported', keywords: ['办公用房', '腾退', '办公室', '用房'], units: ['平方米', '间', '处', '套'] },
  { code: 'cars_cleared', zh: '清理公务用车', en: 'Official cars cleared', unit: '辆', aggregation: 'sum', source: 'reported', keywords: ['公务用车', '公车', '超编车辆', '超标车辆', '车辆', '封存'], units: ['辆', '台'] },
  { code: 'public_spending_cut', zh: '压减“三公”经费', en: 'Official spending cut', unit: '元', aggregation: 'sum', source: 'reported', keywords: ['三公经费', '三公', '公务接待', '经费支出', '节约经费', '节约资金', '经费', '节约'], units: ['元', '%'] },
  { code: 'cases_investigated', zh: '查处违纪问题', en: 'Cases investigated', unit: '起', aggregation: 'sum', source: 'reported', keywords: ['查处', '违反八项规定', '八项规定精神', '八项规定', '违纪', '案件', '顶风违纪', '执纪'], units: ['起', '件', '个', '例', '宗'] },
  { code: 'people_disciplined', zh: '处理党员干部', en: 'People disciplined', unit: '人', aggregation: 'sum', source: 'reported', keywords: ['处理党员干部', '党纪政纪处分', '处分', '问责', '诫勉', '组织处理', '通报批评', '处理', '追责'], units: ['人', '名', '人次'] },
  { code: 'evaluation_participants', zh: '参加民主评议人数', en: 'Members taking part in evaluation', unit: '人', aggregation: 'sum', source: 'reported', keywords: ['民主评议', '民主测评', '满意度测评', '测评', '评议'], units: ['人', '人次', '名'] },
  { code: 'satisfaction_rate', zh: '群众满意度', en: 'Public satisfaction', unit: '%', aggregation: 'rate', source: 'reported', keywords: ['满意度', '满意率', '好评率', '满意'], units: ['%'] },
  { code: 'study_hours', zh: '学习时间', en: 'Study hours', unit: '学时', aggregation: 'max', source: 'reported', keywords: ['学时', '学习时间', '集中学习', '学习'], units: ['学时', '小时', '课时', '天'] },
  { code: 'study_sessions', zh: '集中学习', en: 'Study sessions', unit: '次', aggregation: 'sum', source: 'reported', keywords: ['集中学习', '中心组学习', '学习会', '专题学习', '学习交流', '学习讨论', '专题辅导', '辅导报告', '现场教学', '专题教学', '教学'], units: ['次', '场', '期', '场次', '轮'] },
  { code: 'study_participation_rate', zh: '参学率', en: 'Study participation rate', unit: '%', aggregation: 'rate', source: 'reported', keywords: ['参学率', '参训率', '到课率'], units: ['%'] },
  { code: 'party_lectures', zh: '上党课', en: 'Party lectures', unit: '次', aggregation: 'sum', source: 'reported', keywords: ['党课'], units: ['次', '场', '人次', '堂', '期'] },
  { code: 'training_courses', zh: '专题培训', en: 'Training courses', unit: '期', aggregation: 'sum', source: 'reported', keywords: ['轮训', '培训班', '培训'], units: ['期', '次', '个', '人次', '人', '名'] },
  { code: 'publicity_events', zh: '宣讲报告', en: 'Publicity talks', unit: '场', aggregation: 'sum', source: 'reported', keywords: ['宣讲', '报告会', '专题报告'], units: ['场', '次', '场次'] },
  { code: 'exemplary_cases', zh: '典型案例', en: 'Exemplary cases', unit: '个', aggregation: 'sum', source: 'reported', keywords: ['先进典型', '典型案例', '身边典型', '典型', '案例'], units: ['个', '名', '篇', '件', '位'] },
  { code: 'contact_points', zh: '领导干部联系点', en: 'Contact points', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['联系点'], units: ['个', '处'] },
  { code: 'supervision_groups', zh: '督导组', en: 'Supervision groups', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['督导组', '巡回督导', '督查组'], units: ['个', '组'] },
  { code: 'rules_kept', zh: '保留制度', en: 'Rules kept', unit: '项', aggregation: 'sum', source: 'computed', keywords: ['保留'], requires: ['制度', '规定', '办法'], units: ['项', '个', '条', '件'] },
  { code: 'rules_abolished', zh: '废止制度', en: 'Rules abolished', unit: '项', aggregation: 'sum', source: 'computed', keywords: ['废止', '废除', '清理废止'], requires: ['制度', '规定', '办法', '文件'], units: ['项', '个', '条', '件'] },
  { code: 'rules_revised', zh: '修订制度', en: 'Rules revised', unit: '项', aggregation: 'sum', source: 'computed', keywords: ['修订', '修改完善', '修改'], requires: ['制度', '规定', '办法'], units: ['项', '个', '条', '件'] },
  { code: 'rules_created', zh: '新建制度', en: 'Rules created', unit: '项', aggregation: 'sum', source: 'computed', keywords: ['新建', '新制定', '建立', '制定', '出台', '硬性规定', '规定'], requires: ['制度', '规定', '办法', '机制'], units: ['项', '个', '条', '件'] },
  { code: 'public_commitments', zh: '公开承诺', en: 'Public commitments', unit: '项', aggregation: 'sum', source: 'reported', keywords: ['公开承诺', '承诺'], units: ['项', '条', '个'] },
  { code: 'briefings_issued', zh: '编发简报信息', en: 'Briefings issued', unit: '篇', aggregation: 'sum', source: 'computed', keywords: ['编报', '编发', '简报', '活动信息', '信息'], units: ['篇', '期', '份', '条'] },
  { code: 'briefings_adopted', zh: '简报信息被采用', en: 'Briefing items adopted', unit: '篇', aggregation: 'sum', source: 'computed', keywords: ['采用', '刊用', '转发', '刊发'], units: ['篇', '条', '期'] },
  { code: 'practical_deeds', zh: '为群众办实事', en: 'Practical deeds for the public', unit: '件', aggregation: 'sum', source: 'reported', keywords: ['办实事', '实事', '好事', '民生实事', '难事'], units: ['件', '个', '项', '条'] },
  { code: 'people_helped', zh: '走访慰问帮扶群众', en: 'People visited and helped', unit: '人', aggregation: 'sum', source: 'reported', keywords: ['慰问', '困难群众', '困难党员', '特困', '帮扶', '结对', '健康体检', '困难户'], units: ['人', '名', '户', '人次', '户次'] },
  { code: 'relief_funds', zh: '慰问帮扶资金', en: 'Relief and aid funds', unit: '元', aggregation: 'sum', source: 'reported', keywords: ['慰问金', '助学金', '帮扶资金', '捐款', '资金', '慰问品', '清凉用品', '物资'], units: ['元'] },
  { code: 'participating_members', zh: '参加活动党员', en: 'Members taking part', unit: '人', aggregation: 'sum', source: 'computed', keywords: ['党员参加', '参加教育实践活动', '参加活动', '党员干部', '党员'], units: ['名', '人'] },
  { code: 'self_examinations', zh: '对照检查材料', en: 'Self-examination documents', unit: '份', aggregation: 'sum', source: 'computed', keywords: ['对照检查材料', '对照检查', '检查材料'], units: ['份', '篇', '个'] },
  { code: 'participating_orgs', zh: '参加活动单位', en: 'Organizations taking part', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['基层党组织', '党组织', '乡镇', '部门', '单位', '村', '社区'], units: ['个', '家', '所'] },
  { code: 'plans_issued', zh: '制定方案', en: 'Plans and sub-plans', unit: '个', aggregation: 'sum', source: 'computed', keywords: ['子方案', '实施方案', '方案'], units: ['个', '份', '项'] },
];

export const CATALOGUE_BY_CODE = new Map(CATALOGUE.map((c) => [c.code, c]));

export interface StatisticLike {
  indicator: string;
  unit: string;
  qualifier: Qualifier;
  /** The sentence around the figure (Simplified), when known. */
  context?: string;
}

export interface Proposal {
  code: string;
  zh: string;
  confidence: number;
}

const MIN_SCORE = 1.5;

/**
 * The catalogue indicator this statistic most likely reports, with a confidence in (0, 1), or
 * null when nothing fits well enough to propose. The counted phrase weighs most, the sentence
 * less; a unit the indicator is never written in, or a percentage for a count, lowers the score.
 */
export function proposeIndicator(stat: StatisticLike): Proposal | null {
  const phrase = stat.indicator ?? '';
  const context = stat.context ?? '';
  const percent = stat.qualifier === 'percent' || stat.unit === '%';
  let best: { c: CatalogueIndicator; score: number } | null = null;
  let second = 0;
  for (const c of CATALOGUE) {
    if (c.requires && !c.requires.some((w) => phrase.includes(w) || context.includes(w))) continue;
    let kw = 0;
    for (const k of c.keywords) {
      const s = phrase.includes(k) ? 2 + 0.25 * k.length : context.includes(k) ? 0.6 + 0.15 * k.length : 0;
      kw = Math.max(kw, s);
    }
    if (kw === 0) continue;
    let score = kw;
    if (c.aggregation === 'rate') score = percent ? score + 1 : score * 0.2;
    else if (c.units.includes(stat.unit)) score += percent ? 0.3 : 1;
    else score *= 0.4;
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { c, score };
    } else if (score > second) second = score;
  }
  if (!best || best.score < MIN_SCORE) return null;
  const strength = Math.min(1, best.score / 4.5);
  const margin = second ? 1 - 0.5 * (second / best.score) : 1;
  return { code: best.c.code, zh: best.c.zh, confidence: Math.round(Math.max(0.05, Math.min(0.97, strength * margin)) * 100) / 100 };
}
