import type { TCoverageRow, TVisit } from '@gongyeyun/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { servicesApi } from '../../api/services-api';
import { useServicesI18n } from '../../i18n/services-i18n';
import { useShowError } from '../../shared/use-show-error';
import { useCurrentUser } from '../auth/current-user';

/** `/services/commissioners`: lead commissioner coverage (gaps first) and the visit log. */
export function CommissionersPage() {
  const { t } = useServicesI18n();
  const s = t.services;
  const [uncovered, setUncovered] = useState(false);
  const [page, setPage] = useState(1);
  const query = { page, pageSize: 20, ...(uncovered ? { uncovered: true } : {}) };
  const coverage = useQuery({
    queryKey: ['services', 'coverage', query],
    queryFn: ({ signal }) => servicesApi.coverage(query, signal),
  });
  const [visitPage, setVisitPage] = useState(1);
  const [visiting, setVisiting] = useState<TCoverageRow | null>(null);
  const isCommissioner = useCurrentUser().grants.some((g) => g.role === 'commissioner');
  const visits = useQuery({
    queryKey: ['services', 'visits', visitPage],
    queryFn: ({ signal }) => servicesApi.visits({ page: visitPage, pageSize: 10 }, signal),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={s.coverage}
        extra={
          <Checkbox
            checked={uncovered}
            onChange={(e) => {
              setUncovered(e.target.checked);
              setPage(1);
            }}
          >
            {s.uncoveredOnly}
          </Checkbox>
        }
      >
        <Table<TCoverageRow>
          rowKey="enterpriseId"
          loading={coverage.isLoading}
          dataSource={coverage.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: coverage.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: s.enterprise, dataIndex: 'enterpriseName' },
            {
              title: s.commissioner,
              dataIndex: 'commissionerName',
              render: (v: string | null) => v ?? <Tag color="red">{s.none}</Tag>,
            },
            {
              title: s.lastVisit,
              dataIndex: 'lastVisitOn',
              render: (v: string | null, r) => (
                <Space>
                  {v ?? '—'}
                  {r.visitOverdue && <Tag color="orange">{s.visitOverdue}</Tag>}
                </Space>
              ),
            },
            { title: s.visits, dataIndex: 'visits' },
            ...(isCommissioner
              ? [
                  {
                    title: s.actions,
                    render: (_: unknown, r: TCoverageRow) => (
                      <Button size="small" onClick={() => setVisiting(r)}>
                        {s.logVisit}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {visiting && <VisitModal enterprise={visiting} onClose={() => setVisiting(null)} />}
      <Card title={s.visitLog}>
        <Table<TVisit>
          rowKey="id"
          loading={visits.isLoading}
          dataSource={visits.data?.items ?? []}
          pagination={{
            current: visitPage,
            pageSize: 10,
            total: visits.data?.total ?? 0,
            onChange: setVisitPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: s.visitedOn, dataIndex: 'visitedOn' },
            { title: s.enterprise, dataIndex: 'enterpriseName' },
            { title: s.commissioner, dataIndex: 'commissionerName' },
            { title: s.peopleMet, dataIndex: 'peopleMet' },
            { title: s.topics, dataIndex: 'topics' },
            { title: s.problemsFound, dataIndex: 'problemsFound' },
          ]}
        />
      </Card>
    </Space>
  );
}

interface VisitForm {
  visitedOn: Dayjs;
  peopleMet: string;
  topics: string;
  problemsFound?: string;
}

function VisitModal({ enterprise, onClose }: { enterprise: TCoverageRow; onClose: () => void }) {
  const { t } = useServicesI18n();
  const s = t.services;
  const [form] = Form.useForm<VisitForm>();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const log = useMutation({
    mutationFn: (v: VisitForm) =>
      servicesApi.logVisit({
        enterpriseId: enterprise.enterpriseId,
        visitedOn: v.visitedOn.format('YYYY-MM-DD'),
        peopleMet: v.peopleMet,
        topics: v.topics,
        problemsFound: v.problemsFound ?? null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['services'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal
      open
      title={`${s.logVisit}：${enterprise.enterpriseName}`}
      okText={s.submit}
      confirmLoading={log.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ visitedOn: dayjs() }}
        onFinish={(v) => log.mutate(v)}
      >
        <Form.Item name="visitedOn" label={s.visitedOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="peopleMet" label={s.peopleMet} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="topics" label={s.topics} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="problemsFound" label={s.problemsFound}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
