// The triage API (src/modules/triage/routes.ts): the queue, clusters, staff decisions, bulk
// changes, merging and splitting, and the organizations' own categories.
import { api } from '../../shared/api';
import type { Category, Channel, Id, IdName, OpinionStatus } from '../../shared/api-types';

export const QUEUE_STATES = ['untriaged', 'triaged', 'all'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface TriageSuggestion {
  wind: Category;
  /** 0–1 */
  confidence: number;
  /** The words that decided it (normalized: simplified script, half-width). */
  terms: string[];
  /** Their forms in the text as shown where they differ (證明 for 证明): marked beside the terms. */
  marks: string[];
}

export interface QueueItem {
  id: Id;
  /** Verbatim for those who handle the opinion; masked (personal data hidden) for readers. */
  body: string;
  masked: boolean;
  channel: Channel;
  unit: IdName;
  receivedOn: string;
  status: OpinionStatus;
  anonymous: boolean;
  suggestion: TriageSuggestion | null;
  /** The text's script, for its lang attribute. */
  lang: 'zh-Hans' | 'zh-Hant';
  wind: Category | null;
  orgCategory: { id: Id; name: string; wind: Category | null } | null;
  suggestedUnit: IdName | null;
  cluster: { id: Id; size: number };
  triagedBy: string | null;
  triagedAt: string | null;
  can: { handle: boolean };
}

export interface TriageCounts {
  untriaged: number;
  bySuggested: Record<Category, number>;
}

export interface QueueResponse {
  items: QueueItem[];
  total: number;
  nextCursor: string | null;
  counts: TriageCounts;
}

export interface QueueQuery {
  state?: QueueState;
  wind?: Category;
  suggested?: Category;
  orgId?: Id;
  clusterId?: Id;
  after?: string;
  limit?: number;
}

export interface TriageChange {
  accept?: true;
  /** With `accept`: the suggested wind the user saw; the server answers 409 (triage.suggestion_changed) when it changed since. */
  expectedWind?: Category;
  wind?: Category | null;
  orgCategoryId?: Id | null;
  orgId?: Id;
}

export type BulkAction = 'accept' | 'wind' | 'category' | 'route';

export interface OpinionCategory {
  id: Id;
  name: string;
  wind: Category | null;
  position: number;
  active: boolean;
  org: IdName;
  inherited: boolean;
  can: { manage: boolean };
}

/** An opinion the first pass left in another cluster that may report the same issue. */
export interface SimilarOpinion {
  /** How surely: exp(z) of the duplicate model, 1 being the bar at which the first pass joins. */
  score: number;
  item: QueueItem;
}

/** A backlog run of the first pass (src/modules/triage/run-routes.ts). */
/** A unit a run may be started for; `subtree`: the run covers the units below it too (not a unit liaison's). */
export interface RunOrg extends IdName {
  subtree: boolean;
}

export interface TriageRun {
  id: Id;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** Null on a run of a unit above the caller's reach: its counts are not theirs to see. */
  total: number | null;
  done: number | null;
  failed: number | null;
  startedAt: string;
  finishedAt: string | null;
  /** The unit whose subtree the run covered (null: a run recorded before units were kept). */
  org: IdName | null;
}

const enc = encodeURIComponent;

export const triageApi = {
  queue: (campaignId: Id, query: QueueQuery, signal?: AbortSignal) =>
    api.get<QueueResponse>(`/api/campaigns/${enc(campaignId)}/triage/queue`, { ...query }, signal),
  cluster: (campaignId: Id, clusterId: Id, signal?: AbortSignal) =>
    api.get<{ cluster: { id: Id; size: number }; items: QueueItem[] }>(`/api/campaigns/${enc(campaignId)}/triage/clusters/${enc(clusterId)}`, undefined, signal),
  triage: (id: Id, change: TriageChange) => api.post<{ item: QueueItem }>(`/api/opinions/${enc(id)}/triage`, change),
  /** `expected` (accept only): opinion id → the suggested wind shown, checked by the server as for one opinion. */
  bulk: (campaignId: Id, ids: Id[], action: BulkAction, value?: string, expected?: Record<Id, Category>) =>
    api.post<{ updated: number; items: QueueItem[] }>(`/api/campaigns/${enc(campaignId)}/triage/bulk`, { ids, action, value, ...(expected ? { expected } : {}) }),
  merge: (campaignId: Id, opinionIds: Id[]) =>
    api.post<{ cluster: { id: Id; size: number }; moved: number }>(`/api/campaigns/${enc(campaignId)}/triage/merge`, { opinionIds }),
  /** Undoes the latest merge into a cluster: the groups it took in come back as they were. */
  unmerge: (campaignId: Id, clusterId: Id) =>
    api.post<{ cluster: { id: Id; size: number }; restored: { id: Id; size: number }[]; moved: number }>(`/api/campaigns/${enc(campaignId)}/triage/unmerge`, { clusterId }),
  /** Opinions of other clusters that may report the same issue (best first, at most 5, as far as the caller reads). */
  similar: (id: Id, signal?: AbortSignal) => api.get<{ items: SimilarOpinion[] }>(`/api/opinions/${enc(id)}/triage/similar`, undefined, signal),
  split: (id: Id) => api.post<{ item: QueueItem; restClusterId: Id | null }>(`/api/opinions/${enc(id)}/triage/split`),
  categories: (orgId: Id, signal?: AbortSignal) =>
    api.get<{ items: OpinionCategory[] }>(`/api/orgs/${enc(orgId)}/opinion-categories`, undefined, signal),
  /** The latest runs, and the units the caller may start one for (those of their roles in the campaign, highest first). */
  runs: (campaignId: Id) => api.get<{ items: TriageRun[]; startOrgs: RunOrg[] }>(`/api/campaigns/${enc(campaignId)}/triage/runs`),
  run: (runId: Id) => api.get<{ run: TriageRun }>(`/api/triage/runs/${enc(runId)}`),
  /** A run over `orgId`'s subtree (left out: the whole campaign). */
  cancelRun: (runId: Id) => api.post<{ run: TriageRun }>(`/api/triage/runs/${enc(runId)}/cancel`, {}),
  startRun: (campaignId: Id, orgId?: Id) => api.post<{ run: TriageRun }>(`/api/campaigns/${enc(campaignId)}/triage/runs`, orgId ? { orgId } : {}),
  /** A new category of the unit (organization.manage over it; the name is unique within the unit). */
  createCategory: (orgId: Id, body: { name: string; wind?: Category | null }) =>
    api.post<{ category: OpinionCategory }>(`/api/orgs/${enc(orgId)}/opinion-categories`, body),
};

/** The server's answer when the suggestion being accepted is no longer the one shown. */
export const SUGGESTION_CHANGED = 'triage.suggestion_changed';

export function triagePath(campaignId: Id): string {
  return `/campaigns/${enc(campaignId)}/triage`;
}
