import type { TFigureRow, TSummary } from '@gongyeyun/contract';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { FigureLink } from './ExplainDrawer';
import { amountText, growthText, percentText, pointsText, type FigureRef } from './figures';
import type { CockpitParams } from './use-cockpit';

/** Where a row of a summary points: an org unit of the unit, or a key of a dimension. */
export function rowGroup(summary: TSummary, row: TFigureRow): Partial<FigureRef> {
  if (summary.by === 'county' || summary.by === 'park')
    return { partUnitId: row.unitId ?? undefined };
  return { dimension: summary.by, key: row.key };
}

/** The figure of a summary's row (or of its total) that the explain drawer is asked about. */
export function figureRef(
  summary: TSummary,
  params: CockpitParams,
  row: TFigureRow,
  figure: FigureRef['figure'],
): FigureRef {
  const isTotal = row.key === '' && row.unitId === summary.unit.id;
  return {
    period: summary.period,
    indicator: summary.indicator.code,
    unitId: summary.unit.id,
    basis: params.basis,
    ...(isTotal ? {} : rowGroup(summary, row)),
    figure,
  };
}

/**
 * The rows of a summary with every figure clickable: year to date, growth, change in points,
 * pull, contribution, enterprises. The total row closes the table.
 */
export function FigureTable({
  summary,
  params,
  testId,
  columns: shown = ['ytd', 'growth', 'changePoints', 'pull', 'contribution', 'enterprises'],
}: {
  summary: TSummary;
  params: CockpitParams;
  testId: string;
  columns?: (keyof TFigureRow & FigureRef['figure'])[];
}) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const columns = useMemo<ColumnsType<TFigureRow>>(() => {
    const ref = (row: TFigureRow, figure: FigureRef['figure']) =>
      figureRef(summary, params, row, figure);
    const texts: Record<(typeof shown)[number], (row: TFigureRow) => string> = {
      ytd: (row) => label(amountText(row.ytd, summary.indicator)),
      growth: (row) => label(growthText(row.growth)),
      changePoints: (row) => label(pointsText(row.changePoints)),
      pull: (row) => label(pointsText(row.pull)),
      contribution: (row) => label(percentText(row.contribution)),
      share: (row) => label(percentText(row.share)),
      enterprises: (row) => String(row.enterprises),
    };
    return [
      { title: c.columns.name, key: 'name', render: (_, row) => label(row.name) },
      ...shown.map((figure) => ({
        title: c.columns[figure],
        key: figure,
        align: 'right' as const,
        render: (_: unknown, row: TFigureRow) => (
          <FigureLink figure={ref(row, figure)} testId={`figure-${figure}-${row.key || 'total'}`}>
            {texts[figure](row)}
          </FigureLink>
        ),
      })),
    ];
  }, [summary, params, shown, c, label]);
  return (
    <Table<TFigureRow>
      data-testid={testId}
      rowKey={(row) => row.key || 'total'}
      size="small"
      columns={columns}
      dataSource={[...summary.rows, { ...summary.total, name: { zh: c.total, en: c.total } }]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.key === '' ? 'figure-total-row' : '')}
    />
  );
}
