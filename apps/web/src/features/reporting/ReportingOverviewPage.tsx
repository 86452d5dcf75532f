import { DownloadOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { TCountyPeriodState, TPeriodInfo, TRates } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { EChart } from '../../shared/EChart';
import { formatDateTime } from '../../shared/format';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { useShowError } from '../../shared/use-show-error';
import { PeriodPicker, usePeriodParam } from './PeriodPicker';
import { formatRate, usePeriodName, useReportingRoles } from './reporting-labels';
import { useOverview, useReportingChanged } from './use-reporting';

const listLink = (period: string, countyId: number) =>
  `/reporting/reports?${new URLSearchParams({ period, orgUnitId: String(countyId) }).toString()}`;

/** `/reporting/overview`: a period's reporting rates, county by county, and the city's locks. */
export function ReportingOverviewPage() {
  const { t } = useReportingI18n();
  const o = t.reportingOverview;
  const { period, setPeriod, isPending } = usePeriodParam();
  const overview = useOverview(period);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={o.title}
        extra={
          <Space wrap>
            <PeriodPicker value={period} onChange={setPeriod} />
            {period && (
              <Tooltip title={t.reportList.exportMissingHint}>
                <Button icon={<DownloadOutlined />} href={reportingApi.missingUrl(period)}>
                  {t.reportList.exportMissing}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
        data-testid="reporting-overview"
      >
        {isPending || (overview.isPending && period) ? (
          <PageSpin />
        ) : overview.isError ? (
          <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
        ) : overview.data ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <PeriodDates period={overview.data.period} />
            <RateCards rates={overview.data.total} />
          </Space>
        ) : null}
      </Card>
      {overview.data && (
        <CountiesCard period={overview.data.period.period} counties={overview.data.counties} />
      )}
    </Space>
  );
}

function PeriodDates({ period: p }: { period: TPeriodInfo }) {
  const { t } = useReportingI18n();
  const dates: [string, string][] = [
    [t.reporting.opensOn, p.opensOn],
    [t.reporting.enterpriseDeadline, p.enterpriseDeadline],
    [t.reporting.countyDeadline, p.countyDeadline],
    [t.reporting.locksOn, p.locksOn],
  ];
  return (
    <Flex gap="large" wrap align="center">
      <Tag color={p.phase === 'open' ? 'green' : p.phase === 'upcoming' ? 'default' : 'red'}>
        {t.reporting.phases[p.phase]}
      </Tag>
      {dates.map(([name, date]) => (
        <Typography.Text key={name} type="secondary">
          {name} {date}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function RateCards({ rates }: { rates: TRates }) {
  const { t } = useReportingI18n();
  const o = t.reportingOverview;
  const counts: { key: keyof TRates; title: string; color?: string }[] = [
    { key: 'expected', title: o.expected },
    { key: 'submitted', title: o.submitted, color: '#1677ff' },
    { key: 'onTime', title: o.onTime, color: '#389e0d' },
    { key: 'late', title: o.late, color: '#d48806' },
    { key: 'missing', title: o.missing, color: '#cf1322' },
    { key: 'notReported', title: o.notReported },
    { key: 'approved', title: o.approved, color: '#389e0d' },
  ];
  const shares: { key: keyof TRates; title: string }[] = [
    { key: 'submissionRate', title: o.submissionRate },
    { key: 'onTimeRate', title: o.onTimeRate },
    { key: 'approvalRate', title: o.approvalRate },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="overview-rates">
      {counts.map((count) => (
        <Col key={count.key} xs={12} sm={8} md={6} lg={3}>
          <Statistic
            title={count.title}
            value={rates[count.key] ?? 0}
            styles={{ content: count.color ? { color: count.color } : undefined }}
            data-testid={`rate-${count.key}`}
          />
        </Col>
      ))}
      {shares.map((share) => (
        <Col key={share.key} xs={12} sm={8} md={6} lg={3}>
          <Statistic
            title={share.title}
            value={formatRate(rates[share.key])}
            data-testid={`rate-${share.key}`}
          />
        </Col>
      ))}
    </Row>
  );
}

function CountiesCard({ period, counties }: { period: string; counties: TCountyPeriodState[] }) {
  const { t } = useReportingI18n();
  const o = t.reportingOverview;
  const periodName = usePeriodName();
  const roles = useReportingRoles();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useReportingChanged();
  const [unlocking, setUnlocking] = useState<TCountyPeriodState | null>(null);
  const lock = useMutation({
    mutationFn: (county: TCountyPeriodState) =>
      reportingApi.lock({ period, countyId: county.countyId }),
    onSuccess: async (_data, county) => {
      await changed();
      void message.success(o.lockDone(county.countyName));
    },
    onError: (error) => showError(error),
  });

  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [o.submissionRate, o.approvalRate] },
      grid: { left: 48, right: 16, bottom: 40, top: 40 },
      xAxis: {
        type: 'category',
        data: counties.map((c) => c.countyName),
        axisLabel: { interval: 0, rotate: counties.length > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: o.submissionRate,
          type: 'bar',
          data: counties.map((c) => Math.round((c.rates.submissionRate ?? 0) * 1000) / 10),
        },
        {
          name: o.approvalRate,
          type: 'bar',
          data: counties.map((c) => Math.round((c.rates.approvalRate ?? 0) * 1000) / 10),
        },
      ],
    }),
    [counties, o],
  );

  const columns: TableProps<TCountyPeriodState>['columns'] = [
    { title: t.reporting.county, dataIndex: 'countyName', fixed: 'left' },
    { title: o.expected, render: (_, c) => c.rates.expected, align: 'right' },
    { title: o.submitted, render: (_, c) => c.rates.submitted, align: 'right' },
    { title: o.onTime, render: (_, c) => c.rates.onTime, align: 'right' },
    { title: o.late, render: (_, c) => c.rates.late, align: 'right' },
    { title: o.missing, render: (_, c) => c.rates.missing, align: 'right' },
    { title: o.notReported, render: (_, c) => c.rates.notReported, align: 'right' },
    { title: o.approved, render: (_, c) => c.rates.approved, align: 'right' },
    {
      title: o.submissionRate,
      align: 'right',
      render: (_, c) => formatRate(c.rates.submissionRate),
    },
    { title: o.approvalRate, align: 'right', render: (_, c) => formatRate(c.rates.approvalRate) },
    {
      title: <Tooltip title={o.blockingHint}>{o.blocking}</Tooltip>,
      align: 'right',
      render: (_, c) => (
        <Typography.Text type={c.blocking > 0 ? 'warning' : undefined} data-testid="blocking">
          {c.blocking}
        </Typography.Text>
      ),
    },
    {
      title: o.lockState,
      render: (_, c) =>
        c.locked ? (
          <Tooltip title={c.lockedAt ? o.lockedAt(formatDateTime(c.lockedAt)) : undefined}>
            <Tag color="purple" icon={<LockOutlined />} data-testid="county-locked">
              {o.locked}
            </Tag>
          </Tooltip>
        ) : (
          <Tag data-testid="county-unlocked">{o.unlocked}</Tag>
        ),
    },
    {
      title: t.common.actions,
      fixed: 'right',
      render: (_, c) => (
        <Space size="small">
          <Link to={listLink(period, c.countyId)}>{o.viewReports}</Link>
          {c.rates.missing > 0 && (
            <a href={reportingApi.missingUrl(period, c.countyId)} download>
              {o.viewMissing}
            </a>
          )}
          {roles.canConfigure && !c.locked && (
            <Tooltip title={c.blocking > 0 ? o.lockBlocked(c.blocking) : undefined}>
              <Popconfirm
                title={o.lockConfirm(c.countyName, periodName(period))}
                onConfirm={() => lock.mutate(c)}
                disabled={c.blocking > 0}
              >
                <Button
                  size="small"
                  icon={<LockOutlined />}
                  disabled={c.blocking > 0}
                  loading={lock.isPending && lock.variables?.countyId === c.countyId}
                  data-testid="county-lock"
                >
                  {o.lock}
                </Button>
              </Popconfirm>
            </Tooltip>
          )}
          {roles.isAdmin && c.locked && (
            <Button
              size="small"
              icon={<UnlockOutlined />}
              data-testid="county-unlock"
              onClick={() => setUnlocking(c)}
            >
              {o.unlock}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={o.countiesTitle}>
      {counties.length === 0 ? (
        <Empty description={o.noCounties} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Table<TCountyPeriodState>
            data-testid="overview-counties"
            rowKey="countyId"
            size="middle"
            columns={columns}
            dataSource={counties}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
          {counties.length > 1 && (
            <EChart option={chart} height={280} ariaLabel={o.chartTitle} testId="overview-chart" />
          )}
        </Space>
      )}
      <UnlockModal period={period} county={unlocking} onClose={() => setUnlocking(null)} />
    </Card>
  );
}

function UnlockModal({
  period,
  county,
  onClose,
}: {
  period: string;
  county: TCountyPeriodState | null;
  onClose: () => void;
}) {
  const { t } = useReportingI18n();
  const o = t.reportingOverview;
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useReportingChanged();
  const unlock = useMutation({
    mutationFn: (reason: string) =>
      reportingApi.unlock({ period, countyId: county?.countyId ?? 0, reason }),
    onSuccess: async () => {
      await changed();
      void message.success(o.unlockDone(county?.countyName ?? ''));
      form.resetFields();
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open={county !== null}
      title={county ? o.unlockTitle(county.countyName) : ''}
      okText={o.unlock}
      okButtonProps={{ danger: true, loading: unlock.isPending }}
      onOk={() => void form.validateFields().then((v) => unlock.mutate(v.reason))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{o.unlockHint}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t.reporting.reason}
          rules={[{ required: true, whitespace: true, message: t.reporting.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="unlock-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
