import {
  canEditFigures,
  completeFlow,
  monthsInPeriod,
  periodEndDate,
  periodRange,
  previousPeriod,
  previousPeriodInYear,
  reportsIndicator,
  reportTransition,
  samePeriodLastYear,
  scaleCategoryOfClass,
  validateReport,
  type Indicator,
  type LocalizedText,
  type ReportActor,
  type ReportFigures,
  type ReportStatus,
  type ScaleCategory,
  type ValidationConfig,
  type ValidationFinding,
} from '@gongyeyun/core';
import {
  deleteValues,
  insertReports,
  insertValueHistory,
  listLocks,
  listValues,
  scaleCategoriesAt,
  updateReportAtVersion,
  upsertValues,
  type Database,
  type NewValueHistoryRow,
  type ReportRow,
  type ReportValueRow,
} from '@gongyeyun/db';
import { AppError } from '../../errors';

/*
 * One path for every way figures arrive — the form, a county's spreadsheet, the data-value
 * API: load what the rules need for a set of enterprises in one period, check each entry,
 * then write values, their history and the reports in one transaction.
 */

export type FigureField = 'month' | 'ytd' | 'prevYearYtd';
export const FIGURE_FIELDS: readonly FigureField[] = ['month', 'ytd', 'prevYearYtd'];

/** Figures as decimal strings (null: empty). */
export type StoredFigures = Record<FigureField, string | null>;

/** What arrives: `undefined` keeps the stored figure, null empties it. */
export type FigureInput = Partial<Record<FigureField, string | null>>;

/** Periods of history the soft rules look back on. */
export const HISTORY_PERIODS = 12;

export interface EnterpriseRef {
  id: number;
  name: string;
  uscc: string;
  countyId: number;
  industryCode: string;
}

/** Everything the rules need about one enterprise in one period. */
export interface ReportContext {
  enterprise: EnterpriseRef;
  period: string;
  category: ScaleCategory | null;
  indicators: Indicator[];
  report: ReportRow | undefined;
  locked: boolean;
  values: Record<string, StoredFigures>;
  previousPeriod: string | null;
  previous: Record<string, StoredFigures>;
  lastYearYtd: Record<string, string>;
  history: Record<string, number[]>;
}

const num = (v: string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

const toFigures = (row: ReportValueRow): StoredFigures => ({
  month: row.month,
  ytd: row.ytd,
  prevYearYtd: row.prevYearYtd,
});

/** A stored numeric (`12.3000`) written with the indicator's decimals (`12.3`). */
export const storedFigure = (value: string | null, decimals: number): string | null =>
  value === null ? null : Number(value).toFixed(decimals);

/** Loads the contexts of several enterprises for one period (a handful of queries in all). */
export async function loadReportContexts(
  db: Database,
  period: string,
  enterprises: readonly EnterpriseRef[],
  reports: ReadonlyMap<number, ReportRow>,
  indicators: readonly Indicator[],
): Promise<Map<number, ReportContext>> {
  const ids = enterprises.map((e) => e.id);
  const previousInYear = previousPeriodInYear(period);
  const lastYear = samePeriodLastYear(period);
  let first = period;
  for (let i = 0; i < HISTORY_PERIODS; i++) first = previousPeriod(first);
  const historyPeriods = periodRange(first, previousPeriod(period));
  const wanted = new Set([period, lastYear, ...historyPeriods]);
  const [rows, categories, locks] = await Promise.all([
    listValues(db, ids, [...wanted]),
    scaleCategoriesAt(db, ids, periodEndDate(period)),
    listLocks(db, period),
  ]);
  const lockedCounties = new Set(locks.map((l) => l.countyId));
  const byEnterprise = new Map<number, ReportValueRow[]>();
  for (const row of rows) {
    const list = byEnterprise.get(row.enterpriseId) ?? [];
    list.push(row);
    byEnterprise.set(row.enterpriseId, list);
  }
  const out = new Map<number, ReportContext>();
  for (const e of enterprises) {
    const category = categories.get(e.id) ?? scaleCategoryOfClass(e.industryCode);
    const report = reports.get(e.id);
    const context: ReportContext = {
      enterprise: e,
      period,
      category,
      indicators: indicators.filter((i) => reportsIndicator(i, category)),
      report,
      locked: lockedCounties.has(report?.countyId ?? e.countyId),
      values: {},
      previousPeriod: previousInYear,
      previous: {},
      lastYearYtd: {},
      history: {},
    };
    const mine = (byEnterprise.get(e.id) ?? []).sort((a, b) => a.period.localeCompare(b.period));
    for (const row of mine) {
      if (row.period === period) context.values[row.indicatorCode] = toFigures(row);
      if (row.period === previousInYear) context.previous[row.indicatorCode] = toFigures(row);
      if (row.period === lastYear && row.ytd !== null)
        context.lastYearYtd[row.indicatorCode] = row.ytd;
      if (row.period < period && row.month !== null) {
        const list = context.history[row.indicatorCode] ?? [];
        list.push(Number(row.month) / monthsInPeriod(row.period));
        context.history[row.indicatorCode] = list;
      }
    }
    out.set(e.id, context);
  }
  return out;
}

/** The core validation of a context with the given figures. */
export function findingsOf(
  context: ReportContext,
  values: Record<string, StoredFigures>,
  config: ValidationConfig,
): ValidationFinding[] {
  const figures: Record<string, ReportFigures> = {};
  for (const [code, f] of Object.entries(values))
    figures[code] = { month: num(f.month), ytd: num(f.ytd), prevYearYtd: num(f.prevYearYtd) };
  const previousYtd: Record<string, number> = {};
  for (const [code, f] of Object.entries(context.previous))
    if (f.ytd !== null) previousYtd[code] = Number(f.ytd);
  const lastYearYtd: Record<string, number> = {};
  for (const [code, v] of Object.entries(context.lastYearYtd)) lastYearYtd[code] = Number(v);
  return validateReport({
    period: context.period,
    indicators: context.indicators,
    values: figures,
    previousYtd,
    lastYearYtd,
    history: context.history,
    config,
  });
}

export interface EntryProblem {
  indicator: string | null;
  field: FigureField | null;
  text: LocalizedText;
}

export interface PreparedWrite {
  context: ReportContext;
  status: ReportStatus;
  next: Record<string, StoredFigures>;
  /** Per indicator × field: old → new. */
  changes: { indicator: string; field: FigureField; from: string | null; to: string | null }[];
  findings: ValidationFinding[];
  explanations: Record<string, string>;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Checks one entry against its context: the actor may change figures in this status, the
 * indicators are the enterprise's, numbers have no more decimals than the indicator keeps.
 * 本月 or 本年累计 missing on a flow is derived from the other; 上年同期累计 defaults to last
 * year's 本年累计.
 */
export function prepareWrite(
  context: ReportContext,
  input: Readonly<Record<string, FigureInput>>,
  explanations: Readonly<Record<string, string>> | undefined,
  actor: ReportActor,
  config: ValidationConfig,
): { ok: true; value: PreparedWrite } | { ok: false; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const status: ReportStatus = context.report?.status ?? 'draft';
  const allowed = reportTransition(status, 'save', actor, { periodLocked: context.locked });
  if (!allowed.ok)
    return { ok: false, problems: [{ indicator: null, field: null, text: allowed.error.message }] };
  if (!canEditFigures(status, actor)) {
    return {
      ok: false,
      problems: [
        {
          indicator: null,
          field: null,
          text: {
            zh: '报表当前状态下不能修改数据（已报送的报表须先由县区退回）',
            en: 'Figures cannot be changed in this status (a submitted report must be returned first)',
          },
        },
      ],
    };
  }
  if (context.indicators.length === 0) {
    return {
      ok: false,
      problems: [
        {
          indicator: null,
          field: null,
          text: {
            zh: `${context.enterprise.name}本期不在四上统计范围内，无需填报`,
            en: `${context.enterprise.name} is not an above-scale reporter this period`,
          },
        },
      ],
    };
  }
  const byCode = new Map(context.indicators.map((i) => [i.code, i]));
  const next: Record<string, StoredFigures> = {};
  for (const [code, f] of Object.entries(context.values)) next[code] = { ...f };
  for (const [code, figures] of Object.entries(input)) {
    const indicator = byCode.get(code);
    if (!indicator) {
      problems.push({
        indicator: code,
        field: null,
        text: {
          zh: `“${code}”不是该企业本期填报的指标`,
          en: `“${code}” is not an indicator this enterprise reports`,
        },
      });
      continue;
    }
    const target: StoredFigures = next[code] ?? { month: null, ytd: null, prevYearYtd: null };
    // A flow given only 本月 or only 本年累计 has the other derived afresh, not kept stale.
    if (
      indicator.kind === 'flow' &&
      (figures.month === undefined) !== (figures.ytd === undefined)
    ) {
      if (figures.month === undefined) target.month = null;
      else target.ytd = null;
    }
    for (const field of FIGURE_FIELDS) {
      const value = figures[field];
      if (value === undefined) continue;
      if (value !== null && (!DECIMAL.test(value) || decimalsOf(value) > indicator.decimals)) {
        problems.push({
          indicator: code,
          field,
          text: {
            zh: `${indicator.name.zh}最多保留 ${indicator.decimals} 位小数`,
            en: `${indicator.name.en} takes at most ${indicator.decimals} decimal places`,
          },
        });
        continue;
      }
      if (indicator.kind === 'stock' && field === 'month' && value !== null) {
        problems.push({
          indicator: code,
          field,
          text: {
            zh: `${indicator.name.zh}是期末数，没有本月值`,
            en: `${indicator.name.en} is a stock: it has no monthly value`,
          },
        });
        continue;
      }
      target[field] = value === null ? null : Number(value).toFixed(indicator.decimals);
    }
    next[code] = target;
  }
  if (problems.length) return { ok: false, problems };

  for (const indicator of context.indicators) {
    const f = next[indicator.code];
    if (!f) continue;
    if (indicator.kind === 'flow') {
      const previousYtd = num(context.previous[indicator.code]?.ytd) ?? 0;
      const completed = completeFlow(
        { month: num(f.month), ytd: num(f.ytd), prevYearYtd: num(f.prevYearYtd) },
        previousYtd,
        indicator.decimals,
      );
      if (completed.derived === 'month' && completed.month !== null)
        f.month = completed.month.toFixed(indicator.decimals);
      if (completed.derived === 'ytd' && completed.ytd !== null)
        f.ytd = completed.ytd.toFixed(indicator.decimals);
    }
    const lastYear = context.lastYearYtd[indicator.code];
    if (f.prevYearYtd === null && lastYear !== undefined && (f.month !== null || f.ytd !== null))
      f.prevYearYtd = Number(lastYear).toFixed(indicator.decimals);
  }

  const changes: PreparedWrite['changes'] = [];
  for (const code of new Set([...Object.keys(context.values), ...Object.keys(next)])) {
    for (const field of FIGURE_FIELDS) {
      const from = context.values[code]?.[field] ?? null;
      const to = next[code]?.[field] ?? null;
      if ((from === null ? null : Number(from)) !== (to === null ? null : Number(to)))
        changes.push({ indicator: code, field, from, to });
    }
  }
  const mergedExplanations = {
    ...(context.report?.explanations ?? {}),
    ...Object.fromEntries(
      Object.entries(explanations ?? {}).map(([k, v]) => [k, v.trim()] as const),
    ),
  };
  for (const [k, v] of Object.entries(mergedExplanations)) if (!v) delete mergedExplanations[k];
  return {
    ok: true,
    value: {
      context,
      status,
      next,
      changes,
      findings: findingsOf(context, next, config),
      explanations: mergedExplanations,
    },
  };
}

export const conflict = (): AppError =>
  new AppError('CONFLICT', {
    zh: '该报表已被他人修改，请刷新后再改（您填写的内容仍保留在页面上）',
    en: 'Someone else changed this report first; reload it (what you typed is kept on the page)',
  });

/** Whether a database error is a unique violation (two first saves at once). */
export function isUniqueViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === '23505') return true;
  return false;
}

export interface ApplyOptions {
  source: 'form' | 'import' | 'api';
  userId: number | null;
  reason: string | null;
  actor: ReportActor;
  /** The version the writer saw, per enterprise (forms); absent: the current one (imports). */
  expectedVersion?: number;
}

/** Writes prepared entries: values, their history, the reports. Returns the reports written. */
export async function applyWrites(
  tx: Database,
  writes: readonly PreparedWrite[],
  options: ApplyOptions,
): Promise<ReportRow[]> {
  const byCounty = options.actor !== 'enterprise';
  // New reports go in together (one statement per thousand); existing ones are changed one by
  // one, each only at the version its writer saw.
  const fresh = writes.filter((w) => !w.context.report);
  if (fresh.length && (options.expectedVersion ?? 0) !== 0) throw conflict();
  let inserted: ReportRow[];
  try {
    inserted = await insertReports(
      tx,
      fresh.map((w) => ({
        enterpriseId: w.context.enterprise.id,
        period: w.context.period,
        countyId: w.context.enterprise.countyId,
        status: 'draft' as const,
        findings: w.findings,
        explanations: w.explanations,
        enteredByCounty: byCounty,
        updatedBy: options.userId,
      })),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict();
    throw e;
  }
  const created = new Map(inserted.map((r) => [r.enterpriseId, r]));
  const out: ReportRow[] = [];
  const history: NewValueHistoryRow[] = [];
  const values: Parameters<typeof upsertValues>[1] = [];
  for (const w of writes) {
    const { context } = w;
    let report = created.get(context.enterprise.id);
    if (context.report) {
      const version = options.expectedVersion ?? context.report.version;
      report = await updateReportAtVersion(tx, context.report.id, version, {
        findings: w.findings,
        explanations: w.explanations,
        enteredByCounty: context.report.enteredByCounty || (byCounty && w.changes.length > 0),
        updatedBy: options.userId,
      });
      if (!report) throw conflict();
    }
    if (!report) throw new Error(`no report for enterprise ${context.enterprise.id}`);
    out.push(report);
    const emptied: string[] = [];
    for (const [code, f] of Object.entries(w.next)) {
      if (f.month === null && f.ytd === null && f.prevYearYtd === null) emptied.push(code);
      else
        values.push({
          enterpriseId: context.enterprise.id,
          period: context.period,
          indicatorCode: code,
          reportId: report.id,
          ...f,
        });
    }
    await deleteValues(tx, report.id, emptied);
    for (const c of w.changes)
      history.push({
        reportId: report.id,
        indicatorCode: c.indicator,
        field: c.field,
        oldValue: c.from,
        newValue: c.to,
        source: options.source,
        changedBy: options.userId,
        reason: options.reason,
      });
  }
  await upsertValues(tx, values);
  await insertValueHistory(tx, history);
  return out;
}
