import {
  checkSchedule,
  checkValidationConfig,
  DEFAULT_INDICATORS,
  DEFAULT_VALIDATION_CONFIG,
  parsePeriod,
  periodLabel,
  reportingCalendar,
  type Indicator,
  type PeriodSchedule,
  type ValidationConfig,
} from '@gongyeyun/core';
import type {
  TCalendarRequest,
  TIndicator,
  TIndicatorInput,
  TIndicatorUpdate,
  TPeriodInfo,
  TPeriodSchedule,
  TValidationConfig,
} from '@gongyeyun/contract';
import {
  findCurrentPeriod,
  findIndicator,
  findPeriod,
  getSetting,
  insertIndicators,
  listIndicators,
  listPeriods,
  putSetting,
  updateIndicator,
  upsertPeriods,
  type Database,
  type IndicatorRow,
  type NewIndicatorRow,
  type ReportPeriodRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';

export const VALIDATION_CONFIG_KEY = 'reporting.validation';

/** Indicators, the calendar and the validation rules are the city's to configure. */
export function assertCityLevel(actor: Actor): void {
  if (!actor.roles.some((r) => r === 'admin' || r === 'analyst')) throw forbidden();
}

export const toIndicator = (row: IndicatorRow): TIndicator => ({
  code: row.code,
  name: { zh: row.name, en: row.nameEn },
  unit: { zh: row.unit, en: row.unitEn },
  kind: row.kind,
  decimals: row.decimals,
  categories: [...row.categories],
  required: row.required,
  allowNegative: row.allowNegative,
  sortOrder: row.sortOrder,
  active: row.active,
});

const toRow = (
  i: Omit<Indicator, 'code' | 'kind'> & { active: boolean },
): Omit<NewIndicatorRow, 'code' | 'kind'> => ({
  name: i.name.zh,
  nameEn: i.name.en,
  unit: i.unit.zh,
  unitEn: i.unit.en,
  decimals: i.decimals,
  categories: [...i.categories],
  required: i.required,
  allowNegative: i.allowNegative,
  sortOrder: i.sortOrder,
  active: i.active,
});

/** Active indicators, in form order. */
export async function activeIndicators(db: Database): Promise<Indicator[]> {
  return (await listIndicators(db)).filter((r) => r.active).map(toIndicator);
}

export async function getIndicators(deps: Deps): Promise<TIndicator[]> {
  return (await listIndicators(deps.db)).map(toIndicator);
}

export async function createIndicator(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TIndicatorInput,
): Promise<TIndicator> {
  assertCityLevel(actor);
  if (await findIndicator(deps.db, input.code)) {
    const text = { zh: `指标代码 ${input.code} 已存在`, en: `Indicator ${input.code} exists` };
    throw new AppError('CONFLICT', text, [{ field: 'code', text }]);
  }
  return deps.db.transaction(async (tx) => {
    await insertIndicators(tx, [{ code: input.code, kind: input.kind, ...toRow(input) }]);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'indicator',
      entityId: input.code,
      after: input,
    });
    return toIndicator((await findIndicator(tx, input.code))!);
  });
}

export async function editIndicator(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  code: string,
  patch: TIndicatorUpdate,
): Promise<TIndicator> {
  assertCityLevel(actor);
  const current = await findIndicator(deps.db, code);
  if (!current) throw notFound({ zh: '指标', en: 'Indicator' });
  const next = { ...toIndicator(current), ...patch };
  return deps.db.transaction(async (tx) => {
    const row = await updateIndicator(tx, code, toRow(next));
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'indicator',
      entityId: code,
      before: toIndicator(current),
      after: next,
    });
    return toIndicator(row!);
  });
}

/** Today in Asia/Shanghai (the calendar's days are Beijing days). */
export const beijingToday = (now: Date = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export function presentPeriod(row: ReportPeriodRow, today: string = beijingToday()): TPeriodInfo {
  return {
    period: row.period,
    label: periodLabel(row.period),
    opensOn: row.opensOn,
    enterpriseDeadline: row.enterpriseDeadline,
    countyDeadline: row.countyDeadline,
    locksOn: row.locksOn,
    phase: today < row.opensOn ? 'upcoming' : today <= row.enterpriseDeadline ? 'open' : 'closed',
  };
}

export async function getPeriods(deps: Deps, year: number): Promise<TPeriodInfo[]> {
  return (await listPeriods(deps.db, year)).map((r) => presentPeriod(r));
}

export async function requirePeriod(db: Database, period: string): Promise<ReportPeriodRow> {
  const row = await findPeriod(db, period);
  if (!row) {
    const text = {
      zh: `报告期 ${period} 尚未列入填报日历`,
      en: `Period ${period} is not in the reporting calendar`,
    };
    throw new AppError('NOT_FOUND', text, [{ field: 'period', text }]);
  }
  return row;
}

export async function getCurrentPeriod(deps: Deps): Promise<TPeriodInfo> {
  const row = await findCurrentPeriod(deps.db, beijingToday());
  if (!row) throw notFound({ zh: '填报日历', en: 'Reporting calendar' });
  return presentPeriod(row);
}

function throwScheduleProblems(problems: { zh: string; en: string }[]): void {
  if (!problems.length) return;
  throw new AppError(
    'VALIDATION',
    { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
    problems.map((text) => ({ field: 'schedule', text })),
  );
}

const scheduleRow = (s: PeriodSchedule) => ({ ...s, year: parsePeriod(s.period)!.year });

export async function editPeriod(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  schedule: TPeriodSchedule,
): Promise<TPeriodInfo> {
  assertCityLevel(actor);
  throwScheduleProblems(checkSchedule(schedule));
  const before = await findPeriod(deps.db, schedule.period);
  return deps.db.transaction(async (tx) => {
    await upsertPeriods(tx, [scheduleRow(schedule)]);
    await recordAudit(tx, ctx, {
      action: before ? 'update' : 'create',
      entity: 'report_period',
      entityId: schedule.period,
      before: before ?? null,
      after: schedule,
    });
    return presentPeriod((await findPeriod(tx, schedule.period))!);
  });
}

export async function generateCalendar(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  request: TCalendarRequest,
): Promise<TPeriodInfo[]> {
  assertCityLevel(actor);
  let calendar: PeriodSchedule[];
  try {
    calendar = reportingCalendar(request.year, request);
  } catch {
    const text = {
      zh: '日期须在 1–28 日之间，且开始填报 ≤ 企业截止 ≤ 县区截止 ≤ 锁定',
      en: 'Days must be 1–28, in order: open ≤ enterprise deadline ≤ county deadline ≤ lock',
    };
    throw new AppError('VALIDATION', text, [{ field: 'days', text }]);
  }
  await deps.db.transaction(async (tx) => {
    await upsertPeriods(tx, calendar.map(scheduleRow));
    await recordAudit(tx, ctx, {
      action: 'calendar_generated',
      entity: 'report_period',
      entityId: String(request.year),
      after: request,
    });
  });
  return getPeriods(deps, request.year);
}

export async function getValidationConfig(db: Database): Promise<ValidationConfig> {
  return (
    (await getSetting<ValidationConfig>(db, VALIDATION_CONFIG_KEY)) ?? DEFAULT_VALIDATION_CONFIG
  );
}

export const presentValidationConfig = (c: ValidationConfig): TValidationConfig => ({
  ...c,
  disabled: [...c.disabled],
  severity: { ...c.severity },
  comparisons: c.comparisons.map((x) => ({ ...x })),
});

export async function saveValidationConfig(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  config: TValidationConfig,
): Promise<TValidationConfig> {
  assertCityLevel(actor);
  const codes = (await listIndicators(deps.db)).map((r) => r.code);
  const problems = checkValidationConfig(config, codes);
  if (problems.length) {
    throw new AppError(
      'VALIDATION',
      { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
      problems.map((text) => ({ field: 'config', text })),
    );
  }
  const before = await getValidationConfig(deps.db);
  await deps.db.transaction(async (tx) => {
    await putSetting(tx, VALIDATION_CONFIG_KEY, config);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'validation_config',
      before,
      after: config,
    });
  });
  return config;
}

/**
 * The standard 规上工业 indicators and a calendar for the given years, when none exist: every
 * installation starts able to report.
 */
export async function ensureReportingDefaults(
  db: Database,
  years: readonly number[],
): Promise<void> {
  if ((await listIndicators(db)).length === 0) {
    await insertIndicators(
      db,
      DEFAULT_INDICATORS.map((i) => ({
        code: i.code,
        kind: i.kind,
        ...toRow({ ...i, active: true }),
      })),
    );
  }
  for (const year of years) {
    if ((await listPeriods(db, year)).length === 0)
      await upsertPeriods(db, reportingCalendar(year).map(scheduleRow));
  }
}
