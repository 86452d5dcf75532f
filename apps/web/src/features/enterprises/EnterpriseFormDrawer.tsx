import type { TEnterprise, TEnterpriseInput, TEnterpriseUpdate } from '@gongyeyun/contract';
import { ENTERPRISE_STATUSES } from '@gongyeyun/contract';
import { normalizeUscc, validateUscc } from '@gongyeyun/core';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { enterprisesApi } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { useShowError } from '../../shared/use-show-error';
import { useCurrentUser } from '../auth/current-user';
import { IndustryClassTreeSelect } from '../reference/IndustryClassTreeSelect';
import { useEnterpriseTags } from '../reference/use-reference';
import { EnterpriseLocationFields } from './EnterpriseLocationFields';
import { useEnterpriseChanged } from './use-enterprises';
import { UsccField } from './UsccField';

export type EnterpriseFormMode = { kind: 'create' } | { kind: 'edit'; enterprise: TEnterprise };

type EnterpriseStatus = TEnterprise['status'];

export interface EnterpriseFormValues {
  uscc: string;
  usccAcceptedReason?: string;
  name: string;
  formerNames?: string[];
  legalRepresentative?: string;
  address?: string;
  countyId?: number;
  townshipId?: number;
  parkId?: number;
  industryCode?: string;
  registeredCapital?: string;
  foundedOn?: Dayjs | null;
  status: EnterpriseStatus;
  contactPerson?: string;
  contactPhone?: string;
  tags?: string[];
}

const MONEY_PATTERN = /^\d{1,14}(\.\d{1,2})?$/;
const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/;

const orNull = (value: string | undefined): string | null => value?.trim() || null;

function toInput(values: EnterpriseFormValues): TEnterpriseInput {
  const { industryCode } = values;
  if (industryCode === undefined) {
    throw new Error('The industry class is validated before submitting');
  }
  const uscc = normalizeUscc(values.uscc);
  return {
    uscc,
    usccAcceptedReason: validateUscc(uscc).ok ? null : orNull(values.usccAcceptedReason),
    name: values.name.trim(),
    formerNames: (values.formerNames ?? []).map((n) => n.trim()).filter((n) => n !== ''),
    legalRepresentative: orNull(values.legalRepresentative),
    address: orNull(values.address),
    // A park manager picks only the park; the server takes its county.
    countyId: values.countyId ?? null,
    townshipId: values.townshipId ?? null,
    parkId: values.parkId ?? null,
    industryCode,
    registeredCapital: orNull(values.registeredCapital),
    foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
    status: values.status,
    contactPerson: orNull(values.contactPerson),
    contactPhone: orNull(values.contactPhone),
    tags: values.tags ?? [],
  };
}

/**
 * What an edit changes: a PATCH carries only the fields that differ from the record, so that an
 * unchanged code accepted earlier by an administrator is not sent again by someone else.
 */
function changesOf(input: TEnterpriseInput, enterprise: TEnterprise): TEnterpriseUpdate {
  const keys = Object.keys(input) as (keyof TEnterpriseInput)[];
  const changed = keys.filter(
    (key) => JSON.stringify(input[key]) !== JSON.stringify(enterprise[key] ?? null),
  );
  return Object.fromEntries(changed.map((key) => [key, input[key]]));
}

function initialValuesOf(mode: EnterpriseFormMode | null): Partial<EnterpriseFormValues> {
  if (mode?.kind !== 'edit') return { status: 'operating', formerNames: [], tags: [] };
  const e = mode.enterprise;
  return {
    uscc: e.uscc,
    usccAcceptedReason: e.usccAcceptedReason ?? undefined,
    name: e.name,
    formerNames: e.formerNames,
    legalRepresentative: e.legalRepresentative ?? undefined,
    address: e.address ?? undefined,
    countyId: e.countyId,
    townshipId: e.townshipId ?? undefined,
    parkId: e.parkId ?? undefined,
    industryCode: e.industryCode,
    registeredCapital: e.registeredCapital ?? undefined,
    foundedOn: e.foundedOn ? dayjs(e.foundedOn) : null,
    status: e.status,
    contactPerson: e.contactPerson ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
    tags: e.tags,
  };
}

/** Creates an enterprise or edits one: every field of the record, checked as it is typed. */
export function EnterpriseFormDrawer({
  mode,
  onClose,
  onSaved,
}: {
  mode: EnterpriseFormMode | null;
  onClose: () => void;
  onSaved?: (enterprise: TEnterprise) => void;
}) {
  const { t } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useEnterpriseChanged();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const editing = mode?.kind === 'edit' ? mode.enterprise : null;

  const save = useMutation({
    mutationFn: (values: EnterpriseFormValues) => {
      const input = toInput(values);
      if (!editing) return enterprisesApi.create(input);
      const change = changesOf(input, editing);
      return Object.keys(change).length === 0
        ? Promise.resolve(editing)
        : enterprisesApi.update(editing.id, change);
    },
    onSuccess: (saved) => {
      onChanged(saved);
      void message.success(editing ? t.enterprises.updated : t.enterprises.created);
      onClose();
      onSaved?.(saved);
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Drawer
      open={mode !== null}
      title={editing ? t.enterprises.editTitle(editing.name) : t.enterprises.createTitle}
      size={760}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t.common.close}</Button>
          <Button
            type="primary"
            data-testid="enterprise-save"
            loading={save.isPending}
            onClick={() => form.submit()}
          >
            {t.common.save}
          </Button>
        </Space>
      }
    >
      <Form<EnterpriseFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValuesOf(mode)}
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        <EnterpriseFormFields enterprise={editing} />
      </Form>
    </Drawer>
  );
}

function EnterpriseFormFields({ enterprise }: { enterprise: TEnterprise | null }) {
  const { t, locale } = useRegistryI18n();
  const me = useCurrentUser();
  const tags = useEnterpriseTags();
  const isAdmin = me.grants.some((grant) => grant.role === 'admin');

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <UsccField mayAccept={isAdmin || enterprise?.usccAcceptedReason != null} />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t.enterprises.name}
          name="name"
          rules={[
            { required: true, whitespace: true, min: 2, message: t.enterprises.nameRequired },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          label={t.enterprises.formerNames}
          name="formerNames"
          extra={t.enterprises.formerNamesHint}
        >
          <Select<string[]>
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', ';', '；']}
            maxCount={20}
          />
        </Form.Item>
      </Col>
      <EnterpriseLocationFields enterprise={enterprise} />
      <Col xs={24} md={12}>
        <Form.Item
          label={t.enterprises.industry}
          name="industryCode"
          extra={t.enterprises.industryHint}
          rules={[{ required: true, message: t.enterprises.industryRequired }]}
        >
          <IndustryClassTreeSelect<string> classesOnly aria-label={t.enterprises.industry} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t.enterprises.status} name="status" rules={[{ required: true }]}>
          <Select<EnterpriseStatus>
            options={ENTERPRISE_STATUSES.map((status) => ({
              value: status,
              label: t.enterprises.statuses[status],
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t.enterprises.legalRepresentative} name="legalRepresentative">
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t.enterprises.registeredCapital}
          name="registeredCapital"
          rules={[{ pattern: MONEY_PATTERN, message: t.enterprises.registeredCapitalInvalid }]}
        >
          <Input inputMode="decimal" maxLength={17} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t.enterprises.foundedOn} name="foundedOn">
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs())} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t.enterprises.tags} name="tags">
          <Select<string[]>
            mode="multiple"
            allowClear
            options={tags.data?.map((tag) => ({ value: tag.code, label: localName(tag, locale) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label={t.enterprises.address} name="address">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t.enterprises.contactPerson} name="contactPerson">
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t.enterprises.contactPhone}
          name="contactPhone"
          rules={[{ pattern: PHONE_PATTERN, message: t.enterprises.contactPhoneInvalid }]}
        >
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
      </Col>
    </Row>
  );
}
