import type { TTicket, TTicketStepInput } from '@gongyeyun/contract';
import {
  SATISFACTION_LABELS,
  SATISFACTIONS,
  TICKET_ACTION_LABELS,
  TICKET_OUTCOME_LABELS,
  TICKET_STATE_LABELS,
  TICKET_URGENCY_LABELS,
  type TicketAction,
} from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { servicesApi } from '../../api/services-api';
import { useServicesI18n } from '../../i18n/services-i18n';
import { useShowError } from '../../shared/use-show-error';
import { DeadlineTag, useCategoryName } from './TicketsPage';

const NEEDS_FORM: readonly TicketAction[] = [
  'dispatch',
  'reassign',
  'progress',
  'reply',
  'send_back',
  'rate',
  'close',
  'merge',
  'note',
];

/** `/services/tickets/:id`: one ticket, its timeline and the steps the caller may take. */
export function TicketPage() {
  const id = Number(useParams().id);
  const { t, locale } = useServicesI18n();
  const s = t.services;
  const pick = (l: { zh: string; en: string }) => (locale === 'en-US' ? l.en : l.zh);
  const queryClient = useQueryClient();
  const showError = useShowError();
  const [acting, setActing] = useState<TicketAction | null>(null);
  const ticket = useQuery({
    queryKey: ['services', 'ticket', id],
    queryFn: ({ signal }) => servicesApi.ticket(id, signal),
  });
  const categoryName = useCategoryName();
  const step = useMutation({
    mutationFn: (body: TTicketStepInput) => servicesApi.step(id, body),
    onSuccess: async (updated: TTicket) => {
      queryClient.setQueryData(['services', 'ticket', id], updated);
      await queryClient.invalidateQueries({ queryKey: ['services', 'tickets'] });
      setActing(null);
    },
    onError: (e) => showError(e),
  });
  const data = ticket.data;
  if (!data) return <Card loading={ticket.isLoading} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span>#{data.id}</span>
            <span data-testid="ticket-heading">{data.title}</span>
            <Tag data-testid="ticket-state">{pick(TICKET_STATE_LABELS[data.state])}</Tag>
            {data.outcome && (
              <Tag color={data.outcome === 'solved' ? 'green' : 'red'} data-testid="ticket-outcome">
                {pick(TICKET_OUTCOME_LABELS[data.outcome])}
              </Tag>
            )}
            <DeadlineTag colour={data.deadlineColour} />
          </Space>
        }
        extra={
          <Space wrap>
            {data.actions.map((a) => (
              <Button
                key={a}
                data-testid={`step-${a}`}
                loading={step.isPending && acting === a}
                onClick={() => {
                  if (NEEDS_FORM.includes(a)) setActing(a);
                  else {
                    setActing(a);
                    step.mutate({ action: a as TTicketStepInput['action'], version: data.version });
                  }
                }}
              >
                {pick(TICKET_ACTION_LABELS[a])}
              </Button>
            ))}
          </Space>
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={s.enterprise}>{data.enterpriseName ?? '—'}</Descriptions.Item>
          {data.project && (
            <Descriptions.Item label={s.project}>
              <Link to={`/projects/${data.project.id}`} data-testid="ticket-project">
                {data.project.name}
              </Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={s.category}>
            {categoryName(data.categoryCode)}
          </Descriptions.Item>
          <Descriptions.Item label={s.urgency}>
            {pick(TICKET_URGENCY_LABELS[data.urgency])}
          </Descriptions.Item>
          <Descriptions.Item label={s.department}>
            <span data-testid="ticket-department">{data.leadDepartmentName ?? '—'}</span>
            {data.departments
              .filter((d) => !d.lead)
              .map((d) => (
                <Tag key={d.id} style={{ marginLeft: 8 }}>
                  {s.department2}：{d.name}
                </Tag>
              ))}
          </Descriptions.Item>
          <Descriptions.Item label={s.replyBy}>{data.replyBy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={s.filedAt}>
            {new Date(data.filedAt).toLocaleString(locale)}
          </Descriptions.Item>
          <Descriptions.Item label={s.description} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {data.description}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={s.timeline}>
        <Timeline
          data-testid="ticket-timeline"
          items={data.events.map((e) => ({
            color: e.public ? 'blue' : 'gray',
            children: (
              <div data-testid={`event-${e.action}`}>
                <Space>
                  <strong>{pick(e.label)}</strong>
                  {!e.public && <Tag>{s.internal}</Tag>}
                  {e.departmentName && <span>{e.departmentName}</span>}
                  {e.userName && <span>{e.userName}</span>}
                  <Typography.Text type="secondary">
                    {new Date(e.occurredAt).toLocaleString(locale)}
                  </Typography.Text>
                </Space>
                {e.text && <div>{e.text}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      {acting && NEEDS_FORM.includes(acting) && (
        <StepModal
          action={acting}
          pending={step.isPending}
          onCancel={() => setActing(null)}
          onSubmit={(v) =>
            step.mutate({
              ...v,
              action: acting as TTicketStepInput['action'],
              version: data.version,
            })
          }
        />
      )}
    </Space>
  );
}

function StepModal({
  action,
  pending,
  onCancel,
  onSubmit,
}: {
  action: TicketAction;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (v: Omit<TTicketStepInput, 'action'>) => void;
}) {
  const { t, locale } = useServicesI18n();
  const s = t.services;
  const [form] = Form.useForm<Omit<TTicketStepInput, 'action'>>();
  const departments = useQuery({
    queryKey: ['services', 'departments'],
    queryFn: ({ signal }) => servicesApi.departments(signal),
    enabled: action === 'dispatch' || action === 'reassign',
  });
  const label =
    locale === 'en-US' ? TICKET_ACTION_LABELS[action].en : TICKET_ACTION_LABELS[action].zh;
  const options = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <Modal
      open
      title={label}
      okText={s.submit}
      okButtonProps={{ id: 'step-submit' }}
      confirmLoading={pending}
      onCancel={onCancel}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={onSubmit}>
        {(action === 'dispatch' || action === 'reassign') && (
          <>
            <Form.Item name="departmentId" label={s.department} rules={[{ required: true }]}>
              <Select
                data-testid="step-department"
                showSearch
                optionFilterProp="label"
                options={options}
              />
            </Form.Item>
            <Form.Item name="assistingDepartmentIds" label={s.department2}>
              <Select mode="multiple" optionFilterProp="label" options={options} />
            </Form.Item>
          </>
        )}
        {(action === 'rate' || action === 'close') && (
          <Form.Item name="solved" label={s.solved} rules={[{ required: true }]}>
            <Radio.Group data-testid="step-solved">
              <Radio value={true}>{s.yes}</Radio>
              <Radio value={false}>{s.no}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {action === 'rate' && (
          <Form.Item name="satisfaction" label={s.satisfaction} rules={[{ required: true }]}>
            <Radio.Group data-testid="step-satisfaction">
              {SATISFACTIONS.map((v) => (
                <Radio key={v} value={v}>
                  {locale === 'en-US' ? SATISFACTION_LABELS[v].en : SATISFACTION_LABELS[v].zh}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {action === 'merge' && (
          <Form.Item name="mergedIntoId" label={s.mergeInto} rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
        )}
        {['reply', 'send_back', 'note', 'progress', 'reassign', 'close'].includes(action) && (
          <Form.Item
            name="text"
            label={action === 'send_back' ? s.reason : s.text}
            rules={[{ required: ['reply', 'send_back', 'note', 'progress'].includes(action) }]}
          >
            <Input.TextArea rows={3} data-testid="step-text" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
