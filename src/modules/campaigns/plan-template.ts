// The default plan: the required (规定动作) and optional (自选动作) actions of each phase, drawn
// from the seed reports (shared/seeds: 002's "六个一" and 17 sub-plans, 004's head-of-unit duties,
// 001's "十个一"). A campaign office edits its own copy after creation.
export const PHASES = ['listen', 'examine', 'rectify'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  listen: '学习教育、听取意见',
  examine: '查摆问题、开展批评',
  rectify: '整改落实、建章立制',
};

export interface TemplateAction {
  key: string;
  phase: Phase;
  title: string;
  required: boolean;
}

export const PLAN_TEMPLATE: TemplateAction[] = [
  { key: 'mobilization', phase: 'listen', title: '召开动员部署大会', required: true },
  { key: 'study_session', phase: 'listen', title: '集中学习（中心组学习）', required: true },
  { key: 'party_lecture', phase: 'listen', title: '主要负责人讲专题党课', required: true },
  { key: 'solicitation', phase: 'listen', title: '多渠道征求意见建议', required: true },
  { key: 'symposium', phase: 'listen', title: '召开征求意见座谈会', required: true },
  { key: 'field_visit', phase: 'listen', title: '走访调研、深入基层', required: false },
  { key: 'opinion_triage', phase: 'listen', title: '意见建议梳理汇总并反馈', required: true },
  { key: 'talk', phase: 'examine', title: '开展谈心谈话（“三个必谈”）', required: true },
  { key: 'self_examination', phase: 'examine', title: '撰写对照检查材料', required: true },
  { key: 'democratic_life_meeting', phase: 'examine', title: '召开专题民主生活会', required: true },
  { key: 'organizational_life_meeting', phase: 'examine', title: '召开专题组织生活会', required: true },
  { key: 'democratic_evaluation', phase: 'examine', title: '开展民主评议', required: true },
  { key: 'meeting_notice', phase: 'examine', title: '通报民主生活会情况', required: false },
  { key: 'rectification_plan', phase: 'rectify', title: '制定整改任务书（路线图、时间表）', required: true },
  { key: 'rectification_disclosure', phase: 'rectify', title: '整改方案和进展向群众公示', required: true },
  { key: 'special_drive', phase: 'rectify', title: '开展专项整治', required: true },
  { key: 'rule_review', phase: 'rectify', title: '建章立制（制度废改立）', required: true },
  { key: 'satisfaction_survey', phase: 'rectify', title: '群众满意度测评', required: true },
  { key: 'look_back', phase: 'rectify', title: '开展“回头看”', required: false },
  { key: 'narrative_report', phase: 'rectify', title: '活动总结报告', required: true },
];

/** Splits a campaign's dates into three consecutive phases (roughly 3 : 3 : 4). */
export function defaultPhaseDates(startsOn: string, endsOn: string): { phase: Phase; startsOn: string; endsOn: string }[] {
  const start = Date.parse(startsOn + 'T00:00:00Z');
  const end = Date.parse(endsOn + 'T00:00:00Z');
  const days = Math.max(2, Math.round((end - start) / 86400_000) + 1);
  const cut1 = Math.max(0, Math.floor(days * 0.3) - 1);
  const cut2 = Math.max(cut1 + 1, Math.floor(days * 0.6) - 1);
  const day = (n: number) => new Date(start + n * 86400_000).toISOString().slice(0, 10);
  return [
    { phase: 'listen', startsOn: day(0), endsOn: day(cut1) },
    { phase: 'examine', startsOn: day(cut1 + 1), endsOn: day(cut2) },
    { phase: 'rectify', startsOn: day(Math.min(cut2 + 1, days - 1)), endsOn: endsOn },
  ];
}

/** The phase a date falls in, or null outside the campaign. */
export function phaseOn(phases: { phase: string; starts_on: string; ends_on: string }[], date: string): Phase | null {
  const p = phases.find((x) => x.starts_on <= date && date <= x.ends_on);
  return (p?.phase as Phase) ?? null;
}
