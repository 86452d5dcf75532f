import {
  normalizeText,
  parseDecimal,
  periodLabel,
  pickText,
  type ColumnSpec,
  type Indicator,
  type Locale,
  type LocalizedText,
} from '@gongyeyun/core';
import type { TDataValue, TDataValueSetSummary, TReportImportResult } from '@gongyeyun/contract';
import {
  findEnterprisesByUscc,
  findReportsOf,
  listReporters,
  type Database,
  type EnterpriseRow,
  type ReportRow,
} from '@gongyeyun/db';
import { isOrgUnitInScope } from '@gongyeyun/core';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { changingPeriodFigures } from '../analytics/refresh-figures';
import { recordAudit } from '../audit/audit.service';
import { readImportTable } from '../enterprises/import-table';
import { parseCsv, writeWorkbook } from '../enterprises/spreadsheet';
import {
  applyWrites,
  loadReportContexts,
  prepareWrite,
  type EnterpriseRef,
  type FigureField,
  type FigureInput,
  type PreparedWrite,
} from './report-writes';
import { activeIndicators, getValidationConfig, requirePeriod } from './reporting-settings.service';
import { actOn, periodEndOf, reportActorOf, reportingCategories } from './reports.service';

/*
 * Figures for many enterprises at once: a county's spreadsheet for one period, or the
 * DHIS2-style data-value API. Both go through the same checks as the form and are all or
 * nothing.
 */

const FIELD_LABEL: Record<FigureField, LocalizedText> = {
  month: { zh: '本月', en: 'this month' },
  ytd: { zh: '本年累计', en: 'year to date' },
  prevYearYtd: { zh: '上年同期累计', en: 'same period last year' },
};
const STOCK_LABEL: Partial<Record<FigureField, LocalizedText>> = {
  ytd: { zh: '期末', en: 'end of period' },
  prevYearYtd: { zh: '上年同期', en: 'same time last year' },
};

const fieldsOf = (i: Indicator): FigureField[] =>
  i.kind === 'flow' ? ['month', 'ytd', 'prevYearYtd'] : ['ytd', 'prevYearYtd'];

const fieldLabel = (i: Indicator, f: FigureField): LocalizedText =>
  (i.kind === 'stock' ? STOCK_LABEL[f] : undefined) ?? FIELD_LABEL[f];

/** The spreadsheet's columns: USCC, name, then each indicator's figures, then an explanation. */
function columnsOf(
  indicators: readonly Indicator[],
): (ColumnSpec & { indicator?: string; field?: FigureField })[] {
  return [
    {
      key: 'uscc',
      label: { zh: '统一社会信用代码', en: 'USCC' },
      aliases: ['社会信用代码', '信用代码', 'USCC'],
      required: true,
    },
    {
      key: 'name',
      label: { zh: '企业名称', en: 'Enterprise' },
      aliases: ['单位名称', '名称'],
      required: false,
      keepPunctuation: true,
    },
    ...indicators.flatMap((i) =>
      fieldsOf(i).map((f) => ({
        key: `${i.code}.${f}`,
        label: {
          zh: `${i.name.zh}${fieldLabel(i, f).zh}（${i.unit.zh}）`,
          en: `${i.name.en} ${fieldLabel(i, f).en} (${i.unit.en})`,
        },
        aliases: [`${i.name.zh}${fieldLabel(i, f).zh}`, `${i.code}.${f}`],
        required: false,
        indicator: i.code,
        field: f,
      })),
    ),
    {
      key: 'explanation',
      label: { zh: '情况说明', en: 'Explanation' },
      aliases: ['说明', '备注'],
      required: false,
      keepPunctuation: true,
    },
  ];
}

export async function reportTemplate(deps: Deps, actor: Actor, period: string): Promise<Buffer> {
  const row = await requirePeriod(deps.db, period);
  const indicators = await activeIndicators(deps.db);
  const reporters = await listReporters(deps.db, actor.scope, {
    period,
    periodEnd: periodEndOf(row),
    categories: await reportingCategories(deps.db),
  });
  const columns = columnsOf(indicators);
  return writeWorkbook([
    {
      name: '月报数据',
      title: `${periodLabel(period).zh} 规上工业企业主要指标批量填报（按统一社会信用代码匹配；金额单位见表头；可只填本月或本年累计之一）`,
      columns: columns.map((c) => ({ header: c.label.zh, text: c.key === 'uscc' })),
      rows: reporters.map((r) => [r.uscc, r.enterpriseName, ...columns.slice(2).map(() => null)]),
    },
  ]);
}

interface Entry {
  /** Where the entry came from: a spreadsheet row or a data-value index. */
  ref: number;
  uscc: string;
  values: Record<string, FigureInput>;
  explanation: string | null;
}

interface EntryFailure {
  ref: number;
  indicator: string | null;
  field: FigureField | null;
  text: LocalizedText;
}

interface Planned {
  writes: PreparedWrite[];
  failures: EntryFailure[];
  created: number;
  updated: number;
  unchanged: number;
  warnings: { ref: number; indicator: string; field: FigureField | null; text: LocalizedText }[];
  values: number;
}

/** Checks every entry (one enterprise each) of one period; writes nothing. */
async function plan(
  deps: Deps,
  actor: Actor,
  period: string,
  entries: readonly Entry[],
): Promise<Planned> {
  await requirePeriod(deps.db, period);
  const who = reportActorOf(actor);
  const [indicators, config] = await Promise.all([
    activeIndicators(deps.db),
    getValidationConfig(deps.db),
  ]);
  const found = new Map(
    (
      await findEnterprisesByUscc(
        deps.db,
        entries.map((e) => e.uscc),
      )
    ).map((e) => [e.uscc, e]),
  );
  const failures: EntryFailure[] = [];
  const inScope = (e: EnterpriseRow) =>
    actor.scope.enterpriseIds.includes(e.id) ||
    isOrgUnitInScope(e.orgPath, actor.scope) ||
    (e.parkPath !== null && isOrgUnitInScope(e.parkPath, actor.scope));
  const refs: EnterpriseRef[] = [];
  const seen = new Map<string, number>();
  const usable: Entry[] = [];
  for (const entry of entries) {
    const e = found.get(entry.uscc);
    if (!e || !inScope(e)) {
      failures.push({
        ref: entry.ref,
        indicator: null,
        field: null,
        text: e
          ? { zh: '该企业不在您的管理范围内', en: 'This enterprise is outside your scope' }
          : {
              zh: `企业库中没有统一社会信用代码为 ${entry.uscc || '（空）'} 的企业`,
              en: `No enterprise with USCC ${entry.uscc || '(empty)'} is registered`,
            },
      });
      continue;
    }
    const before = seen.get(entry.uscc);
    if (before !== undefined) {
      failures.push({
        ref: entry.ref,
        indicator: null,
        field: null,
        text: { zh: `与第 ${before} 行是同一家企业`, en: `Same enterprise as row ${before}` },
      });
      continue;
    }
    seen.set(entry.uscc, entry.ref);
    refs.push({
      id: e.id,
      name: e.name,
      uscc: e.uscc,
      countyId: e.countyId,
      industryCode: e.industryCode,
    });
    usable.push(entry);
  }
  const reports = new Map<number, ReportRow>(
    (
      await findReportsOf(
        deps.db,
        period,
        refs.map((r) => r.id),
      )
    ).map((r) => [r.enterpriseId, r]),
  );
  const contexts = await loadReportContexts(deps.db, period, refs, reports, indicators);
  const out: Planned = {
    writes: [],
    failures,
    created: 0,
    updated: 0,
    unchanged: 0,
    warnings: [],
    values: 0,
  };
  for (const entry of usable) {
    const e = found.get(entry.uscc)!;
    const context = contexts.get(e.id)!;
    const prepared = prepareWrite(context, entry.values, undefined, who, config);
    if (!prepared.ok) {
      for (const p of prepared.problems) failures.push({ ref: entry.ref, ...p });
      continue;
    }
    const w = prepared.value;
    for (const f of w.findings) {
      if (f.severity === 'hard') {
        failures.push({ ref: entry.ref, indicator: f.indicator, field: f.field, text: f.message });
      } else {
        if (entry.explanation) w.explanations[f.key] = entry.explanation;
        out.warnings.push({
          ref: entry.ref,
          indicator: f.indicator,
          field: f.field,
          text: f.message,
        });
      }
    }
    out.values += Object.keys(entry.values).length;
    if (w.changes.length === 0) out.unchanged++;
    else if (context.report) out.updated++;
    else out.created++;
    if (w.changes.length > 0 || entry.explanation) out.writes.push(w);
  }
  return out;
}

async function writePlanned(
  tx: Database,
  ctx: RequestContext,
  actor: Actor,
  period: string,
  planned: Planned,
  source: 'import' | 'api',
  submit: boolean,
  what: Record<string, unknown>,
): Promise<void> {
  const who = reportActorOf(actor);
  const ids = planned.writes.map((w) => w.context.enterprise.id);
  await changingPeriodFigures(tx, period, ids, async () => {
    const reports = await applyWrites(tx, planned.writes, {
      source,
      userId: actor.userId,
      reason: source === 'import' ? '批量导入' : '数据接口',
      actor: who,
    });
    if (submit) {
      for (const [i, w] of planned.writes.entries()) {
        const report = reports[i]!;
        if (report.status !== 'draft' && report.status !== 'returned') continue;
        await actOn(tx, { ...w.context, report, values: w.next }, 'submit', who, {
          version: report.version,
          reason: null,
          userId: actor.userId,
          actorName: actor.username,
        });
      }
    }
  });
  await recordAudit(tx, ctx, {
    action: source === 'import' ? 'reports_imported' : 'data_values_imported',
    entity: 'report',
    after: {
      period,
      created: planned.created,
      updated: planned.updated,
      unchanged: planned.unchanged,
      submitted: submit,
      ...what,
    },
  });
}

export async function importReports(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  file: { buffer: Buffer; fileName: string },
  options: { period: string; dryRun: boolean; submit: boolean; locale: Locale },
): Promise<TReportImportResult> {
  const indicators = await activeIndicators(deps.db);
  const columns = columnsOf(indicators);
  const { rows, letterOf } = await readImportTable(file, columns);
  const cellErrors: EntryFailure[] = [];
  const entries: Entry[] = [];
  let blankRows = 0;
  for (const row of rows) {
    const values: Record<string, FigureInput> = {};
    for (const c of columns) {
      if (!c.indicator || !c.field) continue;
      const raw = row.values[c.key];
      if (raw === undefined || normalizeText(raw) === '') continue;
      const parsed = parseDecimal(raw);
      if (!parsed.ok) {
        cellErrors.push({
          ref: row.rowNumber,
          indicator: c.indicator,
          field: c.field,
          text: parsed.error,
        });
        continue;
      }
      (values[c.indicator] ??= {})[c.field] = parsed.value;
    }
    // A template row left blank is not an entry: the enterprise is filled another way.
    if (Object.keys(values).length === 0 && !cellErrors.some((e) => e.ref === row.rowNumber)) {
      blankRows++;
      continue;
    }
    entries.push({
      ref: row.rowNumber,
      uscc: normalizeText(row.values.uscc ?? '')
        .replace(/\s/g, '')
        .toUpperCase(),
      values,
      explanation: normalizeText(row.values.explanation ?? '') || null,
    });
  }
  const planned = await plan(deps, actor, options.period, entries);
  const failures = [...cellErrors, ...planned.failures].sort((a, b) => a.ref - b.ref);
  const column = (f: { indicator: string | null; field: FigureField | null }) =>
    f.indicator === null
      ? letterOf('uscc')
      : letterOf(`${f.indicator}.${f.field ?? 'ytd'}`) || letterOf(`${f.indicator}.ytd`);
  const committed = !options.dryRun && failures.length === 0;
  if (committed)
    await deps.db.transaction((tx) =>
      writePlanned(tx, ctx, actor, options.period, planned, 'import', options.submit, {
        file: file.fileName,
      }),
    );
  return {
    dryRun: options.dryRun,
    committed,
    created: planned.created,
    updated: planned.updated,
    unchanged: planned.unchanged + blankRows,
    values: planned.values,
    errors: failures.map((f) => ({
      row: f.ref,
      column: column(f),
      message: pickText(f.text, options.locale),
    })),
    warnings: planned.warnings.map((w) => ({
      row: w.ref,
      column: column(w),
      message: pickText(w.text, options.locale),
    })),
  };
}

/** Data values as CSV (header enterprise,period,indicator,field,value). */
export function parseDataValueCsv(text: string): { values: TDataValue[]; problems: string[] } {
  const grid = parseCsv(text);
  const [head, ...rest] = grid;
  const names = (head ?? []).map((c) => normalizeText(c).toLowerCase());
  const at = (name: string) => names.indexOf(name);
  const problems: string[] = [];
  for (const required of ['enterprise', 'period', 'indicator', 'value'])
    if (at(required) < 0) problems.push(`CSV 缺少列 ${required}`);
  if (problems.length) return { values: [], problems };
  const cell = (row: unknown[], name: string) => {
    const i = at(name);
    return i < 0 ? '' : normalizeText((row[i] ?? '') as string);
  };
  const values = rest
    .filter((row) => row.some((c) => normalizeText(c) !== ''))
    .map((row) => ({
      enterprise: cell(row, 'enterprise'),
      period: cell(row, 'period'),
      indicator: cell(row, 'indicator'),
      field: (cell(row, 'field') || 'ytd') as FigureField,
      value: cell(row, 'value'),
    }));
  return { values, problems };
}

/**
 * DHIS2-style data values: each is one figure of one enterprise, period and indicator. Sending
 * the same set twice changes nothing (idempotent on enterprise × period × indicator × field).
 * All or nothing: any conflict and nothing is written.
 */
export async function importDataValues(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  dataValues: readonly {
    enterprise: string;
    period: string;
    indicator: string;
    field: FigureField;
    value: string | null;
  }[],
  options: { dryRun: boolean; locale: Locale },
): Promise<TDataValueSetSummary> {
  const byPeriod = new Map<string, Map<string, Entry & { indexes: number[] }>>();
  dataValues.forEach((v, index) => {
    const uscc = v.enterprise.replace(/\s/g, '').toUpperCase();
    const entries = byPeriod.get(v.period) ?? new Map<string, Entry & { indexes: number[] }>();
    byPeriod.set(v.period, entries);
    const entry = entries.get(uscc) ?? {
      ref: index,
      uscc,
      values: {},
      explanation: null,
      indexes: [],
    };
    entries.set(uscc, entry);
    entry.indexes.push(index);
    (entry.values[v.indicator] ??= {})[v.field] = v.value;
  });
  const conflicts: TDataValueSetSummary['conflicts'] = [];
  const plans: { period: string; planned: Planned }[] = [];
  let imported = 0;
  let updated = 0;
  for (const [period, entries] of byPeriod) {
    let planned: Planned;
    try {
      planned = await plan(deps, actor, period, [...entries.values()]);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const entry of entries.values())
        for (const index of entry.indexes)
          conflicts.push({ index, object: period, value: pickText(e.text, options.locale) });
      continue;
    }
    for (const f of planned.failures) {
      const entry = [...entries.values()].find((e) => e.ref === f.ref)!;
      for (const index of entry.indexes) {
        const v = dataValues[index]!;
        if (f.indicator !== null && v.indicator !== f.indicator) continue;
        conflicts.push({
          index,
          object: `${v.enterprise}/${v.indicator}`,
          value: pickText(f.text, options.locale),
        });
      }
    }
    for (const w of planned.writes) {
      for (const c of w.changes) {
        if (c.from === null) imported++;
        else updated++;
      }
    }
    plans.push({ period, planned });
  }
  const changed = imported + updated;
  const ignored = Math.max(0, dataValues.length - changed);
  const ok = conflicts.length === 0;
  if (ok && !options.dryRun) {
    await deps.db.transaction(async (tx) => {
      for (const { period, planned } of plans)
        await writePlanned(tx, ctx, actor, period, planned, 'api', false, {
          values: dataValues.length,
        });
    });
  }
  return {
    status: ok ? 'SUCCESS' : 'ERROR',
    dryRun: options.dryRun,
    imported: ok ? imported : 0,
    updated: ok ? updated : 0,
    ignored: ok ? ignored : dataValues.length,
    conflicts,
  };
}
