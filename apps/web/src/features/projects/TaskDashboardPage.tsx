import type { TMilestoneRow, TProjectStats, TTaskCompletion } from '@gongyeyun/contract';
import { PROJECT_TASK_METRICS, toRate } from '@gongyeyun/contract';
import { formatAmount, formatGrowth, formatWanAmount } from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
} from 'antd';
import { useMemo, useState } from 'react';
import { projectsApi } from '../../api/projects-api';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { EChart } from '../../shared/EChart';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { useProjectOptions } from './use-project-options';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const DEFAULT_YEAR = 2020;

/** `/projects/tasks`: counts of the year against the tasks, investment, and the sentences. */
export function TaskDashboardPage() {
  const { t, label, locale } = useProjectsI18n();
  const k = t.tasks;
  const options = useProjectOptions();
  const [year, setYear] = useState(DEFAULT_YEAR);
  const [unitId, setUnitId] = useState<number | undefined>();
  const stats = useQuery({
    queryKey: ['projects', 'stats', year, unitId],
    queryFn: ({ signal }) => projectsApi.stats(year, unitId, signal),
  });
  const s = stats.data;
  const percent = (c: TTaskCompletion) => (c.percent === null ? '—' : `${c.percent}%`);
  const card = (title: string, c: TTaskCompletion, testId: string) => (
    <Card size="small">
      <Statistic title={title} value={c.actual} suffix={locale === 'zh-CN' ? '个' : ''} />
      <div>{k.ofTask(c.task)}</div>
      <div data-testid={testId}>
        {k.percent} <strong>{percent(c)}</strong>
      </div>
    </Card>
  );
  const introducedAmount = s ? formatWanAmount(s.introduced.totalInvestment) : null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={k.title}
        extra={
          <Space>
            <Select
              value={year}
              style={{ width: 100 }}
              aria-label={k.year}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
              onChange={setYear}
              data-testid="task-year"
            />
            <Select
              allowClear
              placeholder={k.area}
              style={{ width: 160 }}
              options={options.counties}
              value={unitId}
              onChange={(v?: number) => setUnitId(v)}
            />
          </Space>
        }
        loading={stats.isLoading}
      >
        {s && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}>
                {card(k.newStarts, s.newStarts, 'task-new-starts-percent')}
              </Col>
              <Col xs={12} md={6}>
                {card(k.completions, s.completions, 'task-completions-percent')}
              </Col>
              <Col xs={12} md={6}>
                {card(k.productions, s.productions, 'task-productions-percent')}
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={k.introduced}
                    value={s.introduced.count}
                    suffix={locale === 'zh-CN' ? '个' : ''}
                  />
                  <div data-testid="task-introduced-total">
                    {introducedAmount?.ok
                      ? k.introducedTotal(label(introducedAmount.value))
                      : s.introduced.totalInvestment}
                  </div>
                </Card>
              </Col>
            </Row>
            <Alert
              type="info"
              title={k.sentences}
              data-testid="task-sentences"
              description={
                <>
                  <div>{label(s.projectsSentence)}</div>
                  <div>{label(s.introduced.sentence)}</div>
                </>
              }
            />
            <InvestmentBar completed={s.investment.completed} planned={s.investment.planned} />
            <IndustrialInvestmentCard growth={s.industrialInvestment} />
            <Tabs
              items={[
                {
                  key: 'county',
                  label: k.byCounty,
                  children: <MilestoneTable rows={s.byCounty} />,
                },
                { key: 'chain', label: k.byChain, children: <MilestoneTable rows={s.byChain} /> },
                { key: 'level', label: k.byLevel, children: <MilestoneTable rows={s.byLevel} /> },
              ]}
            />
          </Space>
        )}
      </Card>
      <TaskForm year={year} />
    </Space>
  );
}

/** 工业投资增速: the same projects in both years, the totals of all projects apart. */
function IndustrialInvestmentCard({ growth }: { growth: TProjectStats['industrialInvestment'] }) {
  const { t, label } = useProjectsI18n();
  const k = t.tasks;
  if (growth.throughMonth === 0) return null;
  const amount = (v: number | null) => label(formatAmount(v));
  return (
    <Card
      size="small"
      title={k.industrialInvestment(growth.throughMonth)}
      data-testid="industrial-investment"
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Statistic
            title={k.comparableGrowth(growth.comparable.projects ?? 0)}
            value={label(formatGrowth(toRate(growth.comparable.growth)))}
          />
          <div>
            {amount(growth.comparable.thisYear)} / {amount(growth.comparable.lastYear)}
          </div>
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={k.levelChange}
            value={label(formatGrowth(toRate(growth.level.growth)))}
            styles={{ content: { color: '#8c8c8c' } }}
          />
          <div>
            {amount(growth.level.thisYear)} / {amount(growth.level.lastYear)}
          </div>
        </Col>
        <Col xs={24} md={8}>
          <Table
            size="small"
            rowKey="countyId"
            pagination={false}
            dataSource={growth.byCounty}
            columns={[
              { title: k.county, dataIndex: 'countyName' },
              {
                title: k.growth,
                key: 'growth',
                align: 'right',
                render: (_, c) => label(formatGrowth(toRate(c.growth))),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}

function InvestmentBar({ completed, planned }: { completed: string; planned: string }) {
  const { t } = useProjectsI18n();
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 120, right: 40, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: [t.tasks.investmentOfPlan(planned), t.tasks.investment] },
      series: [{ type: 'bar', data: [Number(planned), Number(completed)], barWidth: 18 }],
    }),
    [completed, planned, t],
  );
  return <EChart option={option} height={140} ariaLabel={t.tasks.investment} />;
}

function MilestoneTable({ rows }: { rows: TMilestoneRow[] }) {
  const { t } = useProjectsI18n();
  const k = t.tasks;
  const cell = (c: TTaskCompletion) =>
    c.task === null ? c.actual : `${c.actual} / ${c.task}（${c.percent ?? '—'}%）`;
  return (
    <Table<TMilestoneRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: k.group, dataIndex: 'name' },
        { title: k.newStarts, render: (_: unknown, r) => cell(r.newStarts) },
        { title: k.completions, render: (_: unknown, r) => cell(r.completions) },
        { title: k.productions, render: (_: unknown, r) => cell(r.productions) },
      ]}
    />
  );
}

function TaskForm({ year }: { year: number }) {
  const { t } = useProjectsI18n();
  const k = t.tasks;
  const canWrite = useCanWrite('projects');
  const options = useProjectOptions();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{
    orgUnitId: number;
    metric: (typeof PROJECT_TASK_METRICS)[number];
    target: number;
  }>();
  const tasks = useQuery({
    queryKey: ['projects', 'tasks', year],
    queryFn: ({ signal }) => projectsApi.tasks(year, signal),
  });
  const save = useMutation({
    mutationFn: (v: {
      orgUnitId: number;
      metric: (typeof PROJECT_TASK_METRICS)[number];
      target: number;
    }) => projectsApi.putTask({ year, ...v, target: String(v.target) }),
    onSuccess: async (rows) => {
      queryClient.setQueryData(['projects', 'tasks', year], rows);
      await queryClient.invalidateQueries({ queryKey: ['projects', 'stats'] });
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Card title={`${year} ${k.setTask}`} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => save.mutate(v)}
          style={{ marginBottom: 12 }}
        >
          <Form.Item name="orgUnitId" rules={[{ required: true }]}>
            <Select placeholder={k.area} style={{ width: 160 }} options={options.leadUnits} />
          </Form.Item>
          <Form.Item name="metric" rules={[{ required: true }]}>
            <Select
              placeholder={k.metric}
              style={{ width: 170 }}
              options={PROJECT_TASK_METRICS.map((m) => ({ value: m, label: k.metrics[m] }))}
            />
          </Form.Item>
          <Form.Item name="target" rules={[{ required: true }]}>
            <InputNumber placeholder={k.target} min={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t.common.save}
          </Button>
        </Form>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={tasks.data}
        columns={[
          { title: k.area, dataIndex: 'orgUnitName' },
          {
            title: k.metric,
            dataIndex: 'metric',
            render: (m: (typeof PROJECT_TASK_METRICS)[number]) => k.metrics[m],
          },
          { title: k.target, dataIndex: 'target', align: 'right' },
        ]}
      />
    </Card>
  );
}
