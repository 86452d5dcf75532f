import {
  ZEnterpriseTag,
  ZEnterpriseTagInput,
  ZFindIndustryClassesQuery,
  ZIdParams,
  ZIndustryClassPage,
  ZScaleThreshold,
  ZScaleThresholdInput,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { moduleAccess, requestContext } from '../../plugins/access';
import {
  createThreshold,
  editThreshold,
  findIndustryClassesPage,
  listTags,
  listThresholds,
  saveTag,
} from './reference.service';

export function referenceRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reference-data'];
  const read = { access: moduleAccess('reference_data', 'read') };
  const write = { access: moduleAccess('reference_data', 'write') };

  r.get('/api/industry-classes', {
    config: read,
    schema: {
      tags,
      summary: '国民经济行业分类 GB/T 4754-2017 industry classes',
      querystring: ZFindIndustryClassesQuery,
      response: { 200: ZIndustryClassPage },
    },
    handler: async (request) => findIndustryClassesPage(deps, request.query),
  });

  r.get('/api/scale-thresholds', {
    config: read,
    schema: {
      tags,
      summary: '四上标准 Statistical thresholds',
      response: { 200: z.array(ZScaleThreshold) },
    },
    handler: async () => listThresholds(deps),
  });

  r.post('/api/scale-thresholds', {
    config: write,
    schema: {
      tags,
      summary: '新增四上标准 Add a threshold rule',
      body: ZScaleThresholdInput,
      response: { 201: ZScaleThreshold },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createThreshold(deps, requestContext(request), request.body)),
  });

  r.patch('/api/scale-thresholds/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改四上标准 Edit a threshold rule',
      params: ZIdParams,
      body: ZScaleThresholdInput,
      response: { 200: ZScaleThreshold },
    },
    handler: async (request) =>
      editThreshold(deps, requestContext(request), request.params.id, request.body),
  });

  r.get('/api/enterprise-tags', {
    config: read,
    schema: {
      tags,
      summary: '企业标签 Enterprise tags',
      response: { 200: z.array(ZEnterpriseTag) },
    },
    handler: async () => listTags(deps),
  });

  r.post('/api/enterprise-tags', {
    config: write,
    schema: {
      tags,
      summary: '新增企业标签 Add a tag',
      body: ZEnterpriseTagInput,
      response: { 201: ZEnterpriseTag },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await saveTag(deps, requestContext(request), request.body, 'create')),
  });

  r.patch('/api/enterprise-tags/:code', {
    config: write,
    schema: {
      tags,
      summary: '修改企业标签 Edit a tag',
      params: z.object({ code: z.string() }),
      body: ZEnterpriseTagInput.omit({ code: true }),
      response: { 200: ZEnterpriseTag },
    },
    handler: async (request) =>
      saveTag(
        deps,
        requestContext(request),
        { ...request.body, code: request.params.code },
        'update',
      ),
  });
}
