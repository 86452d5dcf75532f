import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin } from 'antd';
import { useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { LoadError } from '../../shared/LoadError';
import { useCanWrite } from '../auth/current-user';
import type { ChainFormMode } from './ChainFormModal';
import { ChainFormModal } from './ChainFormModal';
import type { SystemActions } from './IndustrialSystemCard';
import { IndustrialSystemCard } from './IndustrialSystemCard';
import type { SystemFormMode } from './SystemFormModal';
import { SystemFormModal } from './SystemFormModal';
import type { TierFormMode } from './TierFormModal';
import { TierFormModal } from './TierFormModal';
import { useIndustrialSystems } from './use-industrial-systems';

/**
 * `/industrial-system`: the city's industrial system(s) as tiers → chains → sub-chains, with
 * 链长, lead department, industries and enterprise counts; administrators and analysts edit.
 */
export function IndustrialSystemPage() {
  const { t } = useRegistryI18n();
  const canWrite = useCanWrite('industrial_system');
  const systems = useIndustrialSystems();
  const [systemForm, setSystemForm] = useState<SystemFormMode | null>(null);
  const [tierForm, setTierForm] = useState<TierFormMode | null>(null);
  const [chainForm, setChainForm] = useState<ChainFormMode | null>(null);

  const actions: SystemActions = {
    editSystem: (system) => setSystemForm({ kind: 'edit', system }),
    addTier: (system) => setTierForm({ kind: 'create', system }),
    editTier: (system, tier) => setTierForm({ kind: 'edit', system, tier }),
    addChain: (system, tierId, parentId) =>
      setChainForm({ kind: 'create', system, tierId, parentId }),
    editChain: (system, chain) => setChainForm({ kind: 'edit', system, chain }),
  };

  if (systems.isPending) return <Spin />;
  if (systems.isError) {
    return <LoadError error={systems.error} onRetry={() => void systems.refetch()} />;
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {(canWrite || systems.data.length === 0) && (
        <Card
          title={t.nav.industrialSystem}
          extra={
            canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setSystemForm({ kind: 'create' })}
              >
                {t.industrialSystem.createSystem}
              </Button>
            )
          }
        >
          {systems.data.length === 0 && <Empty description={t.industrialSystem.empty} />}
        </Card>
      )}
      {systems.data.map((system) => (
        <IndustrialSystemCard
          key={system.id}
          system={system}
          actions={canWrite ? actions : undefined}
        />
      ))}
      <SystemFormModal mode={systemForm} onClose={() => setSystemForm(null)} />
      <TierFormModal mode={tierForm} onClose={() => setTierForm(null)} />
      <ChainFormModal mode={chainForm} onClose={() => setChainForm(null)} />
    </Space>
  );
}
