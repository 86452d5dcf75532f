import type { TWarningDetail } from '@gongyeyun/contract';
import { EXIT_WARNING_RULE_LABELS } from '@gongyeyun/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { formatDateTime } from '../../shared/format';
import { LoadError } from '../../shared/LoadError';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { CultivationLog } from './CultivationLog';
import { RevenueChart } from './RevenueChart';
import {
  cultivationKeys,
  formatPercent,
  formatWan,
  useCultivationChanged,
  useCultivationOptions,
} from './use-cultivation';

/** One exit warning: its findings and revenue, assigning an officer, notes, closing. */
export function WarningDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const canWrite = useCanWrite('cultivation');
  const detail = useQuery({
    queryKey: cultivationKeys.warning(id),
    queryFn: ({ signal }) => cultivationApi.warning(id, signal),
  });
  const w = detail.data;
  return (
    <Drawer
      open
      size={720}
      title={w ? `${c.warningTitle} · ${w.enterprise.name}` : c.warningTitle}
      onClose={onClose}
      data-testid="warning-drawer"
    >
      {detail.isError && <LoadError error={detail.error} onRetry={() => void detail.refetch()} />}
      {!w ? (
        !detail.isError && <Spin />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={c.county}>{w.enterprise.countyName}</Descriptions.Item>
            <Descriptions.Item label={c.status}>
              <Tag color={w.status === 'open' ? 'red' : 'default'} data-testid="warning-status">
                {c.warningStatus[w.status]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={c.level}>
              {formatWan(w.level.value)} / {formatWan(w.level.threshold)} （
              {formatPercent(w.level.ratio)}，{c.levelMethods[w.level.method]}）
            </Descriptions.Item>
            <Descriptions.Item label={c.officer}>
              {w.officer?.name ?? c.noOfficer}
            </Descriptions.Item>
            <Descriptions.Item label={c.judgedThrough}>{w.judgedThrough}</Descriptions.Item>
            {w.status === 'closed' && (
              <Descriptions.Item label={c.closedAt}>
                {formatDateTime(w.closedAt)} · {w.closeReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div>
            <Typography.Title level={5}>{c.findings}</Typography.Title>
            <ul data-testid="warning-findings" style={{ paddingInlineStart: 20 }}>
              {w.findings.map((f) => (
                <li key={f.rule}>
                  <Typography.Text strong>
                    {label(EXIT_WARNING_RULE_LABELS[f.rule])}
                  </Typography.Text>
                  ：{label(f.message)}
                </li>
              ))}
            </ul>
          </div>
          <RevenueChart
            series={w.series}
            threshold={w.level.threshold}
            name={w.enterprise.name}
            testId="warning-chart"
          />
          {canWrite && <WarningActions warning={w} />}
          <div>
            <Typography.Title level={5}>{c.log}</Typography.Title>
            <CultivationLog log={w.log} testId="warning-log" />
          </div>
        </Space>
      )}
    </Drawer>
  );
}

function WarningActions({ warning }: { warning: TWarningDetail }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const { message } = App.useApp();
  const options = useCultivationOptions();
  const showError = useShowError();
  const changed = useCultivationChanged();
  const [assignForm] = Form.useForm<{ officerId: number }>();
  const [noteForm] = Form.useForm<{ text: string }>();
  const [closeForm] = Form.useForm<{ reason: string }>();
  const done = (text: string, form: { resetFields: () => void }) => async () => {
    void message.success(text);
    form.resetFields();
    await changed();
  };
  const assign = useMutation({
    mutationFn: (v: { officerId: number }) => cultivationApi.assignWarning(warning.id, v.officerId),
    onSuccess: done(c.assigned, assignForm),
    onError: (error) => showError(error, assignForm),
  });
  const note = useMutation({
    mutationFn: (v: { text: string }) => cultivationApi.noteWarning(warning.id, v.text),
    onSuccess: done(c.noteAdded, noteForm),
    onError: (error) => showError(error, noteForm),
  });
  const close = useMutation({
    mutationFn: (v: { reason: string }) => cultivationApi.closeWarning(warning.id, v.reason),
    onSuccess: done(c.closed, closeForm),
    onError: (error) => showError(error, closeForm),
  });
  const isOpen = warning.status === 'open';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {isOpen && (
        <Form form={assignForm} layout="inline" onFinish={(v) => assign.mutate(v)}>
          <Form.Item name="officerId" label={c.officer} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={options.officers}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="warning-officer"
            />
          </Form.Item>
          <Button htmlType="submit" loading={assign.isPending} data-testid="warning-assign">
            {c.assign}
          </Button>
        </Form>
      )}
      <Form form={noteForm} layout="inline" onFinish={(v) => note.mutate(v)}>
        <Form.Item name="text" label={c.note} rules={[{ required: true, whitespace: true }]}>
          <Input style={{ width: 360 }} maxLength={1000} data-testid="warning-note" />
        </Form.Item>
        <Button htmlType="submit" loading={note.isPending} data-testid="warning-add-note">
          {c.addNote}
        </Button>
      </Form>
      {isOpen && (
        <Form form={closeForm} layout="inline" onFinish={(v) => close.mutate(v)}>
          <Form.Item
            name="reason"
            label={c.closeReason}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input style={{ width: 320 }} maxLength={500} data-testid="warning-close-reason" />
          </Form.Item>
          <Button danger htmlType="submit" loading={close.isPending} data-testid="warning-close">
            {c.closeWarning}
          </Button>
        </Form>
      )}
    </Space>
  );
}
