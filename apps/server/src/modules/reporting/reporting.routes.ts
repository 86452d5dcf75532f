import {
  ZBulkActionRequest,
  ZBulkActionResult,
  ZCalendarRequest,
  ZDataValueList,
  ZDataValueQuery,
  ZDataValueSet,
  ZDataValueSetQuery,
  ZDataValueSetSummary,
  ZIndicator,
  ZIndicatorInput,
  ZIndicatorUpdate,
  ZLockRequest,
  ZOverviewQuery,
  ZPeriodInfo,
  ZPeriodKey,
  ZPeriodParams,
  ZPeriodSchedule,
  ZPeriodsQuery,
  ZReportActionRequest,
  ZReportForm,
  ZReportImportQuery,
  ZReportImportResult,
  ZReportListQuery,
  ZReportPage,
  ZReportParams,
  ZSaveReportRequest,
  ZPeriodOverview,
  ZValidationConfig,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { readImportFile } from '../../plugins/import-file';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { attachment, XLSX } from '../../plugins/xlsx-reply';
import { localeOf } from '../../plugins/error-handler';
import { listDataValues } from './data-values.service';
import {
  importDataValues,
  importReports,
  parseDataValueCsv,
  reportTemplate,
} from './report-import.service';
import {
  lockCounty,
  missingWorkbook,
  periodOverview,
  unlockCounty,
} from './reporting-overview.service';
import {
  createIndicator,
  editIndicator,
  editPeriod,
  generateCalendar,
  getCurrentPeriod,
  getIndicators,
  getPeriods,
  getValidationConfig,
  presentValidationConfig,
  saveValidationConfig,
} from './reporting-settings.service';
import {
  actOnReport,
  bulkAction,
  findReportsPage,
  getReportForm,
  saveReport,
} from './reports.service';

/** A province's month of data values as JSON stays well under this. */
const DATA_VALUES_MAX_BYTES = 64 * 1024 * 1024;

export function reportingRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reporting'];
  const read = { access: moduleAccess('reporting', 'read') };
  const write = { access: moduleAccess('reporting', 'write') };

  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: DATA_VALUES_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );

  r.get('/api/reporting/indicators', {
    config: read,
    schema: { tags, summary: '统计指标 Indicators', response: { 200: z.array(ZIndicator) } },
    handler: async () => getIndicators(deps),
  });
  r.post('/api/reporting/indicators', {
    config: write,
    schema: {
      tags,
      summary: '新增指标 Add an indicator',
      body: ZIndicatorInput,
      response: { 201: ZIndicator },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createIndicator(deps, requestContext(request), actorOf(request), request.body)),
  });
  r.patch('/api/reporting/indicators/:code', {
    config: write,
    schema: {
      tags,
      summary: '修改指标 Edit an indicator',
      params: z.object({ code: z.string() }),
      body: ZIndicatorUpdate,
      response: { 200: ZIndicator },
    },
    handler: async (request) =>
      editIndicator(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.code,
        request.body,
      ),
  });

  r.get('/api/reporting/periods', {
    config: read,
    schema: {
      tags,
      summary: '填报日历 Calendar of a year',
      querystring: ZPeriodsQuery,
      response: { 200: z.array(ZPeriodInfo) },
    },
    handler: async (request) => getPeriods(deps, request.query.year),
  });
  r.get('/api/reporting/current-period', {
    config: read,
    schema: { tags, summary: '当前报告期 The period open now', response: { 200: ZPeriodInfo } },
    handler: async () => getCurrentPeriod(deps),
  });
  r.put('/api/reporting/periods/:period', {
    config: write,
    schema: {
      tags,
      summary: '修改报告期日期 Edit a period’s dates',
      params: ZPeriodParams,
      body: ZPeriodSchedule.omit({ period: true }),
      response: { 200: ZPeriodInfo },
    },
    handler: async (request) =>
      editPeriod(deps, requestContext(request), actorOf(request), {
        ...request.body,
        period: request.params.period,
      }),
  });
  r.post('/api/reporting/calendars', {
    config: write,
    schema: {
      tags,
      summary: '生成年度日历 Generate a year’s calendar',
      body: ZCalendarRequest,
      response: { 200: z.array(ZPeriodInfo) },
    },
    handler: async (request) =>
      generateCalendar(deps, requestContext(request), actorOf(request), request.body),
  });

  r.get('/api/reporting/validation-config', {
    config: read,
    schema: { tags, summary: '审核规则 Validation rules', response: { 200: ZValidationConfig } },
    handler: async () => presentValidationConfig(await getValidationConfig(deps.db)),
  });
  r.put('/api/reporting/validation-config', {
    config: write,
    schema: {
      tags,
      summary: '修改审核规则 Edit validation rules',
      body: ZValidationConfig,
      response: { 200: ZValidationConfig },
    },
    handler: async (request) =>
      saveValidationConfig(deps, requestContext(request), actorOf(request), request.body),
  });

  r.get('/api/reporting/reports', {
    config: read,
    schema: {
      tags,
      summary: '报表列表 Expected reporters and their reports',
      querystring: ZReportListQuery,
      response: { 200: ZReportPage },
    },
    handler: async (request) => findReportsPage(deps, actorOf(request).scope, request.query),
  });
  r.get('/api/reporting/reports/:enterpriseId/:period', {
    config: read,
    schema: {
      tags,
      summary: '报表 One report (the form)',
      params: ZReportParams,
      response: { 200: ZReportForm },
    },
    handler: async (request) =>
      getReportForm(deps, actorOf(request), request.params.enterpriseId, request.params.period),
  });
  r.put('/api/reporting/reports/:enterpriseId/:period', {
    config: write,
    schema: {
      tags,
      summary: '保存报表 Save figures (409 when someone saved first)',
      params: ZReportParams,
      body: ZSaveReportRequest,
      response: { 200: ZReportForm },
    },
    handler: async (request) =>
      saveReport(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.enterpriseId,
        request.params.period,
        request.body,
      ),
  });
  r.post('/api/reporting/reports/:enterpriseId/:period/actions', {
    config: write,
    schema: {
      tags,
      summary: '报送/退回/审核 Workflow action',
      params: ZReportParams,
      body: ZReportActionRequest,
      response: { 200: ZReportForm },
    },
    handler: async (request) =>
      actOnReport(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.enterpriseId,
        request.params.period,
        request.body,
      ),
  });
  r.post('/api/reporting/bulk-actions', {
    config: write,
    schema: {
      tags,
      summary: '批量审核/标记未报 Approve or mark many',
      body: ZBulkActionRequest,
      response: { 200: ZBulkActionResult },
    },
    handler: async (request) =>
      bulkAction(deps, requestContext(request), actorOf(request), request.body, localeOf(request)),
  });

  r.get('/api/reporting/overview', {
    config: read,
    schema: {
      tags,
      summary: '报送进度 Rates and locks',
      querystring: ZOverviewQuery,
      response: { 200: ZPeriodOverview },
    },
    handler: async (request) =>
      periodOverview(deps, actorOf(request).scope, request.query.period, request.query.orgUnitId),
  });
  r.post('/api/reporting/locks', {
    config: write,
    schema: {
      tags,
      summary: '锁定 Lock a county’s period',
      body: ZLockRequest,
      response: { 200: ZPeriodOverview },
    },
    handler: async (request) =>
      lockCounty(deps, requestContext(request), actorOf(request), request.body),
  });
  r.post('/api/reporting/unlocks', {
    config: write,
    schema: {
      tags,
      summary: '解锁 Unlock (administrator, with reason)',
      body: ZLockRequest,
      response: { 200: ZPeriodOverview },
    },
    handler: async (request) =>
      unlockCounty(deps, requestContext(request), actorOf(request), request.body),
  });
  r.get('/api/reporting/missing.xlsx', {
    config: read,
    schema: {
      tags,
      summary: '未报企业名单 Missing reporters (.xlsx)',
      querystring: ZOverviewQuery,
    },
    handler: async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment(`未报企业-${request.query.period}.xlsx`))
        .send(
          await missingWorkbook(
            deps,
            actorOf(request).scope,
            request.query.period,
            request.query.orgUnitId,
          ),
        ),
  });

  r.get('/api/reporting/template.xlsx', {
    config: read,
    schema: {
      tags,
      summary: '批量填报模板 Import template (.xlsx)',
      querystring: z.object({ period: ZPeriodKey }),
    },
    handler: async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment(`月报批量填报-${request.query.period}.xlsx`))
        .send(await reportTemplate(deps, actorOf(request), request.query.period)),
  });
  r.post('/api/reporting/import', {
    config: write,
    schema: {
      tags,
      summary:
        '批量填报 Import a period’s figures (multipart `file`; dryRun=true checks only; submit=true also submits)',
      querystring: ZReportImportQuery.extend({
        submit: z
          .enum(['true', 'false'])
          .default('false')
          .transform((v) => v === 'true'),
      }),
      response: { 200: ZReportImportResult },
    },
    handler: async (request) => {
      const file = await readImportFile(request);
      return importReports(deps, requestContext(request), actorOf(request), file, {
        period: request.query.period,
        dryRun: request.query.dryRun,
        submit: request.query.submit,
        locale: localeOf(request),
      });
    },
  });

  r.post('/api/reporting/data-value-sets', {
    config: write,
    bodyLimit: DATA_VALUES_MAX_BYTES,
    schema: {
      tags,
      summary:
        '数据接口 Data values (JSON {dataValues:[{enterprise,period,indicator,field,value}]} or text/csv); idempotent, all or nothing',
      querystring: ZDataValueSetQuery,
      response: { 200: ZDataValueSetSummary },
    },
    handler: async (request) => {
      let raw: unknown = request.body;
      if (typeof raw === 'string') {
        const csv = parseDataValueCsv(raw);
        if (csv.problems.length) {
          const text = { zh: csv.problems.join('；'), en: 'The CSV lacks required columns' };
          throw new AppError('VALIDATION', text, [{ field: 'body', text }]);
        }
        raw = { dataValues: csv.values };
      }
      const parsed = ZDataValueSet.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 50);
        const text = {
          zh: `数据格式有误（${parsed.error.issues.length} 处），例如 ${issues[0]?.path.join('.')}：${issues[0]?.message}`,
          en: `${parsed.error.issues.length} malformed values, e.g. ${issues[0]?.path.join('.')}: ${issues[0]?.message}`,
        };
        throw new AppError(
          'VALIDATION',
          text,
          issues.map((i) => ({ field: i.path.join('.'), text: { zh: i.message, en: i.message } })),
        );
      }
      return importDataValues(
        deps,
        requestContext(request),
        actorOf(request),
        parsed.data.dataValues,
        {
          dryRun: request.query.dryRun,
          locale: localeOf(request),
        },
      );
    },
  });
  r.get('/api/reporting/data-value-sets', {
    config: read,
    schema: {
      tags,
      summary: '读取数据 Data values of a period',
      querystring: ZDataValueQuery,
      response: { 200: ZDataValueList },
    },
    handler: async (request) => listDataValues(deps, actorOf(request).scope, request.query),
  });
}
