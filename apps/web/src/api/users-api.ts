import type {
  TCreateUserRequest,
  TFindUsersQuery,
  TGrantInput,
  TUpdateUserRequest,
} from '@gongyeyun/contract';
import { ZCreatedUser, ZResetPasswordResponse, ZUser, ZUserPage } from '@gongyeyun/contract';
import { apiFetch } from './api-client';

export const usersApi = {
  find: (query: TFindUsersQuery, signal?: AbortSignal) =>
    apiFetch('/api/users', ZUserPage, { query, signal }),
  get: (id: number, signal?: AbortSignal) => apiFetch(`/api/users/${id}`, ZUser, { signal }),
  create: (body: TCreateUserRequest) =>
    apiFetch('/api/users', ZCreatedUser, { method: 'POST', body }),
  update: (id: number, body: TUpdateUserRequest) =>
    apiFetch(`/api/users/${id}`, ZUser, { method: 'PATCH', body }),
  addGrant: (id: number, body: TGrantInput) =>
    apiFetch(`/api/users/${id}/grants`, ZUser, { method: 'POST', body }),
  removeGrant: (id: number, grantId: number) =>
    apiFetch(`/api/users/${id}/grants/${grantId}`, ZUser, { method: 'DELETE' }),
  resetPassword: (id: number) =>
    apiFetch(`/api/users/${id}/reset-password`, ZResetPasswordResponse, { method: 'POST' }),
};
