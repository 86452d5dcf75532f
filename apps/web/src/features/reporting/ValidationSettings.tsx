import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TValidationConfig } from '@gongyeyun/contract';
import type { RuleSeverity, ValidationRuleId } from '@gongyeyun/core';
import {
  DEFAULT_RULE_SEVERITY,
  VALIDATION_RULE_IDS,
  VALIDATION_RULE_LABELS,
} from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { queryKeys } from '../../api/query-keys';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { useShowError } from '../../shared/use-show-error';
import { useIndicators, useValidationConfig } from './use-reporting';

type Comparison = TValidationConfig['comparisons'][number];

interface ValidationFormValues {
  toleranceUnits: number;
  yoyPercent: number;
  historyMinPeriods: number;
  historyMarginPercent: number;
  rules: Record<ValidationRuleId, { enabled: boolean; severity: RuleSeverity }>;
  comparisons: {
    id: string;
    left: string;
    operator: Comparison['operator'];
    right: string;
    severity: RuleSeverity;
    messageZh: string;
    messageEn: string;
  }[];
}

const OPERATORS: readonly Comparison['operator'][] = ['<=', '<', '>=', '>'];
const percent = (share: number) => Math.round(share * 10000) / 100;

function toFormValues(config: TValidationConfig): ValidationFormValues {
  const rules = Object.fromEntries(
    VALIDATION_RULE_IDS.map((id) => [
      id,
      {
        enabled: !config.disabled.includes(id),
        severity: config.severity[id] ?? DEFAULT_RULE_SEVERITY[id],
      },
    ]),
  ) as ValidationFormValues['rules'];
  return {
    toleranceUnits: config.toleranceUnits,
    yoyPercent: percent(config.yoyThreshold),
    historyMinPeriods: config.historyMinPeriods,
    historyMarginPercent: percent(config.historyMargin),
    rules,
    comparisons: config.comparisons.map((c) => ({
      id: c.id,
      left: c.left,
      operator: c.operator,
      right: c.right,
      severity: c.severity,
      messageZh: c.message.zh,
      messageEn: c.message.en,
    })),
  };
}

function toConfig(values: ValidationFormValues): TValidationConfig {
  const severity: TValidationConfig['severity'] = {};
  for (const id of VALIDATION_RULE_IDS) {
    const chosen = values.rules[id].severity;
    if (chosen !== DEFAULT_RULE_SEVERITY[id]) severity[id] = chosen;
  }
  return {
    toleranceUnits: values.toleranceUnits,
    yoyThreshold: values.yoyPercent / 100,
    historyMinPeriods: values.historyMinPeriods,
    historyMargin: values.historyMarginPercent / 100,
    disabled: VALIDATION_RULE_IDS.filter((id) => !values.rules[id].enabled),
    severity,
    comparisons: (values.comparisons ?? []).map((c) => ({
      id: c.id,
      left: c.left,
      operator: c.operator,
      right: c.right,
      severity: c.severity,
      message: { zh: c.messageZh, en: c.messageEn },
    })),
  };
}

/** The rules every form is checked with: thresholds, which rules apply and how hard. */
export function ValidationSettings({ canEdit }: { canEdit: boolean }) {
  const { t, label } = useReportingI18n();
  const s = t.reportingSettings;
  const config = useValidationConfig();
  const indicators = useIndicators();
  const [form] = Form.useForm<ValidationFormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const initial = useMemo(() => (config.data ? toFormValues(config.data) : null), [config.data]);
  const save = useMutation({
    mutationFn: (values: ValidationFormValues) =>
      reportingApi.saveValidationConfig(toConfig(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.reporting.validationConfig, saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.reporting.reports });
      void message.success(s.configSaved);
    },
    onError: (error) => showError(error),
  });

  if (config.isError)
    return <LoadError error={config.error} onRetry={() => void config.refetch()} />;
  if (!initial) return <PageSpin />;
  const indicatorOptions = (indicators.data ?? []).map((i) => ({
    value: i.code,
    label: `${label(i.name)} (${i.code})`,
  }));
  const severityOptions = (['hard', 'soft'] as const).map((v) => ({
    value: v,
    label: s.severities[v],
  }));
  const required = [{ required: true, whitespace: true, message: s.fieldRequired }];

  return (
    <Form<ValidationFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      disabled={!canEdit}
      onFinish={(values) => save.mutate(values)}
    >
      <Flex gap="large" wrap>
        <Form.Item name="toleranceUnits" label={s.toleranceUnits} extra={s.toleranceHint}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="yoyPercent" label={s.yoyThreshold}>
          <InputNumber min={1} max={1000} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="historyMinPeriods" label={s.historyMinPeriods}>
          <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="historyMarginPercent" label={s.historyMargin}>
          <InputNumber min={0} max={1000} style={{ width: 160 }} />
        </Form.Item>
      </Flex>

      <Card size="small" title={s.rules} style={{ marginBottom: 16 }}>
        <Table<ValidationRuleId>
          rowKey={(id) => id}
          size="small"
          pagination={false}
          dataSource={[...VALIDATION_RULE_IDS]}
          columns={[
            {
              title: s.rule,
              render: (_, id) => (
                <span>
                  {label(VALIDATION_RULE_LABELS[id])}{' '}
                  <Typography.Text type="secondary" code>
                    {id}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: s.ruleEnabled,
              width: 100,
              render: (_, id) => (
                <Form.Item name={['rules', id, 'enabled']} valuePropName="checked" noStyle>
                  <Switch size="small" />
                </Form.Item>
              ),
            },
            {
              title: s.severity,
              width: 240,
              render: (_, id) =>
                id === 'comparison' ? (
                  '—'
                ) : (
                  <Form.Item name={['rules', id, 'severity']} noStyle>
                    <Select size="small" style={{ width: 220 }} options={severityOptions} />
                  </Form.Item>
                ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={s.comparisons} style={{ marginBottom: 16 }}>
        <Form.List name="comparisons">
          {(fields, { add, remove }) => (
            <Flex vertical gap="small">
              {fields.map((field) => (
                <Flex key={field.key} gap="small" wrap align="start">
                  <Form.Item name={[field.name, 'id']} rules={required} style={{ width: 150 }}>
                    <Input placeholder={s.comparisonId} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'left']} rules={required} style={{ width: 200 }}>
                    <Select placeholder={s.left} options={indicatorOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'operator']} style={{ width: 80 }}>
                    <Select options={OPERATORS.map((o) => ({ value: o, label: o }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'right']} rules={required} style={{ width: 200 }}>
                    <Select placeholder={s.right} options={indicatorOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'severity']} style={{ width: 200 }}>
                    <Select options={severityOptions} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'messageZh']}
                    rules={required}
                    style={{ width: 260 }}
                  >
                    <Input placeholder={s.messageZh} maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'messageEn']}
                    rules={required}
                    style={{ width: 260 }}
                  >
                    <Input placeholder={s.messageEn} maxLength={400} />
                  </Form.Item>
                  {canEdit && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t.common.remove}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              {canEdit && (
                <Button
                  icon={<PlusOutlined />}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => add({ operator: '<=', severity: 'soft' })}
                >
                  {s.addComparison}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Card>

      {canEdit && (
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          data-testid="validation-save"
        >
          {t.common.save}
        </Button>
      )}
    </Form>
  );
}
