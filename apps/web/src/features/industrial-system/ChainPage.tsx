import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import type { TChain, TIndustrialSystem } from '@gongyeyun/contract';
import type { DescriptionsProps } from 'antd';
import { Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { canUseModule, useCanWrite, useCurrentUser } from '../auth/current-user';
import { ChainFigures } from '../cockpit/ChainFigures';
import { EnterpriseList } from '../enterprises/EnterpriseList';
import { ChainFormModal } from './ChainFormModal';
import { ChainLeader } from './ChainLeader';
import { IndustryCodeTags } from './IndustryCodeTags';
import { chainsUnder, useChain, useIndustrialSystems } from './use-industrial-systems';

/** `/industrial-system/chains/:id`: one chain, its sub-chains and the enterprises on it. */
export function ChainPage() {
  const { id } = useParams();
  const chainId = Number(id);
  const isValidId = Number.isSafeInteger(chainId) && chainId > 0;
  return isValidId ? <ChainDetail key={chainId} id={chainId} /> : <NotFoundResult />;
}

function ChainDetail({ id }: { id: number }) {
  const { t } = useRegistryI18n();
  const me = useCurrentUser();
  const canWrite = useCanWrite('industrial_system');
  const chain = useChain(id);
  const systems = useIndustrialSystems();
  const [isEditing, setIsEditing] = useState(false);

  if (chain.isPending) return <Spin />;
  if (chain.isError) {
    return isApiError(chain.error, 'NOT_FOUND') ? (
      <NotFoundResult />
    ) : (
      <LoadError error={chain.error} onRetry={() => void chain.refetch()} />
    );
  }
  const system = systems.data?.find((candidate) => candidate.id === chain.data.systemId);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/industrial-system">
        <ArrowLeftOutlined /> {t.industrialSystem.backToSystem}
      </Link>
      <ChainSummary
        chain={chain.data}
        system={system}
        onEdit={canWrite && system ? () => setIsEditing(true) : undefined}
      />
      {canUseModule(me, 'cockpit') && <ChainFigures chainId={id} />}
      {canUseModule(me, 'enterprises') && (
        <EnterpriseList title={t.industrialSystem.chainEnterprises} fixed={{ chainId: id }} />
      )}
      <ChainFormModal
        mode={isEditing && system ? { kind: 'edit', system, chain: chain.data } : null}
        onClose={() => setIsEditing(false)}
      />
    </Space>
  );
}

function ChainSummary({
  chain,
  system,
  onEdit,
}: {
  chain: TChain;
  system: TIndustrialSystem | undefined;
  onEdit?: () => void;
}) {
  const { t, locale } = useRegistryI18n();
  const s = t.industrialSystem;
  const tier = system?.tiers.find((candidate) => candidate.id === chain.tierId);
  const parent = system?.chains.find((candidate) => candidate.id === chain.parentId);
  const subChains = system ? chainsUnder(system, chain.tierId, chain.id) : [];

  const items: DescriptionsProps['items'] = [
    { key: 'code', label: s.code, children: chain.code },
    { key: 'tier', label: s.tier, children: tier ? localName(tier, locale) : t.common.none },
    {
      key: 'parent',
      label: s.parentChain,
      children: parent ? (
        <Link to={`/industrial-system/chains/${parent.id}`}>{localName(parent, locale)}</Link>
      ) : (
        t.common.none
      ),
    },
    { key: 'leader', label: s.leader, children: <ChainLeader chain={chain} /> },
    {
      key: 'leadDepartment',
      label: s.leadDepartment,
      children: chain.leadDepartmentName ?? t.common.none,
    },
    { key: 'enterpriseCount', label: s.enterpriseCount, children: chain.enterpriseCount },
    {
      key: 'industryCodes',
      label: s.industryCodes,
      span: 'filled',
      children: <IndustryCodeTags codes={chain.industryCodes} />,
    },
    ...(subChains.length > 0
      ? [
          {
            key: 'subChains',
            label: s.subChains,
            span: 'filled' as const,
            children: (
              <Space size={[0, 4]} wrap>
                {subChains.map((sub) => (
                  <Tag key={sub.id} color="purple">
                    <Link to={`/industrial-system/chains/${sub.id}`}>{localName(sub, locale)}</Link>
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      data-testid="chain-summary"
      title={
        <Space wrap>
          {localName(chain, locale)}
          {!chain.isActive && <Tag color="red">{t.common.inactive}</Tag>}
        </Space>
      }
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {s.editChain}
          </Button>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {s.mappingHint}
      </Typography.Paragraph>
    </Card>
  );
}
