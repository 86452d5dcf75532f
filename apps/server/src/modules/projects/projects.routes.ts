import {
  ZFindLeadsQuery,
  ZFindProjectsQuery,
  ZIdParams,
  ZImportQuery,
  ZImportResult,
  ZLead,
  ZLeadConvertInput,
  ZLeadFunnelQuery,
  ZLeadFunnels,
  ZLeadInput,
  ZLeadPage,
  ZLeadStageInput,
  ZLeadUpdate,
  ZProject,
  ZProjectInput,
  ZProjectPage,
  ZProjectProblemInput,
  ZProjectProgressInput,
  ZProjectStageInput,
  ZProjectStats,
  ZProjectStatsQuery,
  ZProjectTask,
  ZProjectTaskInput,
  ZProjectTasksQuery,
  ZProjectUpdate,
  ZTicket,
  ZTicketListItem,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { readImportFile } from '../../plugins/import-file';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import { localeOf } from '../../plugins/error-handler';
import {
  addLeadStage,
  convertLead,
  createLead,
  editLead,
  findLeadsPage,
  getLead,
  leadFunnels,
} from './investment-leads.service';
import { projectProblems, raiseProjectProblem } from './project-problems.service';
import { exportProjects, importProjects, projectTemplate } from './project-spreadsheets.service';
import { listTasks, projectStats, putTask } from './project-stats.service';
import {
  addProjectStage,
  createProject,
  editProject,
  findProjectsPage,
  getProject,
  reportProjectProgress,
  writerOfActor,
} from './projects.service';

export function projectRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  const read = { access: moduleAccess('projects', 'read') };
  const write = { access: moduleAccess('projects', 'write') };

  r.get('/api/projects', {
    config: read,
    schema: {
      tags,
      summary: '重大项目台账 List major projects in scope',
      querystring: ZFindProjectsQuery,
      response: { 200: ZProjectPage },
    },
    handler: async (request) => findProjectsPage(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/projects/export', {
    config: read,
    schema: {
      tags,
      summary: '导出 Excel Export the filtered ledger (.xlsx)',
      querystring: ZFindProjectsQuery,
    },
    handler: async (request, reply) =>
      reply
        .type(XLSX)
        .header(
          'content-disposition',
          attachment(`重大项目台账-${new Date().toISOString().slice(0, 10)}.xlsx`),
        )
        .send(await exportProjects(deps, actorOf(request).scope, request.query)),
  });

  r.get('/api/projects/import/template', {
    config: read,
    schema: { tags, summary: '导入模板 Import template (.xlsx)' },
    handler: async (_request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment('重大项目台账导入模板.xlsx'))
        .send(await projectTemplate()),
  });

  r.post('/api/projects/import', {
    config: write,
    schema: {
      tags,
      summary: '批量导入 Import a spreadsheet (multipart field `file`; dryRun=true checks only)',
      querystring: ZImportQuery,
      response: { 200: ZImportResult },
    },
    handler: async (request) => {
      const file = await readImportFile(request);
      return importProjects(deps, requestContext(request), file, {
        dryRun: request.query.dryRun,
        locale: localeOf(request),
        writer: writerOfActor(actorOf(request)),
      });
    },
  });

  r.get('/api/projects/:id', {
    config: read,
    schema: {
      tags,
      summary: '项目档案 One project',
      params: ZIdParams,
      response: { 200: ZProject },
    },
    handler: async (request) => getProject(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/projects', {
    config: write,
    schema: {
      tags,
      summary: '新建项目 Record a project',
      body: ZProjectInput,
      response: { 201: ZProject },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await createProject(
        deps,
        requestContext(request),
        writerOfActor(actor),
        request.body,
      );
      return reply.status(201).send(await getProject(deps, actor.scope, id));
    },
  });

  r.patch('/api/projects/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改项目 Edit a project',
      params: ZIdParams,
      body: ZProjectUpdate,
      response: { 200: ZProject },
    },
    handler: async (request) =>
      editProject(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.post('/api/projects/:id/stages', {
    config: write,
    schema: {
      tags,
      summary: '登记阶段变化 Record a dated stage change',
      params: ZIdParams,
      body: ZProjectStageInput,
      response: { 200: ZProject },
    },
    handler: async (request) =>
      addProjectStage(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.params.id,
        request.body,
      ),
  });

  r.post('/api/projects/:id/progress', {
    config: write,
    schema: {
      tags,
      summary: '月度进度 File (or replace) a monthly progress report',
      params: ZIdParams,
      body: ZProjectProgressInput,
      response: { 200: ZProject },
    },
    handler: async (request) =>
      reportProjectProgress(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.params.id,
        request.body,
      ),
  });

  r.get('/api/projects/:id/problems', {
    config: read,
    schema: {
      tags,
      summary: '项目问题 Problems raised for a project, with state and deadline colour',
      params: ZIdParams,
      response: { 200: z.array(ZTicketListItem) },
    },
    handler: async (request) => projectProblems(deps, actorOf(request), request.params.id),
  });

  r.post('/api/projects/:id/problems', {
    config: write,
    schema: {
      tags,
      summary:
        '反映问题 Raise a problem for a project: a ticket on the desk, routed by the catalogue',
      params: ZIdParams,
      body: ZProjectProblemInput,
      response: { 201: ZTicket },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await raiseProjectProblem(
            deps,
            requestContext(request),
            actorOf(request),
            request.params.id,
            request.body,
          ),
        ),
  });

  r.get('/api/project-tasks', {
    config: read,
    schema: {
      tags,
      summary: '年度任务 Yearly tasks in scope',
      querystring: ZProjectTasksQuery,
      response: { 200: z.array(ZProjectTask) },
    },
    handler: async (request) => listTasks(deps, actorOf(request).scope, request.query.year),
  });

  r.post('/api/project-tasks', {
    config: write,
    schema: {
      tags,
      summary: '设定年度任务 Set a yearly task',
      body: ZProjectTaskInput,
      response: { 200: z.array(ZProjectTask) },
    },
    handler: async (request) =>
      putTask(deps, requestContext(request), actorOf(request).scope, request.body),
  });

  r.get('/api/project-stats', {
    config: read,
    schema: {
      tags,
      summary: '任务完成情况 Counts against tasks, investment, new projects brought in, sentences',
      querystring: ZProjectStatsQuery,
      response: { 200: ZProjectStats },
    },
    handler: async (request) => projectStats(deps, actorOf(request).scope, request.query),
  });

  const leadTags = ['investment leads'];
  r.get('/api/leads', {
    config: read,
    schema: {
      tags: leadTags,
      summary: '招商线索 List leads in scope',
      querystring: ZFindLeadsQuery,
      response: { 200: ZLeadPage },
    },
    handler: async (request) => findLeadsPage(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/leads/funnel', {
    config: read,
    schema: {
      tags: leadTags,
      summary: '招商漏斗 Funnel by stage, whole or by chain/source/unit',
      querystring: ZLeadFunnelQuery,
      response: { 200: ZLeadFunnels },
    },
    handler: async (request) => leadFunnels(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/leads/:id', {
    config: read,
    schema: {
      tags: leadTags,
      summary: '线索详情 One lead',
      params: ZIdParams,
      response: { 200: ZLead },
    },
    handler: async (request) => getLead(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/leads', {
    config: write,
    schema: {
      tags: leadTags,
      summary: '新建线索 Record a lead',
      body: ZLeadInput,
      response: { 201: ZLead },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = await createLead(
        deps,
        requestContext(request),
        writerOfActor(actor),
        request.body,
      );
      return reply.status(201).send(await getLead(deps, actor.scope, id));
    },
  });

  r.patch('/api/leads/:id', {
    config: write,
    schema: {
      tags: leadTags,
      summary: '修改线索 Edit a lead',
      params: ZIdParams,
      body: ZLeadUpdate,
      response: { 200: ZLead },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return editLead(
        deps,
        requestContext(request),
        actor.scope,
        writerOfActor(actor),
        request.params.id,
        request.body,
      );
    },
  });

  r.post('/api/leads/:id/stages', {
    config: write,
    schema: {
      tags: leadTags,
      summary: '推进阶段 Record a dated stage change (终止 needs a reason)',
      params: ZIdParams,
      body: ZLeadStageInput,
      response: { 200: ZLead },
    },
    handler: async (request) =>
      addLeadStage(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.params.id,
        request.body,
      ),
  });

  r.post('/api/leads/:id/convert', {
    config: write,
    schema: {
      tags: leadTags,
      summary: '转为项目 Create the major project of a signed lead, linked to it',
      params: ZIdParams,
      body: ZLeadConvertInput,
      response: { 201: z.object({ projectId: z.number().int() }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const result = await convertLead(
        deps,
        requestContext(request),
        actor.scope,
        writerOfActor(actor),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  });
}
