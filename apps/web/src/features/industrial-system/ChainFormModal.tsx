import type { TChain, TChainUpdate, TIndustrialSystem } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { industrialSystemsApi } from '../../api/industrial-systems-api';
import { queryKeys } from '../../api/query-keys';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { localName } from '../../shared/format';
import { useShowError } from '../../shared/use-show-error';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';
import { IndustryClassTreeSelect } from '../reference/IndustryClassTreeSelect';
import {
  chainsUnder,
  tierSelectOptions,
  useIndustrialSystemChanged,
} from './use-industrial-systems';

export type ChainFormMode =
  | { kind: 'create'; system: TIndustrialSystem; tierId?: number; parentId?: number }
  | { kind: 'edit'; system: TIndustrialSystem; chain: TChain };

interface ChainValues {
  tierId: number;
  parentId?: number | null;
  code: string;
  name: string;
  nameEn?: string;
  leaderName?: string;
  leaderTitle?: string;
  leadDepartmentId?: number | null;
  sortOrder?: number | null;
  industryCodes?: string[];
  isActive?: boolean;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

const orNull = (value: string | undefined): string | null => value?.trim() || null;

function toChange(values: ChainValues): Required<Omit<TChainUpdate, 'isActive'>> {
  return {
    tierId: values.tierId,
    parentId: values.parentId ?? null,
    code: values.code.trim(),
    name: values.name.trim(),
    nameEn: orNull(values.nameEn),
    leaderName: orNull(values.leaderName),
    leaderTitle: orNull(values.leaderTitle),
    leadDepartmentId: values.leadDepartmentId ?? null,
    sortOrder: values.sortOrder ?? 0,
    industryCodes: values.industryCodes ?? [],
  };
}

function initialValuesOf(mode: ChainFormMode | null): Partial<ChainValues> {
  if (mode?.kind === 'edit') {
    const c = mode.chain;
    return {
      tierId: c.tierId,
      parentId: c.parentId,
      code: c.code,
      name: c.name,
      nameEn: c.nameEn ?? undefined,
      leaderName: c.leaderName ?? undefined,
      leaderTitle: c.leaderTitle ?? undefined,
      leadDepartmentId: c.leadDepartmentId,
      sortOrder: c.sortOrder,
      industryCodes: c.industryCodes.map((item) => item.code),
      isActive: c.isActive,
    };
  }
  const parent = mode?.system.chains.find((chain) => chain.id === mode.parentId);
  return {
    tierId: parent?.tierId ?? mode?.tierId,
    parentId: parent?.id ?? null,
    sortOrder: 0,
    industryCodes: [],
  };
}

/**
 * A chain: tier, parent, code, names, 链长, lead department (a department org unit) and the
 * industry codes it maps to (any level; the list replaces the old one).
 */
export function ChainFormModal({
  mode,
  onClose,
}: {
  mode: ChainFormMode | null;
  onClose: () => void;
}) {
  const { t, locale } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const onChanged = useIndustrialSystemChanged();
  const orgUnits = useOrgUnitChoices();
  const [form] = Form.useForm<ChainValues>();
  const s = t.industrialSystem;
  const editing = mode?.kind === 'edit' ? mode.chain : null;
  const tierId = Form.useWatch('tierId', form);

  const save = useMutation({
    mutationFn: (values: ChainValues) => {
      if (!mode) throw new Error('The chain form is not open');
      const change = toChange(values);
      return editing
        ? industrialSystemsApi.updateChain(editing.id, { ...change, isActive: values.isActive })
        : industrialSystemsApi.createChain({ ...change, systemId: mode.system.id });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.industrialSystems.chain(saved.id), saved);
      void message.success(editing ? s.chainUpdated : s.chainCreated);
      onClose();
      await onChanged();
    },
    onError: (error) => showError(error, form),
  });

  const parentOptions =
    mode && tierId !== undefined
      ? chainsUnder(mode.system, tierId, null)
          .filter((chain) => chain.id !== editing?.id)
          .map((chain) => ({ value: chain.id, label: localName(chain, locale) }))
      : [];
  const hasSubChains =
    editing !== null && mode?.system.chains.some((c) => c.parentId === editing.id);
  const departments = orgUnits.departments.map((unit) => ({ value: unit.id, label: unit.name }));
  if (
    editing?.leadDepartmentId != null &&
    editing.leadDepartmentName !== null &&
    !departments.some((option) => option.value === editing.leadDepartmentId)
  ) {
    departments.push({ value: editing.leadDepartmentId, label: editing.leadDepartmentName });
  }

  return (
    <Modal
      open={mode !== null}
      title={editing ? `${s.editChain} · ${editing.name}` : s.addChain}
      width={760}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<ChainValues>
        form={form}
        layout="vertical"
        initialValues={initialValuesOf(mode)}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed: Partial<ChainValues>) => {
          if ('tierId' in changed) form.setFieldValue('parentId', null);
        }}
        clearOnDestroy
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={s.tier}
              name="tierId"
              rules={[{ required: true, message: s.tierRequired }]}
            >
              <Select<number> options={mode ? tierSelectOptions([mode.system], locale) : []} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={s.parentChain} name="parentId">
              <Select<number | null>
                disabled={hasSubChains}
                options={[{ value: null, label: s.noParent }, ...parentOptions]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={s.code}
              name="code"
              extra={s.chainCodeRule}
              rules={[
                { required: true, whitespace: true, message: s.codeRequired },
                { pattern: CODE_PATTERN, message: s.chainCodeRule },
              ]}
            >
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={s.name}
              name="name"
              rules={[{ required: true, whitespace: true, message: s.nameRequired }]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={s.nameEn} name="nameEn">
              <Input maxLength={128} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={s.leaderName} name="leaderName">
              <Input maxLength={32} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={s.leaderTitle} name="leaderTitle">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={s.leadDepartment} name="leadDepartmentId">
              <Select<number>
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={orgUnits.isPending}
                options={departments}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={s.industryCodes} name="industryCodes" extra={s.industryCodesHint}>
              <IndustryClassTreeSelect<string[]>
                multiple
                allowClear
                aria-label={s.industryCodes}
                maxCount={200}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={s.sortOrder} name="sortOrder" extra={s.sortOrderHint}>
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {editing && (
            <Col xs={12} md={8}>
              <Form.Item label={s.isActive} name="isActive" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
