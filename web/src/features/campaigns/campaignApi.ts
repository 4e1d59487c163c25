import { api } from '../../shared/api';
import type {
  CampaignListResponse,
  CampaignResponse,
  CreateActionRequest,
  Id,
  MatrixResponse,
  UnitItemsResponse,
  UpdateActionRequest,
  UpdateItemRequest,
} from '../../shared/api-types';

const enc = encodeURIComponent;

export const campaignApi = {
  list: (signal?: AbortSignal) => api.get<CampaignListResponse>('/api/campaigns', undefined, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<CampaignResponse>(`/api/campaigns/${enc(id)}`, undefined, signal),
  addAction: (id: Id, body: CreateActionRequest) => api.post<unknown>(`/api/campaigns/${enc(id)}/actions`, body),
  updateAction: (id: Id, actionId: Id, body: UpdateActionRequest) =>
    api.patch<unknown>(`/api/campaigns/${enc(id)}/actions/${enc(actionId)}`, body),
  deleteAction: (id: Id, actionId: Id) => api.del<unknown>(`/api/campaigns/${enc(id)}/actions/${enc(actionId)}`),
  matrix: (id: Id, orgId: Id | null, signal?: AbortSignal) =>
    api.get<MatrixResponse>(`/api/campaigns/${enc(id)}/matrix`, { orgId }, signal),
  items: (id: Id, orgId: Id, signal?: AbortSignal) =>
    api.get<UnitItemsResponse>(`/api/campaigns/${enc(id)}/items/${enc(orgId)}`, undefined, signal),
  updateItem: (id: Id, orgId: Id, actionId: Id, body: UpdateItemRequest) =>
    api.put<unknown>(`/api/campaigns/${enc(id)}/items/${enc(orgId)}/${enc(actionId)}`, body),
};
