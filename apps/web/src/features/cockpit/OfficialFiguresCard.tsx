import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { TOfficialFigure, TOfficialImportResult } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { analyticsApi } from '../../api/analytics-api';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { describeError } from '../../shared/errors';
import { useCanWrite } from '../auth/current-user';
import { ImportFileDrop } from '../enterprises/ImportFileDrop';
import { ImportErrorTable } from '../enterprises/ImportResultTables';
import { ImportSummary } from '../enterprises/ImportSummary';
import { useOfficialFigures, type CockpitParams } from './use-cockpit';

/**
 * The statistics bureau's published figures for the unit and period, labelled as such and kept
 * apart from the platform's own figures.
 */
export function OfficialFiguresCard({ params, unitId }: { params: CockpitParams; unitId: number }) {
  const { t } = useCockpitI18n();
  const c = t.cockpit;
  const canImport = useCanWrite('cockpit');
  const [importing, setImporting] = useState(false);
  const figures = useOfficialFigures(params, unitId);
  return (
    <Card
      title={
        <Space>
          {c.official}
          <Tag color="gold">{c.official}</Tag>
        </Space>
      }
      extra={
        canImport && (
          <Button
            className="no-print"
            icon={<UploadOutlined />}
            onClick={() => setImporting(true)}
            data-testid="official-import"
          >
            {c.importOfficial}
          </Button>
        )
      }
      data-testid="official-figures"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {c.officialNote}
      </Typography.Paragraph>
      <Table<TOfficialFigure>
        rowKey="id"
        size="small"
        loading={figures.isPending}
        dataSource={figures.data ?? []}
        pagination={false}
        locale={{ emptyText: c.officialEmpty }}
        columns={[
          { title: c.columns.measure, dataIndex: 'measure' },
          {
            title: c.columns.value,
            key: 'value',
            align: 'right',
            render: (_, f) => `${f.value}${f.unit}`,
          },
          { title: c.columns.source, dataIndex: 'source' },
          { title: c.columns.publishedOn, dataIndex: 'publishedOn', width: 110 },
        ]}
      />
      <OfficialImportModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}

function OfficialImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useCockpitI18n();
  const i = t.cockpit.official_import;
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<TOfficialImportResult | null>(null);
  const check = useMutation({
    mutationFn: (f: File) => analyticsApi.importOfficial(f, true),
    onSuccess: setChecked,
  });
  const commit = useMutation({
    mutationFn: (f: File) => analyticsApi.importOfficial(f, false),
    onSuccess: async (result) => {
      setChecked(result);
      await queryClient.invalidateQueries({ queryKey: ['analytics', 'official'] });
      if (result.committed) onClose();
    },
  });
  const error = check.error ?? commit.error;
  return (
    <Modal
      open={open}
      title={i.title}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.close}
        </Button>,
        <Button
          key="commit"
          type="primary"
          data-testid="official-commit"
          disabled={!checked || checked.errors.length > 0 || !file}
          loading={commit.isPending}
          onClick={() => file && commit.mutate(file)}
        >
          {i.commit}
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{i.hint}</Typography.Paragraph>
        <a href={analyticsApi.officialTemplateUrl} download>
          <DownloadOutlined /> {i.template}
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
        {checked && <ImportSummary result={checked} />}
        {checked && checked.errors.length > 0 && <ImportErrorTable errors={checked.errors} />}
      </Space>
    </Modal>
  );
}
