import type { TGrant } from '@gongyeyun/contract';
import { ORG_UNIT_KIND_LABELS, ROLE_LABELS } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

/** Columns describing grants (role, org unit, kind), shared by every grants table. */
export function useGrantColumns(): NonNullable<TableProps<TGrant>['columns']> {
  const { t, label } = useI18n();
  return [
    { title: t.users.role, dataIndex: 'role', render: (_, g) => label(ROLE_LABELS[g.role]) },
    {
      title: t.users.orgUnit,
      dataIndex: 'orgUnitName',
      render: (_, g) => `${g.orgUnitName}（${g.orgUnitCode}）`,
    },
    {
      title: t.orgUnits.kind,
      dataIndex: 'orgUnitKind',
      render: (_, g) => label(ORG_UNIT_KIND_LABELS[g.orgUnitKind]),
    },
  ];
}
