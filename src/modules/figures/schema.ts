// Row types of the figures tables (migrations 20261202-0006-figures, 20261203-0007-figures-archive), added to the Database
// interface by module augmentation so that src/db/schema.ts stays untouched. Import this file
// for its side effect (`import './schema.js'`) wherever the tables are queried.

export interface IndicatorTable {
  region_id: string;
  campaign_id: string; // '' for the standard catalogue
  code: string;
  zh: string;
  en: string;
  unit: string;
  aggregation: string; // sum | max | rate
  source: string; // computed | reported
  numerator: string | null;
  denominator: string | null;
  position: number;
  created_at: string;
  archived_at: string | null; // set when retired after use (migration 20261203-0007)
}

export interface IndicatorFactTable {
  region_id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  indicator: string;
  period: string; // YYYY-MM or YYYY-MM-DD
  source: string; // computed | reported
  value: number;
  updated_at: string;
}

export interface IndicatorRollupTable {
  region_id: string;
  campaign_id: string;
  org_id: string;
  indicator: string;
  period: string; // YYYY-MM or 'all'
  value: number;
}

export interface IndicatorBaselineTable {
  region_id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  indicator: string;
  value: number;
  updated_at: string;
}

export interface ReportFormTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  name: string;
  cycle: string; // week | month | phase
  indicators: string; // JSON array of codes
  created_at: string;
  archived_at: string | null; // set when retired after use (migration 20261203-0007)
}

export interface FigureReportTable {
  region_id: string;
  id: string;
  campaign_id: string;
  form_id: string | null;
  org_id: string;
  org_path: string;
  period: string;
  status: string; // draft | submitted | approved | returned
  note: string;
  narrative_id: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface FigureReportValueTable {
  region_id: string;
  report_id: string;
  indicator: string;
  value: number;
  note: string;
}

export interface NarrativeTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  period: string;
  file_name: string;
  format: string;
  text: string;
  report_id: string | null;
  uploaded_by: string;
  created_at: string;
}

export interface NarrativeProposalTable {
  region_id: string;
  id: string;
  narrative_id: string;
  position: number;
  quote: string;
  phrase: string;
  value: number;
  unit: string;
  qualifier: string;
  proposed: string | null;
  confidence: number;
  status: string; // pending | confirmed | rejected
  confirmed: string | null;
}

export interface BulletinItemTable {
  region_id: string;
  id: string;
  campaign_id: string;
  org_id: string;
  org_path: string;
  title: string;
  sent_on: string;
  sent_to: string;
  adopted: number;
  adopted_by: string;
  adopted_on: string | null;
  created_at: string;
}

declare module '../../db/schema.js' {
  interface Database {
    indicators: IndicatorTable;
    indicator_facts: IndicatorFactTable;
    indicator_rollups: IndicatorRollupTable;
    indicator_baselines: IndicatorBaselineTable;
    report_forms: ReportFormTable;
    figure_reports: FigureReportTable;
    figure_report_values: FigureReportValueTable;
    narratives: NarrativeTable;
    narrative_proposals: NarrativeProposalTable;
    bulletin_items: BulletinItemTable;
  }
}
