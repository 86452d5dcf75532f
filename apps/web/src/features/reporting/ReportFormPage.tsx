import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TReportAction, TReportForm, TValidationConfig } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { describeError } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { LoadError } from '../../shared/LoadError';
import { NotFoundResult } from '../../shared/NotFoundResult';
import { PageSpin } from '../../shared/PageSpin';
import type { ReportDraft, ShownFinding } from './report-form-state';
import {
  fromCore,
  fromServer,
  initDraft,
  invalidFields,
  isDraftDirty,
  previousYtdOf,
  submissionCheck,
  toSaveRequest,
  typeFigure,
  validateDraft,
} from './report-form-state';
import { ReportFiguresTable } from './ReportFiguresTable';
import { ReportFindings } from './ReportFindings';
import { ReportHistory } from './ReportHistory';
import { ReportStatusTag, usePeriodName, useReportingRoles } from './reporting-labels';
import { useReportChanged, useReportForm, useValidationConfig } from './use-reporting';

/** The workflow buttons in the order they are offered. */
const ACTION_ORDER: readonly TReportAction[] = [
  'save',
  'submit',
  'approve',
  'return',
  'unapprove',
  'mark_not_reported',
  'reopen',
];
const NEEDS_REASON: ReadonlySet<TReportAction> = new Set(['return', 'mark_not_reported']);

/** `/reporting/reports/:enterpriseId/:period`: one enterprise's monthly report. */
export function ReportFormPage() {
  const { t } = useReportingI18n();
  const params = useParams();
  const enterpriseId = Number(params.enterpriseId);
  const period = params.period ?? '';
  const form = useReportForm(enterpriseId, period);
  const config = useValidationConfig();

  if (!Number.isInteger(enterpriseId) || enterpriseId <= 0) {
    return <NotFoundResult text={t.reportForm.notFound} />;
  }
  if (form.isPending || config.isPending) return <PageSpin />;
  if (form.isError) {
    if (isApiError(form.error, 'NOT_FOUND') || isApiError(form.error, 'FORBIDDEN')) {
      return <NotFoundResult text={t.reportForm.notFound} />;
    }
    return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  }
  if (config.isError) {
    return <LoadError error={config.error} onRetry={() => void config.refetch()} />;
  }
  return (
    <ReportFormView
      key={`${enterpriseId}:${period}`}
      form={form.data}
      config={config.data}
      reload={async () => (await form.refetch()).data}
    />
  );
}

function ReportFormView({
  form,
  config,
  reload,
}: {
  form: TReportForm;
  config: TValidationConfig;
  reload: () => Promise<TReportForm | undefined>;
}) {
  const { t, label } = useReportingI18n();
  const f = t.reportForm;
  const { message } = App.useApp();
  const roles = useReportingRoles();
  const periodName = usePeriodName();
  const changed = useReportChanged();
  const [draft, setDraft] = useState<ReportDraft>(() => initDraft(form));
  const [isConflict, setIsConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  /** After a reload over a conflict: the server's figures shown beside what was kept. */
  const [serverValues, setServerValues] = useState<TReportForm['values'] | null>(null);
  const [reasonFor, setReasonFor] = useState<TReportAction | null>(null);

  const previousYtd = useMemo(() => previousYtdOf(form), [form]);
  const findings: ShownFinding[] = useMemo(
    () =>
      form.canEdit
        ? validateDraft(form, draft, config, previousYtd).map((x) => fromCore(x, label))
        : form.findings.map(fromServer),
    [form, draft, config, previousYtd, label],
  );
  const check = submissionCheck(findings, draft.explanations);
  const invalid = invalidFields(draft);
  const dirty = form.canEdit && isDraftDirty(form, draft);

  const onError = (error: unknown) => {
    if (isApiError(error, 'CONFLICT')) setIsConflict(true);
    else setFailure(error);
  };

  const run = useMutation({
    mutationFn: async (input: { action: TReportAction; reason: string | null }) => {
      setFailure(null);
      let version = draft.version;
      let latest: TReportForm | null = null;
      const mustSave =
        form.canEdit &&
        (input.action === 'save' ||
          input.action === 'submit' ||
          (input.action === 'approve' && dirty));
      if (mustSave) {
        latest = await reportingApi.save(
          form.enterprise.id,
          form.period.period,
          toSaveRequest(form, draft),
        );
        version = latest.report?.version ?? version;
        if (input.action === 'save') return latest;
      }
      try {
        return await reportingApi.act(form.enterprise.id, form.period.period, {
          action: input.action as Exclude<TReportAction, 'save' | 'lock' | 'unlock'>,
          version,
          reason: input.reason,
        });
      } catch (error) {
        // Saved but refused (e.g. validation): keep the saved figures and report the refusal.
        if (latest) {
          changed(latest);
          setDraft((d) => ({ ...initDraft(latest), explanations: d.explanations }));
        }
        throw error;
      }
    },
    onSuccess: (next, input) => {
      changed(next);
      setDraft(initDraft(next));
      setServerValues(null);
      setReasonFor(null);
      void message.success(
        input.action === 'save' ? f.saved : f.done(t.reporting.actions[input.action]),
      );
    },
    onError,
  });

  const reloadKeepingDraft = async () => {
    const fresh = await reload();
    if (!fresh) return;
    setDraft((d) => ({ ...d, version: fresh.report?.version ?? 0 }));
    setServerValues(fresh.values);
    setIsConflict(false);
    void message.info(f.conflictReloaded);
  };

  const start = (action: TReportAction) => {
    if (NEEDS_REASON.has(action)) setReasonFor(action);
    else run.mutate({ action, reason: null });
  };

  // A report never saved counts as a draft: it may be submitted (saved first) by whoever fills it.
  const offered = new Set<TReportAction>(form.actions);
  if (form.report === null && form.canEdit && offered.has('save')) offered.add('submit');
  const actions = ACTION_ORDER.filter(
    (action) => offered.has(action) && (action !== 'save' || form.canEdit),
  );
  const report = form.report;
  const isCorrection = form.canEdit && report !== null && report.status !== 'draft';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${form.enterprise.name} · ${periodName(form.period.period)}`}
        extra={
          <Link
            to={
              roles.isEnterpriseUser
                ? '/reporting'
                : `/reporting/reports?period=${form.period.period}`
            }
          >
            <ArrowLeftOutlined /> {f.backToList}
          </Link>
        }
        data-testid="report-form"
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t.reporting.uscc}>
            <Typography.Text code>{form.enterprise.uscc}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.reporting.county}>
            {form.enterprise.countyName}
          </Descriptions.Item>
          <Descriptions.Item label={f.status}>
            <Space size={4}>
              <ReportStatusTag status={report?.status ?? 'none'} />
              {form.locked && <Tag color="purple">{t.reportingOverview.locked}</Tag>}
              {report?.enteredByCounty && <Tag color="cyan">{f.enteredByCounty}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t.reporting.enterpriseDeadline}>
            {form.period.enterpriseDeadline}
          </Descriptions.Item>
          {report?.submittedAt && (
            <Descriptions.Item label={t.reportList.firstSubmittedAt}>
              {formatDateTime(report.firstSubmittedAt)}
            </Descriptions.Item>
          )}
          {report?.reason && (
            <Descriptions.Item label={t.reporting.reason}>{report.reason}</Descriptions.Item>
          )}
        </Descriptions>

        {!form.canEdit && (
          <Alert
            type={form.locked ? 'warning' : 'info'}
            showIcon
            data-testid="form-readonly"
            data-locked={form.locked ? 'true' : 'false'}
            title={f.readOnly}
            description={form.locked ? f.readOnlyLocked : f.readOnlyStatus}
            style={{ marginBottom: 16 }}
          />
        )}
        {isConflict && (
          <Alert
            type="error"
            showIcon
            data-testid="form-conflict"
            title={f.conflictTitle}
            description={f.conflictText}
            action={
              <Button
                icon={<ReloadOutlined />}
                data-testid="conflict-reload"
                onClick={() => void reloadKeepingDraft()}
              >
                {f.conflictReload}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {failure !== null && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setFailure(null) }}
            data-testid="form-error"
            title={describeError(failure, t)}
            description={
              isApiError(failure) && failure.fields.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {failure.fields.map((field) => (
                    <li key={`${field.field}:${field.message}`}>{field.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
            style={{ marginBottom: 16 }}
          />
        )}

        <ReportFiguresTable
          form={form}
          draft={draft}
          findings={findings}
          invalid={invalid}
          serverValues={serverValues}
          onType={(indicator, field, text) =>
            setDraft((d) => typeFigure(d, form, previousYtd, indicator, field, text))
          }
        />

        <ReportFindings
          findings={findings}
          explanations={draft.explanations}
          canEdit={form.canEdit}
          onExplain={(key, text) =>
            setDraft((d) => ({ ...d, explanations: { ...d.explanations, [key]: text } }))
          }
        />

        {isCorrection && (
          <Form layout="vertical" style={{ marginTop: 16, maxWidth: 640 }}>
            <Form.Item label={f.correctionReason} extra={f.correctionReasonHint}>
              <Input
                maxLength={200}
                value={draft.reason}
                data-testid="correction-reason"
                onChange={(event) => setDraft((d) => ({ ...d, reason: event.target.value }))}
              />
            </Form.Item>
          </Form>
        )}

        {actions.length > 0 && (
          <Flex gap="small" wrap style={{ marginTop: 16 }} data-testid="form-actions">
            {actions.map((action) => {
              const text = t.reporting.actions[action];
              const isBusy = run.isPending && run.variables.action === action;
              if (action === 'save') {
                return (
                  <Button
                    key={action}
                    data-testid="action-save"
                    loading={isBusy}
                    disabled={run.isPending || invalid.length > 0}
                    onClick={() => start(action)}
                  >
                    {text}
                  </Button>
                );
              }
              if (action === 'submit') {
                const isBlocked = !check.ok || invalid.length > 0;
                return (
                  <Tooltip key={action} title={isBlocked ? f.submitBlocked : undefined}>
                    <Button
                      type="primary"
                      data-testid="action-submit"
                      loading={isBusy}
                      disabled={run.isPending || isBlocked}
                      onClick={() => start(action)}
                    >
                      {text}
                    </Button>
                  </Tooltip>
                );
              }
              if (action === 'unapprove' || action === 'reopen') {
                return (
                  <Popconfirm key={action} title={`${text}?`} onConfirm={() => start(action)}>
                    <Button
                      data-testid={`action-${action}`}
                      loading={isBusy}
                      disabled={run.isPending}
                    >
                      {text}
                    </Button>
                  </Popconfirm>
                );
              }
              return (
                <Button
                  key={action}
                  type={action === 'approve' ? 'primary' : 'default'}
                  danger={action === 'return' || action === 'mark_not_reported'}
                  data-testid={`action-${action}`}
                  loading={isBusy}
                  disabled={run.isPending || (action === 'approve' && invalid.length > 0)}
                  onClick={() => start(action)}
                >
                  {text}
                </Button>
              );
            })}
          </Flex>
        )}
      </Card>

      <ReportHistory form={form} draft={draft} />

      <ReasonModal
        action={reasonFor}
        isPending={run.isPending}
        onCancel={() => setReasonFor(null)}
        onConfirm={(action, reason) => run.mutate({ action, reason })}
      />
    </Space>
  );
}

function ReasonModal({
  action,
  isPending,
  onCancel,
  onConfirm,
}: {
  action: TReportAction | null;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (action: TReportAction, reason: string) => void;
}) {
  const { t } = useReportingI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const text = action ? t.reporting.actions[action] : '';
  return (
    <Modal
      open={action !== null}
      title={t.reportForm.actionReasonTitle(text)}
      okText={text}
      okButtonProps={{ loading: isPending, danger: true }}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then((v) => {
          if (action) onConfirm(action, v.reason);
        })
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t.reporting.reason}
          rules={[{ required: true, whitespace: true, message: t.reporting.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="action-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
