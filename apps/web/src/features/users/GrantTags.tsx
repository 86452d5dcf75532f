import type { TGrant } from '@gongyeyun/contract';
import { ROLE_LABELS } from '@gongyeyun/core';
import { Space, Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

/** A user's grants in a table cell: role · org unit. */
export function GrantTags({ grants }: { grants: TGrant[] }) {
  const { label } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {grants.map((g) => (
        <Tag key={g.id} color="blue">
          {label(ROLE_LABELS[g.role])} · {g.orgUnitName}
        </Tag>
      ))}
    </Space>
  );
}
