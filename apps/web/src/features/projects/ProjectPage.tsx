import { ArrowLeftOutlined } from '@ant-design/icons';
import type {
  TProject,
  TProjectProblemInput,
  TProjectProgressInput,
  TTicketListItem,
} from '@gongyeyun/contract';
import {
  PROJECT_KIND_LABELS,
  PROJECT_LEVEL_LABELS,
  PROJECT_SECTOR_LABELS,
  PROJECT_STATE_LABELS,
  TICKET_STATE_LABELS,
  type DeadlineColour,
  type ProjectState,
} from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { projectsApi } from '../../api/projects-api';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { useServicesI18n } from '../../i18n/services-i18n';
import { EChart } from '../../shared/EChart';
import { PageSpin } from '../../shared/PageSpin';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { DeadlineTag, TicketFields, useCategoryName } from '../services/TicketsPage';

/** `/projects/:id`: the project, its stage timeline, monthly progress and investment chart. */
export function ProjectPage() {
  const { t, label } = useProjectsI18n();
  const p = t.projects;
  const id = Number(useParams().id);
  const canWrite = useCanWrite('projects');
  const project = useQuery({
    queryKey: ['projects', 'detail', id],
    queryFn: ({ signal }) => projectsApi.get(id, signal),
  });
  const [dialog, setDialog] = useState<'stage' | 'progress' | 'problem' | null>(null);
  if (!project.data) return <PageSpin />;
  const d = project.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<span data-testid="project-name">{d.name}</span>}
        extra={
          <Link to="/projects/ledger">
            <ArrowLeftOutlined /> {p.backToLedger}
          </Link>
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={p.code}>{d.code ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.owner}>{d.ownerName}</Descriptions.Item>
          <Descriptions.Item label={p.stage}>
            <Tag data-testid="project-stage" color={d.stage === 'stalled' ? 'red' : 'blue'}>
              {d.stage ? label(PROJECT_STATE_LABELS[d.stage]) : p.noStage}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={p.county}>{d.countyName}</Descriptions.Item>
          <Descriptions.Item label={p.park}>{d.parkName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.chain}>{d.chainName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.sector}>
            {label(PROJECT_SECTOR_LABELS[d.sector])}
          </Descriptions.Item>
          <Descriptions.Item label={p.kind}>{label(PROJECT_KIND_LABELS[d.kind])}</Descriptions.Item>
          <Descriptions.Item label={p.level}>
            {label(PROJECT_LEVEL_LABELS[d.level])}
          </Descriptions.Item>
          <Descriptions.Item label={p.totalInvestment}>{d.totalInvestment}</Descriptions.Item>
          <Descriptions.Item label={p.annualPlan}>
            {d.annualPlannedInvestment ? `${d.annualPlannedInvestment}（${d.planYear}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={p.responsibleUnit}>
            {[d.responsibleUnitName, d.responsibleOfficial].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={p.plannedStart}>{d.plannedStartOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.plannedCompletion}>
            {d.plannedCompletionOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={p.plannedProduction}>
            {d.plannedProductionOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={p.startedOn}>{d.startedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.completedOn}>{d.completedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={p.productionOn}>{d.productionOn ?? '—'}</Descriptions.Item>
          {d.leadId !== null && (
            <Descriptions.Item label={p.fromLead}>
              <Link to="/projects/leads">#{d.leadId}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title={p.timeline}
        extra={
          canWrite &&
          d.allowedNextStates.length > 0 && (
            <Button data-testid="project-change-stage" onClick={() => setDialog('stage')}>
              {p.changeStage}
            </Button>
          )
        }
      >
        {d.events.length === 0 ? (
          <Empty description={p.noStage} />
        ) : (
          <Timeline
            data-testid="project-timeline"
            items={d.events.map((e) => ({
              color: e.stage === 'stalled' ? 'red' : 'blue',
              content: `${e.occurredOn} · ${label(PROJECT_STATE_LABELS[e.stage])}${e.note ? ` · ${e.note}` : ''}`,
            }))}
          />
        )}
      </Card>
      <Card
        title={p.progress}
        extra={
          canWrite && <Button onClick={() => setDialog('progress')}>{p.reportProgress}</Button>
        }
      >
        <InvestmentChart project={d} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...d.progress].reverse()}
          columns={[
            {
              title: p.month,
              render: (_: unknown, r) => `${r.year}-${String(r.month).padStart(2, '0')}`,
            },
            { title: p.thisMonth, dataIndex: 'investmentThisMonth', align: 'right' },
            { title: p.toDate, dataIndex: 'investmentToDate', align: 'right' },
            { title: p.imageProgress, dataIndex: 'imageProgress' },
            { title: p.problems, dataIndex: 'problems' },
          ]}
        />
      </Card>
      <ProblemsCard projectId={d.id} onRaise={canWrite ? () => setDialog('problem') : undefined} />
      {dialog === 'problem' && <ProblemModal projectId={d.id} onClose={() => setDialog(null)} />}
      {dialog === 'stage' && <StageModal project={d} onClose={() => setDialog(null)} />}
      {dialog === 'progress' && <ProgressModal project={d} onClose={() => setDialog(null)} />}
    </Space>
  );
}

/** The problems raised for the project on the problem desk, with their state and deadline. */
function ProblemsCard({ projectId, onRaise }: { projectId: number; onRaise?: () => void }) {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const { t: st, locale } = useServicesI18n();
  const s = st.services;
  const pick = (l: { zh: string; en: string }) => (locale === 'en-US' ? l.en : l.zh);
  const categoryName = useCategoryName();
  const problems = useQuery({
    queryKey: ['projects', 'problems', projectId],
    queryFn: ({ signal }) => projectsApi.problems(projectId, signal),
  });
  return (
    <Card
      title={p.raisedProblems}
      extra={
        onRaise && (
          <Button data-testid="project-raise-problem" onClick={onRaise}>
            {p.raiseProblem}
          </Button>
        )
      }
    >
      <Table<TTicketListItem>
        rowKey="id"
        size="small"
        data-testid="project-problems"
        loading={problems.isLoading}
        pagination={false}
        dataSource={problems.data ?? []}
        locale={{ emptyText: <Empty description={p.noRaisedProblems} /> }}
        columns={[
          { title: s.id, dataIndex: 'id', width: 80 },
          {
            title: s.title,
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/services/tickets/${r.id}`} data-testid={`project-problem-${r.id}`}>
                {v}
              </Link>
            ),
          },
          { title: s.category, dataIndex: 'categoryCode', render: (v: string) => categoryName(v) },
          {
            title: s.state,
            dataIndex: 'state',
            render: (v: TTicketListItem['state']) => <Tag>{pick(TICKET_STATE_LABELS[v])}</Tag>,
          },
          {
            title: s.department,
            dataIndex: 'leadDepartmentName',
            render: (v: string | null) => v ?? '—',
          },
          { title: s.replyBy, dataIndex: 'replyBy', render: (v: string | null) => v ?? '—' },
          {
            title: s.deadline,
            dataIndex: 'deadlineColour',
            render: (v: DeadlineColour | null) => <DeadlineTag colour={v} />,
          },
        ]}
      />
    </Card>
  );
}

/** 反映问题: files a problem for the project on the problem desk. */
function ProblemModal({ projectId, onClose }: { projectId: number; onClose: () => void }) {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const { t: st } = useServicesI18n();
  const [form] = Form.useForm<TProjectProblemInput>();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const raise = useMutation({
    mutationFn: (v: TProjectProblemInput) => projectsApi.raiseProblem(projectId, v),
    onSuccess: async () => {
      void message.success(p.problemRaised);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['projects', 'problems', projectId] }),
        queryClient.invalidateQueries({ queryKey: ['services', 'tickets'] }),
      ]);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={p.raiseProblem}
      okText={st.services.submit}
      okButtonProps={{ id: 'problem-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={raise.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ urgency: 'normal' }}
        onFinish={(v) => raise.mutate(v)}
      >
        <TicketFields />
      </Form>
    </Modal>
  );
}

function InvestmentChart({ project }: { project: TProject }) {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const option = useMemo(() => {
    const months = project.progress.map((r) => `${r.year}-${String(r.month).padStart(2, '0')}`);
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [p.thisMonth, p.toDate] },
      grid: { left: 60, right: 60, bottom: 30 },
      xAxis: { type: 'category', data: months },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [
        {
          name: p.thisMonth,
          type: 'bar',
          data: project.progress.map((r) => Number(r.investmentThisMonth)),
        },
        {
          name: p.toDate,
          type: 'line',
          yAxisIndex: 1,
          data: project.progress.map((r) => Number(r.investmentToDate)),
        },
      ],
    };
  }, [project.progress, p]);
  if (project.progress.length === 0) return <Empty description={p.noProgress} />;
  return (
    <EChart
      option={option}
      height={280}
      ariaLabel={p.investmentChart}
      testId="project-investment-chart"
    />
  );
}

function useProjectSaved(id: number) {
  const queryClient = useQueryClient();
  return async (project: TProject) => {
    queryClient.setQueryData(['projects', 'detail', id], project);
    await queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
  };
}

function StageModal({ project, onClose }: { project: TProject; onClose: () => void }) {
  const { t, label } = useProjectsI18n();
  const p = t.projects;
  const [form] = Form.useForm<{ stage: ProjectState; occurredOn: Dayjs; note?: string }>();
  const showError = useShowError();
  const saved = useProjectSaved(project.id);
  const change = useMutation({
    mutationFn: (v: { stage: ProjectState; occurredOn: Dayjs; note?: string }) =>
      projectsApi.addStage(project.id, {
        stage: v.stage,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        note: v.note ?? null,
      }),
    onSuccess: async (next) => {
      await saved(next);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={p.changeStage}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item name="stage" label={p.newStage} rules={[{ required: true }]}>
          <Select
            options={project.allowedNextStates.map((s) => ({
              value: s,
              label: label(PROJECT_STATE_LABELS[s]),
            }))}
          />
        </Form.Item>
        <Form.Item name="occurredOn" label={p.date} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={p.stageNote}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ProgressValues {
  month: Dayjs;
  investmentThisMonth: number;
  investmentToDate: number;
  imageProgress?: string;
  problems?: string;
}

function ProgressModal({ project, onClose }: { project: TProject; onClose: () => void }) {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const [form] = Form.useForm<ProgressValues>();
  const showError = useShowError();
  const saved = useProjectSaved(project.id);
  const report = useMutation({
    mutationFn: (v: ProgressValues) => {
      const body: TProjectProgressInput = {
        year: v.month.year(),
        month: v.month.month() + 1,
        investmentThisMonth: String(v.investmentThisMonth),
        investmentToDate: String(v.investmentToDate),
        imageProgress: v.imageProgress ?? null,
        problems: v.problems ?? null,
      };
      return projectsApi.reportProgress(project.id, body);
    },
    onSuccess: async (next) => {
      await saved(next);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={p.reportProgress}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={report.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => report.mutate(v)}>
        <Form.Item name="month" label={p.month} rules={[{ required: true }]}>
          <DatePicker picker="month" />
        </Form.Item>
        <Form.Item name="investmentThisMonth" label={p.thisMonth} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="investmentToDate" label={p.toDate} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="imageProgress" label={p.imageProgress}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="problems" label={p.problems}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
