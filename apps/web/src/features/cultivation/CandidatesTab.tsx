import { DownloadOutlined, EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import type { TCandidate, TRefreshResult } from '@gongyeyun/contract';
import {
  CANDIDATE_STATUS_LABELS,
  SCALE_CATEGORY_LABELS,
  type CandidateStatus,
  type ScaleCategory,
} from '@gongyeyun/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { cultivationApi, type CandidateFilters } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { LoadError } from '../../shared/LoadError';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { EnterpriseSelect } from './EnterpriseSelect';
import { RevenueEntryForm } from './RevenueEntryForm';
import {
  cultivationKeys,
  formatPercent,
  formatWan,
  STATUS_COLOURS,
  useCultivationChanged,
  useCultivationOptions,
} from './use-cultivation';

interface Filters {
  unitId?: number;
  category?: ScaleCategory;
  status?: CandidateStatus;
  projectedBy?: Dayjs | null;
  includeClosed: boolean;
}

const toQuery = (f: Filters): CandidateFilters => ({
  unitId: f.unitId,
  category: f.category,
  status: f.status,
  projectedBy: f.projectedBy?.format('YYYY-MM'),
  all: f.includeClosed || f.status === 'entered' || f.status === 'dropped' ? 'true' : undefined,
});

/** The seed bank: candidates with their level against the threshold and projected crossing. */
export function CandidatesTab() {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const canWrite = useCanWrite('cultivation');
  const options = useCultivationOptions();
  const showError = useShowError();
  const changed = useCultivationChanged();
  const [filters, setFilters] = useState<Filters>({ includeClosed: false });
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<'nominate' | 'revenue' | null>(null);
  const [refreshed, setRefreshed] = useState<TRefreshResult | null>(null);
  const query = toQuery(filters);
  const page = useQuery({
    queryKey: cultivationKeys.candidates(query),
    queryFn: ({ signal }) => cultivationApi.candidates(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = useMutation({
    mutationFn: () => cultivationApi.refresh({ unitId: filters.unitId }),
    onSuccess: async (result) => {
      setRefreshed(result);
      await changed();
    },
    onError: (error) => showError(error),
  });
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const data = page.data;
  const needle = search.trim();
  const rows = needle
    ? data?.rows.filter(
        (r) => r.enterprise.name.includes(needle) || r.enterprise.uscc.startsWith(needle),
      )
    : data?.rows;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <Input.Search
            allowClear
            placeholder={c.searchEnterprise}
            style={{ width: 200 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="candidate-search"
          />
          {options.counties.length > 1 && (
            <Select
              allowClear
              placeholder={c.county}
              style={{ width: 140 }}
              options={options.counties}
              onChange={(v?: number) => set({ unitId: v })}
              data-testid="candidate-filter-county"
            />
          )}
          <Select
            allowClear
            placeholder={c.category}
            style={{ width: 180 }}
            options={options.categories}
            onChange={(v?: ScaleCategory) => set({ category: v })}
          />
          <Select
            allowClear
            placeholder={c.status}
            style={{ width: 150 }}
            options={options.statuses}
            onChange={(v?: CandidateStatus) => set({ status: v })}
            data-testid="candidate-filter-status"
          />
          <DatePicker
            picker="month"
            placeholder={c.projectedBy}
            style={{ width: 170 }}
            onChange={(v: Dayjs | null) => set({ projectedBy: v })}
          />
          <Checkbox
            checked={filters.includeClosed}
            onChange={(e) => set({ includeClosed: e.target.checked })}
          >
            {c.includeClosed}
          </Checkbox>
        </Flex>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            href={cultivationApi.candidatesExportUrl(query)}
            data-testid="candidates-export"
          >
            {c.export}
          </Button>
          {canWrite && (
            <>
              <Button
                icon={<SyncOutlined />}
                loading={refresh.isPending}
                onClick={() => refresh.mutate()}
                data-testid="cultivation-refresh"
              >
                {c.refresh}
              </Button>
              <Button
                icon={<EditOutlined />}
                onClick={() => setDialog('revenue')}
                data-testid="open-revenue-entry"
              >
                {c.enterRevenue}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog('nominate')}
                data-testid="open-nominate"
              >
                {c.nominate}
              </Button>
            </>
          )}
        </Space>
      </Flex>
      {refreshed && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setRefreshed(null) }}
          data-testid="refresh-result"
          title={c.refreshed(
            refreshed.candidatesAdded,
            refreshed.warningsOpened,
            refreshed.warningsUpdated,
            refreshed.examined,
          )}
        />
      )}
      {data && (
        <Typography.Text type="secondary" data-testid="candidates-summary">
          {data.unit.name} · {c.through(data.through)} ·{' '}
          {c.byStatus(
            (Object.entries(data.byStatus) as [CandidateStatus, number][])
              .filter(([, n]) => n > 0)
              .map(([s, n]) => `${label(CANDIDATE_STATUS_LABELS[s])} ${n}`)
              .join('，') || '0',
          )}{' '}
          · {c.crossingThisYear(data.crossingThisYear)}
        </Typography.Text>
      )}
      {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<TCandidate>
        rowKey="id"
        size="middle"
        data-testid="candidates-table"
        loading={page.isFetching}
        dataSource={rows}
        locale={{ emptyText: c.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: c.enterprise,
            key: 'enterprise',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cultivation/candidates/${r.id}`} data-testid={`candidate-link-${r.id}`}>
                  {r.enterprise.name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.sources[r.source]}
                </Typography.Text>
              </Space>
            ),
          },
          { title: c.county, key: 'county', width: 90, render: (_, r) => r.enterprise.countyName },
          {
            title: c.category,
            dataIndex: 'category',
            width: 130,
            render: (v: ScaleCategory) => label(SCALE_CATEGORY_LABELS[v]),
          },
          {
            title: c.progress,
            key: 'level',
            width: 240,
            render: (_, r) => <LevelCell candidate={r} />,
          },
          {
            title: c.projected,
            key: 'projected',
            width: 220,
            render: (_, r) => <ProjectionCell candidate={r} />,
          },
          {
            title: c.status,
            dataIndex: 'status',
            width: 110,
            render: (v: CandidateStatus) => (
              <Tag color={STATUS_COLOURS[v]}>{label(CANDIDATE_STATUS_LABELS[v])}</Tag>
            ),
          },
          {
            title: c.officer,
            key: 'officer',
            width: 100,
            render: (_, r) => r.officer?.name ?? c.noOfficer,
          },
        ]}
      />
      {dialog === 'nominate' && <NominateModal onClose={() => setDialog(null)} />}
      {dialog === 'revenue' && <RevenueModal onClose={() => setDialog(null)} />}
    </Space>
  );
}

function LevelCell({ candidate }: { candidate: TCandidate }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const { level } = candidate;
  const percent = level.ratio === null ? 0 : Math.min(100, Math.round(level.ratio * 100));
  return (
    <Tooltip title={c.levelMethods[level.method]}>
      <div data-testid={`candidate-level-${candidate.id}`}>
        <Typography.Text style={{ fontSize: 12 }}>
          {formatWan(level.value)} / {formatWan(level.threshold)} · {formatPercent(level.ratio)}
        </Typography.Text>
        <Progress
          percent={percent}
          size="small"
          showInfo={false}
          status={level.ratio !== null && level.ratio >= 1 ? 'success' : 'active'}
        />
      </div>
    </Tooltip>
  );
}

function ProjectionCell({ candidate }: { candidate: TCandidate }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const p = candidate.projection;
  const range =
    p.earliest && p.latest && p.earliest !== p.latest
      ? c.range(p.earliest, p.latest)
      : p.earliest && !p.latest && p.method === 'trailing_growth'
        ? c.rangeOpen(p.earliest)
        : null;
  return (
    <Space orientation="vertical" size={0} data-testid={`candidate-projection-${candidate.id}`}>
      <Typography.Text strong>
        {p.projected ?? (p.method === 'trailing_growth' ? c.noProjection : '—')}
      </Typography.Text>
      {range && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {range}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.projectionMethods[p.method]}
      </Typography.Text>
    </Space>
  );
}

function NominateModal({ onClose }: { onClose: () => void }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const [form] = Form.useForm<{ enterpriseId: number; reason: string }>();
  const showError = useShowError();
  const changed = useCultivationChanged();
  const navigate = useNavigate();
  const nominate = useMutation({
    mutationFn: (v: { enterpriseId: number; reason: string }) => cultivationApi.nominate(v),
    onSuccess: async ({ id }) => {
      await changed();
      void navigate(`/cultivation/candidates/${id}`);
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={c.nominate}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={nominate.isPending}
      okButtonProps={{ id: 'nominate-ok' }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => nominate.mutate(v)}>
        <Form.Item name="enterpriseId" label={c.enterprise} rules={[{ required: true }]}>
          <EnterpriseSelect data-testid="nominate-enterprise" />
        </Form.Item>
        <Form.Item name="reason" label={c.nominateReason} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="nominate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RevenueModal({ onClose }: { onClose: () => void }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const [enterpriseId, setEnterpriseId] = useState<number>();
  return (
    <Modal open title={c.revenueTitle} onCancel={onClose} footer={null} width={640}>
      <Form layout="vertical">
        <Form.Item label={c.enterprise} required>
          <EnterpriseSelect
            value={enterpriseId}
            onChange={setEnterpriseId}
            data-testid="revenue-enterprise"
          />
        </Form.Item>
      </Form>
      <RevenueEntryForm enterpriseId={enterpriseId} />
    </Modal>
  );
}
