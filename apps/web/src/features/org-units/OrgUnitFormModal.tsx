import type { TOrgUnit } from '@gongyeyun/contract';
import type { OrgUnitKind } from '@gongyeyun/core';
import {
  ORG_UNIT_KIND_LABELS,
  ORG_UNIT_KINDS,
  canBeChildOf,
  isValidOrgUnitCode,
} from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { orgUnitsApi } from '../../api/org-units-api';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';

export type OrgUnitFormMode =
  { kind: 'create'; parent: TOrgUnit } | { kind: 'edit'; unit: TOrgUnit };

interface OrgUnitValues {
  code: string;
  name: string;
  nameEn?: string;
  kind: OrgUnitKind;
  note?: string;
}

const orNull = (value: string | undefined): string | null => value?.trim() || null;

/** Creates a child unit or edits one (its kind and place in the tree stay as they are). */
export function OrgUnitFormModal({
  mode,
  onClose,
}: {
  mode: OrgUnitFormMode | null;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OrgUnitValues>();

  const save = useMutation({
    mutationFn: (values: OrgUnitValues) => {
      if (mode?.kind === 'edit') {
        return orgUnitsApi.update(mode.unit.id, {
          code: values.code.trim(),
          name: values.name.trim(),
          nameEn: orNull(values.nameEn),
          note: orNull(values.note),
        });
      }
      if (mode?.kind !== 'create') throw new Error('The org-unit form is not open');
      return orgUnitsApi.create({
        code: values.code.trim(),
        name: values.name.trim(),
        nameEn: orNull(values.nameEn),
        kind: values.kind,
        parentId: mode.parent.id,
        note: orNull(values.note),
      });
    },
    onSuccess: async () => {
      void message.success(mode?.kind === 'edit' ? t.orgUnits.updated : t.orgUnits.created);
      onClose();
      await queryClient.invalidateQueries({ queryKey: queryKeys.orgUnits.all });
    },
    onError: (error) => showError(error, form),
  });

  const childKinds =
    mode?.kind === 'create' ? ORG_UNIT_KINDS.filter((k) => canBeChildOf(k, mode.parent.kind)) : [];
  const initialValues: Partial<OrgUnitValues> =
    mode?.kind === 'edit'
      ? {
          code: mode.unit.code,
          name: mode.unit.name,
          nameEn: mode.unit.nameEn ?? undefined,
          kind: mode.unit.kind,
          note: mode.unit.note ?? undefined,
        }
      : { kind: childKinds.length === 1 ? childKinds[0] : undefined };
  const title =
    mode?.kind === 'edit'
      ? t.orgUnits.editTitle(mode.unit.name)
      : t.orgUnits.createTitle(mode?.parent.name ?? '');

  return (
    <Modal
      open={mode !== null}
      title={title}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<OrgUnitValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={t.orgUnits.kind}
          name="kind"
          rules={[{ required: true, message: t.orgUnits.kindRequired }]}
        >
          <Select<OrgUnitKind>
            disabled={mode?.kind === 'edit'}
            options={(mode?.kind === 'edit' ? [mode.unit.kind] : childKinds).map((kind) => ({
              value: kind,
              label: label(ORG_UNIT_KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t.orgUnits.code}
          name="code"
          extra={t.orgUnits.codeHint}
          dependencies={['kind']}
          rules={[
            { required: true, whitespace: true, message: t.orgUnits.codeRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const kind = getFieldValue('kind') as OrgUnitKind | undefined;
                return !value || !kind || isValidOrgUnitCode(kind, value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.orgUnits.codeInvalid));
              },
            }),
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          label={t.orgUnits.name}
          name="name"
          rules={[{ required: true, whitespace: true, message: t.orgUnits.nameRequired }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label={t.orgUnits.nameEn} name="nameEn">
          <Input maxLength={128} />
        </Form.Item>
        <Form.Item label={t.orgUnits.note} name="note" extra={t.orgUnits.noteHint}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
