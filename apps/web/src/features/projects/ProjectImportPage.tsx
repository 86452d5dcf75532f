import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TImportResult } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PROJECT_IMPORT_TEMPLATE_URL, projectsApi } from '../../api/projects-api';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { describeError } from '../../shared/errors';
import { ImportFileDrop } from '../enterprises/ImportFileDrop';
import { ImportErrorTable } from '../enterprises/ImportResultTables';
import { ImportSummary } from '../enterprises/ImportSummary';

/** `/projects/import`: template → upload and check (nothing written) → confirm (all or nothing). */
export function ProjectImportPage() {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<TImportResult | null>(null);
  const [committed, setCommitted] = useState<TImportResult | null>(null);
  const check = useMutation({
    mutationFn: (f: File) => projectsApi.import(f, { dryRun: true }),
    onSuccess: setChecked,
  });
  const commit = useMutation({
    mutationFn: (f: File) => projectsApi.import(f, { dryRun: false }),
    onSuccess: async (result) => {
      if (result.committed) setCommitted(result);
      else setChecked(result);
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  const error = check.error ?? commit.error;
  return (
    <Card
      title={p.importTitle}
      extra={
        <Link to="/projects/ledger">
          <ArrowLeftOutlined /> {p.backToLedger}
        </Link>
      }
    >
      {committed ? (
        <Result status="success" title={p.imported(committed.created + committed.updated)} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Paragraph>{p.importHint}</Typography.Paragraph>
          <a href={PROJECT_IMPORT_TEMPLATE_URL} download>
            <DownloadOutlined /> {p.downloadTemplate}
          </a>
          <ImportFileDrop
            disabled={check.isPending || commit.isPending}
            onFile={(f) => {
              setFile(f);
              setChecked(null);
              check.mutate(f);
            }}
          />
          {error && <Alert type="error" showIcon title={describeError(error, t)} />}
          {checked && (
            <>
              <ImportSummary result={checked} />
              {checked.errors.length > 0 && <ImportErrorTable errors={checked.errors} />}
              <Button
                type="primary"
                data-testid="import-commit"
                disabled={checked.errors.length > 0 || !file}
                loading={commit.isPending}
                onClick={() => file && commit.mutate(file)}
              >
                {p.commitImport}
              </Button>
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
