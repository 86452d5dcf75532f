import type {
  TChainInput,
  TChainTierInput,
  TChainUpdate,
  TIndustrialSystemInput,
  TIndustrialSystemUpdate,
} from '@gongyeyun/contract';
import { ZChain, ZIndustrialSystem } from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch } from './api-client';

const ZIndustrialSystemList = z.array(ZIndustrialSystem);

export const industrialSystemsApi = {
  list: (signal?: AbortSignal) =>
    apiFetch('/api/industrial-systems', ZIndustrialSystemList, { signal }),
  create: (body: TIndustrialSystemInput) =>
    apiFetch('/api/industrial-systems', ZIndustrialSystem, { method: 'POST', body }),
  update: (id: number, body: TIndustrialSystemUpdate) =>
    apiFetch(`/api/industrial-systems/${id}`, ZIndustrialSystem, { method: 'PATCH', body }),
  addTier: (systemId: number, body: TChainTierInput) =>
    apiFetch(`/api/industrial-systems/${systemId}/tiers`, ZIndustrialSystem, {
      method: 'POST',
      body,
    }),
  /** Callers refresh the systems, which carry their tiers; the answer itself is not needed. */
  updateTier: (id: number, body: Partial<TChainTierInput>) =>
    apiFetch(`/api/chain-tiers/${id}`, null, { method: 'PATCH', body }),
  getChain: (id: number, signal?: AbortSignal) => apiFetch(`/api/chains/${id}`, ZChain, { signal }),
  createChain: (body: TChainInput) => apiFetch('/api/chains', ZChain, { method: 'POST', body }),
  updateChain: (id: number, body: TChainUpdate) =>
    apiFetch(`/api/chains/${id}`, ZChain, { method: 'PATCH', body }),
};
