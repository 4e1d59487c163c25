import { api } from '../../shared/api';
import type {
  CreateOrgRequest,
  Id,
  MoveOrgResponse,
  OrgDetailResponse,
  OrgListResponse,
  OrgResponse,
  OrgSearchResponse,
  OrgStateChangeResponse,
  UpdateOrgRequest,
} from '../../shared/api-types';

const enc = encodeURIComponent;

export const orgApi = {
  roots: (signal?: AbortSignal) => api.get<OrgListResponse>('/api/orgs/roots', undefined, signal),
  children: (id: Id, includeInactive: boolean, signal?: AbortSignal) =>
    api.get<OrgListResponse>(`/api/orgs/${enc(id)}/children`, includeInactive ? { includeInactive: true } : undefined, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<OrgDetailResponse>(`/api/orgs/${enc(id)}`, undefined, signal),
  search: (q: string, signal?: AbortSignal) => api.get<OrgSearchResponse>('/api/orgs/search', { q }, signal),
  create: (body: CreateOrgRequest) => api.post<OrgResponse>('/api/orgs', body),
  update: (id: Id, body: UpdateOrgRequest) => api.patch<OrgResponse>(`/api/orgs/${enc(id)}`, body),
  move: (id: Id, parentId: Id) => api.post<MoveOrgResponse>(`/api/orgs/${enc(id)}/move`, { parentId }),
  deactivate: (id: Id) => api.post<OrgStateChangeResponse>(`/api/orgs/${enc(id)}/deactivate`),
  reactivate: (id: Id) => api.post<OrgStateChangeResponse>(`/api/orgs/${enc(id)}/reactivate`),
};
