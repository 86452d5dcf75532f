import type { TChain } from '@gongyeyun/contract';
import { Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

/** 链长: the leader's name with the title in grey. */
export function ChainLeader({ chain }: { chain: TChain }) {
  const { t } = useRegistryI18n();
  if (!chain.leaderName) return <>{t.common.none}</>;
  return (
    <>
      {chain.leaderName}
      {chain.leaderTitle && (
        <Typography.Text type="secondary"> · {chain.leaderTitle}</Typography.Text>
      )}
    </>
  );
}
