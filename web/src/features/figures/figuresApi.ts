// The figures API as the settings screens use it (catalogue, report forms, baselines, bulletin
// items). Types mirror the response schemas in src/modules/figures/routes.ts.
import { api } from '../../shared/api';

export type Aggregation = 'sum' | 'max' | 'rate';
export type Cycle = 'week' | 'month' | 'phase';
export const AGGREGATIONS: Aggregation[] = ['sum', 'max', 'rate'];
export const CYCLES: Cycle[] = ['week', 'month', 'phase'];
/** Same rule as the server's body schema for a new indicator's code. */
export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
/** The server refuses larger figures (figures.value_absurd). */
export const MAX_VALUE = 1e10;

export interface Indicator {
  code: string;
  zh: string;
  en: string;
  unit: string;
  aggregation: Aggregation;
  source: 'computed' | 'reported';
  numerator: string | null;
  denominator: string | null;
  own: boolean;
}
export interface ReportForm { id: string; name: string; cycle: Cycle; org: { id: string; name: string }; indicators: string[] }
export interface Baselines { org: { id: string; name: string }; items: { indicator: string; value: number; updatedAt: string }[]; can: { edit: boolean } }
export interface Bulletin {
  id: string; org: { id: string; name: string }; title: string; sentOn: string; sentTo: string;
  adopted: boolean; adoptedBy: string; adoptedOn: string | null; can: { adopt: boolean };
}
export interface NewIndicator { code: string; zh: string; en?: string; unit: string; aggregation: Aggregation; numerator?: string; denominator?: string }
export interface NewBulletin { orgId: string; title: string; sentOn: string; sentTo: string; adopted?: boolean; adoptedBy?: string; adoptedOn?: string | null }

/** Reported, non-rate indicators: the only ones a report form may hold. */
export const isReportable = (i: Indicator) => i.source === 'reported' && i.aggregation !== 'rate';

const c = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export const figuresApi = {
  indicators: (campaignId: string, signal?: AbortSignal) => api.get<{ items: Indicator[]; can: { add: boolean } }>(`${c(campaignId)}/indicators`, undefined, signal),
  addIndicator: (campaignId: string, body: NewIndicator) => api.post<{ indicator: Indicator }>(`${c(campaignId)}/indicators`, body),
  forms: (campaignId: string, signal?: AbortSignal) => api.get<{ items: ReportForm[] }>(`${c(campaignId)}/report-forms`, undefined, signal),
  createForm: (campaignId: string, body: { orgId: string; name: string; cycle: Cycle; indicators: string[] }) => api.post<{ form: ReportForm }>(`${c(campaignId)}/report-forms`, body),
  baselines: (campaignId: string, orgId: string, signal?: AbortSignal) => api.get<Baselines>(`${c(campaignId)}/baselines`, { orgId }, signal),
  setBaselines: (campaignId: string, orgId: string, values: { indicator: string; value: number }[]) => api.put<{ ok: boolean }>(`${c(campaignId)}/baselines`, { orgId, values }),
  rollups: (campaignId: string, orgId: string, codes: string[], signal?: AbortSignal) =>
    api.get<{ values: Record<string, number> }>(`${c(campaignId)}/rollups`, { orgId, indicators: codes.join(',') }, signal),
  bulletins: (campaignId: string, signal?: AbortSignal) => api.get<{ items: Bulletin[]; sent: number; adopted: number }>(`${c(campaignId)}/bulletins`, undefined, signal),
  addBulletin: (campaignId: string, body: NewBulletin) => api.post<{ bulletin: Bulletin }>(`${c(campaignId)}/bulletins`, body),
  setAdoption: (id: string, body: { adopted: boolean; adoptedBy?: string; adoptedOn?: string | null }) => api.patch<{ bulletin: Bulletin }>(`/api/bulletins/${encodeURIComponent(id)}`, body),
};
