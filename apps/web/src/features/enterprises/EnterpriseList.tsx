import { DownloadOutlined, SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import type { TEnterpriseListItem, TFindEnterprisesQuery } from '@gongyeyun/contract';
import { ENTERPRISE_SORTS } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Button, Card, Select, Space, Table, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { enterprisesApi } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import type { FixedEnterpriseFilters } from './enterprise-query';
import { useEnterpriseQueryState } from './enterprise-query';
import { EnterpriseFilterBar } from './EnterpriseFilterBar';
import { useEnterpriseColumns } from './use-enterprise-columns';
import { useEnterprisePage } from './use-enterprises';

type Sort = TFindEnterprisesQuery['sort'];

/**
 * The enterprises a user may see, filtered, ordered and paged on the server, with the query in
 * the address; `fixed` narrows it for a page about one chain or tier.
 */
export function EnterpriseList({
  title,
  actions,
  fixed,
}: {
  title: ReactNode;
  /** Buttons beside the export (create, import). */
  actions?: ReactNode;
  fixed?: FixedEnterpriseFilters;
}) {
  const { t } = useRegistryI18n();
  const state = useEnterpriseQueryState(fixed);
  const { query, update } = state;
  const list = useEnterprisePage(query);
  const columns = useEnterpriseColumns(query);
  const { page: _page, pageSize: _pageSize, ...exportQuery } = query;

  // A page past the end (a shared link, fewer results since): show the last page instead.
  const total = list.data?.total;
  const lastPage = total === undefined ? 1 : Math.max(1, Math.ceil(total / query.pageSize));
  useEffect(() => {
    if (total !== undefined && query.page > lastPage)
      update({ page: lastPage }, { keepPage: true, replace: true });
  }, [total, lastPage, query.page, update]);

  const onTableChange: TableProps<TEnterpriseListItem>['onChange'] = (
    pagination,
    _filters,
    sorter,
    { action },
  ) => {
    if (action === 'paginate') {
      const pageSize = pagination.pageSize ?? query.pageSize;
      update(
        { page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize },
        { keepPage: true },
      );
    } else if (action === 'sort' && !Array.isArray(sorter)) {
      const key = sorter.columnKey;
      const sort = ENTERPRISE_SORTS.find((candidate) => candidate === key);
      update(
        sort && sorter.order
          ? { sort, order: sorter.order === 'ascend' ? 'asc' : 'desc' }
          : { sort: 'name', order: 'asc' },
      );
    }
  };

  return (
    <Card
      title={title}
      extra={
        <Space wrap>
          <Select<Sort>
            aria-label={t.enterprises.sortBy}
            style={{ width: 150 }}
            value={query.sort}
            onChange={(sort) => update({ sort })}
            options={ENTERPRISE_SORTS.map((sort) => ({
              value: sort,
              label: t.enterprises.sorts[sort],
            }))}
          />
          <Tooltip
            title={query.order === 'asc' ? t.enterprises.ascending : t.enterprises.descending}
          >
            <Button
              aria-label={
                query.order === 'asc' ? t.enterprises.ascending : t.enterprises.descending
              }
              icon={query.order === 'asc' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
              onClick={() => update({ order: query.order === 'asc' ? 'desc' : 'asc' })}
            />
          </Tooltip>
          <Tooltip title={t.enterprises.exportHint}>
            <Button
              data-testid="enterprise-export"
              icon={<DownloadOutlined />}
              href={enterprisesApi.exportUrl(exportQuery)}
            >
              {t.enterprises.export}
            </Button>
          </Tooltip>
          {actions}
        </Space>
      }
    >
      <EnterpriseFilterBar state={state} hideChainFilters={fixed?.chainId !== undefined} />
      <Table<TEnterpriseListItem>
        data-testid="enterprise-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t.common.total(total),
        }}
      />
    </Card>
  );
}
