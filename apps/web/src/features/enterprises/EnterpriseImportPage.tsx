import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TImportResult } from '@gongyeyun/contract';
import { Alert, Button, Card, Flex, Result, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { ENTERPRISE_IMPORT_TEMPLATE_URL } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { describeError } from '../../shared/errors';
import { formatFileSize } from '../../shared/format';
import { ImportFileDrop } from './ImportFileDrop';
import { ImportProgress } from './ImportProgress';
import { ImportErrorTable, ImportRowsTable } from './ImportResultTables';
import { ImportSummary } from './ImportSummary';
import { useEnterpriseImport } from './use-enterprise-import';

type ImportError = TImportResult['errors'][number];

/**
 * `/enterprises/import`: template → upload and check (a dry run, nothing written) → confirm,
 * which sends the same file again for real. Confirming is possible only without errors.
 */
export function EnterpriseImportPage() {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  const [file, setFile] = useState<File | null>(null);
  const check = useEnterpriseImport(true);
  const commit = useEnterpriseImport(false);
  const [checked, setChecked] = useState<TImportResult | null>(null);
  const [committed, setCommitted] = useState<TImportResult | null>(null);
  const isBusy = check.isPending || commit.isPending;

  const startCheck = (chosen: File) => {
    setFile(chosen);
    setChecked(null);
    setCommitted(null);
    commit.reset();
    check.mutate(chosen, { onSuccess: setChecked });
  };
  const startCommit = () => {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: (result) => (result.committed ? setCommitted(result) : setChecked(result)),
    });
  };
  const startOver = () => {
    setFile(null);
    setChecked(null);
    setCommitted(null);
    check.reset();
    commit.reset();
  };

  const hasErrors = (checked?.errors.length ?? 0) > 0 || check.isError;
  const current = committed ? 3 : checked && !hasErrors ? 2 : 1;
  return (
    <Card
      title={i.title}
      extra={
        <Link to="/enterprises">
          <ArrowLeftOutlined /> {t.enterprises.backToList}
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
        <CommittedResult result={committed} onAnother={startOver} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <TemplateStep />
          <div>
            <ImportFileDrop disabled={isBusy} onFile={startCheck} />
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
            <CheckedResult
              result={checked}
              file={file}
              progress={commit.progress}
              isCommitting={commit.isPending}
              commitError={commit.error}
              onCommit={startCommit}
            />
          )}
        </Space>
      )}
    </Card>
  );
}

function TemplateStep() {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  return (
    <div>
      <Typography.Paragraph>{i.templateHint}</Typography.Paragraph>
      <a href={ENTERPRISE_IMPORT_TEMPLATE_URL} download data-testid="import-template">
        <DownloadOutlined /> {i.downloadTemplate}
      </a>
    </div>
  );
}

/** A file the server refused as a whole (unreadable, wrong columns): its message and places. */
function CheckFailure({ error }: { error: unknown }) {
  const { t } = useRegistryI18n();
  const places: ImportError[] = isApiError(error)
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
        title={t.enterpriseImport.failedTitle}
        description={describeError(error, t)}
      />
      {places.length > 0 && <ImportErrorTable errors={places} />}
    </Space>
  );
}

function CheckedResult({
  result,
  file,
  progress,
  isCommitting,
  commitError,
  onCommit,
}: {
  result: TImportResult;
  file: File | null;
  progress: number | null;
  isCommitting: boolean;
  commitError: unknown;
  onCommit: () => void;
}) {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  const errorCount = result.errors.length;
  const hasChanges = result.created + result.updated > 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {file && (
        <Typography.Text type="secondary">
          {i.checkedFile(file.name, formatFileSize(file.size))}
        </Typography.Text>
      )}
      <ImportSummary result={result} />
      {errorCount > 0 ? (
        <Alert type="error" showIcon data-testid="import-blocked" title={i.blocked(errorCount)} />
      ) : (
        <Alert
          type={hasChanges ? 'success' : 'info'}
          showIcon
          title={hasChanges ? i.ready(result.created, result.updated) : i.nothingToWrite}
        />
      )}
      {commitError !== null && (
        <Alert type="error" showIcon title={describeError(commitError, t)} />
      )}
      <Flex gap="small" align="center">
        <Button
          type="primary"
          data-testid="import-commit"
          disabled={errorCount > 0}
          loading={isCommitting}
          onClick={onCommit}
        >
          {i.commit}
        </Button>
      </Flex>
      {progress !== null && (
        <ImportProgress
          fileName={file?.name ?? ''}
          progress={progress}
          workingText={i.committing}
        />
      )}
      {errorCount > 0 && <ImportErrorTable errors={result.errors} />}
      <ImportRowsTable rows={result.rows} />
    </Space>
  );
}

function CommittedResult({ result, onAnother }: { result: TImportResult; onAnother: () => void }) {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  return (
    <Result
      status="success"
      title={i.committed}
      subTitle={i.committedText(result.created, result.updated, result.unchanged)}
      extra={[
        <Link key="list" to="/enterprises" data-testid="import-to-list">
          {i.toList}
        </Link>,
        <Button key="another" onClick={onAnother}>
          {i.another}
        </Button>,
      ]}
    >
      <ImportSummary result={result} />
      <ImportRowsTable rows={result.rows} />
    </Result>
  );
}
