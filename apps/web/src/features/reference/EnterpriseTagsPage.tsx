import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TEnterpriseTag } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useCanWrite } from '../auth/current-user';
import type { EnterpriseTagFormMode } from './EnterpriseTagFormModal';
import { EnterpriseTagFormModal } from './EnterpriseTagFormModal';
import { useEnterpriseTags } from './use-reference';

/** `/reference/tags`: the tags enterprises may carry; administrators add and rename them. */
export function EnterpriseTagsPage() {
  const { t } = useRegistryI18n();
  const canWrite = useCanWrite('reference_data');
  const tags = useEnterpriseTags();
  const [formMode, setFormMode] = useState<EnterpriseTagFormMode | null>(null);
  const r = t.reference;

  const columns: TableProps<TEnterpriseTag>['columns'] = [
    {
      title: r.tagCode,
      dataIndex: 'code',
      width: 200,
      render: (_, tag) => <Typography.Text code>{tag.code}</Typography.Text>,
    },
    { title: r.tagName, dataIndex: 'name' },
    { title: r.tagNameEn, dataIndex: 'nameEn', render: (_, tag) => tag.nameEn ?? '' },
    { title: r.sortOrder, dataIndex: 'sortOrder', width: 90, align: 'right' },
    ...(canWrite
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, tag: TEnterpriseTag) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setFormMode({ kind: 'edit', tag })}
              >
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t.nav.enterpriseTags}
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormMode({ kind: 'create' })}
          >
            {r.addTag}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{r.tagsIntro}</Typography.Paragraph>
      <Table<TEnterpriseTag>
        data-testid="enterprise-tags"
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={tags.data ? [...tags.data].sort((a, b) => a.sortOrder - b.sortOrder) : []}
        loading={tags.isFetching}
        pagination={false}
      />
      <EnterpriseTagFormModal mode={formMode} onClose={() => setFormMode(null)} />
    </Card>
  );
}
