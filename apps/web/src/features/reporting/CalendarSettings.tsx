import { EditOutlined } from '@ant-design/icons';
import type { TCalendarRequest, TPeriodInfo, TPeriodSchedule } from '@gongyeyun/contract';
import { DEFAULT_CALENDAR_RULE } from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { LoadError } from '../../shared/LoadError';
import { useShowError } from '../../shared/use-show-error';
import { usePeriodName } from './reporting-labels';
import { usePeriods } from './use-reporting';

type DateField = 'opensOn' | 'enterpriseDeadline' | 'countyDeadline' | 'locksOn';
const DATE_FIELDS: readonly DateField[] = [
  'opensOn',
  'enterpriseDeadline',
  'countyDeadline',
  'locksOn',
];
const DATE_FORMAT = 'YYYY-MM-DD';

/** A year's eleven periods with their dates; admins and analysts edit them or generate a year. */
export function CalendarSettings({ canEdit }: { canEdit: boolean }) {
  const { t } = useReportingI18n();
  const s = t.reportingSettings;
  const periodName = usePeriodName();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const periods = usePeriods(year);
  const [editing, setEditing] = useState<TPeriodInfo | null>(null);
  const years: number[] = [];
  for (let y = new Date().getFullYear() + 1; y >= 2015; y--) years.push(y);

  const columns: TableProps<TPeriodInfo>['columns'] = [
    { title: t.reporting.period, render: (_, p) => periodName(p.period) },
    ...DATE_FIELDS.map((field) => ({
      title: t.reporting[field],
      render: (_: unknown, p: TPeriodInfo) => p[field],
    })),
    {
      title: s.phase,
      render: (_, p) => (
        <Tag color={p.phase === 'open' ? 'green' : undefined}>{t.reporting.phases[p.phase]}</Tag>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t.common.actions,
            render: (_: unknown, p: TPeriodInfo) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)}>
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" align="center">
        <Typography.Text>{s.calendarYear}</Typography.Text>
        <Select<number>
          aria-label={s.calendarYear}
          style={{ width: 110 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t.reporting.yearOption(y) }))}
          data-testid="calendar-year"
        />
      </Flex>
      {periods.isError ? (
        <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
      ) : (
        <Table<TPeriodInfo>
          data-testid="calendar-table"
          rowKey="period"
          size="middle"
          loading={periods.isFetching}
          columns={columns}
          dataSource={periods.data}
          pagination={false}
          locale={{ emptyText: <Empty description={t.reporting.noCalendar} /> }}
        />
      )}
      {canEdit && <GenerateCalendar year={year} />}
      <PeriodDatesModal period={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function GenerateCalendar({ year }: { year: number }) {
  const { t } = useReportingI18n();
  const s = t.reportingSettings;
  const [form] = Form.useForm<Omit<TCalendarRequest, 'year'>>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const generate = useMutation({
    mutationFn: (rule: Omit<TCalendarRequest, 'year'>) =>
      reportingApi.generateCalendar({ year, ...rule }),
    onSuccess: async (periods) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.reporting.all });
      void message.success(s.generated(periods.length));
    },
    onError: (error) => showError(error, form),
  });
  const day = (name: keyof Omit<TCalendarRequest, 'year'>, text: string) => (
    <Form.Item name={name} label={text} rules={[{ required: true, message: s.fieldRequired }]}>
      <InputNumber min={1} max={28} precision={0} />
    </Form.Item>
  );
  return (
    <Card size="small" title={`${s.generateTitle} · ${t.reporting.yearOption(year)}`}>
      <Typography.Paragraph type="secondary">{s.generateHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={DEFAULT_CALENDAR_RULE}
        onFinish={(rule) => generate.mutate(rule)}
      >
        {day('openDay', s.openDay)}
        {day('enterpriseDeadlineDay', s.enterpriseDeadlineDay)}
        {day('countyDeadlineDay', s.countyDeadlineDay)}
        {day('lockDay', s.lockDay)}
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={generate.isPending}
            data-testid="calendar-generate"
          >
            {s.generate}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function PeriodDatesModal({
  period,
  onClose,
}: {
  period: TPeriodInfo | null;
  onClose: () => void;
}) {
  const { t } = useReportingI18n();
  const s = t.reportingSettings;
  const periodName = usePeriodName();
  const [form] = Form.useForm<Record<DateField, Dayjs | null>>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (schedule: TPeriodSchedule) => reportingApi.updatePeriod(schedule),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.reporting.all });
      void message.success(s.periodSaved);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  const initial = period
    ? Object.fromEntries(DATE_FIELDS.map((field) => [field, dayjs(period[field])]))
    : {};
  return (
    <Modal
      open={period !== null}
      title={period ? periodName(period.period) : ''}
      okText={t.common.save}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then((values) => {
          if (!period) return;
          const dates = Object.fromEntries(
            DATE_FIELDS.map((field) => [field, values[field]?.format(DATE_FORMAT) ?? '']),
          ) as Record<DateField, string>;
          save.mutate({ period: period.period, ...dates });
        })
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        {DATE_FIELDS.map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={t.reporting[field]}
            rules={[{ required: true, message: s.fieldRequired }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
