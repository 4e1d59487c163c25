// The rectify API (src/modules/rectify/*routes.ts): problems, measures, progress with evidence,
// verification, disclosure, drives, rules, commitments, ledgers and the notifications inbox.
import i18n from '../../i18n';
import { api, ApiError, languageHeader } from '../../shared/api';
import type { Id, IdName } from '../../shared/api-types';

const enc = encodeURIComponent;

export const WINDS = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other'] as const;
export const SOURCES = ['public', 'self_found', 'superior', 'mutual_help'] as const;
export const PROBLEM_STATUSES = ['open', 'rectifying', 'rectified'] as const;
export const TARGETS = ['leadership', 'member', 'unit'] as const;
export const MEASURE_STATUSES = ['not_started', 'in_progress', 'awaiting_verification', 'verified', 'overdue', 'reopened'] as const;
export const RULE_DECISIONS = ['keep', 'abolish', 'revise', 'create'] as const;
export const COUNTER_KINDS = ['documents_cut', 'meetings_cut', 'approvals_delegated', 'procedures_simplified', 'office_space_m2', 'cars_cleared', 'people_disciplined', 'custom'] as const;
export const COMMITMENT_STATUSES = ['made', 'in_progress', 'fulfilled', 'not_fulfilled'] as const;
export type Target = (typeof TARGETS)[number];
export type Severity = 1 | 2 | 3;
export type CounterKind = (typeof COUNTER_KINDS)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type Wind = (typeof WINDS)[number];
export type Source = (typeof SOURCES)[number];
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface Problem {
  id: Id;
  campaignId: Id;
  org: IdName;
  planId: Id | null;
  source: Source;
  wind: Wind;
  description: string;
  targetKind: Target;
  targetLabel: string;
  severity: Severity;
  immediate: boolean;
  status: ProblemStatus;
  disclosedVersion: number;
  createdAt: string;
  opinionCount: number;
  measureCount: number;
  can: { manage: boolean };
}

export interface Milestone {
  id: Id;
  title: string;
  dueOn: string;
  done: boolean;
  doneOn: string | null;
}

export interface Measure {
  id: Id;
  problemId: Id;
  org: IdName;
  text: string;
  ownerOrg: IdName;
  ownerUser: IdName;
  startsOn: string;
  dueOn: string;
  status: MeasureStatus;
  lastProgress: string;
  lastProgressOn: string | null;
  verifiedOn: string | null;
  verifiedBy: string | null;
  milestones: Milestone[];
  can: { manage: boolean; report: boolean; verify: boolean };
}

export interface Plan {
  id: Id;
  org: IdName;
  kind: 'leadership' | 'member';
  memberName: string | null;
  title: string;
  can: { manage: boolean };
}

export interface ProblemList {
  items: Problem[];
  total: number;
  counts: { all: number; byWind: Record<string, number>; bySource: Record<string, number>; byStatus: Record<string, number>; immediate: number };
}

export interface ProblemDetail {
  problem: Problem;
  plan: Plan | null;
  measures: Measure[];
  opinions: { id: Id; channel: string; status: string; receivedOn: string; text: string | null }[];
}

export interface MeasureEvent {
  seq: number;
  at: string;
  actorName: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  text: string;
}

export interface Rating {
  satisfied: number;
  basically: number;
  dissatisfied: number;
  total: number;
  rate: number | null;
}

export interface MeasureDetail {
  measure: Measure;
  events: MeasureEvent[];
  rating: Rating;
  evidence: { id: Id; eventId: Id; name: string; type: string; size: number }[];
}

export interface MeasureList {
  items: Measure[];
  total: number;
  counts: { byStatus: Partial<Record<MeasureStatus, number>>; overdue: number };
}

export interface Counter {
  id: Id;
  kind: CounterKind;
  label: string;
  unit: string;
}
export interface Drive {
  id: Id;
  org: IdName;
  name: string;
  description: string;
  counters: Counter[];
  can: { manage: boolean };
}
export interface RollupCounter extends Counter {
  value: number;
  baseline: number;
  changePercent: number | null;
}
export interface DriveDetail {
  drive: Drive;
  org: IdName;
  counters: RollupCounter[];
  units: { org: IdName; own: boolean; counters: RollupCounter[] }[];
}

export interface Rule {
  id: Id;
  org: IdName;
  title: string;
  decision: (typeof RULE_DECISIONS)[number];
  owner: string;
  dueOn: string | null;
  status: 'pending' | 'done';
  note: string;
  problemIds: Id[];
  can: { manage: boolean };
}

export interface Commitment {
  id: Id;
  org: IdName;
  personName: string;
  personTitle: string;
  text: string;
  published: boolean;
  status: CommitmentStatus;
  createdAt: string;
  can: { manage: boolean };
}

export interface Notice {
  id: Id;
  kind: string;
  title: string;
  body: string;
  targetType: string;
  targetId: string;
  createdAt: string;
  readAt: string | null;
}

export interface ProblemInput {
  orgId: Id;
  source: Source;
  wind: Wind;
  description: string;
  targetKind: Target;
  targetLabel?: string;
  severity?: Severity;
  immediate?: boolean;
  planId?: Id | null;
  opinionIds?: Id[];
}

export interface MeasureInput {
  text: string;
  ownerOrgId: Id | null;
  ownerUserId: Id | null;
  startsOn: string;
  dueOn: string;
  milestones: { id?: Id; title: string; dueOn: string }[];
}

export interface ProblemQuery {
  orgId?: Id;
  wind?: Wind;
  source?: Source;
  status?: ProblemStatus;
  immediate?: boolean;
  limit?: number;
  offset?: number;
}

/** Progress as multipart (text, milestonesDone, requestVerification, files): fetch keeps the cookie. */
async function postProgress(measureId: Id, input: { text: string; milestonesDone: Id[]; requestVerification: boolean; files: File[] }): Promise<{ measure: Measure }> {
  const form = new FormData();
  form.append('text', input.text);
  form.append('milestonesDone', JSON.stringify(input.milestonesDone));
  form.append('requestVerification', String(input.requestVerification));
  for (const f of input.files) form.append('files', f, f.name);
  let res: Response;
  try {
    res = await fetch(`/api/rectify/measures/${enc(measureId)}/progress`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': languageHeader() },
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: i18n.t('common.networkError') });
  }
  const text = await res.text();
  let parsed: { code?: string; message?: string; details?: unknown } | null = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, {
      code: String(parsed?.code ?? `http_${res.status}`),
      message: parsed?.message ? String(parsed.message) : i18n.t('common.httpError', { status: res.status }),
      details: parsed?.details,
    });
  }
  return parsed as unknown as { measure: Measure };
}

export const rectifyApi = {
  problems: (campaignId: Id, q: ProblemQuery, signal?: AbortSignal) => api.get<ProblemList>(`/api/campaigns/${enc(campaignId)}/rectify/problems`, { ...q }, signal),
  createProblem: (campaignId: Id, body: ProblemInput) => api.post<{ problem: Problem }>(`/api/campaigns/${enc(campaignId)}/rectify/problems`, body),
  problem: (id: Id, signal?: AbortSignal) => api.get<ProblemDetail>(`/api/rectify/problems/${enc(id)}`, undefined, signal),
  publish: (id: Id, note: string) => api.post<{ version: number; hash: string; prevHash: string; publishedAt: string }>(`/api/rectify/problems/${enc(id)}/disclosures`, { note }),
  plans: (campaignId: Id, signal?: AbortSignal) => api.get<{ items: Plan[] }>(`/api/campaigns/${enc(campaignId)}/rectify/plans`, undefined, signal),
  createPlan: (campaignId: Id, body: { orgId: Id; kind: 'leadership' | 'member'; memberName?: string | null; title?: string }) =>
    api.post<{ plan: Plan }>(`/api/campaigns/${enc(campaignId)}/rectify/plans`, body),
  createMeasure: (problemId: Id, body: MeasureInput) => api.post<{ measure: Measure }>(`/api/rectify/problems/${enc(problemId)}/measures`, body),
  deleteMeasure: (id: Id) => api.del<{ ok: boolean }>(`/api/rectify/measures/${enc(id)}`),
  deleteProblem: (id: Id) => api.del<{ ok: boolean }>(`/api/rectify/problems/${enc(id)}`),
  updateMeasure: (id: Id, body: Partial<MeasureInput>) => api.patch<{ measure: Measure }>(`/api/rectify/measures/${enc(id)}`, body),
  measure: (id: Id, signal?: AbortSignal) => api.get<MeasureDetail>(`/api/rectify/measures/${enc(id)}`, undefined, signal),
  progress: postProgress,
  verify: (id: Id, approved: boolean, note: string) => api.post<{ measure: Measure }>(`/api/rectify/measures/${enc(id)}/verify`, { approved, note }),
  measures: (campaignId: Id, q: { overdue?: boolean; status?: MeasureStatus; problemId?: Id; limit?: number }, signal?: AbortSignal) =>
    api.get<MeasureList>(`/api/campaigns/${enc(campaignId)}/rectify/measures`, { ...q }, signal),
  drives: (campaignId: Id, signal?: AbortSignal) => api.get<{ items: Drive[] }>(`/api/campaigns/${enc(campaignId)}/rectify/drives`, undefined, signal),
  drive: (id: Id, signal?: AbortSignal) => api.get<DriveDetail>(`/api/rectify/drives/${enc(id)}`, undefined, signal),
  createDrive: (campaignId: Id, body: { orgId: Id; name: string; description?: string; counters: { kind: string; label?: string; unit?: string; baseline?: number }[] }) =>
    api.post<{ drive: Drive }>(`/api/campaigns/${enc(campaignId)}/rectify/drives`, body),
  driveEntry: (driveId: Id, body: { orgId: Id; counterId: Id; value: number }) => api.post<unknown>(`/api/rectify/drives/${enc(driveId)}/entries`, body),
  rules: (campaignId: Id, signal?: AbortSignal) => api.get<{ items: Rule[]; counts: Record<string, number> }>(`/api/campaigns/${enc(campaignId)}/rectify/rules`, undefined, signal),
  createRule: (campaignId: Id, body: { orgId: Id; title: string; decision: string; owner?: string; dueOn?: string | null; note?: string }) =>
    api.post<{ id: Id }>(`/api/campaigns/${enc(campaignId)}/rectify/rules`, body),
  updateRule: (id: Id, body: { status?: 'pending' | 'done' }) => api.patch<unknown>(`/api/rectify/rules/${enc(id)}`, body),
  commitments: (campaignId: Id, signal?: AbortSignal) => api.get<{ items: Commitment[] }>(`/api/campaigns/${enc(campaignId)}/rectify/commitments`, undefined, signal),
  createCommitment: (campaignId: Id, body: { orgId: Id; personName: string; personTitle?: string; text: string; published?: boolean }) =>
    api.post<{ id: Id }>(`/api/campaigns/${enc(campaignId)}/rectify/commitments`, body),
  updateCommitment: (id: Id, body: { published?: boolean; status?: CommitmentStatus }) => api.patch<unknown>(`/api/rectify/commitments/${enc(id)}`, body),
  notifications: (signal?: AbortSignal) => api.get<{ items: Notice[]; unread: number; email: string | null }>('/api/notifications', { limit: 30 }, signal),
  markRead: (id: Id) => api.post<unknown>(`/api/notifications/${enc(id)}/read`),
  markAllRead: () => api.post<unknown>('/api/notifications/read-all'),
  users: (q: string, orgId?: Id, signal?: AbortSignal) =>
    api.get<{ items: { id: Id; name: string; username: string; org?: IdName }[] }>('/api/users', { q, orgId, limit: 20 }, signal),
};

export const ledgerUrl = (campaignId: Id) => `/api/campaigns/${enc(campaignId)}/rectify/ledger.xlsx`;
export const taskbookUrl = (planId: Id) => `/api/rectify/plans/${enc(planId)}/taskbook.docx`;
export const evidenceUrl = (measureId: Id, evidenceId: Id) => `/api/rectify/measures/${enc(measureId)}/evidence/${enc(evidenceId)}`;
export const rectifyPath = (campaignId: Id, rest = '') => `/campaigns/${enc(campaignId)}/rectify${rest}`;
export const problemPath = (campaignId: Id, problemId: Id) => rectifyPath(campaignId, `/problems/${enc(problemId)}`);
/** A measure's own page: its owner may not see the problem's unit, so it stands outside the campaign's path. */
export const measurePath = (measureId: Id) => `/rectify/measures/${enc(measureId)}`;

/** Today in China (the server's deadlines are China days). */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
