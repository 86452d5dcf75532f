import type { TReportForm, TValueChange } from '@gongyeyun/contract';
import { formatFigure, monthsInPeriod } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Card, Col, Empty, Row, Select, Table, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { EChart } from '../../shared/EChart';
import { formatDateTime } from '../../shared/format';
import type { ReportDraft } from './report-form-state';
import { parseFigure } from './report-form-state';
import { ReportStatusTag } from './reporting-labels';

/** Below the form: the workflow's events, every change of a figure, and an indicator's history. */
export function ReportHistory({ form, draft }: { form: TReportForm; draft: ReportDraft }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <EventsCard form={form} />
      </Col>
      <Col xs={24} lg={16}>
        <HistoryChart form={form} draft={draft} />
      </Col>
      <Col span={24}>
        <ChangesCard form={form} />
      </Col>
    </Row>
  );
}

function EventsCard({ form }: { form: TReportForm }) {
  const { t } = useReportingI18n();
  const f = t.reportForm;
  return (
    <Card size="small" title={f.timelineTitle} data-testid="report-events">
      {form.events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={f.noEvents} />
      ) : (
        <Timeline
          items={form.events.map((event, index) => ({
            key: `${event.at}:${index}`,
            content: (
              <div>
                <Typography.Text strong>{t.reporting.actions[event.action]}</Typography.Text>{' '}
                <ReportStatusTag status={event.toStatus} />
                <br />
                <Typography.Text type="secondary">
                  {formatDateTime(event.at)} · {event.actorName}
                </Typography.Text>
                {event.reason && (
                  <div>
                    <Typography.Text type="secondary">{f.lastReason(event.reason)}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function ChangesCard({ form }: { form: TReportForm }) {
  const { t, label } = useReportingI18n();
  const f = t.reportForm;
  const byCode = new Map(form.indicators.map((i) => [i.code, i]));
  const show = (code: string, value: string | null) => {
    const indicator = byCode.get(code);
    if (value === null) return '—';
    return indicator ? formatFigure(Number(value), indicator.decimals) : value;
  };
  const fieldName = (change: TValueChange) => {
    const stock = byCode.get(change.indicator)?.kind === 'stock';
    if (change.field === 'month') return f.month;
    if (change.field === 'ytd') return stock ? f.stockEnd : f.ytd;
    return stock ? f.stockPrev : f.prevYearYtd;
  };
  const columns: TableProps<TValueChange>['columns'] = [
    { title: f.changedAt, render: (_, c) => formatDateTime(c.changedAt), width: 150 },
    { title: f.changedBy, render: (_, c) => c.changedBy ?? '—', width: 140 },
    {
      title: f.field,
      render: (_, c) => {
        const indicator = byCode.get(c.indicator);
        return `${indicator ? label(indicator.name) : c.indicator} · ${fieldName(c)}`;
      },
    },
    {
      title: f.change,
      render: (_, c) => (
        <span>
          <Typography.Text delete type="secondary">
            {show(c.indicator, c.oldValue)}
          </Typography.Text>
          {' → '}
          <Typography.Text strong>{show(c.indicator, c.newValue)}</Typography.Text>
        </span>
      ),
    },
    { title: f.source, render: (_, c) => <Tag>{f.sources[c.source]}</Tag>, width: 100 },
    { title: t.reporting.reason, render: (_, c) => c.reason ?? '—' },
  ];
  return (
    <Card size="small" title={f.changesTitle}>
      <Table<TValueChange>
        data-testid="report-changes"
        rowKey={(c) => `${c.changedAt}:${c.indicator}:${c.field}:${c.newValue ?? ''}`}
        size="small"
        columns={columns}
        dataSource={form.changes}
        locale={{ emptyText: f.noChanges }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}

/** A flow's monthly averages over its history, with this period's as typed. */
function HistoryChart({ form, draft }: { form: TReportForm; draft: ReportDraft }) {
  const { t, label } = useReportingI18n();
  const f = t.reportForm;
  const flows = form.indicators.filter(
    (i) => i.kind === 'flow' && (form.history[i.code]?.length ?? 0) > 0,
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const code = chosen ?? flows[0]?.code;
  const indicator = flows.find((i) => i.code === code);
  const history = (code && form.history[code]) || [];
  const typed = code ? parseFigure(draft.values[code]?.month ?? '') : null;
  const current =
    typed === null || Number.isNaN(typed) ? null : typed / monthsInPeriod(form.period.period);

  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 16, top: 16, bottom: 32 },
      xAxis: {
        type: 'category',
        data: [...history.map((_, i) => f.historyPoint(history.length - i)), f.historyCurrent],
      },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          type: 'line',
          name: indicator ? label(indicator.name) : '',
          data: [...history, current],
          smooth: true,
          connectNulls: false,
          markLine:
            current === null
              ? undefined
              : { symbol: 'none', data: [{ yAxis: current }], lineStyle: { type: 'dashed' } },
        },
      ],
    }),
    [history, current, indicator, label, f],
  );

  return (
    <Card
      size="small"
      title={f.historyTitle}
      extra={
        flows.length > 0 && (
          <Select<string>
            size="small"
            style={{ width: 200 }}
            value={code}
            onChange={setChosen}
            options={flows.map((i) => ({ value: i.code, label: label(i.name) }))}
          />
        )
      }
    >
      {indicator ? (
        <EChart
          option={option}
          height={220}
          ariaLabel={`${f.historyTitle}: ${label(indicator.name)}`}
          testId="history-chart"
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
