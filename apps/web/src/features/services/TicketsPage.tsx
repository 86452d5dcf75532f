import { PlusOutlined } from '@ant-design/icons';
import type { TTicketInput, TTicketListItem } from '@gongyeyun/contract';
import {
  TICKET_STATE_LABELS,
  TICKET_URGENCIES,
  TICKET_URGENCY_LABELS,
  type DeadlineColour,
} from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { servicesApi } from '../../api/services-api';
import { useServicesI18n } from '../../i18n/services-i18n';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite, useCurrentUser } from '../auth/current-user';

const COLOURS: Record<DeadlineColour, string> = { green: 'green', amber: 'orange', red: 'red' };

export function DeadlineTag({ colour }: { colour: DeadlineColour | null }) {
  const { t } = useServicesI18n();
  if (!colour) return null;
  return <Tag color={COLOURS[colour]}>{t.services[colour]}</Tag>;
}

export function useCategoryName(): (code: string) => string {
  const { locale } = useServicesI18n();
  const categories = useQuery({
    queryKey: ['services', 'categories'],
    queryFn: ({ signal }) => servicesApi.categories(signal),
  });
  return (code) => {
    const c = categories.data?.find((x) => x.code === code);
    return c ? (locale === 'en-US' ? c.nameEn : c.name) : code;
  };
}

/** `/services/tickets`: tickets in scope; a handler's inbox; the dispatcher's queue; filing. */
export function TicketsPage() {
  const { t, locale } = useServicesI18n();
  const s = t.services;
  const me = useCurrentUser();
  const roles = me.grants.map((g) => g.role);
  const canWrite = useCanWrite('services');
  const isHandler = roles.includes('department_handler');
  const isDispatcher = roles.some(
    (r) => r === 'admin' || r === 'analyst' || r === 'county_officer',
  );
  const [view, setView] = useState<'all' | 'inbox' | 'dispatch'>(
    isHandler ? 'inbox' : isDispatcher ? 'dispatch' : 'all',
  );
  const [page, setPage] = useState(1);
  const [isFiling, setIsFiling] = useState(false);
  const query = { page, pageSize: 20, view };
  const tickets = useQuery({
    queryKey: ['services', 'tickets', query],
    queryFn: ({ signal }) => servicesApi.tickets(query, signal),
  });
  const categoryName = useCategoryName();
  const pick = (l: { zh: string; en: string }) => (locale === 'en-US' ? l.en : l.zh);
  const canFile = canWrite && (roles.includes('enterprise_user') || roles.includes('commissioner'));
  const views = [
    { value: 'all' as const, label: s.viewAll },
    ...(isHandler ? [{ value: 'inbox' as const, label: s.viewInbox }] : []),
    ...(isDispatcher ? [{ value: 'dispatch' as const, label: s.viewDispatch }] : []),
  ];
  return (
    <Card
      title={s.tickets}
      extra={
        <Space>
          {views.length > 1 && (
            <Segmented
              data-testid="ticket-view"
              options={views}
              value={view}
              onChange={(v) => {
                setView(v);
                setPage(1);
              }}
            />
          )}
          {canFile && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsFiling(true)}>
              {s.file}
            </Button>
          )}
        </Space>
      }
    >
      <Table<TTicketListItem>
        rowKey="id"
        loading={tickets.isLoading}
        dataSource={tickets.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: tickets.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: s.id, dataIndex: 'id', width: 80 },
          {
            title: s.title,
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/services/tickets/${r.id}`} data-testid={`ticket-link-${r.id}`}>
                {v}
              </Link>
            ),
          },
          {
            title: s.enterprise,
            dataIndex: 'enterpriseName',
            render: (v: string | null) => v ?? '—',
          },
          { title: s.category, dataIndex: 'categoryCode', render: (v: string) => categoryName(v) },
          {
            title: s.urgency,
            dataIndex: 'urgency',
            render: (v: TTicketListItem['urgency']) => pick(TICKET_URGENCY_LABELS[v]),
          },
          {
            title: s.state,
            dataIndex: 'state',
            render: (v: TTicketListItem['state']) => <Tag>{pick(TICKET_STATE_LABELS[v])}</Tag>,
          },
          { title: s.department, dataIndex: 'leadDepartmentName' },
          { title: s.replyBy, dataIndex: 'replyBy' },
          {
            title: s.deadline,
            dataIndex: 'deadlineColour',
            render: (v: DeadlineColour | null) => <DeadlineTag colour={v} />,
          },
        ]}
      />
      {isFiling && <FileTicketModal onClose={() => setIsFiling(false)} />}
    </Card>
  );
}

function FileTicketModal({ onClose }: { onClose: () => void }) {
  const { t } = useServicesI18n();
  const s = t.services;
  const [form] = Form.useForm<TTicketInput>();
  const showError = useShowError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const file = useMutation({
    mutationFn: servicesApi.file,
    onSuccess: async (ticket) => {
      await queryClient.invalidateQueries({ queryKey: ['services', 'tickets'] });
      onClose();
      await navigate(`/services/tickets/${ticket.id}`);
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal
      open
      title={s.file}
      okText={s.submit}
      okButtonProps={{ id: 'ticket-submit' }}
      onCancel={onClose}
      confirmLoading={file.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ urgency: 'normal' }}
        onFinish={(v) => file.mutate(v)}
      >
        <TicketFields />
      </Form>
    </Modal>
  );
}

/** The fields of a problem, in a form: category, urgency, title and description. */
export function TicketFields() {
  const { t, locale } = useServicesI18n();
  const s = t.services;
  const categories = useQuery({
    queryKey: ['services', 'categories'],
    queryFn: ({ signal }) => servicesApi.categories(signal),
  });
  return (
    <>
      <Form.Item name="categoryCode" label={s.category} rules={[{ required: true }]}>
        <Select
          data-testid="ticket-category"
          options={(categories.data ?? [])
            .filter((c) => c.active)
            .map((c) => ({ value: c.code, label: locale === 'en-US' ? c.nameEn : c.name }))}
        />
      </Form.Item>
      <Form.Item name="urgency" label={s.urgency}>
        <Select
          options={TICKET_URGENCIES.map((u) => ({
            value: u,
            label: locale === 'en-US' ? TICKET_URGENCY_LABELS[u].en : TICKET_URGENCY_LABELS[u].zh,
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={s.title} rules={[{ required: true, max: 100 }]}>
        <Input data-testid="ticket-title" />
      </Form.Item>
      <Form.Item name="description" label={s.description} rules={[{ required: true }]}>
        <Input.TextArea rows={4} data-testid="ticket-description" />
      </Form.Item>
    </>
  );
}
