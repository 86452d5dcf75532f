import type {
  TChangePasswordRequest,
  TLoginRequest,
  TMe,
  TUpdateMeRequest,
} from '@gongyeyun/contract';
import { ZMe } from '@gongyeyun/contract';
import { apiFetch } from './api-client';
import { isApiError } from './api-error';

export const sessionApi = {
  /** The signed-in user, or null when there is no valid session. */
  async getMe(signal?: AbortSignal): Promise<TMe | null> {
    try {
      return await apiFetch('/api/me', ZMe, { signal });
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) return null;
      throw error;
    }
  },
  login: (body: TLoginRequest) => apiFetch('/api/auth/login', ZMe, { method: 'POST', body }),
  logout: () => apiFetch('/api/auth/logout', null, { method: 'POST' }),
  changePassword: (body: TChangePasswordRequest) =>
    apiFetch('/api/auth/password', null, { method: 'POST', body }),
  updateMe: (body: TUpdateMeRequest) => apiFetch('/api/me', ZMe, { method: 'PATCH', body }),
};
