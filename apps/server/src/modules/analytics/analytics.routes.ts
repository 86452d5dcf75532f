import {
  ZExplainQuery,
  ZExplanation,
  ZImportQuery,
  ZOfficialFigure,
  ZOfficialImportResult,
  ZOfficialQuery,
  ZRankedEnterprises,
  ZRankQuery,
  ZSeries,
  ZSeriesQuery,
  ZSummary,
  ZSummaryQuery,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { readImportFile } from '../../plugins/import-file';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import { localeOf } from '../../plugins/error-handler';
import { explain, rankEnterprises, series, summary } from './analytics.service';
import {
  importOfficialFigures,
  listOfficialFigures,
  officialTemplate,
} from './official-figures.service';

export function analyticsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];
  const read = { access: moduleAccess('cockpit', 'read') };
  const write = { access: moduleAccess('cockpit', 'write') };

  r.get('/api/analytics/summary', {
    config: read,
    schema: {
      tags,
      summary:
        '分组指标 Figures of a unit by county, park, chain, tier, division or output band (growth on a comparable basis, contribution, pull)',
      querystring: ZSummaryQuery,
      response: { 200: ZSummary },
    },
    handler: async (request) => summary(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/analytics/series', {
    config: read,
    schema: {
      tags,
      summary: '逐月走势 A group month by month (year to date, month, growth)',
      querystring: ZSeriesQuery,
      response: { 200: ZSeries },
    },
    handler: async (request) => series(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/analytics/enterprises', {
    config: read,
    schema: {
      tags,
      summary: '拉动/拖累企业 Enterprises driving or dragging a group, by growth or contribution',
      querystring: ZRankQuery,
      response: { 200: ZRankedEnterprises },
    },
    handler: async (request) => rankEnterprises(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/analytics/explain', {
    config: read,
    schema: {
      tags,
      summary: '数据溯源 One figure: its formula, its inputs and the enterprises behind it',
      querystring: ZExplainQuery,
      response: { 200: ZExplanation },
    },
    handler: async (request) => explain(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/analytics/official', {
    config: read,
    schema: {
      tags,
      summary: '统计部门发布数 Figures published by the statistics bureau',
      querystring: ZOfficialQuery,
      response: { 200: z.array(ZOfficialFigure) },
    },
    handler: async (request) => listOfficialFigures(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/analytics/official/template', {
    config: write,
    schema: { tags, summary: '发布数导入模板 Template for published figures' },
    handler: async (_request, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('统计部门发布数导入模板.xlsx'))
        .send(await officialTemplate()),
  });
  r.post('/api/analytics/official/import', {
    config: write,
    schema: {
      tags,
      summary:
        '导入发布数 Import published figures (multipart field `file`; dryRun=true checks only)',
      querystring: ZImportQuery,
      response: { 200: ZOfficialImportResult },
    },
    handler: async (request) => {
      const file = await readImportFile(request);
      const actor = actorOf(request);
      return importOfficialFigures(deps, requestContext(request), actor.scope, file, {
        dryRun: request.query.dryRun,
        locale: localeOf(request),
        userId: actor.userId,
      });
    },
  });
}
