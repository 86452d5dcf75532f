import { Col, Row, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Top-level keys whose values differ between the two states. */
function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 12,
          background: 'rgba(0, 0, 0, 0.03)',
          borderRadius: 6,
          maxHeight: 360,
          overflow: 'auto',
          fontSize: 12,
        }}
      >
        {value === null || value === undefined ? t.audit.noData : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

/** The before and after states of an audited change, side by side. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  const changed = changedKeys(before, after);
  return (
    <>
      {changed.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          {changed.map((key) => (
            <Tag key={key} color="orange">
              {key}
            </Tag>
          ))}
        </div>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <JsonBlock title={t.audit.before} value={before} />
        </Col>
        <Col xs={24} md={12}>
          <JsonBlock title={t.audit.after} value={after} />
        </Col>
      </Row>
    </>
  );
}
