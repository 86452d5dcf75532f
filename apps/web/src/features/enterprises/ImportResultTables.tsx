import type { TImportResult } from '@gongyeyun/contract';
import type { TableProps } from 'antd';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useEnterpriseFieldLabel } from './use-enterprise-field-label';

type ImportError = TImportResult['errors'][number];
type ImportRow = TImportResult['rows'][number];
type Outcome = ImportRow['outcome'];

const OUTCOMES: readonly Outcome[] = ['created', 'updated', 'unchanged', 'error'];
const OUTCOME_COLORS: Record<Outcome, string> = {
  created: 'green',
  updated: 'blue',
  unchanged: 'default',
  error: 'red',
};

/**
 * Where each error is: row (as the spreadsheet numbers it), column, problem. Other imports use it
 * for their own errors and warnings (`title`, `testId`).
 */
export function ImportErrorTable({
  errors,
  title,
  testId = 'import-errors',
}: {
  errors: ImportError[];
  title?: string;
  testId?: string;
}) {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  const columns: TableProps<ImportError>['columns'] = [
    { title: i.row, dataIndex: 'row', width: 80, sorter: (a, b) => a.row - b.row },
    { title: i.column, dataIndex: 'column', width: 160 },
    { title: i.problem, dataIndex: 'message' },
  ];
  const sorted = [...errors].sort(
    (a, b) =>
      a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column),
  );
  return (
    <Card size="small" title={title ?? i.errorsTitle}>
      <Table<ImportError>
        data-testid={testId}
        rowKey={(error) => `${error.row}:${error.column}:${error.message}`}
        size="small"
        columns={columns}
        dataSource={sorted}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}

/** Every row's outcome, filterable by outcome; updates list the fields that change. */
export function ImportRowsTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useRegistryI18n();
  const i = t.enterpriseImport;
  const fieldLabel = useEnterpriseFieldLabel();
  const [shown, setShown] = useState<Outcome | 'all'>('all');
  const visible = shown === 'all' ? rows : rows.filter((row) => row.outcome === shown);
  const countOf = (outcome: Outcome) => rows.filter((row) => row.outcome === outcome).length;

  const columns: TableProps<ImportRow>['columns'] = [
    { title: i.row, dataIndex: 'row', width: 80 },
    {
      title: t.enterprises.uscc,
      dataIndex: 'uscc',
      width: 200,
      render: (_, row) => (row.uscc ? <Typography.Text code>{row.uscc}</Typography.Text> : ''),
    },
    { title: t.enterprises.name, dataIndex: 'name', render: (_, row) => row.name ?? '' },
    {
      title: i.outcome,
      dataIndex: 'outcome',
      width: 100,
      render: (_, row) => <Tag color={OUTCOME_COLORS[row.outcome]}>{i.outcomes[row.outcome]}</Tag>,
    },
    {
      title: i.changes,
      dataIndex: 'changes',
      render: (_, row) => (
        <Space size={[0, 4]} wrap>
          {(row.changes ?? []).map((field) => (
            <Tag key={field}>{fieldLabel(field)}</Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={i.rowsTitle}
      extra={
        <Segmented<Outcome | 'all'>
          size="small"
          value={shown}
          onChange={setShown}
          options={[
            { value: 'all', label: `${i.allRows} ${rows.length}` },
            ...OUTCOMES.map((outcome) => ({
              value: outcome,
              label: `${i.outcomes[outcome]} ${countOf(outcome)}`,
            })),
          ]}
        />
      }
    >
      <Table<ImportRow>
        data-testid="import-rows"
        rowKey="row"
        size="small"
        columns={columns}
        dataSource={visible}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}
