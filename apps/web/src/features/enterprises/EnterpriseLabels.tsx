import type { TEnterprise } from '@gongyeyun/contract';
import type { ScaleCategory } from '@gongyeyun/core';
import { SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import { Tag } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

type EnterpriseStatus = TEnterprise['status'];

const STATUS_COLORS: Record<EnterpriseStatus, string> = {
  operating: 'green',
  stopped: 'orange',
  closed: 'default',
};

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const { t } = useRegistryI18n();
  return <Tag color={STATUS_COLORS[status]}>{t.enterprises.statuses[status]}</Tag>;
}

/** The 四上 category an enterprise is counted in, or "not above scale". */
export function ScaleCategoryTag({ category }: { category: ScaleCategory | null }) {
  const { t, label } = useRegistryI18n();
  return category === null ? (
    <Tag>{t.enterprises.notScale}</Tag>
  ) : (
    <Tag color="blue">{label(SCALE_CATEGORY_LABELS[category])}</Tag>
  );
}
