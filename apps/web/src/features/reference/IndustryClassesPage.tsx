import type { TIndustryClass } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Card, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { SearchBox } from '../../shared/SearchBox';
import { usePagination } from '../../shared/use-pagination';
import { IndustryClassTree } from './IndustryClassTree';
import { IndustryLevelTag } from './IndustryLevelTag';
import { useIndustryClassSearch } from './use-industry-classes';

/** `/reference/industry-classes`: GB/T 4754-2017, browsed as a tree or searched by code or name. */
export function IndustryClassesPage() {
  const { t } = useRegistryI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';

  return (
    <Card
      title={t.nav.industryClasses}
      extra={
        <SearchBox
          data-testid="industry-class-search"
          placeholder={t.reference.searchPlaceholder}
          aria-label={t.reference.searchPlaceholder}
          style={{ width: 280 }}
          value={q || undefined}
          onSearch={(value) => setParams(value ? { q: value } : {})}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        {t.reference.industryClassesTitle} · {t.reference.industryClassesHint}
      </Typography.Paragraph>
      {q ? <IndustryClassSearchResults key={q} q={q} /> : <IndustryClassTree />}
    </Card>
  );
}

function IndustryClassSearchResults({ q }: { q: string }) {
  const { t } = useRegistryI18n();
  const { page, pageSize, pagination } = usePagination(50);
  const found = useIndustryClassSearch(q, page, pageSize);
  const r = t.reference;
  const columns: TableProps<TIndustryClass>['columns'] = [
    { title: r.code, dataIndex: 'code', width: 100 },
    { title: r.name, dataIndex: 'name' },
    {
      title: r.level,
      dataIndex: 'level',
      width: 100,
      render: (_, item) => <IndustryLevelTag level={item.level} />,
    },
    {
      title: r.parentCode,
      dataIndex: 'parentCode',
      width: 100,
      render: (_, item) => item.parentCode ?? t.common.none,
    },
  ];
  return (
    <Table<TIndustryClass>
      data-testid="industry-class-results"
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={found.data?.items}
      loading={found.isFetching}
      pagination={pagination(found.data?.total)}
      locale={{ emptyText: r.noResults }}
    />
  );
}
