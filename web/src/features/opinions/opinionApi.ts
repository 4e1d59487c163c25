import { api, languageHeader, uploadFile } from '../../shared/api';
import type {
  CreateOpinionRequest,
  DisclosureRequest,
  Id,
  OkResponse,
  OpinionCountsResponse,
  OpinionDetailResponse,
  OpinionImportResponse,
  OpinionListQuery,
  OpinionListResponse,
  OpinionResponse,
  SolicitationListResponse,
  TransitionOpinionRequest,
} from '../../shared/api-types';

const enc = encodeURIComponent;

export const opinionApi = {
  list: (campaignId: Id, query: OpinionListQuery, signal?: AbortSignal) =>
    api.get<OpinionListResponse>(`/api/campaigns/${enc(campaignId)}/opinions`, { ...query }, signal),
  counts: (campaignId: Id, signal?: AbortSignal) =>
    api.get<OpinionCountsResponse>(`/api/campaigns/${enc(campaignId)}/opinion-counts`, undefined, signal),
  solicitations: (campaignId: Id, signal?: AbortSignal) =>
    api.get<SolicitationListResponse>(`/api/campaigns/${enc(campaignId)}/solicitations`, undefined, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<OpinionDetailResponse>(`/api/opinions/${enc(id)}`, undefined, signal),
  create: (campaignId: Id, body: CreateOpinionRequest) =>
    api.post<OpinionResponse>(`/api/campaigns/${enc(campaignId)}/opinions`, body),
  transition: (id: Id, body: TransitionOpinionRequest) => api.post<OpinionResponse>(`/api/opinions/${enc(id)}/transition`, body),
  reply: (id: Id, text: string) => api.post<OkResponse>(`/api/opinions/${enc(id)}/reply`, { text }),
  disclose: (id: Id, body: DisclosureRequest) => api.put<OpinionResponse>(`/api/opinions/${enc(id)}/disclosure`, body),
  attachmentUrl: (id: Id, attachmentId: Id) => `/api/opinions/${enc(id)}/attachments/${enc(attachmentId)}`,
  /** The template in the console's language (its headers and values read back as they are). */
  templateUrl: () => `/api/opinions/import/template?lang=${encodeURIComponent(languageHeader())}`,
  importFile: (campaignId: Id, file: File, onProgress: (p: number) => void) =>
    uploadFile<OpinionImportResponse>(`/api/campaigns/${enc(campaignId)}/opinions/import`, 'file', file, onProgress),
};

export function inboxPath(campaignId: Id): string {
  return `/campaigns/${enc(campaignId)}/opinions`;
}
