import {
  ZBand,
  ZCandidateDetail,
  ZCandidateMoveInput,
  ZCandidatesPage,
  ZCandidatesQuery,
  ZCountsQuery,
  ZCultivationCounts,
  ZCultivationQuery,
  ZLogTextInput,
  ZNominateInput,
  ZOfficerOption,
  ZRefreshResult,
  ZRevenueInput,
  ZWarningAssignInput,
  ZWarningCloseInput,
  ZWarningDetail,
  ZWarningsPage,
  ZWarningsQuery,
  ZYearMonth,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import { exportCandidates, exportWarnings } from './cultivation-spreadsheets.service';
import {
  actOnWarning,
  addCandidateAction,
  candidateDetail,
  candidatesPage,
  cultivationCounts,
  enterRevenue,
  getBand,
  moveCandidateTo,
  nominateCandidate,
  officerOptions,
  putBand,
  refreshCultivation,
  warningDetail,
  warningsPage,
} from './cultivation.service';

const ZIdParam = z.object({ id: z.coerce.number().int().positive() });
const today = () => new Date().toISOString().slice(0, 10);

export function cultivationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cultivation'];
  const read = { access: moduleAccess('cultivation', 'read') };
  const write = { access: moduleAccess('cultivation', 'write') };

  r.get('/api/cultivation/candidates', {
    config: read,
    schema: {
      tags,
      summary: '种子库 The seed bank: candidates with level, projection and status',
      querystring: ZCandidatesQuery,
      response: { 200: ZCandidatesPage },
    },
    handler: async (request) => candidatesPage(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/cultivation/candidates/export', {
    config: read,
    schema: {
      tags,
      summary: '导出种子库 Export the seed bank (.xlsx)',
      querystring: ZCandidatesQuery,
    },
    handler: async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment(`种子库-${today()}.xlsx`))
        .send(await exportCandidates(deps, actorOf(request).scope, request.query)),
  });
  r.get('/api/cultivation/candidates/:id', {
    config: read,
    schema: {
      tags,
      summary: '培育对象详情 A candidate with its revenue, projection and history',
      params: ZIdParam,
      querystring: z.object({ through: ZYearMonth.optional() }),
      response: { 200: ZCandidateDetail },
    },
    handler: async (request) =>
      candidateDetail(deps, actorOf(request).scope, request.params.id, request.query.through),
  });
  r.post('/api/cultivation/candidates', {
    config: write,
    schema: {
      tags,
      summary: '推荐培育对象 Nominate an enterprise with a reason',
      body: ZNominateInput,
      response: { 201: z.object({ id: z.number().int() }) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await nominateCandidate(deps, requestContext(request), actorOf(request), request.body),
        ),
  });
  r.post('/api/cultivation/candidates/:id/status', {
    config: write,
    schema: {
      tags,
      summary: '变更培育状态 Move a candidate (入库 writes the scale event)',
      params: ZIdParam,
      body: ZCandidateMoveInput,
    },
    handler: async (request, reply) => {
      await moveCandidateTo(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(204).send();
    },
  });
  r.post('/api/cultivation/candidates/:id/actions', {
    config: write,
    schema: {
      tags,
      summary: '记录培育措施 Log an action taken',
      params: ZIdParam,
      body: ZLogTextInput,
    },
    handler: async (request, reply) => {
      await addCandidateAction(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body.text,
      );
      return reply.status(204).send();
    },
  });
  r.put('/api/cultivation/revenues/:id', {
    config: write,
    schema: {
      tags,
      summary: '填报营业收入（规下企业） Enter monthly or quarterly revenue of an enterprise',
      params: ZIdParam,
      body: ZRevenueInput,
      response: { 200: z.object({ months: z.number().int() }) },
    },
    handler: async (request) =>
      enterRevenue(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      ),
  });
  r.post('/api/cultivation/refresh', {
    config: write,
    schema: {
      tags,
      summary: '重新筛选 Find new candidates and exit warnings',
      body: ZCultivationQuery,
      response: { 200: ZRefreshResult },
    },
    handler: async (request) =>
      refreshCultivation(deps, requestContext(request), actorOf(request).scope, request.body),
  });
  r.get('/api/cultivation/warnings', {
    config: read,
    schema: {
      tags,
      summary: '退库预警 Exit warnings',
      querystring: ZWarningsQuery,
      response: { 200: ZWarningsPage },
    },
    handler: async (request) => warningsPage(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/cultivation/warnings/export', {
    config: read,
    schema: {
      tags,
      summary: '导出退库预警 Export exit warnings (.xlsx)',
      querystring: ZWarningsQuery,
    },
    handler: async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment(`退库预警-${today()}.xlsx`))
        .send(await exportWarnings(deps, actorOf(request).scope, request.query)),
  });
  r.get('/api/cultivation/warnings/:id', {
    config: read,
    schema: {
      tags,
      summary: '预警详情 A warning with revenue and follow-up notes',
      params: ZIdParam,
      querystring: z.object({ through: ZYearMonth.optional() }),
      response: { 200: ZWarningDetail },
    },
    handler: async (request) =>
      warningDetail(deps, actorOf(request).scope, request.params.id, request.query.through),
  });
  const warningAct = (
    path: string,
    summary: string,
    body: z.ZodType,
    act: (b: never) => Parameters<typeof actOnWarning>[4],
  ) =>
    r.post(path, {
      config: write,
      schema: { tags, summary, params: ZIdParam, body },
      handler: async (request, reply) => {
        const { id } = request.params;
        await actOnWarning(
          deps,
          requestContext(request),
          actorOf(request),
          id,
          act(request.body as never),
        );
        return reply.status(204).send();
      },
    });
  warningAct(
    '/api/cultivation/warnings/:id/assign',
    '指定负责人 Assign an officer',
    ZWarningAssignInput,
    (b: z.infer<typeof ZWarningAssignInput>) => ({ kind: 'assign', officerId: b.officerId }),
  );
  warningAct(
    '/api/cultivation/warnings/:id/notes',
    '跟进记录 Add a follow-up note',
    ZLogTextInput,
    (b: z.infer<typeof ZLogTextInput>) => ({ kind: 'note', text: b.text }),
  );
  warningAct(
    '/api/cultivation/warnings/:id/close',
    '关闭预警 Close with a reason',
    ZWarningCloseInput,
    (b: z.infer<typeof ZWarningCloseInput>) => ({ kind: 'close', reason: b.reason }),
  );
  r.get('/api/cultivation/counts', {
    config: read,
    schema: {
      tags,
      summary: '入库退库统计 Entries and exits by county and month',
      querystring: ZCountsQuery,
      response: { 200: ZCultivationCounts },
    },
    handler: async (request) => cultivationCounts(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/cultivation/officers', {
    config: read,
    schema: {
      tags,
      summary: "可指定的负责人 Officers who may be made responsible in the caller's area",
      response: { 200: z.array(ZOfficerOption) },
    },
    handler: async (request) => officerOptions(deps, actorOf(request).scope),
  });
  r.get('/api/cultivation/band', {
    config: read,
    schema: { tags, summary: '种子库筛选范围 The candidate band', response: { 200: ZBand } },
    handler: async () => getBand(deps.db),
  });
  r.put('/api/cultivation/band', {
    config: { access: moduleAccess('reference_data', 'write') },
    schema: {
      tags,
      summary: '设置筛选范围 Set the candidate band',
      body: ZBand,
      response: { 200: ZBand },
    },
    handler: async (request) => putBand(deps, requestContext(request), request.body),
  });
}
