import { EditOutlined } from '@ant-design/icons';
import type { TPeriodInfo } from '@gongyeyun/contract';
import { parsePeriod } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Button, Card, Empty, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { PageSpin } from '../../shared/PageSpin';
import type { ListStatus } from './reporting-labels';
import { ReportStatusTag, reportLink, usePeriodName, useReportingRoles } from './reporting-labels';
import { useCurrentPeriod, useOwnReports, usePeriods } from './use-reporting';

interface Row {
  info: TPeriodInfo;
  status: ListStatus | undefined;
  late: boolean;
}

/**
 * `/reporting` for an enterprise user: the enterprise's periods of a year with their status, and
 * the way into the form of the period open now.
 */
export function MyReportsPage() {
  const { t } = useReportingI18n();
  const m = t.myReports;
  const roles = useReportingRoles();
  const current = useCurrentPeriod();
  const navigate = useNavigate();
  const periodName = usePeriodName();
  const currentYear = current.data ? parsePeriod(current.data.period)?.year : undefined;
  const [chosenYear, setChosenYear] = useState<number | undefined>(undefined);
  const year = chosenYear ?? currentYear ?? new Date().getFullYear();
  const periods = usePeriods(year);
  const infos = periods.data ?? [];
  const reports = useOwnReports(infos.map((info) => info.period));
  const enterpriseId = roles.enterpriseId;

  if (enterpriseId === null) return <Result status="info" title={m.noEnterprise} />;
  if (current.isPending || periods.isPending) return <PageSpin />;

  const rows: Row[] = infos.map((info, index) => {
    const item = reports[index]?.data?.items.find((i) => i.enterpriseId === enterpriseId);
    return { info, status: item?.status, late: item?.late ?? false };
  });
  const years = [year + 1, year, year - 1, year - 2, year - 3];
  const columns: TableProps<Row>['columns'] = [
    {
      title: t.reporting.period,
      render: (_, row) => (
        <Link to={reportLink(enterpriseId, row.info.period)}>{periodName(row.info.period)}</Link>
      ),
    },
    {
      title: t.reporting.opensOn,
      render: (_, row) => row.info.opensOn,
    },
    {
      title: t.reporting.enterpriseDeadline,
      render: (_, row) => row.info.enterpriseDeadline,
    },
    {
      title: t.reportingSettings.phase,
      render: (_, row) => (
        <Tag color={row.info.phase === 'open' ? 'green' : undefined}>
          {t.reporting.phases[row.info.phase]}
        </Tag>
      ),
    },
    {
      title: t.reportForm.status,
      render: (_, row) =>
        row.status ? (
          <Space size={4}>
            <ReportStatusTag status={row.status} />
            {row.late && <Tag color="red">{t.reportList.lateTag}</Tag>}
          </Space>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      title={m.title(year)}
      data-testid="my-reports"
      extra={
        <Space>
          <Select<number>
            aria-label={t.reporting.year}
            style={{ width: 110 }}
            value={year}
            onChange={setChosenYear}
            options={years.map((y) => ({ value: y, label: t.reporting.yearOption(y) }))}
          />
          {current.data && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              data-testid="fill-current"
              onClick={() => void navigate(reportLink(enterpriseId, current.data.period))}
            >
              {m.fillCurrent(periodName(current.data.period))}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {rows.length === 0 ? (
        <Empty description={t.reporting.noCalendar} />
      ) : (
        <Table<Row>
          rowKey={(row) => row.info.period}
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
        />
      )}
    </Card>
  );
}
