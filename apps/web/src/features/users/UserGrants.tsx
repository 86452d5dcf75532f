import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TGrant, TUser } from '@gongyeyun/contract';
import type { Role } from '@gongyeyun/core';
import { ROLE_LABELS } from '@gongyeyun/core';
import { useMutation } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { App, Button, Card, Form, Popconfirm, Select, Table } from 'antd';
import { usersApi } from '../../api/users-api';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { GRANTABLE_ROLES, useUserChanged } from './use-users';
import { useGrantColumns } from './use-grant-columns';

interface GrantValues {
  role: Role;
  orgUnitId: number;
}

/** A user's grants (role × org unit), with adding and removing. */
export function UserGrants({ user }: { user: TUser }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useUserChanged();
  const [form] = Form.useForm<GrantValues>();

  const addGrant = useMutation({
    mutationFn: (values: GrantValues) =>
      usersApi.addGrant(user.id, { ...values, enterpriseId: null }),
    onSuccess: (updated) => {
      onChanged(updated);
      form.resetFields();
      void message.success(t.users.grantAdded);
    },
    onError: (error) => showError(error, form),
  });
  const removeGrant = useMutation({
    mutationFn: (grantId: number) => usersApi.removeGrant(user.id, grantId),
    onSuccess: (updated) => {
      onChanged(updated);
      void message.success(t.users.grantRemoved);
    },
    onError: (error) => showError(error),
  });

  const grantColumns = useGrantColumns();
  const columns: TableProps<TGrant>['columns'] = [
    ...grantColumns,
    {
      title: t.common.actions,
      key: 'actions',
      width: 100,
      render: (_, g) => (
        <Popconfirm title={t.users.removeGrantConfirm} onConfirm={() => removeGrant.mutate(g.id)}>
          <Button type="link" danger size="small" icon={<DeleteOutlined />}>
            {t.common.remove}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card title={t.users.grants}>
      <Table<TGrant>
        data-testid="user-grants"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={user.grants}
        loading={removeGrant.isPending}
        pagination={false}
        style={{ marginBottom: 16 }}
      />
      <Form<GrantValues> form={form} layout="inline" onFinish={(values) => addGrant.mutate(values)}>
        <Form.Item name="role" rules={[{ required: true, message: t.users.roleRequired }]}>
          <Select<Role>
            placeholder={t.users.role}
            aria-label={t.users.role}
            style={{ width: 180 }}
            options={GRANTABLE_ROLES.map((role) => ({
              value: role,
              label: label(ROLE_LABELS[role]),
            }))}
          />
        </Form.Item>
        <Form.Item name="orgUnitId" rules={[{ required: true, message: t.users.orgUnitRequired }]}>
          <OrgUnitTreeSelect
            placeholder={t.users.orgUnit}
            aria-label={t.users.orgUnit}
            style={{ width: 280 }}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={addGrant.isPending}>
            {t.users.addGrant}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
