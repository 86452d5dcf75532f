import {
  ZChain,
  ZChainInput,
  ZChainTierInput,
  ZChainUpdate,
  ZIdParams,
  ZIndustrialSystem,
  ZIndustrialSystemInput,
  ZIndustrialSystemUpdate,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import {
  addTier,
  createChain,
  createSystem,
  editChain,
  editSystem,
  editTier,
  getChain,
  listSystems,
} from './industrial-systems.service';

export function industrialSystemRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['industrial-system'];
  const read = { access: moduleAccess('industrial_system', 'read') };
  const write = { access: moduleAccess('industrial_system', 'write') };

  r.get('/api/industrial-systems', {
    config: read,
    schema: {
      tags,
      summary: '产业体系 Industrial systems with tiers and chains',
      response: { 200: z.array(ZIndustrialSystem) },
    },
    handler: async (request) => listSystems(deps, actorOf(request).scope),
  });

  r.post('/api/industrial-systems', {
    config: write,
    schema: {
      tags,
      summary: '新建产业体系 Create a system',
      body: ZIndustrialSystemInput,
      response: { 201: ZIndustrialSystem },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createSystem(deps, requestContext(request), actorOf(request), request.body)),
  });

  r.patch('/api/industrial-systems/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改产业体系 Edit a system',
      params: ZIdParams,
      body: ZIndustrialSystemUpdate,
      response: { 200: ZIndustrialSystem },
    },
    handler: async (request) =>
      editSystem(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.post('/api/industrial-systems/:id/tiers', {
    config: write,
    schema: {
      tags,
      summary: '新增层级 Add a tier',
      params: ZIdParams,
      body: ZChainTierInput,
      response: { 200: ZIndustrialSystem },
    },
    handler: async (request) =>
      addTier(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.patch('/api/chain-tiers/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改层级 Edit a tier',
      params: ZIdParams,
      body: ZChainTierInput.partial(),
      response: { 200: ZIndustrialSystem },
    },
    handler: async (request) =>
      editTier(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.get('/api/chains/:id', {
    config: read,
    schema: { tags, summary: '产业链 One chain', params: ZIdParams, response: { 200: ZChain } },
    handler: async (request) => getChain(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/chains', {
    config: write,
    schema: {
      tags,
      summary: '新建产业链 Create a chain',
      body: ZChainInput,
      response: { 201: ZChain },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createChain(deps, requestContext(request), actorOf(request), request.body)),
  });

  r.patch('/api/chains/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改产业链 Edit a chain (industryCodes replaces the mapping)',
      params: ZIdParams,
      body: ZChainUpdate,
      response: { 200: ZChain },
    },
    handler: async (request) =>
      editChain(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });
}
