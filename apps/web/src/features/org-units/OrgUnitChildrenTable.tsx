import type { TOrgUnit } from '@gongyeyun/contract';
import { ORG_UNIT_KIND_LABELS } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Card, Input, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { usePagination } from '../../shared/use-pagination';
import { useOrgUnitPage } from './use-org-units';

/** The children of one unit, a page at a time, searchable by name or code. */
export function OrgUnitChildrenTable({ parentId }: { parentId: number }) {
  const { t, label } = useI18n();
  const [q, setQ] = useState('');
  const { page, pageSize, toFirstPage, pagination } = usePagination();
  const list = useOrgUnitPage({ parentId, q: q || undefined, page, pageSize });

  const columns: TableProps<TOrgUnit>['columns'] = [
    { title: t.orgUnits.code, dataIndex: 'code', width: 140 },
    {
      title: t.orgUnits.name,
      dataIndex: 'name',
      render: (_, unit) => <Link to={`/org-units/${unit.id}`}>{unit.name}</Link>,
    },
    { title: t.orgUnits.nameEn, dataIndex: 'nameEn', render: (_, unit) => unit.nameEn ?? '' },
    {
      title: t.orgUnits.kind,
      dataIndex: 'kind',
      width: 140,
      render: (_, unit) => label(ORG_UNIT_KIND_LABELS[unit.kind]),
    },
    { title: t.orgUnits.note, dataIndex: 'note', render: (_, unit) => unit.note ?? '' },
    { title: t.orgUnits.childCount, dataIndex: 'childCount', width: 110, align: 'right' },
  ];

  return (
    <Card
      title={t.orgUnits.children}
      extra={
        <Input.Search
          allowClear
          placeholder={t.orgUnits.searchPlaceholder}
          aria-label={t.orgUnits.searchPlaceholder}
          style={{ width: 260 }}
          onSearch={(value) => {
            setQ(value.trim());
            toFirstPage();
          }}
        />
      }
    >
      <Table<TOrgUnit>
        data-testid="org-unit-children"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination(list.data?.total)}
      />
    </Card>
  );
}
