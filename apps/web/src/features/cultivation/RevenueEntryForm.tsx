import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TRevenueInput } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { describeError } from '../../shared/errors';
import { useCultivationChanged } from './use-cultivation';

interface Row {
  kind: 'month' | 'quarter';
  period?: Dayjs | null;
  revenue?: number | null;
}

const toEntry = (row: Row): TRevenueInput['entries'][number] => {
  const d = row.period!;
  return {
    year: d.year(),
    month: row.kind === 'month' ? d.month() + 1 : null,
    quarter: row.kind === 'quarter' ? Math.floor(d.month() / 3) + 1 : null,
    revenue: row.revenue ?? 0,
  };
};

/** `entries.2.revenue: 数值过小…` → row 2, the field and the message without its path. */
function parseField(field: string, message: string) {
  const m = /^entries\.(\d+)(?:\.(\w+))?$/.exec(field);
  const text = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  if (!m) return { row: null, name: 'period' as const, text };
  return {
    row: Number(m[1]),
    name: m[2] === 'revenue' ? ('revenue' as const) : ('period' as const),
    text,
  };
}

/**
 * Monthly or quarterly revenue (万元) of an enterprise below the threshold, several periods at
 * once. The server judges every row; what it refuses is shown beside the row and above the
 * button, and nothing is saved.
 */
export function RevenueEntryForm({
  enterpriseId,
  onSaved,
}: {
  enterpriseId: number | undefined;
  onSaved?: (months: number) => void;
}) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ rows: Row[] }>();
  const [problems, setProblems] = useState<string[]>([]);
  const changed = useCultivationChanged();
  const save = useMutation({
    mutationFn: (rows: Row[]) =>
      cultivationApi.enterRevenue(enterpriseId!, { entries: rows.map(toEntry) }),
    onSuccess: async ({ months }) => {
      setProblems([]);
      void message.success(c.revenueSaved(months));
      form.resetFields();
      await changed();
      onSaved?.(months);
    },
    onError: (error) => {
      if (isApiError(error) && error.fields.length > 0) {
        const parsed = error.fields.map((f) => parseField(f.field, f.message));
        form.setFields(
          parsed.flatMap((p) =>
            p.row === null
              ? []
              : [{ name: ['rows', p.row, p.name] as ['rows', number, 'period'], errors: [p.text] }],
          ),
        );
        setProblems(
          parsed.map((p) =>
            p.row === null || /^(第\d+行|Row \d+)/.test(p.text)
              ? p.text
              : `${c.rowLabel(p.row + 1)}：${p.text}`,
          ),
        );
      } else {
        setProblems([describeError(error, t)]);
      }
    },
  });
  return (
    <Form<{ rows: Row[] }>
      form={form}
      layout="vertical"
      initialValues={{ rows: [{ kind: 'month' }] }}
      disabled={enterpriseId === undefined}
      onFinish={(v) => save.mutate(v.rows)}
      onValuesChange={() => problems.length > 0 && setProblems([])}
      data-testid="revenue-form"
    >
      <Typography.Paragraph type="secondary">{c.revenueHint}</Typography.Paragraph>
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item name={[field.name, 'kind']} label={index === 0 ? c.periodKind : ''}>
                  <Select
                    style={{ width: 90 }}
                    data-testid={`revenue-kind-${index}`}
                    options={(['month', 'quarter'] as const).map((k) => ({
                      value: k,
                      label: c.periodKinds[k],
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  noStyle
                  shouldUpdate={(a: { rows?: Row[] }, b: { rows?: Row[] }) =>
                    a.rows?.[index]?.kind !== b.rows?.[index]?.kind
                  }
                >
                  {() => {
                    const kind = form.getFieldValue(['rows', field.name, 'kind']) as Row['kind'];
                    return (
                      <Form.Item
                        name={[field.name, 'period']}
                        label={index === 0 ? (kind === 'quarter' ? c.quarter : c.month) : ''}
                        rules={[{ required: true }]}
                      >
                        <DatePicker
                          picker={kind === 'quarter' ? 'quarter' : 'month'}
                          format={kind === 'quarter' ? 'YYYY-[Q]Q' : 'YYYY-MM'}
                          style={{ width: 140 }}
                          data-testid={`revenue-period-${index}`}
                        />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
                <Form.Item
                  name={[field.name, 'revenue']}
                  label={index === 0 ? c.revenue : ''}
                  rules={[{ required: true }]}
                >
                  <InputNumber<number>
                    style={{ width: 160 }}
                    precision={2}
                    data-testid={`revenue-amount-${index}`}
                  />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    aria-label={t.common.remove}
                    icon={<DeleteOutlined />}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            <Form.Item>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  const rows = (form.getFieldValue('rows') ?? []) as Row[];
                  const last = rows[rows.length - 1];
                  add({
                    kind: last?.kind ?? 'month',
                    period: last?.period?.add(last.kind === 'quarter' ? 3 : 1, 'month') ?? null,
                  });
                }}
              >
                {c.addRow}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="revenue-error"
          title={c.revenueFailed}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        loading={save.isPending}
        data-testid="revenue-submit"
      >
        {c.submitRevenue}
      </Button>
    </Form>
  );
}
