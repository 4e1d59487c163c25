import { CATALOGUE, type Aggregation, type Source } from './extract/catalogue.js';

// The standard indicator catalogue of the figures feature: every indicator of the extractor's
// catalogue (same codes, so that proposals from narrative reports land on the same indicators),
// plus the breakdowns and parts of rates the dashboard needs. A rate has a numerator and a
// denominator indicator and is computed from their roll-ups, never summed.

export interface StandardIndicator {
  code: string;
  zh: string;
  en: string;
  unit: string;
  aggregation: Aggregation;
  source: Source;
  numerator?: string;
  denominator?: string;
}

const RATE_PARTS: Record<string, { numerator: string; denominator: string }> = {
  satisfaction_rate: { numerator: 'satisfied_responses', denominator: 'satisfaction_responses' },
  study_participation_rate: { numerator: 'study_attendees', denominator: 'study_expected' },
};

const EXTRA: StandardIndicator[] = [
  { code: 'opinions_formalism', zh: '意见建议·形式主义', en: 'Opinions: formalism', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'opinions_bureaucratism', zh: '意见建议·官僚主义', en: 'Opinions: bureaucratism', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'opinions_hedonism', zh: '意见建议·享乐主义', en: 'Opinions: hedonism', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'opinions_extravagance', zh: '意见建议·奢靡之风', en: 'Opinions: extravagance', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'opinions_other', zh: '意见建议·其他', en: 'Opinions: other', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'measures_overdue', zh: '逾期整改措施', en: 'Overdue measures', unit: '条', aggregation: 'sum', source: 'computed' },
  { code: 'satisfied_responses', zh: '满意（含基本满意）票数', en: 'Satisfied responses', unit: '票', aggregation: 'sum', source: 'reported' },
  { code: 'satisfaction_responses', zh: '满意度测评票数', en: 'Satisfaction responses', unit: '票', aggregation: 'sum', source: 'reported' },
  { code: 'study_attendees', zh: '实际参学人数', en: 'Members attending study', unit: '人', aggregation: 'sum', source: 'reported' },
  { code: 'study_expected', zh: '应参学人数', en: 'Members expected at study', unit: '人', aggregation: 'sum', source: 'reported' },
];

export const STANDARD_INDICATORS: StandardIndicator[] = [
  ...CATALOGUE.map((c) => ({ code: c.code, zh: c.zh, en: c.en, unit: c.unit, aggregation: c.aggregation, source: c.source, ...RATE_PARTS[c.code] })),
  ...EXTRA,
];

export const WINDS = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'] as const;

/** The key figures of a dashboard (about twenty), in display order. */
export const KEY_INDICATORS = [
  'opinions_solicited', 'symposia_held', 'problems_found', 'measures_planned', 'measures_done', 'immediate_fixes', 'special_drives',
  'documents_cut', 'meetings_cut', 'approvals_delegated', 'procedures_simplified', 'office_space_cleared', 'cars_cleared',
  'public_spending_cut', 'people_disciplined', 'evaluation_participants', 'study_hours', 'exemplary_cases', 'briefings_issued',
  'briefings_adopted', 'satisfaction_rate',
];

/** The indicators compared across sub-units (drill-down). */
export const COMPARE_INDICATORS = ['opinions_solicited', 'problems_found', 'measures_done', 'documents_cut', 'meetings_cut', 'office_space_cleared'];

/** The indicators of the monthly trend line. */
export const TREND_INDICATORS = ['opinions_solicited', 'problems_found', 'measures_done'];
