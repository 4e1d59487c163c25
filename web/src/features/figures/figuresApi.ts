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
  /** zh and unit in Traditional characters (converted by the server), shown in zh-TW. */
  zhTW: string;
  en: string;
  unit: string;
  unitTW: string;
  aggregation: Aggregation;
  source: 'computed' | 'reported';
  numerator: string | null;
  denominator: string | null;
  own: boolean;
  /** Retired after use: kept with its figures, no longer offered for new use. */
  archived: boolean;
  can: ItemCan;
}
/** What the caller may do with one item (from the server; the console never re-derives roles). */
export interface ItemCan { edit: boolean; remove: boolean; restore: boolean }
export interface ReportForm { id: string; name: string; cycle: Cycle; org: { id: string; name: string }; indicators: string[]; archived: boolean; reports: number; can: ItemCan }
export interface Baselines { org: { id: string; name: string }; items: { indicator: string; value: number; updatedAt: string }[]; can: { edit: boolean } }
export interface Bulletin {
  id: string; org: { id: string; name: string }; title: string; sentOn: string; sentTo: string;
  adopted: boolean; adoptedBy: string; adoptedOn: string | null; can: { adopt: boolean; edit: boolean; remove: boolean };
}
export interface NewIndicator { code: string; zh: string; en?: string; unit: string; aggregation: Aggregation; numerator?: string; denominator?: string }
export interface NewBulletin { orgId: string; title: string; sentOn: string; sentTo: string; adopted?: boolean; adoptedBy?: string; adoptedOn?: string | null }

/** Reported, non-rate indicators: the only ones a report form may hold. */
export const isReportable = (i: Indicator) => i.source === 'reported' && i.aggregation !== 'rate' && !i.archived;
/** DELETE answers whether the item went for good or, being in use, was archived. */
export type Removal = { result: 'deleted' | 'archived' };
export interface IndicatorPatch { zh?: string; en?: string; unit?: string; archived?: false }
export interface FormPatch { name?: string; cycle?: Cycle; indicators?: string[]; archived?: false }
export interface BulletinPatch { title?: string; sentOn?: string; sentTo?: string; adopted?: boolean; adoptedBy?: string; adoptedOn?: string | null }

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
  updateIndicator: (campaignId: string, code: string, body: IndicatorPatch) => api.patch<{ indicator: Indicator }>(`${c(campaignId)}/indicators/${encodeURIComponent(code)}`, body),
  removeIndicator: (campaignId: string, code: string) => api.del<Removal>(`${c(campaignId)}/indicators/${encodeURIComponent(code)}`),
  updateForm: (id: string, body: FormPatch) => api.patch<{ form: ReportForm }>(`/api/report-forms/${encodeURIComponent(id)}`, body),
  removeForm: (id: string) => api.del<Removal>(`/api/report-forms/${encodeURIComponent(id)}`),
  updateBulletin: (id: string, body: BulletinPatch) => api.patch<{ bulletin: Bulletin }>(`/api/bulletins/${encodeURIComponent(id)}`, body),
  removeBulletin: (id: string) => api.del<{ ok: boolean }>(`/api/bulletins/${encodeURIComponent(id)}`),
  clearBaseline: (campaignId: string, orgId: string, code: string) => api.del<{ ok: boolean }>(`${c(campaignId)}/baselines/${encodeURIComponent(orgId)}/${encodeURIComponent(code)}`),
};
