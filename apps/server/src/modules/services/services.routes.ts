import {
  ZCommissionerAssignmentInput,
  ZCoveragePage,
  ZCoverageQuery,
  ZFindTicketsQuery,
  ZFindVisitsQuery,
  ZIdParams,
  ZImportQuery,
  ZImportResult,
  ZServiceDepartment,
  ZServiceStats,
  ZServiceStatsQuery,
  ZTicket,
  ZTicketCategory,
  ZTicketCategoryInput,
  ZDeadlineRule,
  ZTicketInput,
  ZTicketPage,
  ZTicketStepInput,
  ZVisit,
  ZVisitInput,
  ZVisitPage,
  ZWebhook,
  ZWebhookInput,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { ATTACHMENT_MAX_BYTES, chinaDate } from '@gongyeyun/core';
import { localeOf } from '../../plugins/error-handler';
import { importAssignments } from './assignment-import.service';
import { AppError, forbidden, notFound } from '../../errors';
import { addAttachment, readAttachment, ticketAttachments } from './attachments.service';
import { readImportFile } from '../../plugins/import-file';
import { actorOf, moduleAccess, publicAccess, requestContext } from '../../plugins/access';
import {
  assignLeadCommissioner,
  coveragePage,
  logVisit,
  publicSummary,
  setPublicSummary,
  deadlineRules,
  saveDeadlineRule,
  saveTicketCategory,
  routingCatalogue,
  serviceDepartments,
  ticketCategories,
  serviceStats,
  visitsPage,
} from './desk.service';
import {
  fileTicket,
  findTicketsPage,
  getTicket,
  isDispatcher,
  takeTicketStep,
} from './tickets.service';
import { createWebhook, webhookList } from './webhooks.service';

export function serviceRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];
  const read = { access: moduleAccess('services', 'read') };
  const write = { access: moduleAccess('services', 'write') };

  r.get('/api/ticket-categories', {
    config: read,
    schema: {
      tags,
      summary: '诉求类别 Ticket categories',
      response: { 200: z.array(ZTicketCategory) },
    },
    handler: async () => ticketCategories(deps),
  });

  r.put('/api/ticket-categories', {
    config: write,
    schema: { tags, summary: '编辑诉求类别 Add or edit a category', body: ZTicketCategoryInput },
    handler: async (request) => {
      const actor = actorOf(request);
      if (!actor.roles.includes('admin') && !actor.roles.includes('analyst')) throw forbidden();
      return saveTicketCategory(deps, requestContext(request), request.body);
    },
  });

  r.get('/api/ticket-deadline-rules', {
    config: read,
    schema: {
      tags,
      summary: '办理时限 Working days to sign and reply',
      response: { 200: z.array(ZDeadlineRule.extend({ id: z.number().int() })) },
    },
    handler: async () => deadlineRules(deps),
  });

  r.put('/api/ticket-deadline-rules', {
    config: write,
    schema: {
      tags,
      summary: '设置办理时限 Set the working days of an urgency (and category)',
      body: ZDeadlineRule,
    },
    handler: async (request) => {
      const actor = actorOf(request);
      if (!actor.roles.includes('admin') && !actor.roles.includes('analyst')) throw forbidden();
      return saveDeadlineRule(deps, requestContext(request), request.body);
    },
  });

  r.get('/api/routing-rules', {
    config: read,
    schema: { tags, summary: '派单目录 Routing catalogue (category × area → departments)' },
    handler: async () => routingCatalogue(deps),
  });

  r.get('/api/service-departments', {
    config: read,
    schema: {
      tags,
      summary: '承办部门 Departments a ticket may be routed to',
      response: { 200: z.array(ZServiceDepartment) },
    },
    handler: async () => serviceDepartments(deps),
  });

  r.get('/api/tickets', {
    config: read,
    schema: {
      tags,
      summary: '诉求列表 Tickets in scope (view=inbox: my departments; view=dispatch: to route)',
      querystring: ZFindTicketsQuery,
      response: { 200: ZTicketPage },
    },
    handler: async (request) => findTicketsPage(deps, actorOf(request), request.query),
  });

  r.post('/api/tickets', {
    config: write,
    schema: {
      tags,
      summary: '提交诉求 File a ticket (routed by the catalogue when it can be)',
      body: ZTicketInput,
      response: { 201: ZTicket },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await fileTicket(deps, requestContext(request), actorOf(request), request.body)),
  });

  r.get('/api/tickets/:id', {
    config: read,
    schema: {
      tags,
      summary: '诉求详情 One ticket with its timeline',
      params: ZIdParams,
      response: { 200: ZTicket },
    },
    handler: async (request) => getTicket(deps, actorOf(request), request.params.id),
  });

  r.post('/api/tickets/:id/steps', {
    config: write,
    schema: {
      tags,
      summary:
        '办理 Take a step: dispatch, reassign, sign, progress, reply, send_back, rate, close, reopen, escalate, merge, note',
      params: ZIdParams,
      body: ZTicketStepInput,
      response: { 200: ZTicket },
    },
    handler: async (request) =>
      takeTicketStep(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.body,
      ),
  });

  r.post('/api/tickets/:id/attachments', {
    config: write,
    schema: {
      tags,
      summary: '上传附件 Attach a file (PDF, PNG, JPEG, .docx, .xlsx; up to 10 MB; field `file`)',
      params: ZIdParams,
    },
    handler: async (request, reply) => {
      const part = await request.file({
        limits: { fileSize: ATTACHMENT_MAX_BYTES + 1, files: 1 },
        throwFileSizeLimit: false,
      });
      if (!part) {
        const text = { zh: '请选择要上传的文件', en: 'Choose a file to upload' };
        throw new AppError('VALIDATION', text, [{ field: 'file', text }]);
      }
      const buffer = await part.toBuffer();
      const info = await addAttachment(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        { fileName: part.filename, buffer },
      );
      return reply.status(201).send(info);
    },
  });

  r.get('/api/tickets/:id/attachments', {
    config: read,
    schema: { tags, summary: '附件列表 Attachments of a ticket', params: ZIdParams },
    handler: async (request) => ticketAttachments(deps, actorOf(request), request.params.id),
  });

  r.get('/api/tickets/:id/attachments/:attachmentId', {
    config: read,
    schema: {
      tags,
      summary: '下载附件 Download an attachment',
      params: ZIdParams.extend({ attachmentId: z.string().regex(/^[0-9a-f]{32}$/) }),
    },
    handler: async (request, reply) => {
      const { info, content } = await readAttachment(
        deps,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(info.contentType)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(info.fileName)}`,
        )
        .send(content);
    },
  });

  r.get('/api/public/service-summary', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: '公开服务统计 Public summary of the desk (when published by an administrator)',
      querystring: ZServiceStatsQuery,
      response: { 200: ZServiceStats },
    },
    handler: async (request) => {
      const summary = await publicSummary(deps, request.query.from, request.query.to);
      if (!summary) throw notFound({ zh: '公开服务统计', en: 'Public summary' });
      return summary;
    },
  });

  r.put('/api/public/service-summary', {
    config: { access: moduleAccess('users', 'write') },
    schema: {
      tags,
      summary: '公开或停止公开服务统计 Publish or withdraw the public summary',
      body: z.object({ on: z.boolean() }),
    },
    handler: async (request, reply) => {
      await setPublicSummary(deps, requestContext(request), request.body.on);
      return reply.status(204).send();
    },
  });

  r.get('/api/service-stats', {
    config: read,
    schema: {
      tags,
      summary: '服务统计 Desk figures by department and category',
      querystring: ZServiceStatsQuery,
      response: { 200: ZServiceStats },
    },
    handler: async (request) =>
      serviceStats(deps, actorOf(request), request.query.from, request.query.to),
  });

  r.get('/api/commissioners/coverage', {
    config: read,
    schema: {
      tags,
      summary: '特派员覆盖 Enterprises with their lead commissioner (uncovered=true: none)',
      querystring: ZCoverageQuery,
      response: { 200: ZCoveragePage },
    },
    handler: async (request) => coveragePage(deps, actorOf(request).scope, request.query),
  });

  r.put('/api/commissioners/assignments', {
    config: write,
    schema: {
      tags,
      summary: '指派特派员 Assign the lead commissioner of an enterprise',
      body: ZCommissionerAssignmentInput,
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (!isDispatcher(actor)) throw forbidden();
      await assignLeadCommissioner(deps, requestContext(request), actor.scope, request.body);
      return reply.status(204).send();
    },
  });

  r.post('/api/commissioners/assignments/import', {
    config: write,
    schema: {
      tags,
      summary:
        '批量指派特派员 Assign commissioners from a spreadsheet (统一社会信用代码, 特派员账号, 指派日期; dryRun=true checks only)',
      querystring: ZImportQuery,
      response: { 200: ZImportResult },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      if (!isDispatcher(actor)) throw forbidden();
      const file = await readImportFile(request);
      return importAssignments(deps, requestContext(request), actor.scope, file, {
        dryRun: request.query.dryRun,
        locale: localeOf(request),
        today: chinaDate(new Date()),
      });
    },
  });

  r.get('/api/visits', {
    config: read,
    schema: {
      tags,
      summary: '走访记录 Visits in scope',
      querystring: ZFindVisitsQuery,
      response: { 200: ZVisitPage },
    },
    handler: async (request) => visitsPage(deps, actorOf(request).scope, request.query),
  });

  r.post('/api/visits', {
    config: write,
    schema: { tags, summary: '记录走访 Log a visit', body: ZVisitInput, response: { 201: ZVisit } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.roles.includes('commissioner') && !isDispatcher(actor)) throw forbidden();
      return reply
        .status(201)
        .send(await logVisit(deps, requestContext(request), actor, request.body));
    },
  });

  r.get('/api/webhooks', {
    config: { access: moduleAccess('users', 'write') },
    schema: { tags, summary: '外发通知 Outgoing webhooks', response: { 200: z.array(ZWebhook) } },
    handler: async () => webhookList(deps),
  });

  r.post('/api/webhooks', {
    config: { access: moduleAccess('users', 'write') },
    schema: {
      tags,
      summary: '新增外发通知 Add a webhook (generic JSON, DingTalk or WeCom robot)',
      body: ZWebhookInput,
    },
    handler: async (request, reply) => {
      const row = await createWebhook(deps, requestContext(request), request.body);
      return reply.status(201).send({ id: row.id });
    },
  });
}
