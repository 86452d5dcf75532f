import { PlusOutlined } from '@ant-design/icons';
import type { TLead, TLeadFunnelQuery, TLeadInput, TLeadStageInput } from '@gongyeyun/contract';
import { LEAD_STAGES, LEAD_STATE_LABELS, type LeadStage, type LeadState } from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { leadsApi } from '../../api/projects-api';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { EChart } from '../../shared/EChart';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { useProjectOptions } from './use-project-options';

/** `/projects/leads`: the investment-promotion pipeline as a board or a table, and its funnel. */
export function LeadPipelinePage() {
  const { t } = useProjectsI18n();
  const l = t.leads;
  const canWrite = useCanWrite('projects');
  const [view, setView] = useState<'kanban' | 'table'>('kanban');
  const [isOverdue, setIsOverdue] = useState(false);
  const [moving, setMoving] = useState<TLead | null>(null);
  const [converting, setConverting] = useState<TLead | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const query = { page: 1, pageSize: 200, isOverdue: isOverdue || undefined };
  const leads = useQuery({
    queryKey: ['leads', 'list', query],
    queryFn: ({ signal }) => leadsApi.find(query, signal),
  });
  const actions = (lead: TLead) =>
    canWrite && (
      <Space size={4}>
        {lead.stage !== 'dropped' && lead.stage !== 'in_production' && (
          <Button size="small" data-testid={`lead-move-${lead.id}`} onClick={() => setMoving(lead)}>
            {l.move}
          </Button>
        )}
        {lead.canConvert && (
          <Button
            size="small"
            type="primary"
            data-testid={`lead-convert-${lead.id}`}
            onClick={() => setConverting(lead)}
          >
            {l.convert}
          </Button>
        )}
      </Space>
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={l.title}
        extra={
          <Space>
            <Space size={4}>
              <Switch size="small" checked={isOverdue} onChange={setIsOverdue} />
              {l.overdueOnly}
            </Space>
            <Segmented
              value={view}
              onChange={(v) => setView(v as 'kanban' | 'table')}
              options={[
                { value: 'kanban', label: l.kanban },
                { value: 'table', label: l.table },
              ]}
            />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {l.newLead}
              </Button>
            )}
          </Space>
        }
        loading={leads.isLoading}
      >
        {view === 'kanban' ? (
          <Kanban leads={leads.data?.items ?? []} actions={actions} />
        ) : (
          <LeadTable leads={leads.data?.items ?? []} actions={actions} />
        )}
      </Card>
      <FunnelCard />
      {moving && <MoveModal lead={moving} onClose={() => setMoving(null)} />}
      {converting && <ConvertModal lead={converting} onClose={() => setConverting(null)} />}
      {isCreating && <CreateLeadModal onClose={() => setIsCreating(false)} />}
    </Space>
  );
}

type Actions = (lead: TLead) => React.ReactNode;

function LeadCard({ lead, actions }: { lead: TLead; actions: Actions }) {
  const { t } = useProjectsI18n();
  const l = t.leads;
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`lead-card-${lead.id}`}>
      <Typography.Text strong>{lead.name}</Typography.Text>
      <div>{lead.investor}</div>
      <div>
        {lead.intendedInvestment ?? '—'} · {lead.orgUnitName}
      </div>
      {lead.nextActionOn && (
        <div>
          {lead.isOverdue ? (
            <Badge status="error" text={`${l.overdue} ${lead.nextActionOn}`} />
          ) : (
            `${l.nextActionOn} ${lead.nextActionOn}`
          )}
        </div>
      )}
      {lead.projectId !== null && (
        <Link to={`/projects/${lead.projectId}`}>
          {l.project}: {lead.projectName}
        </Link>
      )}
      <div style={{ marginTop: 4 }}>{actions(lead)}</div>
    </Card>
  );
}

function Kanban({ leads, actions }: { leads: TLead[]; actions: Actions }) {
  const { label } = useProjectsI18n();
  const columns: LeadState[] = [...LEAD_STAGES, 'dropped'];
  return (
    <Row gutter={8} wrap={false} style={{ overflowX: 'auto' }} data-testid="lead-kanban">
      {columns.map((stage) => {
        const here = leads.filter((lead) => lead.stage === stage);
        return (
          <Col key={stage} flex="0 0 240px" data-testid={`lead-column-${stage}`}>
            <Typography.Title level={5}>
              {label(LEAD_STATE_LABELS[stage])} <Tag>{here.length}</Tag>
            </Typography.Title>
            <div style={{ maxHeight: 560, overflowY: 'auto' }}>
              {here.map((lead) => (
                <LeadCard key={lead.id} lead={lead} actions={actions} />
              ))}
            </div>
          </Col>
        );
      })}
    </Row>
  );
}

function LeadTable({ leads, actions }: { leads: TLead[]; actions: Actions }) {
  const { t, label } = useProjectsI18n();
  const l = t.leads;
  return (
    <Table<TLead>
      rowKey="id"
      size="small"
      dataSource={leads}
      data-testid="lead-table"
      scroll={{ x: 1100 }}
      columns={[
        { title: l.name, dataIndex: 'name' },
        { title: l.investor, dataIndex: 'investor' },
        { title: l.source, dataIndex: 'sourceRegion' },
        { title: t.projects.chain, dataIndex: 'chainName' },
        { title: l.intended, dataIndex: 'intendedInvestment', align: 'right' },
        {
          title: t.projects.stage,
          dataIndex: 'stage',
          render: (s: LeadState | null) => (s ? label(LEAD_STATE_LABELS[s]) : '—'),
        },
        { title: l.signedOn, dataIndex: 'signedOn' },
        { title: l.unit, dataIndex: 'orgUnitName' },
        {
          title: l.nextActionOn,
          dataIndex: 'nextActionOn',
          render: (v: string | null, r) => (r.isOverdue ? <Tag color="red">{v}</Tag> : v),
        },
        { title: t.common.actions, render: (_: unknown, r) => actions(r) },
      ]}
    />
  );
}

function FunnelCard() {
  const { t, label } = useProjectsI18n();
  const l = t.leads;
  const [groupBy, setGroupBy] = useState<TLeadFunnelQuery['groupBy']>('none');
  const funnel = useQuery({
    queryKey: ['leads', 'funnel', groupBy],
    queryFn: ({ signal }) => leadsApi.funnel({ groupBy }, signal),
  });
  const first = funnel.data?.groups[0]?.funnel;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          label: { formatter: '{b}: {c}' },
          data: (first?.stages ?? []).map((s) => ({
            name: label(LEAD_STATE_LABELS[s.stage]),
            value: s.reached,
          })),
        },
      ],
    }),
    [first, label],
  );
  return (
    <Card
      title={l.funnel}
      extra={
        <Select
          value={groupBy}
          style={{ width: 140 }}
          aria-label={l.funnelBy}
          onChange={setGroupBy}
          options={[
            { value: 'none', label: l.groupNone },
            { value: 'chain', label: l.groupChain },
            { value: 'source', label: l.groupSource },
            { value: 'unit', label: l.groupUnit },
          ]}
        />
      }
    >
      {groupBy === 'none' ? (
        <EChart option={option} height={320} ariaLabel={l.funnel} testId="lead-funnel" />
      ) : (
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={funnel.data?.groups}
          columns={[
            { title: l.funnelBy, dataIndex: 'name' },
            ...LEAD_STAGES.map((stage: LeadStage) => ({
              title: label(LEAD_STATE_LABELS[stage]),
              render: (_: unknown, g: NonNullable<typeof funnel.data>['groups'][number]) =>
                g.funnel.stages.find((s) => s.stage === stage)?.reached ?? 0,
            })),
          ]}
        />
      )}
    </Card>
  );
}

function useLeadsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['leads'] });
}

function MoveModal({ lead, onClose }: { lead: TLead; onClose: () => void }) {
  const { t, label } = useProjectsI18n();
  const l = t.leads;
  const [form] = Form.useForm<{ stage: LeadState; occurredOn: Dayjs; reason?: string }>();
  const stage = Form.useWatch('stage', form);
  const showError = useShowError();
  const changed = useLeadsChanged();
  const current = lead.stage && lead.stage !== 'dropped' ? LEAD_STAGES.indexOf(lead.stage) : -1;
  const next: LeadState[] = [...LEAD_STAGES.filter((_, i) => i > current), 'dropped'];
  const move = useMutation({
    mutationFn: (v: { stage: LeadState; occurredOn: Dayjs; reason?: string }) => {
      const body: TLeadStageInput = {
        stage: v.stage,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        reason: v.reason ?? null,
      };
      return leadsApi.addStage(lead.id, body);
    },
    onSuccess: async () => {
      await changed();
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={`${l.moveTitle}：${lead.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      okButtonProps={{ id: 'lead-move-ok' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ occurredOn: dayjs() }}
        onFinish={(v) => move.mutate(v)}
      >
        <Form.Item name="stage" label={l.firstStage} rules={[{ required: true }]}>
          <Select
            data-testid="lead-move-stage"
            options={next.map((s) => ({ value: s, label: label(LEAD_STATE_LABELS[s]) }))}
          />
        </Form.Item>
        <Form.Item name="occurredOn" label={t.projects.date} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        {stage === 'dropped' && (
          <Form.Item name="reason" label={l.reason} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function ConvertModal({ lead, onClose }: { lead: TLead; onClose: () => void }) {
  const { t } = useProjectsI18n();
  const l = t.leads;
  const options = useProjectOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ countyId?: number; kind: 'new'; level: 'city' }>();
  const showError = useShowError();
  const navigate = useNavigate();
  const changed = useLeadsChanged();
  const convert = useMutation({
    mutationFn: (v: { countyId?: number; kind: 'new'; level: 'city' }) =>
      leadsApi.convert(lead.id, { countyId: v.countyId ?? null, kind: v.kind, level: v.level }),
    onSuccess: async ({ projectId }) => {
      await changed();
      void message.success(l.converted);
      void navigate(`/projects/${projectId}`);
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={l.convertTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={convert.isPending}
      okButtonProps={{ id: 'lead-convert-ok' }}
    >
      <Typography.Paragraph type="secondary">{l.convertHint}</Typography.Paragraph>
      <Typography.Paragraph>
        {lead.name} · {lead.investor} · {lead.intendedInvestment ?? '—'}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'new', level: 'city' }}
        onFinish={(v) => convert.mutate(v)}
      >
        <Form.Item name="countyId" label={t.projects.county}>
          <Select allowClear options={options.counties} />
        </Form.Item>
        <Form.Item name="kind" label={t.projects.kind}>
          <Select options={options.kinds} />
        </Form.Item>
        <Form.Item name="level" label={t.projects.level}>
          <Select options={options.levels} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface LeadValues {
  name: string;
  investor: string;
  sourceRegion?: string;
  chainId?: number;
  intendedInvestment?: number;
  orgUnitId: number;
  responsibleOfficial?: string;
  nextAction?: string;
  nextActionOn?: Dayjs;
  stage: LeadStage;
  occurredOn: Dayjs;
}

function CreateLeadModal({ onClose }: { onClose: () => void }) {
  const { t } = useProjectsI18n();
  const l = t.leads;
  const options = useProjectOptions();
  const [form] = Form.useForm<LeadValues>();
  const showError = useShowError();
  const changed = useLeadsChanged();
  const create = useMutation({
    mutationFn: (v: LeadValues) => {
      const body: TLeadInput = {
        name: v.name,
        investor: v.investor,
        sourceRegion: v.sourceRegion ?? null,
        chainId: v.chainId ?? null,
        sector: 'industrial',
        intendedInvestment:
          v.intendedInvestment === undefined ? null : String(v.intendedInvestment),
        orgUnitId: v.orgUnitId,
        responsibleOfficial: v.responsibleOfficial ?? null,
        nextAction: v.nextAction ?? null,
        nextActionOn: v.nextActionOn?.format('YYYY-MM-DD') ?? null,
        note: null,
        stage: v.stage,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      };
      return leadsApi.create(body);
    },
    onSuccess: async () => {
      await changed();
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={l.newLead}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ stage: 'lead', occurredOn: dayjs() }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item name="name" label={l.name} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="investor" label={l.investor} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="sourceRegion" label={l.source}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="chainId" label={t.projects.chain}>
            <Select allowClear style={{ width: 180 }} options={options.chains} />
          </Form.Item>
          <Form.Item name="intendedInvestment" label={l.intended}>
            <InputNumber min={0} precision={2} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="orgUnitId" label={l.unit} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={options.leadUnits} />
          </Form.Item>
          <Form.Item name="responsibleOfficial" label={l.official}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="stage" label={l.firstStage}>
            <Select style={{ width: 120 }} options={options.leadStages.slice(0, 3)} />
          </Form.Item>
          <Form.Item name="occurredOn" label={t.projects.date} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="nextAction" label={l.nextAction}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="nextActionOn" label={l.nextActionOn}>
            <DatePicker />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
