import { api } from '../../shared/api';
import type {
  CampaignListResponse,
  CampaignResponse,
  CampaignSummaryResponse,
  CreateActionRequest,
  CreateCampaignRequest,
  CreateSupervisionGroupRequest,
  CreateSupervisionGroupResponse,
  Id,
  MatrixResponse,
  OkResponse,
  SetExclusionsRequest,
  SetGroupUnitsRequest,
  SupervisionGroupListResponse,
  UnitItemsResponse,
  UpdateActionRequest,
  UpdateCampaignRequest,
  UpdateItemRequest,
} from '../../shared/api-types';

const enc = encodeURIComponent;

export const campaignApi = {
  list: (signal?: AbortSignal) => api.get<CampaignListResponse>('/api/campaigns', undefined, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<CampaignResponse>(`/api/campaigns/${enc(id)}`, undefined, signal),
  create: (body: CreateCampaignRequest) => api.post<CampaignSummaryResponse>('/api/campaigns', body),
  update: (id: Id, body: UpdateCampaignRequest) => api.patch<CampaignSummaryResponse>(`/api/campaigns/${enc(id)}`, body),
  setExclusions: (id: Id, body: SetExclusionsRequest) => api.put<OkResponse>(`/api/campaigns/${enc(id)}/exclusions`, body),
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

export const supervisionApi = {
  list: (campaignId: Id, signal?: AbortSignal) =>
    api.get<SupervisionGroupListResponse>(`/api/campaigns/${enc(campaignId)}/supervision-groups`, undefined, signal),
  create: (campaignId: Id, body: CreateSupervisionGroupRequest) =>
    api.post<CreateSupervisionGroupResponse>(`/api/campaigns/${enc(campaignId)}/supervision-groups`, body),
  setUnits: (groupId: Id, body: SetGroupUnitsRequest) => api.put<OkResponse>(`/api/supervision-groups/${enc(groupId)}/units`, body),
  remove: (groupId: Id) => api.del<OkResponse>(`/api/supervision-groups/${enc(groupId)}`),
};
