import type {
  TBulkActionRequest,
  TCalendarRequest,
  TIndicatorInput,
  TIndicatorUpdate,
  TLockRequest,
  TPeriodSchedule,
  TReportActionRequest,
  TSaveReportRequest,
  TValidationConfig,
  ZReportListQuery,
} from '@gongyeyun/contract';
import {
  ZBulkActionResult,
  ZIndicator,
  ZPeriodInfo,
  ZPeriodOverview,
  ZReportForm,
  ZReportImportResult,
  ZReportPage,
  ZValidationConfig,
} from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch, apiUpload, toQueryString } from './api-client';

const base = '/api/reporting';
const reportPath = (enterpriseId: number, period: string) =>
  `${base}/reports/${enterpriseId}/${encodeURIComponent(period)}`;

/** A page of the review queue, as the address and the query cache hold it. */
export type ReportListQuery = z.output<typeof ZReportListQuery>;

/** The largest spreadsheet the import accepts (the server enforces the same limit). */
export const REPORT_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const reportingApi = {
  indicators: (signal?: AbortSignal) =>
    apiFetch(`${base}/indicators`, z.array(ZIndicator), { signal }),
  createIndicator: (body: TIndicatorInput) =>
    apiFetch(`${base}/indicators`, ZIndicator, { method: 'POST', body }),
  updateIndicator: (code: string, body: TIndicatorUpdate) =>
    apiFetch(`${base}/indicators/${encodeURIComponent(code)}`, ZIndicator, {
      method: 'PATCH',
      body,
    }),

  periods: (year: number, signal?: AbortSignal) =>
    apiFetch(`${base}/periods`, z.array(ZPeriodInfo), { query: { year }, signal }),
  currentPeriod: (signal?: AbortSignal) =>
    apiFetch(`${base}/current-period`, ZPeriodInfo, { signal }),
  updatePeriod: ({ period, ...dates }: TPeriodSchedule) =>
    apiFetch(`${base}/periods/${encodeURIComponent(period)}`, ZPeriodInfo, {
      method: 'PUT',
      body: dates,
    }),
  generateCalendar: (body: TCalendarRequest) =>
    apiFetch(`${base}/calendars`, z.array(ZPeriodInfo), { method: 'POST', body }),

  validationConfig: (signal?: AbortSignal) =>
    apiFetch(`${base}/validation-config`, ZValidationConfig, { signal }),
  saveValidationConfig: (body: TValidationConfig) =>
    apiFetch(`${base}/validation-config`, ZValidationConfig, { method: 'PUT', body }),

  findReports: (query: ReportListQuery, signal?: AbortSignal) =>
    apiFetch(`${base}/reports`, ZReportPage, { query: { ...query }, signal }),
  form: (enterpriseId: number, period: string, signal?: AbortSignal) =>
    apiFetch(reportPath(enterpriseId, period), ZReportForm, { signal }),
  save: (enterpriseId: number, period: string, body: TSaveReportRequest) =>
    apiFetch(reportPath(enterpriseId, period), ZReportForm, { method: 'PUT', body }),
  act: (enterpriseId: number, period: string, body: TReportActionRequest) =>
    apiFetch(`${reportPath(enterpriseId, period)}/actions`, ZReportForm, {
      method: 'POST',
      body,
    }),
  bulkAction: (body: TBulkActionRequest) =>
    apiFetch(`${base}/bulk-actions`, ZBulkActionResult, { method: 'POST', body }),

  overview: (period: string, orgUnitId?: number, signal?: AbortSignal) =>
    apiFetch(`${base}/overview`, ZPeriodOverview, { query: { period, orgUnitId }, signal }),
  lock: (body: TLockRequest) =>
    apiFetch(`${base}/locks`, ZPeriodOverview, { method: 'POST', body }),
  unlock: (body: TLockRequest) =>
    apiFetch(`${base}/unlocks`, ZPeriodOverview, { method: 'POST', body }),

  /** Plain links: the browser downloads the .xlsx with the session cookie. */
  templateUrl: (period: string) => `${base}/template.xlsx${toQueryString({ period })}`,
  missingUrl: (period: string, orgUnitId?: number) =>
    `${base}/missing.xlsx${toQueryString({ period, orgUnitId })}`,

  /** Checks (dry run) or writes a period's spreadsheet; `onUploadProgress` follows the upload. */
  import: (
    file: File,
    options: { period: string; dryRun: boolean; onUploadProgress?: (fraction: number) => void },
  ) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return apiUpload(`${base}/import`, ZReportImportResult, {
      query: { period: options.period, dryRun: options.dryRun },
      body,
      onUploadProgress: options.onUploadProgress,
    });
  },
};
