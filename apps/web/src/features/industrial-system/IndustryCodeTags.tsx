import type { TChain } from '@gongyeyun/contract';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

/** A chain's industry codes as "code name" tags; beyond `max`, the rest in a tooltip. */
export function IndustryCodeTags({
  codes,
  max = Infinity,
}: {
  codes: TChain['industryCodes'];
  max?: number;
}) {
  const { t } = useRegistryI18n();
  if (codes.length === 0) {
    return <Typography.Text type="secondary">{t.industrialSystem.noCodes}</Typography.Text>;
  }
  const shown = codes.slice(0, max);
  const rest = codes.slice(max);
  return (
    <Space size={[0, 4]} wrap>
      {shown.map((item) => (
        <Tag key={item.code}>
          <Typography.Text type="secondary">{item.code}</Typography.Text> {item.name}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((item) => `${item.code} ${item.name}`).join(' / ')}>
          <Tag>+{rest.length}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
