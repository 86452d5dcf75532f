import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TReportImportResult } from '@gongyeyun/contract';
import { Alert, Button, Card, Col, Result, Row, Space, Statistic, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { describeError } from '../../shared/errors';
import { formatFileSize } from '../../shared/format';
import { ImportFileDrop } from '../enterprises/ImportFileDrop';
import { ImportProgress } from '../enterprises/ImportProgress';
import { ImportErrorTable } from '../enterprises/ImportResultTables';
import { PeriodPicker, usePeriodParam } from './PeriodPicker';
import { usePeriodName } from './reporting-labels';
import { useReportImport } from './use-report-import';

type Place = TReportImportResult['errors'][number];

/**
 * `/reporting/import`: period → template → upload and check (a dry run, nothing written) →
 * confirm, which sends the same file again for real, all or nothing.
 */
export function ReportImportPage() {
  const { t } = useReportingI18n();
  const i = t.reportImport;
  const periodName = usePeriodName();
  const { period, setPeriod } = usePeriodParam();
  const [file, setFile] = useState<File | null>(null);
  const check = useReportImport(true);
  const commit = useReportImport(false);
  const [checked, setChecked] = useState<TReportImportResult | null>(null);
  const [committed, setCommitted] = useState<TReportImportResult | null>(null);
  const isBusy = check.isPending || commit.isPending;

  const startOver = () => {
    setFile(null);
    setChecked(null);
    setCommitted(null);
    check.reset();
    commit.reset();
  };
  const choosePeriod = (next: string) => {
    startOver();
    setPeriod(next);
  };
  const startCheck = (chosen: File) => {
    if (!period) return;
    setFile(chosen);
    setChecked(null);
    setCommitted(null);
    commit.reset();
    check.mutate({ file: chosen, period }, { onSuccess: setChecked });
  };
  const startCommit = () => {
    if (!file || !period) return;
    commit.mutate(
      { file, period },
      { onSuccess: (result) => (result.committed ? setCommitted(result) : setChecked(result)) },
    );
  };

  const hasErrors = (checked?.errors.length ?? 0) > 0 || check.isError;
  const current = committed ? 3 : checked && !hasErrors ? 2 : 1;

  return (
    <Card
      title={i.title}
      extra={
        <Link to={period ? `/reporting/reports?period=${period}` : '/reporting/reports'}>
          <ArrowLeftOutlined /> {t.reportForm.backToList}
        </Link>
      }
    >
      <Steps
        current={current}
        status={hasErrors && !committed ? 'error' : 'process'}
        style={{ marginBottom: 24 }}
        items={[{ title: i.stepTemplate }, { title: i.stepUpload }, { title: i.stepCommit }]}
      />
      {committed ? (
        <Result
          status="success"
          title={i.committed}
          subTitle={i.committedText(committed.created, committed.updated, committed.values)}
          data-testid="report-import-done"
          extra={[
            <Link key="list" to={`/reporting/reports?period=${period ?? ''}`}>
              {i.toList}
            </Link>,
            <Button key="another" onClick={startOver}>
              {i.another}
            </Button>,
          ]}
        >
          <ImportCounts result={committed} />
        </Result>
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space orientation="vertical">
            <Typography.Text strong>{i.stepPeriod}</Typography.Text>
            <PeriodPicker value={period} onChange={choosePeriod} />
          </Space>
          {period && (
            <div>
              <Typography.Paragraph>{i.templateHint}</Typography.Paragraph>
              <a href={reportingApi.templateUrl(period)} download data-testid="report-template">
                <DownloadOutlined /> {i.downloadTemplate(periodName(period))}
              </a>
            </div>
          )}
          <div>
            <ImportFileDrop disabled={isBusy || !period} onFile={startCheck} />
            {file && check.progress !== null && (
              <ImportProgress
                fileName={file.name}
                progress={check.progress}
                workingText={i.checking}
              />
            )}
            {check.isError && <CheckFailure error={check.error} />}
          </div>
          {checked && (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {file && (
                <Typography.Text type="secondary">
                  {i.checkedFile(file.name, formatFileSize(file.size))}
                </Typography.Text>
              )}
              <ImportCounts result={checked} />
              {checked.errors.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  data-testid="import-blocked"
                  title={i.blocked(checked.errors.length)}
                />
              ) : (
                <Alert
                  type={checked.created + checked.updated > 0 ? 'success' : 'info'}
                  showIcon
                  title={
                    checked.created + checked.updated > 0
                      ? i.ready(checked.created, checked.updated)
                      : i.nothingToWrite
                  }
                />
              )}
              {commit.error !== null && (
                <Alert type="error" showIcon title={describeError(commit.error, t)} />
              )}
              <Button
                type="primary"
                data-testid="import-commit"
                disabled={checked.errors.length > 0 || checked.created + checked.updated === 0}
                loading={commit.isPending}
                onClick={startCommit}
                style={{ alignSelf: 'flex-start' }}
              >
                {i.commit}
              </Button>
              {file && commit.progress !== null && (
                <ImportProgress
                  fileName={file.name}
                  progress={commit.progress}
                  workingText={i.committing}
                />
              )}
              {checked.errors.length > 0 && <ImportErrorTable errors={checked.errors} />}
              {checked.warnings.length > 0 && (
                <ImportErrorTable
                  errors={checked.warnings}
                  title={i.warningsTitle}
                  testId="import-warnings"
                />
              )}
            </Space>
          )}
        </Space>
      )}
    </Card>
  );
}

function ImportCounts({ result }: { result: TReportImportResult }) {
  const { t } = useReportingI18n();
  const i = t.reportImport;
  const counts = [
    { key: 'created', title: i.created, value: result.created, color: '#389e0d' },
    { key: 'updated', title: i.updated, value: result.updated, color: '#1677ff' },
    { key: 'unchanged', title: i.unchanged, value: result.unchanged },
    { key: 'values', title: i.values, value: result.values },
    {
      key: 'errors',
      title: i.errors,
      value: result.errors.length,
      color: result.errors.length > 0 ? '#cf1322' : undefined,
    },
    {
      key: 'warnings',
      title: i.warnings,
      value: result.warnings.length,
      color: result.warnings.length > 0 ? '#d48806' : undefined,
    },
  ];
  return (
    <Row gutter={16} data-testid="import-summary">
      {counts.map((count) => (
        <Col key={count.key} xs={12} md={4}>
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

/** A file refused as a whole (unreadable, wrong columns): its message and places. */
function CheckFailure({ error }: { error: unknown }) {
  const { t } = useReportingI18n();
  const places: Place[] = isApiError(error)
    ? error.fields.map((f) => ({
        row: f.row ?? 0,
        column: f.column ?? f.field,
        message: f.message,
      }))
    : [];
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
      <Alert
        type="error"
        showIcon
        title={t.reportImport.failedTitle}
        description={describeError(error, t)}
      />
      {places.length > 0 && <ImportErrorTable errors={places} />}
    </Space>
  );
}
