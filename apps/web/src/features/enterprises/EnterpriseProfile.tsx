import { EditOutlined } from '@ant-design/icons';
import type { TEnterprise } from '@gongyeyun/contract';
import type { DescriptionsProps } from 'antd';
import { Button, Card, Descriptions, Divider, Space, Tag, Typography } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { formatDateTime } from '../../shared/format';
import { useTagName } from '../reference/use-reference';
import { EnterpriseStatusTag, ScaleCategoryTag } from './EnterpriseLabels';
import { UsccPartsDescriptions } from './UsccParts';

/** Every field of the record, the USCC taken apart below it. */
export function EnterpriseProfile({
  enterprise: e,
  onEdit,
}: {
  enterprise: TEnterprise;
  /** Absent for readers. */
  onEdit?: () => void;
}) {
  const { t } = useRegistryI18n();
  const tagName = useTagName();
  const none = t.common.none;

  const items: DescriptionsProps['items'] = [
    {
      key: 'uscc',
      label: t.enterprises.uscc,
      children: (
        <Typography.Text code copyable>
          {e.uscc}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      label: t.enterprises.status,
      children: <EnterpriseStatusTag status={e.status} />,
    },
    {
      key: 'scaleCategory',
      label: t.enterprises.scaleCategory,
      children: <ScaleCategoryTag category={e.scaleCategory} />,
    },
    {
      key: 'formerNames',
      label: t.enterprises.formerNames,
      span: 'filled',
      children:
        e.formerNames.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {e.formerNames.map((name) => (
              <Tag key={name}>{name}</Tag>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    {
      key: 'industry',
      label: t.enterprises.industry,
      children: `${e.industryCode} ${e.industryName ?? ''}`,
    },
    { key: 'county', label: t.enterprises.county, children: e.countyName },
    { key: 'township', label: t.enterprises.township, children: e.townshipName ?? none },
    { key: 'park', label: t.enterprises.park, children: e.parkName ?? none },
    {
      key: 'legalRepresentative',
      label: t.enterprises.legalRepresentative,
      children: e.legalRepresentative ?? none,
    },
    {
      key: 'registeredCapital',
      label: t.enterprises.registeredCapital,
      children: e.registeredCapital ?? none,
    },
    { key: 'foundedOn', label: t.enterprises.foundedOn, children: e.foundedOn ?? none },
    { key: 'contactPerson', label: t.enterprises.contactPerson, children: e.contactPerson ?? none },
    { key: 'contactPhone', label: t.enterprises.contactPhone, children: e.contactPhone ?? none },
    {
      key: 'tags',
      label: t.enterprises.tags,
      children:
        e.tags.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {e.tags.map((code) => (
              <Tag key={code}>{tagName(code)}</Tag>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    { key: 'address', label: t.enterprises.address, span: 'filled', children: e.address ?? none },
    { key: 'createdAt', label: t.enterprises.createdAt, children: formatDateTime(e.createdAt) },
    { key: 'updatedAt', label: t.enterprises.updatedAt, children: formatDateTime(e.updatedAt) },
  ];

  return (
    <Card
      data-testid="enterprise-profile"
      title={e.name}
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} data-testid="enterprise-edit" onClick={onEdit}>
            {t.common.edit}
          </Button>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      <Divider titlePlacement="start" plain>
        {t.enterprises.uscc}
      </Divider>
      <UsccPartsDescriptions uscc={e.uscc} acceptedReason={e.usccAcceptedReason} />
    </Card>
  );
}
