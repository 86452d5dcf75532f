import {
  parseDate,
  parseDecimal,
  parsePeriodText,
  pickText,
  type ColumnSpec,
  type LocalizedText,
  type Locale,
  type Scope,
} from '@gongyeyun/core';
import type { TOfficialFigure, TOfficialImportResult } from '@gongyeyun/contract';
import {
  findOfficialFigures,
  listOrgUnitsInScope,
  upsertOfficialFigures,
  type NewOfficialFigureRow,
} from '@gongyeyun/db';
import type { RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/audit.service';
import { readImportTable } from '../enterprises/import-table';
import { writeWorkbook } from '../enterprises/spreadsheet';

type Key = 'region' | 'period' | 'measure' | 'value' | 'unit' | 'source' | 'publishedOn';

const column = (key: Key, zh: string, en: string, aliases: string[], required = true) => ({
  key,
  label: { zh, en },
  aliases,
  required,
  keepPunctuation: key === 'source' || key === 'measure',
});

/** The columns of a table of published figures; the zh labels are the template's headers. */
export const OFFICIAL_COLUMNS: (ColumnSpec & { key: Key })[] = [
  column('region', '地区', 'Region', ['地区名称', '行政区划', '县区']),
  column('period', '报告期', 'Period', ['时期', '统计期', '期别', '月份']),
  column('measure', '指标', 'Measure', ['指标名称']),
  column('value', '数值', 'Value', ['数据', '本期数', '增速', '值']),
  column('unit', '单位', 'Unit', ['计量单位']),
  column('source', '来源', 'Source', ['数据来源', '发布机关', '出处']),
  column('publishedOn', '发布日期', 'Published on', ['发布时间'], false),
];

/** The units figures are published for: the province down to counties and parks. */
const REGION_KINDS = new Set(['province', 'city', 'county', 'park']);

/** Rates are published in percent; anything else is an amount in its unit. */
const kindOfUnit = (unit: string): 'growth' | 'level' =>
  /^(%|％|百分比|百分点)$/.test(unit) ? 'growth' : 'level';

async function regionsOf(deps: Deps, scope: Scope) {
  return (await listOrgUnitsInScope(deps.db, scope)).filter((u) => REGION_KINDS.has(u.kind));
}

/** Published figures of the caller's regions (optionally one region and period). */
export async function listOfficialFigures(
  deps: Deps,
  scope: Scope,
  q: { period?: string; unitId?: number },
): Promise<TOfficialFigure[]> {
  const regions = await regionsOf(deps, scope);
  const ids = regions.map((r) => r.id).filter((id) => q.unitId === undefined || id === q.unitId);
  const names = new Map(regions.map((r) => [r.id, r.name]));
  const rows = await findOfficialFigures(deps.db, { orgUnitIds: ids, period: q.period });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.orgUnitId,
    unitName: names.get(r.orgUnitId) ?? '',
    period: r.period,
    measure: r.measure,
    kind: r.kind,
    value: Number(r.value),
    unit: r.unit,
    source: r.source,
    publishedOn: r.publishedOn,
  }));
}

interface RowProblem {
  row: number;
  column: string;
  text: LocalizedText;
}

/**
 * Reads a table of the statistics bureau's published figures (one figure a row: region,
 * period, measure, value, unit, source, date) and, unless it is a dry run or any row is wrong,
 * stores them all in one transaction. A figure already held for the same region, period and
 * measure is replaced by the newly published value.
 */
export async function importOfficialFigures(
  deps: Deps,
  ctx: RequestContext,
  scope: Scope,
  file: { buffer: Buffer; fileName: string },
  options: { dryRun: boolean; locale: Locale; userId: number | null },
): Promise<TOfficialImportResult> {
  const { rows, letterOf } = await readImportTable(file, OFFICIAL_COLUMNS);
  const regions = await regionsOf(deps, scope);
  const regionOf = (text: string) => {
    const t = text.replace(/\s/g, '');
    return regions.find((r) => r.code === t) ?? regions.find((r) => r.name === t);
  };
  const problems: RowProblem[] = [];
  const planned: NewOfficialFigureRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const fail = (key: Key, zh: string, en: string) =>
      problems.push({ row: row.rowNumber, column: letterOf(key), text: { zh, en } });
    const text = (key: Key) => (row.values[key] ?? '').trim();
    for (const c of OFFICIAL_COLUMNS) {
      if (c.required && !text(c.key)) fail(c.key, `${c.label.zh}未填写`, `${c.label.en} is empty`);
    }
    const region = text('region') ? regionOf(text('region')) : undefined;
    if (text('region') && !region)
      fail(
        'region',
        `找不到地区“${text('region')}”，或不在您的管理范围内`,
        `No region “${text('region')}” within your scope`,
      );
    const period = text('period') ? parsePeriodText(text('period')) : null;
    if (text('period') && !period)
      fail(
        'period',
        `报告期“${text('period')}”应写作如 2021-06 或 2021年1-6月（1月不单独发布，记为1-2月）`,
        `Period “${text('period')}” should read like 2021-06 or 2021年1-6月 (January is published with February)`,
      );
    const value = parseDecimal(row.cells.value);
    if (text('value') && !value.ok)
      problems.push({ row: row.rowNumber, column: letterOf('value'), text: value.error });
    let publishedOn: string | null = null;
    if (text('publishedOn')) {
      const date = parseDate(row.cells.publishedOn);
      if (date.ok) publishedOn = date.value;
      else problems.push({ row: row.rowNumber, column: letterOf('publishedOn'), text: date.error });
    }
    const key = `${region?.id}|${period}|${text('measure')}`;
    if (region && period && seen.has(key))
      fail(
        'measure',
        `与第 ${seen.get(key)} 行是同一地区、同一报告期的同一指标`,
        `Same region, period and measure as row ${seen.get(key)}`,
      );
    seen.set(key, row.rowNumber);
    if (problems.length > before || !region || !period || !value.ok) continue;
    planned.push({
      orgUnitId: region.id,
      period,
      measure: text('measure'),
      kind: kindOfUnit(text('unit')),
      value: value.value,
      unit: text('unit'),
      source: text('source'),
      publishedOn,
      importedBy: options.userId,
    });
  }
  const existing = await findOfficialFigures(deps.db, {
    orgUnitIds: [...new Set(planned.map((p) => p.orgUnitId))],
  });
  const held = new Map(existing.map((e) => [`${e.orgUnitId}|${e.period}|${e.measure}`, e]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const writes = planned.filter((p) => {
    const old = held.get(`${p.orgUnitId}|${p.period}|${p.measure}`);
    if (!old) created++;
    else if (
      Number(old.value) === Number(p.value) &&
      old.unit === p.unit &&
      old.source === p.source &&
      old.publishedOn === p.publishedOn
    ) {
      unchanged++;
      return false;
    } else updated++;
    return true;
  });
  const commit = !options.dryRun && problems.length === 0;
  if (commit && writes.length) {
    await deps.db.transaction(async (tx) => {
      await upsertOfficialFigures(tx, writes);
      await recordAudit(tx, ctx, {
        action: 'import',
        entity: 'official_figure',
        after: { file: file.fileName, created, updated },
      });
    });
  }
  return {
    dryRun: options.dryRun,
    committed: commit,
    created,
    updated,
    unchanged,
    errors: problems.map((p) => ({
      row: p.row,
      column: p.column,
      message: pickText(p.text, options.locale),
    })),
  };
}

export async function officialTemplate(): Promise<Buffer> {
  return writeWorkbook([
    {
      name: '统计部门发布数',
      title:
        '统计部门发布数据导入模板（每行一个数据；单位为 % 的按增速保存；同一地区、报告期、指标再次导入时以新值为准）',
      columns: OFFICIAL_COLUMNS.map((c) => ({
        header: `${c.label.zh}${c.required ? ' *' : ''}`,
        width: c.key === 'source' || c.key === 'measure' ? 30 : 14,
        text: c.key === 'period',
      })),
      rows: [
        [
          '来宾市',
          '2021年1-6月',
          '规上工业增加值增速（可比价）',
          '12.3',
          '%',
          '来宾市统计局《统计月报》2021年6月（示例，请替换）',
          '2021-07-20',
        ],
      ],
    },
  ]);
}
