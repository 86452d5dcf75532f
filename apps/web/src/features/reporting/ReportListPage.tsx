import { CheckOutlined, DownloadOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import type { TBulkActionResult, TReportListItem } from '@gongyeyun/contract';
import { ZReportListQuery } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ReportListQuery } from '../../api/reporting-api';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { formatDateTime } from '../../shared/format';
import { LoadError } from '../../shared/LoadError';
import { SearchBox } from '../../shared/SearchBox';
import { useShowError } from '../../shared/use-show-error';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';
import { PeriodPicker, usePeriodParam } from './PeriodPicker';
import type { ListStatus } from './reporting-labels';
import {
  LIST_STATUSES,
  ReportStatusTag,
  reportLink,
  usePeriodName,
  useReportingRoles,
} from './reporting-labels';
import { useReportingChanged, useReportPage } from './use-reporting';

type Filters = Omit<ReportListQuery, 'period'>;
const shape = ZReportListQuery.shape;

/** The filters an address carries; each is read on its own so one bad value drops alone. */
function readFilters(params: URLSearchParams): Filters {
  const read = <K extends keyof Filters>(key: K): Filters[K] | undefined => {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return undefined;
    const parsed = shape[key].safeParse(raw);
    return parsed.success ? (parsed.data as Filters[K]) : undefined;
  };
  return {
    page: read('page') ?? 1,
    pageSize: read('pageSize') ?? 20,
    status: read('status'),
    orgUnitId: read('orgUnitId'),
    q: read('q'),
  };
}

/**
 * `/reporting/reports`: every enterprise expected to report in a period (status `none` when
 * nothing is saved), filtered and paged on the server; county officers approve or mark many at
 * once.
 */
export function ReportListPage() {
  const { t } = useReportingI18n();
  const l = t.reportList;
  const roles = useReportingRoles();
  const { period, setPeriod } = usePeriodParam();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const query: ReportListQuery | null = period ? { period, ...filters } : null;
  const list = useReportPage(query);
  const orgUnits = useOrgUnitChoices();
  const periodName = usePeriodName();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<number[]>([]);

  const update = useCallback(
    (change: Partial<Filters>, keepPage = false) => {
      setParams((old) => {
        const next = new URLSearchParams(old);
        for (const [key, value] of Object.entries(change)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!keepPage) next.delete('page');
        return next;
      });
      setSelected([]);
    },
    [setParams],
  );

  const columns: TableProps<TReportListItem>['columns'] = [
    {
      title: t.reporting.enterprise,
      dataIndex: 'enterpriseName',
      render: (_, row) =>
        period ? (
          <Link to={reportLink(row.enterpriseId, period)} data-testid="report-link">
            {row.enterpriseName}
          </Link>
        ) : (
          row.enterpriseName
        ),
    },
    {
      title: t.reporting.uscc,
      dataIndex: 'uscc',
      render: (_, row) => <Typography.Text code>{row.uscc}</Typography.Text>,
    },
    { title: t.reporting.county, dataIndex: 'countyName' },
    {
      title: t.reportForm.status,
      dataIndex: 'status',
      render: (_, row) => (
        <Space size={4}>
          <ReportStatusTag status={row.status} />
          {row.late && <Tag color="red">{l.lateTag}</Tag>}
          {row.enteredByCounty && (
            <Tooltip title={l.enteredByCountyHint}>
              <Tag color="cyan" data-testid="entered-by-county">
                {l.enteredByCounty}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: l.findings,
      render: (_, row) => (
        <Space size={4}>
          {row.hardFindings > 0 && <Tag color="red">{l.hardCount(row.hardFindings)}</Tag>}
          {row.softFindings > 0 && <Tag color="orange">{l.softCount(row.softFindings)}</Tag>}
        </Space>
      ),
    },
    {
      title: l.firstSubmittedAt,
      dataIndex: 'firstSubmittedAt',
      render: (_, row) => formatDateTime(row.firstSubmittedAt),
    },
    {
      title: t.reporting.contact,
      render: (_, row) =>
        [row.contactPerson, row.contactPhone].filter((v) => v !== null).join(' ') || '—',
    },
  ];

  const items = list.data?.items ?? [];
  const selectable = roles.canReview;

  return (
    <Card
      title={l.title}
      data-testid="report-queue"
      data-loading={list.isFetching ? 'true' : 'false'}
      data-total={list.data?.total ?? ''}
      extra={
        <Space wrap>
          <PeriodPicker value={period} onChange={setPeriod} />
          {period && (
            <Tooltip title={l.exportMissingHint}>
              <Button
                icon={<DownloadOutlined />}
                href={reportingApi.missingUrl(period, filters.orgUnitId)}
                data-testid="export-missing"
              >
                {l.exportMissing}
              </Button>
            </Tooltip>
          )}
          {roles.canReview && (
            <Button icon={<UploadOutlined />} onClick={() => void navigate('/reporting/import')}>
              {t.nav.reportingImport}
            </Button>
          )}
        </Space>
      }
    >
      <Flex wrap gap="small" style={{ marginBottom: 16 }}>
        <SearchBox
          data-testid="report-search"
          placeholder={t.reporting.searchPlaceholder}
          aria-label={t.reporting.searchPlaceholder}
          style={{ width: 240 }}
          value={filters.q}
          onSearch={(q) => update({ q })}
        />
        <Select<ListStatus>
          allowClear
          data-testid="report-status-filter"
          placeholder={t.reporting.allStatuses}
          aria-label={t.reportForm.status}
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={LIST_STATUSES.map((status) => ({
            value: status,
            label: t.reporting.statuses[status],
          }))}
        />
        {orgUnits.counties.length > 1 && (
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.reporting.allCounties}
            aria-label={t.reporting.county}
            style={{ width: 180 }}
            value={filters.orgUnitId}
            onChange={(orgUnitId) => update({ orgUnitId })}
            options={orgUnits.counties.map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
      </Flex>
      {selectable && period && (
        <BulkBar
          period={period}
          selected={selected}
          onDone={() => setSelected([])}
          periodName={periodName(period)}
        />
      )}
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TReportListItem>
          data-testid="report-table"
          rowKey="enterpriseId"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          rowSelection={
            selectable
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(Number)),
                }
              : undefined
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t.common.total(total),
            onChange: (page, pageSize) =>
              update({ page: pageSize === filters.pageSize ? page : 1, pageSize }, true),
          }}
        />
      )}
    </Card>
  );
}

/** Approve or mark the selected enterprises, and say which were skipped and why. */
function BulkBar({
  period,
  selected,
  onDone,
  periodName,
}: {
  period: string;
  selected: number[];
  onDone: () => void;
  periodName: string;
}) {
  const { t } = useReportingI18n();
  const l = t.reportList;
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const changed = useReportingChanged();
  const [isMarking, setIsMarking] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const report = (result: TBulkActionResult) => {
    void message.success(l.bulkDone(result.done, result.skipped.length));
    if (result.skipped.length > 0) {
      modal.info({
        title: l.skippedTitle,
        width: 560,
        content: (
          <List
            size="small"
            dataSource={result.skipped}
            renderItem={(item) => <List.Item>{item.message}</List.Item>}
          />
        ),
      });
    }
  };
  const bulk = useMutation({
    mutationFn: (input: { action: 'approve' | 'mark_not_reported'; reason: string | null }) =>
      reportingApi.bulkAction({ period, enterpriseIds: selected, ...input }),
    onSuccess: async (result) => {
      await changed();
      report(result);
      setIsMarking(false);
      form.resetFields();
      onDone();
    },
    onError: (error) => showError(error),
  });

  const count = selected.length;
  return (
    <Flex align="center" gap="small" wrap style={{ marginBottom: 12 }} data-testid="bulk-bar">
      <Typography.Text type="secondary">
        {periodName} · {l.selected(count)}
      </Typography.Text>
      <Popconfirm
        title={l.bulkApproveConfirm(count)}
        disabled={count === 0}
        onConfirm={() => bulk.mutate({ action: 'approve', reason: null })}
      >
        <Button
          type="primary"
          icon={<CheckOutlined />}
          disabled={count === 0}
          loading={bulk.isPending && bulk.variables?.action === 'approve'}
          data-testid="bulk-approve"
        >
          {l.bulkApprove}
        </Button>
      </Popconfirm>
      <Button
        icon={<StopOutlined />}
        disabled={count === 0}
        data-testid="bulk-mark"
        onClick={() => setIsMarking(true)}
      >
        {l.bulkMarkNotReported}
      </Button>
      <Modal
        open={isMarking}
        title={l.markTitle(count)}
        okText={l.bulkMarkNotReported}
        okButtonProps={{ loading: bulk.isPending }}
        onCancel={() => setIsMarking(false)}
        onOk={() =>
          void form
            .validateFields()
            .then((v) => bulk.mutate({ action: 'mark_not_reported', reason: v.reason }))
        }
        destroyOnHidden
      >
        <Alert type="info" showIcon title={l.markHint} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t.reporting.reason}
            rules={[{ required: true, whitespace: true, message: t.reporting.reasonRequired }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="bulk-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
