import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TEnterprise } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enterprisesApi } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import {
  chainIdOfOption,
  chainTreeOptions,
  useIndustrialSystems,
} from '../industrial-system/use-industrial-systems';
import { useEnterpriseChanged } from './use-enterprises';

type EnterpriseChain = TEnterprise['chains'][number];

/**
 * The chains an enterprise is on: automatic ones follow its industry code, manual ones are
 * tagged here and may be removed here.
 */
export function EnterpriseChains({
  enterprise,
  canWrite,
}: {
  enterprise: TEnterprise;
  canWrite: boolean;
}) {
  const { t } = useRegistryI18n();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useEnterpriseChanged();
  const canOpenChains = canUseModule(me, 'industrial_system');

  const remove = useMutation({
    mutationFn: (chainId: number) => enterprisesApi.removeChain(enterprise.id, chainId),
    onSuccess: (updated) => {
      onChanged(updated);
      void message.success(t.enterprises.chainRemoved);
    },
    onError: (error) => showError(error),
  });

  const columns: TableProps<EnterpriseChain>['columns'] = [
    {
      title: t.enterprises.chains,
      dataIndex: 'name',
      render: (_, chain) =>
        canOpenChains ? (
          <Link to={`/industrial-system/chains/${chain.id}`}>{chain.name}</Link>
        ) : (
          chain.name
        ),
    },
    { title: t.enterprises.tier, dataIndex: 'tierName' },
    {
      title: t.enterprises.chainSource,
      dataIndex: 'source',
      width: 90,
      render: (_, chain) => (
        <Tag color={chain.source === 'auto' ? 'blue' : 'gold'}>
          {t.enterprises.sources[chain.source]}
        </Tag>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, chain: EnterpriseChain) =>
              chain.source === 'manual' && (
                <Popconfirm
                  title={t.enterprises.removeChainConfirm}
                  onConfirm={() => remove.mutate(chain.id)}
                >
                  <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                    {t.common.remove}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t.enterprises.chainsTitle} style={{ height: '100%' }}>
      <Table<EnterpriseChain>
        data-testid="enterprise-chains"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={enterprise.chains}
        loading={remove.isPending}
        pagination={false}
        locale={{ emptyText: t.enterprises.noChains }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t.enterprises.sourceHint}
      </Typography.Paragraph>
      {canWrite && canOpenChains && <AddChainForm enterprise={enterprise} />}
    </Card>
  );
}

function AddChainForm({ enterprise }: { enterprise: TEnterprise }) {
  const { t, locale } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useEnterpriseChanged();
  const systems = useIndustrialSystems();
  const [choice, setChoice] = useState<string | undefined>();
  const chainId = chainIdOfOption(choice);

  const add = useMutation({
    mutationFn: (id: number) => enterprisesApi.addChain(enterprise.id, id),
    onSuccess: (updated) => {
      onChanged(updated);
      setChoice(undefined);
      void message.success(t.enterprises.chainAdded);
    },
    onError: (error) => showError(error),
  });

  return (
    <Flex gap="small">
      <TreeSelect<string>
        showSearch={{ treeNodeFilterProp: 'title' }}
        placeholder={t.enterprises.chainToAdd}
        aria-label={t.enterprises.chainToAdd}
        style={{ flex: 1 }}
        treeDefaultExpandAll
        loading={systems.isPending}
        value={choice}
        onChange={setChoice}
        treeData={chainTreeOptions(systems.data ?? [], locale, {
          disabledChainIds: enterprise.chains.map((chain) => chain.id),
        })}
      />
      <Button
        icon={<PlusOutlined />}
        disabled={chainId === null}
        loading={add.isPending}
        onClick={() => chainId !== null && add.mutate(chainId)}
      >
        {t.enterprises.addChain}
      </Button>
    </Flex>
  );
}
