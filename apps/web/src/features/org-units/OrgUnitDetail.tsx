import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS, canBeChildOf } from '@gongyeyun/core';
import type { DescriptionsProps } from 'antd';
import { Button, Card, Descriptions, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { useCanWrite } from '../auth/current-user';
import { OrgUnitChildrenTable } from './OrgUnitChildrenTable';
import type { OrgUnitFormMode } from './OrgUnitFormModal';
import { OrgUnitFormModal } from './OrgUnitFormModal';
import type { IndexedNode } from './use-org-units';
import { useOrgUnit } from './use-org-units';

/** One org unit: its record, its children, and (for administrators) create and edit. */
export function OrgUnitDetail({
  id,
  treeIndex,
}: {
  id: number;
  treeIndex: Map<number, IndexedNode>;
}) {
  const { t, label } = useI18n();
  const canWrite = useCanWrite('org_units');
  const detail = useOrgUnit(id);
  const [formMode, setFormMode] = useState<OrgUnitFormMode | null>(null);

  if (detail.isPending) return <Spin />;
  if (detail.isError) {
    return (
      <Card>
        {isApiError(detail.error, 'NOT_FOUND') ? (
          <NotFoundResult />
        ) : (
          <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
        )}
      </Card>
    );
  }

  const unit = detail.data;
  const parent = unit.parentId === null ? undefined : treeIndex.get(unit.parentId)?.node;
  const canHaveChildren = ORG_UNIT_KINDS.some((kind) => canBeChildOf(kind, unit.kind));
  const none = t.common.none;
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t.orgUnits.code, children: unit.code },
    { key: 'name', label: t.orgUnits.name, children: unit.name },
    { key: 'nameEn', label: t.orgUnits.nameEn, children: unit.nameEn ?? none },
    { key: 'kind', label: t.orgUnits.kind, children: label(ORG_UNIT_KIND_LABELS[unit.kind]) },
    {
      key: 'parent',
      label: t.orgUnits.parent,
      children: parent ? <Link to={`/org-units/${parent.id}`}>{parent.name}</Link> : none,
    },
    { key: 'childCount', label: t.orgUnits.childCount, children: unit.childCount },
    { key: 'note', label: t.orgUnits.note, children: unit.note ?? none, span: 'filled' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="org-unit-detail"
        title={unit.name}
        extra={
          canWrite && (
            <Space>
              {canHaveChildren && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setFormMode({ kind: 'create', parent: unit })}
                >
                  {t.orgUnits.createChild}
                </Button>
              )}
              <Button icon={<EditOutlined />} onClick={() => setFormMode({ kind: 'edit', unit })}>
                {t.common.edit}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} items={items} />
      </Card>
      {canHaveChildren && <OrgUnitChildrenTable parentId={unit.id} />}
      <OrgUnitFormModal mode={formMode} onClose={() => setFormMode(null)} />
    </Space>
  );
}
