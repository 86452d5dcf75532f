import { ArrowLeftOutlined } from '@ant-design/icons';
import type { TCandidateDetail } from '@gongyeyun/contract';
import {
  CANDIDATE_STATUS_LABELS,
  SCALE_CATEGORY_LABELS,
  type CandidateStatus,
} from '@gongyeyun/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { useShowError } from '../../shared/use-show-error';
import { useCanWrite } from '../auth/current-user';
import { CultivationLog } from './CultivationLog';
import { RevenueChart } from './RevenueChart';
import { RevenueEntryForm } from './RevenueEntryForm';
import {
  cultivationKeys,
  formatPercent,
  formatWan,
  STATUS_COLOURS,
  useCultivationChanged,
  useCultivationOptions,
} from './use-cultivation';

/** `/cultivation/candidates/:id`: one candidate's revenue, projection, status and history. */
export function CandidatePage() {
  const id = Number(useParams().id);
  const isValidId = Number.isSafeInteger(id) && id > 0;
  return isValidId ? <CandidateDetail key={id} id={id} /> : <NotFoundResult />;
}

function CandidateDetail({ id }: { id: number }) {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const canWrite = useCanWrite('cultivation');
  const [moveTo, setMoveTo] = useState<CandidateStatus | null>(null);
  const detail = useQuery({
    queryKey: cultivationKeys.candidate(id),
    queryFn: ({ signal }) => cultivationApi.candidate(id, signal),
    retry: (failureCount, error) => failureCount < 2 && !isApiError(error),
  });
  if (detail.isPending) return <Spin />;
  if (detail.isError) {
    return isApiError(detail.error, 'NOT_FOUND') ? (
      <NotFoundResult />
    ) : (
      <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  const d = detail.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/cultivation">
        <ArrowLeftOutlined /> {c.backToList}
      </Link>
      <Card
        title={
          <Space>
            <span data-testid="candidate-name">{d.enterprise.name}</span>
            <Tag color={STATUS_COLOURS[d.status]} data-testid="candidate-status">
              {label(CANDIDATE_STATUS_LABELS[d.status])}
            </Tag>
          </Space>
        }
        extra={
          canWrite && (
            <Space wrap>
              {d.next.map((s) => (
                <Button
                  key={s}
                  danger={s === 'dropped'}
                  type={
                    s === 'cultivating' || s === 'filed' || s === 'entered' ? 'primary' : 'default'
                  }
                  onClick={() => setMoveTo(s)}
                  data-testid={`candidate-move-${s}`}
                >
                  {c.moveTo}：{label(CANDIDATE_STATUS_LABELS[s])}
                </Button>
              ))}
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={c.county}>{d.enterprise.countyName}</Descriptions.Item>
          <Descriptions.Item label={c.category}>
            {label(SCALE_CATEGORY_LABELS[d.category])}
          </Descriptions.Item>
          <Descriptions.Item label={c.officer}>
            <span data-testid="candidate-officer">{d.officer?.name ?? c.noOfficer}</span>
          </Descriptions.Item>
          <Descriptions.Item label={c.source}>{c.sources[d.source]}</Descriptions.Item>
          <Descriptions.Item label={c.level}>
            {formatWan(d.level.value)}（{c.levelMethods[d.level.method]}）
          </Descriptions.Item>
          <Descriptions.Item label={c.threshold}>
            {formatWan(d.level.threshold)}（{formatPercent(d.level.ratio)}）
          </Descriptions.Item>
          {d.nominationReason && (
            <Descriptions.Item label={c.nominationReason}>{d.nominationReason}</Descriptions.Item>
          )}
          {d.enteredOn && <Descriptions.Item label={c.enteredOn}>{d.enteredOn}</Descriptions.Item>}
          {d.dropReason && (
            <Descriptions.Item label={c.dropReason}>{d.dropReason}</Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Text type="secondary">{c.through(d.through)}</Typography.Text>
      </Card>
      <Card title={c.chart}>
        <RevenueChart
          series={d.series}
          threshold={d.level.threshold}
          name={d.enterprise.name}
          testId="candidate-chart"
        />
      </Card>
      <Card title={c.projection}>
        <ProjectionText candidate={d} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={c.log}>
            <CultivationLog log={d.log} testId="candidate-log" />
            {canWrite && <ActionForm id={d.id} />}
          </Card>
        </Col>
        {canWrite && (
          <Col xs={24} lg={12}>
            <Card title={c.revenueTitle}>
              <RevenueEntryForm enterpriseId={d.enterprise.id} />
            </Card>
          </Col>
        )}
      </Row>
      {moveTo && <MoveModal candidate={d} to={moveTo} onClose={() => setMoveTo(null)} />}
    </Space>
  );
}

/** The projection in words: the method, the central month and the range around it. */
function ProjectionText({ candidate }: { candidate: TCandidateDetail }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const p = candidate.projection;
  const lines: string[] = [];
  if (p.method === 'already_above') lines.push(c.alreadyAboveText);
  else if (p.method === 'insufficient_data') lines.push(c.insufficientText);
  else if (p.projected === null) lines.push(c.noGrowthText);
  else {
    lines.push(
      c.projectionText({
        trailing: formatWan(candidate.level.trailing12),
        threshold: formatWan(candidate.level.threshold),
        growth: formatPercent(p.meanGrowth, 1),
        projected: p.projected,
      }),
    );
    if (p.earliest && p.latest && p.earliest !== p.latest) {
      lines.push(c.rangeText({ earliest: p.earliest, latest: p.latest }));
    } else if (p.earliest && !p.latest) {
      lines.push(c.rangeTextOpen(p.earliest));
    }
  }
  return (
    <div data-testid="candidate-projection">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {p.projected ?? '—'}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
          {c.projectionMethods[p.method]}
        </Typography.Text>
      </Typography.Title>
      {lines.map((line) => (
        <Typography.Paragraph key={line}>{line}</Typography.Paragraph>
      ))}
      {p.growthRates.length > 0 && (
        <Typography.Text type="secondary">
          {c.growthRates}：{p.growthRates.map((g) => formatPercent(g, 1)).join('，')}
        </Typography.Text>
      )}
    </div>
  );
}

interface MoveValues {
  officerId?: number;
  reason?: string;
  enteredOn?: Dayjs;
}

function MoveModal({
  candidate,
  to,
  onClose,
}: {
  candidate: TCandidateDetail;
  to: CandidateStatus;
  onClose: () => void;
}) {
  const { t, label } = useCultivationI18n();
  const c = t.cultivation;
  const { message } = App.useApp();
  const options = useCultivationOptions();
  const showError = useShowError();
  const changed = useCultivationChanged();
  const [form] = Form.useForm<MoveValues>();
  const move = useMutation({
    mutationFn: (v: MoveValues) =>
      cultivationApi.move(candidate.id, {
        to,
        officerId: v.officerId ?? null,
        reason: v.reason?.trim() || null,
        enteredOn: to === 'entered' ? (v.enteredOn?.format('YYYY-MM-DD') ?? null) : null,
      }),
    onSuccess: async () => {
      void message.success(c.moved);
      await changed();
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title={`${c.move}：${label(CANDIDATE_STATUS_LABELS[candidate.status])} → ${label(CANDIDATE_STATUS_LABELS[to])}`}
      okText={c.moveOk}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      okButtonProps={{ id: 'candidate-move-ok' }}
    >
      <Form<MoveValues>
        form={form}
        layout="vertical"
        initialValues={{
          officerId: candidate.officer?.id,
          enteredOn: to === 'entered' ? dayjs() : undefined,
        }}
        onFinish={(v) => move.mutate(v)}
      >
        {(to === 'cultivating' || to === 'filed') && (
          <Form.Item
            name="officerId"
            label={c.officer}
            rules={to === 'cultivating' ? [{ required: true, message: c.officerRequired }] : []}
          >
            <Select
              allowClear={to !== 'cultivating'}
              showSearch={{ optionFilterProp: 'label' }}
              options={options.officers}
              data-testid="candidate-move-officer"
            />
          </Form.Item>
        )}
        {to === 'entered' && (
          <Form.Item name="enteredOn" label={c.enteredOn} rules={[{ required: true }]}>
            <DatePicker data-testid="candidate-move-date" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={to === 'dropped' ? c.dropReason : c.moveReason}
          rules={
            to === 'dropped'
              ? [{ required: true, whitespace: true, message: c.moveReasonRequired }]
              : []
          }
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="candidate-move-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ActionForm({ id }: { id: number }) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useCultivationChanged();
  const [form] = Form.useForm<{ text: string }>();
  const add = useMutation({
    mutationFn: (v: { text: string }) => cultivationApi.addAction(id, v.text),
    onSuccess: async () => {
      void message.success(c.actionAdded);
      form.resetFields();
      await changed();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
      <Form.Item name="text" label={c.actionText} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="candidate-action-text" />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} data-testid="candidate-action-submit">
        {c.addAction}
      </Button>
    </Form>
  );
}
