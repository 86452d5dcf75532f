import type { TCreateApiTokenRequest } from '@gongyeyun/contract';
import { ZApiToken, ZCreatedApiToken } from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch } from './api-client';

const ZApiTokenList = z.array(ZApiToken);

export const tokensApi = {
  list: (signal?: AbortSignal) => apiFetch('/api/tokens', ZApiTokenList, { signal }),
  create: (body: TCreateApiTokenRequest) =>
    apiFetch('/api/tokens', ZCreatedApiToken, { method: 'POST', body }),
  revoke: (id: number) => apiFetch(`/api/tokens/${id}`, null, { method: 'DELETE' }),
};
