import { MIN_EXPLANATION_LENGTH } from '@gongyeyun/core';
import { Alert, Card, Flex, Input, Typography } from 'antd';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import type { ShownFinding } from './report-form-state';

/**
 * The checks of the form: errors (which block submission) and warnings, each warning with the
 * explanation the enterprise owes for it.
 */
export function ReportFindings({
  findings,
  explanations,
  canEdit,
  onExplain,
}: {
  findings: ShownFinding[];
  explanations: Record<string, string>;
  canEdit: boolean;
  onExplain: (key: string, text: string) => void;
}) {
  const { t } = useReportingI18n();
  const f = t.reportForm;
  const hard = findings.filter((x) => x.severity === 'hard');
  const soft = findings.filter((x) => x.severity === 'soft');

  return (
    <Card
      size="small"
      title={f.findingsTitle}
      style={{ marginTop: 16 }}
      data-testid="report-findings"
    >
      {findings.length === 0 ? (
        <Alert type="success" showIcon title={f.noFindings} data-testid="no-findings" />
      ) : (
        <Flex vertical gap="middle">
          {hard.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="hard-findings"
              title={f.hardTitle(hard.length)}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {hard.map((x) => (
                    <li key={x.key}>{x.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          {soft.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="soft-findings"
              title={f.softTitle(soft.length)}
              description={
                <Flex vertical gap="small" style={{ marginTop: 8 }}>
                  {soft.map((x) => {
                    const text = explanations[x.key] ?? '';
                    const isShort = [...text.trim()].length < MIN_EXPLANATION_LENGTH;
                    return (
                      <div key={x.key} data-testid="soft-finding" data-key={x.key}>
                        <Typography.Text>{x.message}</Typography.Text>
                        {canEdit ? (
                          <Input.TextArea
                            rows={2}
                            maxLength={500}
                            value={text}
                            placeholder={f.explanationPlaceholder}
                            aria-label={`${f.explanation}: ${x.message}`}
                            status={isShort ? 'warning' : undefined}
                            data-testid={`explain-${x.key}`}
                            onChange={(event) => onExplain(x.key, event.target.value)}
                            style={{ marginTop: 4 }}
                          />
                        ) : (
                          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                            {f.explanation}：{text || '—'}
                          </Typography.Paragraph>
                        )}
                      </div>
                    );
                  })}
                </Flex>
              }
            />
          )}
        </Flex>
      )}
    </Card>
  );
}
