import { PrinterOutlined } from '@ant-design/icons';
import type { TRanking, TTarget } from '@gongyeyun/contract';
import { formatAmount } from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { targetsApi } from '../../api/targets-api';
import { useTargetsI18n } from '../../i18n/targets-i18n';
import { describeError } from '../../shared/errors';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { useCanWrite } from '../auth/current-user';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
const STATUS_COLOURS = { ahead: 'green', on_track: 'blue', behind: 'orange', far_behind: 'red' };

const fixed1 = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** `/targets`: the unit's targets with progress against time, and the red/black list. */
export function TargetsPage() {
  const { t } = useTargetsI18n();
  const [year, setYear] = useState(2021);
  const page = useQuery({
    queryKey: ['targets', 'page', year],
    queryFn: ({ signal }) => targetsApi.page({ year }, signal),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t.targets.title}
        extra={
          <Flex gap="small" className="no-print">
            <Select
              aria-label={t.targets.year}
              value={year}
              onChange={setYear}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t.targets.export}
            </Button>
          </Flex>
        }
      >
        {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
        {page.data ? (
          <TargetTable targets={page.data.targets} period={page.data.period} />
        ) : (
          <PageSpin />
        )}
      </Card>
      <RankingCard year={year} />
    </Space>
  );
}

function TargetTable({ targets, period }: { targets: TTarget[]; period: string }) {
  const { t, label } = useTargetsI18n();
  const k = t.targets;
  const amount = (v: number | null, target: TTarget) =>
    v === null
      ? '—'
      : target.unit === '万元'
        ? label(formatAmount(v))
        : `${Number.isInteger(v) ? v : v.toFixed(1)}${target.unit}`;
  if (!targets.length) return <Empty description={k.none} />;
  return (
    <>
      <Typography.Text type="secondary">
        {k.period} {period}
      </Typography.Text>
      <Table<TTarget>
        data-testid="targets-table"
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={targets}
        columns={[
          {
            title: k.name,
            key: 'name',
            render: (_, r) => (
              <Space size={4}>
                <Tag>{k.levels[r.level]}</Tag>
                {r.name}
                {r.firstEver && <Tag color="purple">{k.firstEver}</Tag>}
              </Space>
            ),
          },
          { title: k.unit, dataIndex: 'orgUnitName' },
          {
            title: k.goal,
            key: 'goal',
            align: 'right',
            render: (_, r) =>
              `${r.comparator === 'lte' ? '≤' : r.comparator === 'gt' ? '>' : '≥'} ${amount(r.goal, r)}`,
          },
          {
            title: k.actual,
            key: 'actual',
            align: 'right',
            render: (_, r) => amount(r.progress.actual, r),
          },
          {
            title: k.completion,
            key: 'completion',
            align: 'right',
            render: (_, r) =>
              r.progress.completion === null ? '—' : `${fixed1(r.progress.completion)}%`,
          },
          {
            title: k.elapsed,
            key: 'elapsed',
            align: 'right',
            render: (_, r) =>
              r.progress.elapsed === null ? '—' : `${fixed1(r.progress.elapsed)}%`,
          },
          { title: k.gap, key: 'gap', align: 'right', render: (_, r) => fixed1(r.progress.gap) },
          {
            title: k.status,
            key: 'status',
            render: (_, r) =>
              r.progress.status && (
                <Tag color={STATUS_COLOURS[r.progress.status]} data-testid={`status-${r.id}`}>
                  {k.statuses[r.progress.status]}
                </Tag>
              ),
          },
          {
            title: k.projection,
            key: 'projection',
            render: (_, r) =>
              r.progress.projection && (
                <Tooltip title={label(r.progress.projection.method)}>
                  {amount(r.progress.projection.value, r)}
                </Tooltip>
              ),
          },
          {
            title: k.split,
            key: 'split',
            render: (_, r) =>
              r.split && (
                <Space orientation="vertical" size={0}>
                  <Tag color={r.split.state === 'short' ? 'orange' : 'green'}>
                    {k.splitStates[r.split.state]}
                  </Tag>
                  {r.split.missing.length > 0 && (
                    <Typography.Text type="secondary">
                      {k.missing(r.split.missing.join('、'))}
                    </Typography.Text>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

function RankingCard({ year }: { year: number }) {
  const { t, label } = useTargetsI18n();
  const k = t.targets;
  const canWrite = useCanWrite('targets');
  const queryClient = useQueryClient();
  const schemes = useQuery({
    queryKey: ['targets', 'schemes', year],
    queryFn: ({ signal }) => targetsApi.schemes(year, signal),
  });
  const [chosen, setChosen] = useState<number | null>(null);
  const schemeId = chosen ?? schemes.data?.[0]?.id ?? null;
  const scheme = schemes.data?.find((s) => s.id === schemeId);
  const preview = useQuery({
    queryKey: ['targets', 'preview', schemeId],
    queryFn: ({ signal }) => targetsApi.preview(schemeId!, undefined, signal),
    enabled: schemeId !== null,
  });
  const published = useQuery({
    queryKey: ['targets', 'published', schemeId],
    queryFn: ({ signal }) => targetsApi.published(schemeId!, signal),
    enabled: schemeId !== null,
  });
  const [reason, setReason] = useState('');
  const publish = useMutation({
    mutationFn: () =>
      targetsApi.publish({
        schemeId: schemeId!,
        period: preview.data!.period,
        reason: reason || null,
      }),
    onSuccess: async () => {
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['targets', 'published', schemeId] });
    },
  });
  const alreadyPublished = published.data?.some((p) => p.period === preview.data?.period) ?? false;
  const metricName = (key: string) =>
    scheme
      ? label(scheme.scheme.metrics.find((m) => m.key === key)?.name ?? { zh: key, en: key })
      : key;
  const table = (ranking: TRanking, testId: string) => (
    <Table
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={ranking.counties}
      columns={[
        { title: k.rank, dataIndex: 'rank', width: 60 },
        { title: k.county, dataIndex: 'name' },
        { title: k.score, dataIndex: 'score', align: 'right', render: (v: number) => v.toFixed(2) },
        ...(ranking.counties[0]?.parts ?? []).map((part, i) => ({
          title: metricName(part.metric),
          key: part.metric,
          align: 'right' as const,
          render: (_: unknown, c: TRanking['counties'][number]) => {
            const p = c.parts[i]!;
            return p.missing ? (
              <Typography.Text type="secondary">{k.missingData}</Typography.Text>
            ) : (
              <Tooltip
                title={
                  p.value === null ? '' : `${p.value}${p.target === null ? '' : ` / ${p.target}`}`
                }
              >
                {p.weighted.toFixed(2)}
              </Tooltip>
            );
          },
        })),
        {
          title: k.list,
          key: 'list',
          render: (_: unknown, c: TRanking['counties'][number]) => (
            <Space size={4}>
              {c.list === 'red' && <Tag color="red">{k.red}</Tag>}
              {c.list === 'black' && <Tag color="black">{k.black}</Tag>}
              {c.vetoedBy && <Tag>{`${k.vetoed}：${label(c.vetoedBy)}`}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
  return (
    <Card
      title={k.ranking}
      extra={
        schemes.data &&
        schemes.data.length > 0 && (
          <Select
            aria-label={k.scheme}
            value={schemeId}
            onChange={setChosen}
            options={schemes.data.map((s) => ({ value: s.id, label: s.name }))}
          />
        )
      }
    >
      {schemes.data?.length === 0 && <Empty description={k.noScheme} />}
      {preview.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={5}>
            {k.preview} · {preview.data.period}
          </Typography.Title>
          {table(preview.data, 'ranking-preview')}
          {canWrite && (
            <Flex gap="small" className="no-print">
              {alreadyPublished && (
                <Input
                  placeholder={k.reason}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="publish-reason"
                  style={{ maxWidth: 360 }}
                />
              )}
              <Button
                type="primary"
                data-testid="publish-ranking"
                loading={publish.isPending}
                disabled={alreadyPublished && !reason.trim()}
                onClick={() => publish.mutate()}
              >
                {alreadyPublished ? k.republish : k.publish}
              </Button>
            </Flex>
          )}
          {publish.error && <Alert type="error" showIcon title={describeError(publish.error, t)} />}
        </Space>
      )}
      {published.data?.map((r) => (
        <Card
          key={`${r.period}-${r.version}`}
          size="small"
          style={{ marginTop: 16 }}
          title={`${k.published} · ${r.period} · ${k.version(r.version)}`}
          extra={
            r.publishedAt && `${k.publishedAt} ${r.publishedAt.slice(0, 16).replace('T', ' ')}`
          }
          data-testid="published-ranking"
        >
          {r.reason && <Alert type="info" title={r.reason} style={{ marginBottom: 8 }} />}
          {table(r, `published-${r.period}-${r.version}`)}
        </Card>
      ))}
    </Card>
  );
}
