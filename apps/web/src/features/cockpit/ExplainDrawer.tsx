import type { TFactSort, TFigureFact } from '@gongyeyun/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Table, Typography } from 'antd';
import type { ColumnsType, ColumnType, SortOrder } from 'antd/es/table/interface';
import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { analyticsApi } from '../../api/analytics-api';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { LoadError } from '../../shared/LoadError';
import { amountText, growthText, percentText, pointsText, type FigureRef } from './figures';

const ExplainContext = createContext<((ref: FigureRef) => void) | null>(null);

/** Opens the drawer that explains a figure; every number on the cockpit calls it. */
export function useExplain(): (ref: FigureRef) => void {
  const open = use(ExplainContext);
  if (!open) throw new Error('useExplain needs an ExplainProvider above it');
  return open;
}

/** Provides `useExplain` to the figures below it and shows the drawer. */
export function ExplainProvider({ children }: { children: ReactNode }) {
  const [ref, setRef] = useState<FigureRef | null>(null);
  return (
    <ExplainContext value={setRef}>
      {children}
      <ExplainDrawer figure={ref} onClose={() => setRef(null)} />
    </ExplainContext>
  );
}

/** A number that explains itself when clicked. */
export function FigureLink({
  figure,
  children,
  testId,
}: {
  figure: FigureRef;
  children: ReactNode;
  testId?: string;
}) {
  const explain = useExplain();
  return (
    <Typography.Link
      data-testid={testId}
      className="figure-link"
      onClick={(e) => {
        e.stopPropagation();
        explain(figure);
      }}
    >
      {children}
    </Typography.Link>
  );
}

/** The page of enterprise rows shown, sorted on the server: by contribution, highest first. */
interface Paging {
  figure: FigureRef | null;
  page: number;
  sort: TFactSort;
  order: 'desc' | 'asc';
}

const PAGE_SIZE = 20;
const firstPage = (figure: FigureRef | null): Paging => ({
  figure,
  page: 1,
  sort: 'contribution',
  order: 'desc',
});

function ExplainDrawer({ figure, onClose }: { figure: FigureRef | null; onClose: () => void }) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const [paging, setPaging] = useState<Paging>(() => firstPage(figure));
  // Another figure starts on its first page, in the default order.
  if (paging.figure !== figure) setPaging(firstPage(figure));
  const { page, sort, order } = paging;
  const query = useQuery({
    queryKey: ['analytics', 'explain', figure, page, sort, order],
    queryFn: ({ signal }) =>
      analyticsApi.explain({ ...figure, page, pageSize: PAGE_SIZE, sort, order }, signal),
    enabled: figure !== null,
    // The page shown stays while the next one loads.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === figure ? keepPreviousData(previous) : undefined,
  });
  const data = query.data;
  const columns = useMemo<ColumnsType<TFigureFact>>(() => {
    if (!data) return [];
    const amount = (v: number | null) => label(amountText(v, data.indicator));
    const sorted = (key: TFactSort): ColumnType<TFigureFact> => ({
      key,
      sorter: true,
      sortDirections: ['descend', 'ascend'] as SortOrder[],
      sortOrder: sort === key ? (order === 'desc' ? 'descend' : 'ascend') : null,
    });
    return [
      {
        title: c.columns.enterprise,
        dataIndex: 'name',
        render: (name: string, f) => <Link to={`/enterprises/${f.enterpriseId}`}>{name}</Link>,
      },
      { title: c.columns.county, dataIndex: 'countyName', width: 100 },
      {
        title: c.columns.ytd,
        dataIndex: 'ytd',
        align: 'right',
        render: amount,
        ...sorted('ytd'),
      },
      {
        title: c.columns.prevYtd,
        dataIndex: 'ytdPrevYear',
        align: 'right',
        render: amount,
        ...sorted('ytdPrevYear'),
      },
      {
        title: c.columns.growth,
        align: 'right',
        render: (_, f) => label(growthText(f.growth)),
        ...sorted('growth'),
      },
      {
        title: c.columns.pull,
        align: 'right',
        render: (_, f) => label(pointsText(f.pull)),
        ...sorted('pull'),
      },
      {
        title: c.columns.contribution,
        align: 'right',
        render: (_, f) => label(percentText(f.contribution)),
        ...sorted('contribution'),
      },
    ];
  }, [data, c, label, sort, order]);

  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      title={data ? `${c.explain.title} · ${label(data.name)}` : c.explain.title}
      size="min(960px, 100vw)"
      destroyOnHidden
    >
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && figure !== null && <Typography.Text>…</Typography.Text>}
      {data && (
        <div data-testid="explain-drawer" data-figure={figure?.figure}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {label(data.row.name)} · {label(data.indicator.name)}
          </Typography.Title>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={c.explain.formula}>{label(data.formula)}</Descriptions.Item>
            <Descriptions.Item label={c.explain.computation}>
              <span data-testid="explain-computation">{label(data.computation)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={c.explain.whole}>
              {label(data.whole.name)}：{label(amountText(data.whole.ytd, data.indicator))}，
              {label(growthText(data.whole.growth))}
            </Descriptions.Item>
          </Descriptions>
          <Alert
            style={{ margin: '12px 0' }}
            type="info"
            showIcon
            title={c.explain.basisNote(c.bases[data.basis])}
            description={c.basisHint[data.basis]}
          />
          <Typography.Title level={5}>{c.explain.inputs}</Typography.Title>
          <Table<TFigureFact>
            data-testid="explain-facts"
            rowKey="enterpriseId"
            size="small"
            columns={columns}
            dataSource={data.facts}
            loading={query.isPlaceholderData}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: false,
              hideOnSinglePage: true,
            }}
            onChange={(pagination, _filters, sorter) => {
              const one = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = one?.order ? (one.columnKey as TFactSort) : undefined;
              setPaging((p) => {
                const next = key
                  ? { sort: key, order: one?.order === 'ascend' ? 'asc' : 'desc' }
                  : { sort: 'contribution', order: 'desc' };
                const changed = next.sort !== p.sort || next.order !== p.order;
                return {
                  ...p,
                  ...(next as Pick<Paging, 'sort' | 'order'>),
                  page: changed ? 1 : (pagination.current ?? 1),
                };
              });
            }}
            locale={{ emptyText: c.explain.noFacts }}
            scroll={{ x: 760 }}
            summary={() =>
              data.total > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <span data-testid="explain-sum-label">{c.explain.sumRow(data.total)}</span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <span data-testid="explain-sum-ytd" data-value={data.row.ytd ?? ''}>
                      {label(amountText(data.row.ytd, data.indicator))}
                    </span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {label(amountText(data.row.ytdPrevYear, data.indicator))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {label(growthText(data.row.growth))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {label(pointsText(data.row.pull))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {label(percentText(data.row.contribution))}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </div>
      )}
    </Drawer>
  );
}
