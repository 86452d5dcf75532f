import {
  ZActualInput,
  ZPublishInput,
  ZRanking,
  ZScheme,
  ZSchemeInput,
  ZSplitInput,
  ZTargetInput,
  ZTargetsPage,
  ZTargetsQuery,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import {
  createScheme,
  listSchemes,
  previewRanking,
  publishedRankings,
  publishRanking,
} from './rankings.service';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import { exportPublishedRanking, exportTargets } from './targets-spreadsheets.service';
import {
  createTarget,
  enterActual,
  periodOrDefault,
  splitTarget,
  targetsPage,
} from './targets.service';

const ZIdParam = z.object({ id: z.coerce.number().int().positive() });

export function targetsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['targets'];
  const read = { access: moduleAccess('targets', 'read') };
  const write = { access: moduleAccess('targets', 'write') };

  r.get('/api/targets', {
    config: read,
    schema: {
      tags,
      summary: '目标任务与进度 Targets of a unit with progress against time',
      querystring: ZTargetsQuery,
      response: { 200: ZTargetsPage },
    },
    handler: async (request) => targetsPage(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/targets/export', {
    config: read,
    schema: {
      tags,
      summary: '导出目标任务 Export the targets with their progress (.xlsx)',
      querystring: ZTargetsQuery,
    },
    handler: async (request, reply) => {
      const file = await exportTargets(deps, actorOf(request).scope, request.query);
      return reply
        .type(XLSX)
        .header('content-disposition', attachment(file.name))
        .send(file.buffer);
    },
  });
  r.post('/api/targets', {
    config: write,
    schema: {
      tags,
      summary: '设定目标（或分解到下级单位） Set a target, or a unit’s part of one',
      body: ZTargetInput,
      response: { 201: z.object({ id: z.number().int() }) },
    },
    handler: async (request, reply) =>
      reply.status(201).send({
        id: await createTarget(deps, requestContext(request), actorOf(request), request.body),
      }),
  });
  r.put('/api/targets/:id/parts', {
    config: write,
    schema: {
      tags,
      summary: '分解目标到下级县（市、区） Split a target among the counties under its unit',
      params: ZIdParam,
      body: ZSplitInput,
    },
    handler: async (request, reply) => {
      await splitTarget(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(204).send();
    },
  });
  r.put('/api/targets/:id/actuals', {
    config: write,
    schema: {
      tags,
      summary: '填报手工指标完成数 Enter a manual target’s actual for a month, with evidence',
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: ZActualInput,
    },
    handler: async (request, reply) => {
      await enterActual(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(204).send();
    },
  });

  r.get('/api/rankings/schemes', {
    config: read,
    schema: {
      tags,
      summary: '红黑榜考评方案 Ranking schemes',
      querystring: z.object({ year: z.coerce.number().int().optional() }),
      response: { 200: z.array(ZScheme) },
    },
    handler: async (request) => listSchemes(deps, request.query.year),
  });
  r.post('/api/rankings/schemes', {
    config: write,
    schema: {
      tags,
      summary: '新建考评方案 Add a scheme',
      body: ZSchemeInput,
      response: { 201: ZScheme },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createScheme(deps, requestContext(request), actorOf(request), request.body)),
  });
  r.get('/api/rankings/preview', {
    config: read,
    schema: {
      tags,
      summary: '本月排名（未发布） The month’s ranking as it stands now',
      querystring: z.object({
        schemeId: z.coerce.number().int().positive(),
        period: z.string().optional(),
      }),
      response: { 200: ZRanking },
    },
    handler: async (request) =>
      previewRanking(
        deps,
        actorOf(request).scope,
        request.query.schemeId,
        await periodOrDefault(deps, request.query.period),
      ),
  });
  r.get('/api/rankings/published', {
    config: read,
    schema: {
      tags,
      summary: '已发布排名（冻结） Published rankings, frozen, every version',
      querystring: z.object({
        schemeId: z.coerce.number().int().positive(),
        period: z.string().optional(),
      }),
      response: { 200: z.array(ZRanking) },
    },
    handler: async (request) =>
      publishedRankings(deps, actorOf(request).scope, request.query.schemeId, request.query.period),
  });
  r.get('/api/rankings/published/:id/export', {
    config: read,
    schema: {
      tags,
      summary: '导出已发布红黑榜 Export a published ranking, as frozen (.xlsx)',
      params: ZIdParam,
    },
    handler: async (request, reply) => {
      const file = await exportPublishedRanking(deps, actorOf(request).scope, request.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', attachment(file.name))
        .send(file.buffer);
    },
  });
  r.post('/api/rankings/publish', {
    config: write,
    schema: {
      tags,
      summary: '发布红黑榜 Publish a month’s red/black list',
      body: ZPublishInput,
      response: { 201: ZRanking },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await publishRanking(deps, requestContext(request), actorOf(request), request.body)),
  });
}
