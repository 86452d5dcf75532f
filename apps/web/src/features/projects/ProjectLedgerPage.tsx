import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { TFindProjectsQuery, TProjectInput, TProjectListItem } from '@gongyeyun/contract';
import { PROJECT_LEVEL_LABELS, PROJECT_STATE_LABELS } from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { projectsApi } from '../../api/projects-api';
import { useProjectsI18n } from '../../i18n/projects-i18n';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { usePagination } from '../../shared/use-pagination';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { useProjectOptions } from './use-project-options';

type Filters = Omit<TFindProjectsQuery, 'page' | 'pageSize'>;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** `/projects`: the major-project ledger with filters, Excel export and import. */
export function ProjectLedgerPage() {
  const { t, label } = useProjectsI18n();
  const p = t.projects;
  const options = useProjectOptions();
  const canWrite = useCanWrite('projects');
  const paging = usePagination();
  const [filters, setFilters] = useState<Filters>({ sort: 'id', order: 'desc' });
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q, 300);
  const [isCreating, setIsCreating] = useState(false);
  const query: TFindProjectsQuery = {
    ...filters,
    q: search || undefined,
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const list = useQuery({
    queryKey: ['projects', 'list', query],
    queryFn: ({ signal }) => projectsApi.find(query, signal),
  });
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    paging.toFirstPage();
  };
  const { page: _page, pageSize: _size, ...exportQuery } = query;

  return (
    <Card
      title={p.ledger}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={projectsApi.exportUrl(exportQuery)}>
            {p.export}
          </Button>
          {canWrite && (
            <>
              <Link to="/projects/import">
                <Button icon={<UploadOutlined />}>{p.import}</Button>
              </Link>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {p.newProject}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={p.search}
          style={{ width: 240 }}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            paging.toFirstPage();
          }}
          data-testid="project-search"
        />
        <Select
          allowClear
          placeholder={p.county}
          style={{ width: 140 }}
          options={options.counties}
          onChange={(v?: number) => set({ countyId: v })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={p.chain}
          style={{ width: 180 }}
          options={options.chains}
          onChange={(v?: number) => set({ chainId: v })}
        />
        <Select
          allowClear
          placeholder={p.stage}
          style={{ width: 130 }}
          options={options.stages}
          onChange={(v?: Filters['stage']) => set({ stage: v })}
        />
        <Select
          allowClear
          placeholder={p.level}
          style={{ width: 150 }}
          options={options.levels}
          onChange={(v?: Filters['level']) => set({ level: v })}
        />
        <Select
          allowClear
          placeholder={p.sector}
          style={{ width: 120 }}
          options={options.sectors}
          onChange={(v?: Filters['sector']) => set({ sector: v })}
        />
        <Select
          allowClear
          placeholder={p.startedYear}
          style={{ width: 120 }}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          onChange={(v?: number) => set({ startedYear: v })}
        />
      </Flex>
      <Table<TProjectListItem>
        rowKey="id"
        size="middle"
        data-testid="project-table"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={paging.pagination(list.data?.total)}
        scroll={{ x: 1200 }}
        columns={[
          { title: p.code, dataIndex: 'code', width: 120 },
          {
            title: p.name,
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name}</Link>,
          },
          { title: p.owner, dataIndex: 'ownerName', width: 200 },
          { title: p.county, dataIndex: 'countyName', width: 90 },
          { title: p.chain, dataIndex: 'chainName', width: 120 },
          {
            title: p.level,
            dataIndex: 'level',
            width: 110,
            render: (v: TProjectListItem['level']) => label(PROJECT_LEVEL_LABELS[v]),
          },
          { title: p.totalInvestment, dataIndex: 'totalInvestment', width: 120, align: 'right' },
          {
            title: p.stage,
            dataIndex: 'stage',
            width: 100,
            render: (v: TProjectListItem['stage']) =>
              v ? (
                <Tag color={v === 'stalled' ? 'red' : 'blue'}>{label(PROJECT_STATE_LABELS[v])}</Tag>
              ) : (
                p.noStage
              ),
          },
          { title: p.startedOn, dataIndex: 'startedOn', width: 110 },
          { title: p.completedOn, dataIndex: 'completedOn', width: 110 },
        ]}
      />
      {isCreating && <ProjectCreateModal onClose={() => setIsCreating(false)} />}
    </Card>
  );
}

interface FormValues extends Omit<TProjectInput, 'plannedStartOn' | 'totalInvestment'> {
  plannedStartOn?: Dayjs | null;
  totalInvestment: number;
}

function ProjectCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useProjectsI18n();
  const p = t.projects;
  const options = useProjectOptions();
  const [form] = Form.useForm<FormValues>();
  const showError = useShowError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: FormValues) =>
      projectsApi.create({
        code: values.code || null,
        name: values.name,
        enterpriseId: null,
        ownerName: values.ownerName ?? null,
        countyId: values.countyId ?? null,
        parkId: values.parkId ?? null,
        chainId: values.chainId ?? null,
        sector: values.sector,
        kind: values.kind,
        level: values.level,
        totalInvestment: String(values.totalInvestment),
        annualPlannedInvestment: null,
        planYear: null,
        plannedStartOn: values.plannedStartOn?.format('YYYY-MM-DD') ?? null,
        plannedCompletionOn: null,
        plannedProductionOn: null,
        responsibleUnitId: null,
        responsibleOfficial: values.responsibleOfficial ?? null,
        note: null,
      }),
    onSuccess: async (project) => {
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
      void navigate(`/projects/${project.id}`);
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={p.newProject}
      okText={p.create}
      cancelText={p.cancel}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ sector: 'industrial', kind: 'new', level: 'city' }}
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item name="name" label={p.name} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="code" label={p.code}>
          <Input />
        </Form.Item>
        <Form.Item name="ownerName" label={p.owner} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="countyId" label={p.county} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={options.counties} />
          </Form.Item>
          <Form.Item name="parkId" label={p.park}>
            <Select allowClear style={{ width: 200 }} options={options.parks} />
          </Form.Item>
          <Form.Item name="chainId" label={p.chain}>
            <Select allowClear style={{ width: 180 }} options={options.chains} />
          </Form.Item>
          <Form.Item name="sector" label={p.sector}>
            <Select style={{ width: 120 }} options={options.sectors} />
          </Form.Item>
          <Form.Item name="kind" label={p.kind}>
            <Select style={{ width: 160 }} options={options.kinds} />
          </Form.Item>
          <Form.Item name="level" label={p.level}>
            <Select style={{ width: 150 }} options={options.levels} />
          </Form.Item>
          <Form.Item name="totalInvestment" label={p.totalInvestment} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="plannedStartOn" label={p.plannedStart}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="responsibleOfficial" label={p.responsibleOfficial}>
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
