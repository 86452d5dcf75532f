import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { TRanking, TTarget, TTargetsPage } from '@gongyeyun/contract';
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
import { ScoreDrawer } from './ScoreDrawer';
import { ActualModal, NewTargetModal, SplitModal } from './TargetForms';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
const STATUS_COLOURS = { ahead: 'green', on_track: 'blue', behind: 'orange', far_behind: 'red' };

const fixed1 = (v: number | null) => (v === null ? '—' : v.toFixed(1));
/** The months a year is reported in (1–2月 together as `YYYY-02`). */
const periodsOf = (year: number) =>
  Array.from({ length: 11 }, (_, i) => `${year}-${String(i + 2).padStart(2, '0')}`);

/** `/targets`: the unit's targets with progress against time, and the red/black list. */
export function TargetsPage() {
  const { t } = useTargetsI18n();
  const k = t.targets;
  const canWrite = useCanWrite('targets');
  const [year, setYear] = useState(2021);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [isCreating, setIsCreating] = useState(false);
  const page = useQuery({
    queryKey: ['targets', 'page', year, period],
    queryFn: ({ signal }) => targetsApi.page({ year, period }, signal),
  });
  const shownPeriod = period ?? page.data?.period;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={k.title}
        extra={
          <Flex gap="small" wrap className="no-print">
            <Select
              aria-label={k.year}
              value={year}
              onChange={(y) => {
                setYear(y);
                setPeriod(undefined);
              }}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
            <Select
              aria-label={k.periodPick}
              data-testid="targets-period"
              style={{ width: 110 }}
              virtual={false}
              value={shownPeriod}
              onChange={setPeriod}
              options={periodsOf(year).map((p) => ({ value: p, label: p }))}
            />
            {canWrite && (
              <Button
                icon={<PlusOutlined />}
                data-testid="set-target"
                disabled={!page.data}
                onClick={() => setIsCreating(true)}
              >
                {k.setTarget}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              href={targetsApi.exportUrl({ year, period })}
              data-testid="targets-export"
            >
              {k.exportExcel}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {k.print}
            </Button>
          </Flex>
        }
      >
        {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
        {page.data ? <TargetTable page={page.data} canWrite={canWrite} /> : <PageSpin />}
      </Card>
      <RankingCard year={year} period={period} />
      {isCreating && page.data && (
        <NewTargetModal
          year={year}
          units={[page.data.unit, ...page.data.counties]}
          onClose={() => setIsCreating(false)}
        />
      )}
    </Space>
  );
}

function TargetTable({ page, canWrite }: { page: TTargetsPage; canWrite: boolean }) {
  const { t, label } = useTargetsI18n();
  const k = t.targets;
  const { targets, period } = page;
  const [splitting, setSplitting] = useState<TTarget | null>(null);
  const [entering, setEntering] = useState<TTarget | null>(null);
  const canSplit = (r: TTarget) =>
    r.orgUnitId === page.unit.id && r.parentId === null && page.counties.length > 0;
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
                <Space orientation="vertical" size={0} data-testid={`split-state-${r.id}`}>
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
          ...(canWrite
            ? [
                {
                  title: k.actions,
                  key: 'actions',
                  className: 'no-print',
                  render: (_: unknown, r: TTarget) => (
                    <Space size={4}>
                      {canSplit(r) && (
                        <Button
                          size="small"
                          data-testid={`split-${r.id}`}
                          onClick={() => setSplitting(r)}
                        >
                          {k.splitAction}
                        </Button>
                      )}
                      {r.metric === 'manual' && (
                        <Button
                          size="small"
                          data-testid={`actual-${r.id}`}
                          onClick={() => setEntering(r)}
                        >
                          {k.enterActual}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {splitting && (
        <SplitModal
          target={splitting}
          parts={targets.filter((x) => x.parentId === splitting.id)}
          counties={page.counties}
          onClose={() => setSplitting(null)}
        />
      )}
      {entering && (
        <ActualModal
          target={entering}
          month={Number(period.slice(5, 7))}
          onClose={() => setEntering(null)}
        />
      )}
    </>
  );
}

function RankingCard({ year, period }: { year: number; period: string | undefined }) {
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
    queryKey: ['targets', 'preview', schemeId, period],
    queryFn: ({ signal }) => targetsApi.preview(schemeId!, period, signal),
    enabled: schemeId !== null,
  });
  const published = useQuery({
    queryKey: ['targets', 'published', schemeId],
    queryFn: ({ signal }) => targetsApi.published(schemeId!, signal),
    enabled: schemeId !== null,
  });
  const [reason, setReason] = useState('');
  const [detail, setDetail] = useState<{
    county: TRanking['counties'][number];
    part: TRanking['counties'][number]['parts'][number];
  } | null>(null);
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
            return (
              <Button
                type="link"
                size="small"
                data-testid={`score-${c.key}-${p.metric}`}
                onClick={() => setDetail({ county: c, part: p })}
              >
                {p.missing ? (
                  <Typography.Text type="secondary">{k.missingData}</Typography.Text>
                ) : (
                  <Tooltip
                    title={
                      p.value === null
                        ? ''
                        : `${p.value}${p.target === null ? '' : ` / ${p.target}`}`
                    }
                  >
                    {p.weighted.toFixed(2)}
                  </Tooltip>
                )}
              </Button>
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
            <Space>
              {r.publishedAt && (
                <Typography.Text type="secondary">
                  {`${k.publishedAt} ${r.publishedAt.slice(0, 16).replace('T', ' ')}`}
                </Typography.Text>
              )}
              {r.id !== null && (
                <Button
                  size="small"
                  className="no-print"
                  icon={<DownloadOutlined />}
                  href={targetsApi.rankingExportUrl(r.id)}
                  data-testid={`published-export-${r.period}-${r.version}`}
                >
                  {k.exportExcel}
                </Button>
              )}
            </Space>
          }
          data-testid="published-ranking"
        >
          {r.reason && <Alert type="info" title={r.reason} style={{ marginBottom: 8 }} />}
          {table(r, `published-${r.period}-${r.version}`)}
        </Card>
      ))}
      {detail && (
        <ScoreDrawer
          county={detail.county}
          part={detail.part}
          scheme={scheme?.scheme}
          onClose={() => setDetail(null)}
        />
      )}
    </Card>
  );
}
