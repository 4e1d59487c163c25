// What rectification is made of: problems found (查摆问题), task books (整改任务书) with their
// measures (整改措施), special drives (专项整治), rule review (建章立制), public commitments
// (公开承诺) and the public's rating (群众满意度). Names follow ../../../../shared/GLOSSARY.md.

/** How a problem was found: 群众提、自己找、上级点、互相帮 (seed 002). */
export const SOURCES = ['public', 'self_found', 'superior', 'mutual_help'] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_LABELS: Record<Source, string> = { public: '群众提', self_found: '自己找', superior: '上级点', mutual_help: '互相帮' };

/** The four winds, and "other" (same names as opinions' categories). */
export const WINDS = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'] as const;
export type Wind = (typeof WINDS)[number];
export const WIND_LABELS: Record<Wind, string> = { formalism: '形式主义', bureaucratism: '官僚主义', hedonism: '享乐主义', extravagance: '奢靡之风', other: '其他' };

/** Whose problem: the leadership group, a named member of it, or the unit's work. */
export const PROBLEM_TARGETS = ['leadership', 'member', 'unit'] as const;
export type ProblemTarget = (typeof PROBLEM_TARGETS)[number];
export const TARGET_LABELS: Record<ProblemTarget, string> = { leadership: '领导班子', member: '班子成员', unit: '单位' };

export const SEVERITY_WORDS = { low: 1, medium: 2, high: 3 } as const;
export const SEVERITY_LABELS: Record<number, string> = { 1: '一般', 2: '较重', 3: '严重' };

/** A problem's state follows its measures: none yet, some open, all verified. */
export const PROBLEM_STATUSES = ['open', 'rectifying', 'rectified'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = { open: '待定措施', rectifying: '整改中', rectified: '已整改' };

export const PLAN_KINDS = ['leadership', 'member'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const MEASURE_STATUSES = ['not_started', 'in_progress', 'awaiting_verification', 'verified', 'overdue', 'reopened'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  not_started: '未开始', in_progress: '整改中', awaiting_verification: '待销号', verified: '已销号', overdue: '已超期', reopened: '重新整改',
};

/** Measures the overdue scan marks when their deadline has passed. A measure awaiting verification
 * is not: its owner reported it done in time and waits on the verifier, not the other way round. */
export const OVERDUE_FROM: MeasureStatus[] = ['not_started', 'in_progress', 'reopened'];
/** Measures still to be done (the timetable's "open", reminders). */
export const OPEN_STATUSES: MeasureStatus[] = ['not_started', 'in_progress', 'overdue', 'reopened'];

/**
 * not_started → in_progress (first progress) → awaiting_verification (the owner reports it done)
 * → verified (销号, by the office or the supervision group) or back to in_progress (refused).
 * The verifier may also close out work under way without the owner's report. The scan marks
 * open measures overdue; a verified measure is reopened by low public ratings or by the office.
 * A new deadline takes an overdue measure back to in_progress.
 */
export const MEASURE_TRANSITIONS: Record<MeasureStatus, MeasureStatus[]> = {
  not_started: ['in_progress', 'awaiting_verification', 'overdue'],
  in_progress: ['awaiting_verification', 'verified', 'overdue'],
  overdue: ['in_progress', 'awaiting_verification', 'verified'],
  awaiting_verification: ['verified', 'in_progress'],
  verified: ['reopened'],
  reopened: ['in_progress', 'awaiting_verification', 'verified', 'overdue'],
};

export function canMoveMeasure(from: MeasureStatus, to: MeasureStatus): boolean {
  return MEASURE_TRANSITIONS[from].includes(to);
}

/** 专项整治 counters (seed 002's 精简发文会议, 清理办公用房, 公车 …); `custom` takes its own label. */
export const COUNTER_KINDS = ['documents_cut', 'meetings_cut', 'approvals_delegated', 'procedures_simplified', 'office_space_m2', 'cars_cleared', 'people_disciplined', 'custom'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];
export const COUNTER_LABELS: Record<CounterKind, { label: string; unit: string }> = {
  documents_cut: { label: '精简文件', unit: '件' },
  meetings_cut: { label: '精简会议', unit: '个' },
  approvals_delegated: { label: '下放审批事项', unit: '项' },
  procedures_simplified: { label: '简化办事程序', unit: '项' },
  office_space_m2: { label: '清理腾退办公用房', unit: '平方米' },
  cars_cleared: { label: '清理公务用车', unit: '辆' },
  people_disciplined: { label: '查处问责人数', unit: '人' },
  custom: { label: '', unit: '' },
};

/** 废改立: keep (保留), abolish (废止), revise (修订), create (新建). */
export const RULE_DECISIONS = ['keep', 'abolish', 'revise', 'create'] as const;
export type RuleDecision = (typeof RULE_DECISIONS)[number];
export const RULE_STATUSES = ['pending', 'done'] as const;

export const COMMITMENT_STATUSES = ['made', 'in_progress', 'fulfilled', 'not_fulfilled'] as const;

/** The public's answers (民主评议's three grades). */
export const RATINGS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' };

/** Defaults of the reopening threshold when the office has set none. */
export const DEFAULT_REOPEN_BELOW_PERCENT = 60;
export const DEFAULT_REOPEN_MIN_RATINGS = 10;

/** "Approaching" deadlines: owners are reminded this many days before. */
export const REMIND_DAYS = 3;

export const TEXT_MAX = 2000;

/** satisfied + basically over all answers, in percent (one decimal), or null without answers. */
export function satisfactionRate(t: { satisfied: number; basically: number; dissatisfied: number }): number | null {
  const total = t.satisfied + t.basically + t.dissatisfied;
  return total ? Math.round(((t.satisfied + t.basically) * 1000) / total) / 10 : null;
}

/** YYYY-MM-DD plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
