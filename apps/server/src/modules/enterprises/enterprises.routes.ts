import {
  ZEnterprise,
  ZEnterpriseChainInput,
  ZEnterpriseChainParams,
  ZEnterpriseInput,
  ZEnterprisePage,
  ZEnterpriseUpdate,
  ZFindEnterprisesQuery,
  ZIdParams,
  ZImportQuery,
  ZImportResult,
  ZScaleEventInput,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { localeOf } from '../../plugins/error-handler';
import { readImportFile } from '../../plugins/import-file';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import {
  addScaleEvent,
  createEnterprise,
  editEnterprise,
  findEnterprisesPage,
  getEnterprise,
  tagChain,
  untagChain,
  writerOf,
} from './enterprises.service';
import {
  enterpriseTemplate,
  exportEnterprises,
  importEnterprises,
} from './enterprise-spreadsheets.service';

export function enterpriseRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['enterprises'];
  const read = { access: moduleAccess('enterprises', 'read') };
  const write = { access: moduleAccess('enterprises', 'write') };

  r.get('/api/enterprises', {
    config: read,
    schema: {
      tags,
      summary: '企业库 List enterprises in scope',
      querystring: ZFindEnterprisesQuery,
      response: { 200: ZEnterprisePage },
    },
    handler: async (request) => findEnterprisesPage(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/enterprises/export', {
    config: read,
    schema: {
      tags,
      summary: '导出 Excel Export the filtered list (.xlsx)',
      querystring: ZFindEnterprisesQuery,
    },
    handler: async (request, reply) => {
      const file = await exportEnterprises(deps, actorOf(request).scope, request.query);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          attachment(`企业名录-${new Date().toISOString().slice(0, 10)}.xlsx`),
        )
        .send(file);
    },
  });

  r.get('/api/enterprises/import/template', {
    config: read,
    schema: { tags, summary: '导入模板 Import template (.xlsx)' },
    handler: async (_request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment('企业名录导入模板.xlsx'))
        .send(await enterpriseTemplate()),
  });

  r.post('/api/enterprises/import', {
    config: write,
    schema: {
      tags,
      summary: '批量导入 Import a spreadsheet (multipart field `file`; dryRun=true checks only)',
      querystring: ZImportQuery,
      response: { 200: ZImportResult },
    },
    handler: async (request) => {
      const file = await readImportFile(request);
      const actor = actorOf(request);
      return importEnterprises(deps, requestContext(request), file, {
        dryRun: request.query.dryRun,
        locale: localeOf(request),
        writer: writerOf(actor),
      });
    },
  });

  r.get('/api/enterprises/:id', {
    config: read,
    schema: {
      tags,
      summary: '企业档案 One enterprise',
      params: ZIdParams,
      response: { 200: ZEnterprise },
    },
    handler: async (request) => getEnterprise(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/enterprises', {
    config: write,
    schema: {
      tags,
      summary: '新建企业 Register an enterprise',
      body: ZEnterpriseInput,
      response: { 201: ZEnterprise },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await createEnterprise(
        deps,
        requestContext(request),
        writerOf(actor),
        request.body,
      );
      return reply.status(201).send(await getEnterprise(deps, actor.scope, id));
    },
  });

  r.patch('/api/enterprises/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改企业 Edit an enterprise',
      params: ZIdParams,
      body: ZEnterpriseUpdate,
      response: { 200: ZEnterprise },
    },
    handler: async (request) =>
      editEnterprise(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      ),
  });

  r.post('/api/enterprises/:id/chains', {
    config: write,
    schema: {
      tags,
      summary: '手工标注产业链 Tag a chain by hand',
      params: ZIdParams,
      body: ZEnterpriseChainInput,
      response: { 200: ZEnterprise },
    },
    handler: async (request) =>
      tagChain(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body.chainId,
      ),
  });

  r.delete('/api/enterprises/:id/chains/:chainId', {
    config: write,
    schema: {
      tags,
      summary: '移除手工标注 Remove a manual chain tag',
      params: ZEnterpriseChainParams,
      response: { 200: ZEnterprise },
    },
    handler: async (request) =>
      untagChain(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.params.chainId,
      ),
  });

  r.post('/api/enterprises/:id/scale-events', {
    config: write,
    schema: {
      tags,
      summary: '记录入库/退库 Record entering or leaving a 四上 category',
      params: ZIdParams,
      body: ZScaleEventInput,
      response: { 200: ZEnterprise },
    },
    handler: async (request) =>
      addScaleEvent(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.params.id,
        request.body,
      ),
  });
}
