import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TChain, TChainTier, TIndustrialSystem } from '@gongyeyun/contract';
import { Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { ChainTable } from './ChainTable';
import { sortedTiers } from './use-industrial-systems';

export interface SystemActions {
  editSystem: (system: TIndustrialSystem) => void;
  addTier: (system: TIndustrialSystem) => void;
  editTier: (system: TIndustrialSystem, tier: TChainTier) => void;
  addChain: (system: TIndustrialSystem, tierId: number, parentId?: number) => void;
  editChain: (system: TIndustrialSystem, chain: TChain) => void;
}

/** One industrial system: its tiers, each with its chains and sub-chains. */
export function IndustrialSystemCard({
  system,
  actions,
}: {
  system: TIndustrialSystem;
  /** Absent for readers. */
  actions?: SystemActions;
}) {
  const { t, locale } = useRegistryI18n();
  const s = t.industrialSystem;
  const tiers = sortedTiers(system);

  return (
    <Card
      data-testid="industrial-system"
      title={
        <Space wrap>
          {localName(system, locale)}
          <Tag>{system.code}</Tag>
          {!system.isActive && <Tag color="red">{t.common.inactive}</Tag>}
        </Space>
      }
      extra={
        actions && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => actions.addTier(system)}>
              {s.addTier}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => actions.editSystem(system)}>
              {s.editSystem}
            </Button>
          </Space>
        )
      }
    >
      {system.description && (
        <Typography.Paragraph type="secondary">{system.description}</Typography.Paragraph>
      )}
      {tiers.length === 0 && <Empty description={s.noTiers} />}
      {tiers.map((tier) => (
        <section key={tier.id} style={{ marginBottom: 24 }} data-testid="chain-tier">
          <Flex align="center" justify="space-between" wrap gap="small" style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {localName(tier, locale)}
            </Typography.Title>
            {actions && (
              <Space size={0}>
                <Button
                  type="link"
                  icon={<EditOutlined />}
                  onClick={() => actions.editTier(system, tier)}
                >
                  {s.editTier}
                </Button>
                <Button
                  type="link"
                  icon={<PlusOutlined />}
                  onClick={() => actions.addChain(system, tier.id)}
                >
                  {s.addChain}
                </Button>
              </Space>
            )}
          </Flex>
          <ChainTable
            system={system}
            tierId={tier.id}
            onEdit={actions && ((chain) => actions.editChain(system, chain))}
            onAddSubChain={actions && ((parent) => actions.addChain(system, tier.id, parent.id))}
          />
        </section>
      ))}
    </Card>
  );
}
