import type { TEnterpriseListItem, TFindEnterprisesQuery } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import { useTagName } from '../reference/use-reference';
import { EnterpriseStatusTag, ScaleCategoryTag } from './EnterpriseLabels';

type Columns = NonNullable<TableProps<TEnterpriseListItem>['columns']>;

/** The enterprise table's columns; name and USCC sort on the server. */
export function useEnterpriseColumns(query: TFindEnterprisesQuery): Columns {
  const { t } = useRegistryI18n();
  const me = useCurrentUser();
  const tagName = useTagName();
  const canOpenChains = canUseModule(me, 'industrial_system');
  const sortOrderOf = (key: TFindEnterprisesQuery['sort']) =>
    query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null;

  return [
    {
      title: t.enterprises.name,
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      fixed: 'start',
      width: 240,
      render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link>,
    },
    {
      title: t.enterprises.uscc,
      dataIndex: 'uscc',
      key: 'uscc',
      sorter: true,
      sortOrder: sortOrderOf('uscc'),
      width: 200,
      render: (_, e) => <Typography.Text code>{e.uscc}</Typography.Text>,
    },
    { title: t.enterprises.county, dataIndex: 'countyName', key: 'county', width: 120 },
    {
      title: t.enterprises.park,
      dataIndex: 'parkName',
      key: 'park',
      width: 160,
      render: (_, e) => e.parkName ?? t.common.none,
    },
    {
      title: t.enterprises.industry,
      dataIndex: 'industryCode',
      key: 'industry',
      width: 220,
      render: (_, e) => (
        <>
          <Typography.Text type="secondary">{e.industryCode}</Typography.Text>{' '}
          {e.industryName ?? ''}
        </>
      ),
    },
    {
      title: t.enterprises.scaleCategory,
      dataIndex: 'scaleCategory',
      key: 'scaleCategory',
      width: 170,
      render: (_, e) => <ScaleCategoryTag category={e.scaleCategory} />,
    },
    {
      title: t.enterprises.status,
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (_, e) => <EnterpriseStatusTag status={e.status} />,
    },
    {
      title: t.enterprises.tags,
      dataIndex: 'tags',
      key: 'tags',
      width: 180,
      render: (_, e) => (
        <Space size={[0, 4]} wrap>
          {e.tags.map((code) => (
            <Tag key={code}>{tagName(code)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t.enterprises.chains,
      dataIndex: 'chains',
      key: 'chains',
      width: 200,
      render: (_, e) => (
        <Space size={[0, 4]} wrap>
          {e.chains.map((chain) => (
            <Tag key={chain.id} color="purple">
              {canOpenChains ? (
                <Link to={`/industrial-system/chains/${chain.id}`}>{chain.name}</Link>
              ) : (
                chain.name
              )}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
}
