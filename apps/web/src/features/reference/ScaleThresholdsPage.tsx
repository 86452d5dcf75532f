import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TScaleThreshold } from '@gongyeyun/contract';
import { SCALE_CATEGORIES, SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Button, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { LoadError } from '../../shared/LoadError';
import { useCanWrite } from '../auth/current-user';
import type { ScaleThresholdFormMode } from './ScaleThresholdFormModal';
import { ScaleThresholdFormModal } from './ScaleThresholdFormModal';
import { thresholdRuleText } from './threshold-rule';
import { useScaleThresholds } from './use-reference';

/** `/reference/scale-thresholds`: the 四上 thresholds by category, newest rule first. */
export function ScaleThresholdsPage() {
  const { t, label } = useRegistryI18n();
  const canWrite = useCanWrite('reference_data');
  const thresholds = useScaleThresholds();
  const [formMode, setFormMode] = useState<ScaleThresholdFormMode | null>(null);
  const r = t.reference;

  const columns: TableProps<TScaleThreshold>['columns'] = [
    { title: r.fromYear, dataIndex: 'fromYear', width: 110 },
    {
      title: r.rule,
      key: 'rule',
      width: '34%',
      render: (_, threshold) => (
        <Typography.Text>{thresholdRuleText(threshold, t)}</Typography.Text>
      ),
    },
    {
      title: r.industryScope,
      dataIndex: 'industryCodes',
      width: 280,
      render: (_, threshold) =>
        threshold.industryCodes === null || threshold.industryCodes.length === 0 ? (
          <Typography.Text type="secondary">{r.wholeCategory}</Typography.Text>
        ) : (
          <Space size={[0, 4]} wrap>
            {threshold.industryCodes.map((code) => (
              <Tag key={code}>{code}</Tag>
            ))}
          </Space>
        ),
    },
    { title: r.note, dataIndex: 'note', render: (_, threshold) => threshold.note ?? '' },
    ...(canWrite
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, threshold: TScaleThreshold) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setFormMode({ kind: 'edit', threshold })}
              >
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const body = () => {
    if (thresholds.isPending) return <Spin />;
    if (thresholds.isError) {
      return <LoadError error={thresholds.error} onRetry={() => void thresholds.refetch()} />;
    }
    return SCALE_CATEGORIES.map((category) => (
      <section key={category} style={{ marginBottom: 24 }}>
        <Typography.Title level={5}>{label(SCALE_CATEGORY_LABELS[category])}</Typography.Title>
        <Table<TScaleThreshold>
          data-testid={`thresholds-${category}`}
          rowKey="id"
          size="small"
          tableLayout="fixed"
          columns={columns}
          dataSource={thresholds.data
            .filter((threshold) => threshold.category === category)
            .sort((a, b) => b.fromYear - a.fromYear || a.id - b.id)}
          pagination={false}
          locale={{ emptyText: r.noThresholds }}
        />
      </section>
    ));
  };

  return (
    <Card
      title={r.thresholdsTitle}
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormMode({ kind: 'create' })}
          >
            {r.addThreshold}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{r.thresholdsIntro}</Typography.Paragraph>
      {body()}
      <ScaleThresholdFormModal mode={formMode} onClose={() => setFormMode(null)} />
    </Card>
  );
}
