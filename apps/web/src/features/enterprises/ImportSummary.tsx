import type { TImportResult } from '@gongyeyun/contract';
import { Col, Row, Statistic } from 'antd';
import { useRegistryI18n } from '../../i18n/registry-i18n';

/** The four counts of an import: new, updated, unchanged, errors. */
export function ImportSummary({
  result,
}: {
  result: Pick<TImportResult, 'created' | 'updated' | 'unchanged' | 'errors'>;
}) {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  const counts = [
    { key: 'created', title: i.created, value: result.created, color: '#389e0d' },
    { key: 'updated', title: i.updated, value: result.updated, color: '#1677ff' },
    { key: 'unchanged', title: i.unchanged, value: result.unchanged, color: undefined },
    {
      key: 'errors',
      title: i.errors,
      value: result.errors.length,
      color: result.errors.length > 0 ? '#cf1322' : undefined,
    },
  ];
  return (
    <Row gutter={16} data-testid="import-summary">
      {counts.map((count) => (
        <Col key={count.key} xs={12} md={6}>
          <Statistic
            title={count.title}
            value={count.value}
            styles={{ content: count.color ? { color: count.color } : undefined }}
            data-testid={`import-count-${count.key}`}
          />
        </Col>
      ))}
    </Row>
  );
}
