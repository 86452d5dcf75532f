import type { TReportForm } from '@gongyeyun/contract';
import { formatFigure, parsePeriod } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Input, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import type { FigureField, ReportDraft, ShownFinding } from './report-form-state';
import { parseFigure } from './report-form-state';
import { usePeriodName } from './reporting-labels';

type Indicator = TReportForm['indicators'][number];

const SOFT_COLOR = '#d48806';
const HARD_COLOR = '#cf1322';

/**
 * One row per indicator: 本月 / 本年累计 / 上年同期累计 (stocks: 期末 / 上年同期) to type, and the
 * previous period's figures beside. Errors show under their field as the user types.
 */
export function ReportFiguresTable({
  form,
  draft,
  findings,
  invalid,
  serverValues,
  onType,
}: {
  form: TReportForm;
  draft: ReportDraft;
  findings: ShownFinding[];
  invalid: { code: string; field: FigureField }[];
  serverValues: TReportForm['values'] | null;
  onType: (indicator: Indicator, field: FigureField, text: string) => void;
}) {
  const { t, label } = useReportingI18n();
  const f = t.reportForm;
  const periodName = usePeriodName();
  const isFirstOfYear = parsePeriod(form.period.period)?.month === 2;

  const findingsAt = (code: string, field: FigureField) =>
    findings.filter((x) => x.indicator === code && (x.field ?? 'ytd') === field);

  const cell = (indicator: Indicator, field: FigureField): ReactNode => {
    const code = indicator.code;
    if (indicator.kind === 'stock' && field === 'month') {
      return <Typography.Text type="secondary">—</Typography.Text>;
    }
    const text = draft.values[code]?.[field] ?? '';
    const here = findingsAt(code, field);
    const hard = here.filter((x) => x.severity === 'hard');
    const soft = here.filter((x) => x.severity === 'soft');
    const isInvalid = invalid.some((x) => x.code === code && x.field === field);
    const notes: ReactNode[] = [];
    if (isInvalid) notes.push(<Note key="invalid" color={HARD_COLOR} text={f.invalidNumber} />);
    for (const x of hard)
      notes.push(<Note key={x.key} color={HARD_COLOR} text={x.message} testId="hard-finding" />);
    for (const x of soft) notes.push(<Note key={x.key} color={SOFT_COLOR} text={x.message} />);
    if (draft.derived[code] === field) notes.push(<Note key="derived" text={f.derived} />);
    if (field === 'prevYearYtd' && draft.prefilled[code]) {
      notes.push(<Note key="prefilled" text={f.prefilled} testId="prefilled-note" />);
    }
    const server = serverValues?.[code]?.[field] ?? null;
    if (serverValues && server !== (parseFigure(text) === null ? null : text.trim())) {
      const shown = server === null ? '—' : formatFigure(Number(server), indicator.decimals);
      notes.push(<Note key="server" text={f.serverValue(shown)} />);
    }
    return (
      <div style={{ minWidth: 150 }}>
        {form.canEdit ? (
          <Input
            value={text}
            inputMode="decimal"
            aria-label={`${label(indicator.name)} ${fieldName(indicator, field)}`}
            data-testid={`figure-${code}-${field}`}
            status={
              hard.length > 0 || isInvalid ? 'error' : soft.length > 0 ? 'warning' : undefined
            }
            onChange={(event) => onType(indicator, field, event.target.value)}
            style={{ textAlign: 'right' }}
          />
        ) : (
          <Typography.Text data-testid={`figure-${code}-${field}`}>
            {text === '' ? '—' : formatFigure(Number(text), indicator.decimals)}
          </Typography.Text>
        )}
        {notes}
      </div>
    );
  };

  const fieldName = (indicator: Indicator, field: FigureField): string => {
    if (indicator.kind === 'stock') return field === 'ytd' ? f.stockEnd : f.stockPrev;
    if (field === 'month') return isFirstOfYear ? f.monthFirst : f.month;
    return field === 'ytd' ? f.ytd : f.prevYearYtd;
  };

  const previousCell = (indicator: Indicator): ReactNode => {
    const previous = form.previous.values[indicator.code];
    if (!previous) return <span data-testid={`previous-${indicator.code}`}>—</span>;
    const show = (value: string | null) =>
      value === null ? '—' : formatFigure(Number(value), indicator.decimals);
    const data = { 'data-month': previous.month ?? '', 'data-ytd': previous.ytd ?? '' };
    return indicator.kind === 'stock' ? (
      <span data-testid={`previous-${indicator.code}`} {...data}>
        {show(previous.ytd)}
      </span>
    ) : (
      <span data-testid={`previous-${indicator.code}`} {...data}>
        <Typography.Text type="secondary">{f.previousMonth} </Typography.Text>
        {show(previous.month)}
        <br />
        <Typography.Text type="secondary">{f.previousYtd} </Typography.Text>
        <span data-testid={`previous-${indicator.code}-ytd`} data-value={previous.ytd ?? ''}>
          {show(previous.ytd)}
        </span>
      </span>
    );
  };

  const columns: TableProps<Indicator>['columns'] = [
    {
      title: f.indicator,
      render: (_, indicator) => (
        <div style={{ minWidth: 140 }}>
          <Typography.Text strong>{label(indicator.name)}</Typography.Text>
          {indicator.required && (
            <Typography.Text type="danger" aria-label={f.required}>
              {' '}
              *
            </Typography.Text>
          )}
          <br />
          <Typography.Text type="secondary">{label(indicator.unit)}</Typography.Text>
          {indicator.kind === 'stock' && (
            <Tag style={{ marginLeft: 8 }}>{t.reportingSettings.kindShort.stock}</Tag>
          )}
        </div>
      ),
    },
    { title: isFirstOfYear ? f.monthFirst : f.month, render: (_, i) => cell(i, 'month') },
    { title: `${f.ytd} / ${f.stockEnd}`, render: (_, i) => cell(i, 'ytd') },
    { title: `${f.prevYearYtd} / ${f.stockPrev}`, render: (_, i) => cell(i, 'prevYearYtd') },
    {
      title: form.previous.period ? f.previous(periodName(form.previous.period)) : f.previousNone,
      render: (_, i) => previousCell(i),
    },
  ];

  return (
    <Table<Indicator>
      data-testid="report-figures"
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={form.indicators}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(indicator) => ({ id: `indicator-${indicator.code}` })}
    />
  );
}

function Note({ text, color, testId }: { text: string; color?: string; testId?: string }) {
  return (
    <div
      data-testid={testId}
      style={{
        fontSize: 12,
        lineHeight: 1.5,
        marginTop: 2,
        maxWidth: 260,
        color: color ?? 'rgba(0,0,0,0.45)',
      }}
    >
      {text}
    </div>
  );
}
