import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TChain, TIndustrialSystem } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import { enterpriseListLink } from '../enterprises/enterprise-query';
import { ChainLeader } from './ChainLeader';
import { IndustryCodeTags } from './IndustryCodeTags';
import { chainsUnder } from './use-industrial-systems';

type ChainRow = TChain & { children?: ChainRow[] };

const toRows = (system: TIndustrialSystem, tierId: number, parentId: number | null): ChainRow[] =>
  chainsUnder(system, tierId, parentId).map((chain) => {
    const children = toRows(system, tierId, chain.id);
    return children.length > 0 ? { ...chain, children } : chain;
  });

/** A tier's chains with their sub-chains: leader, lead department, industries, enterprises. */
export function ChainTable({
  system,
  tierId,
  onAddSubChain,
  onEdit,
}: {
  system: TIndustrialSystem;
  tierId: number;
  /** Absent for readers. */
  onAddSubChain?: (parent: TChain) => void;
  onEdit?: (chain: TChain) => void;
}) {
  const { t, locale } = useRegistryI18n();
  const me = useCurrentUser();
  const canOpenEnterprises = canUseModule(me, 'enterprises');
  const s = t.industrialSystem;
  const rows = toRows(system, tierId, null);

  const columns: TableProps<ChainRow>['columns'] = [
    {
      title: s.chain,
      dataIndex: 'name',
      width: 240,
      render: (_, chain) => (
        <>
          <Link to={`/industrial-system/chains/${chain.id}`}>{localName(chain, locale)}</Link>{' '}
          <Typography.Text type="secondary">{chain.code}</Typography.Text>
          {!chain.isActive && <Tag style={{ marginInlineStart: 4 }}>{t.common.inactive}</Tag>}
        </>
      ),
    },
    {
      title: s.leader,
      key: 'leader',
      width: 170,
      render: (_, chain) => <ChainLeader chain={chain} />,
    },
    {
      title: s.leadDepartment,
      dataIndex: 'leadDepartmentName',
      width: 190,
      render: (_, chain) => chain.leadDepartmentName ?? t.common.none,
    },
    {
      title: s.industryCodes,
      dataIndex: 'industryCodes',
      render: (_, chain) => <IndustryCodeTags codes={chain.industryCodes} max={4} />,
    },
    {
      title: s.enterpriseCount,
      dataIndex: 'enterpriseCount',
      width: 80,
      align: 'right',
      render: (_, chain) =>
        canOpenEnterprises ? (
          <Link to={enterpriseListLink({ chainId: chain.id })}>{chain.enterpriseCount}</Link>
        ) : (
          chain.enterpriseCount
        ),
    },
    ...(onEdit && onAddSubChain
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 180,
            render: (_: unknown, chain: ChainRow) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => onEdit(chain)}
                >
                  {t.common.edit}
                </Button>
                {chain.parentId === null && (
                  <Button
                    type="link"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => onAddSubChain(chain)}
                  >
                    {s.addSubChain}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<ChainRow>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      expandable={{ defaultExpandAllRows: true }}
      locale={{ emptyText: s.noChains }}
    />
  );
}
