import { api } from '../../shared/api';
import type { AddRoleRequest, CreateUserRequest, Id, UpdateUserRequest, UserListResponse } from '../../shared/api-types';

const enc = encodeURIComponent;

export const userApi = {
  list: (orgId: Id | undefined, q: string, signal?: AbortSignal) => api.get<UserListResponse>('/api/users', { orgId, q }, signal),
  create: (body: CreateUserRequest) => api.post<unknown>('/api/users', body),
  update: (id: Id, body: UpdateUserRequest) => api.patch<unknown>(`/api/users/${enc(id)}`, body),
  addRole: (id: Id, body: AddRoleRequest) => api.post<unknown>(`/api/users/${enc(id)}/roles`, body),
  removeRole: (id: Id, roleId: Id) => api.del<unknown>(`/api/users/${enc(id)}/roles/${enc(roleId)}`),
};
