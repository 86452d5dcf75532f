import { PlusOutlined } from '@ant-design/icons';
import type { TCreatedUser, TUser } from '@gongyeyun/contract';
import type { Role } from '@gongyeyun/core';
import { ROLE_LABELS, ROLES } from '@gongyeyun/core';
import type { TableProps } from 'antd';
import { Button, Card, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { formatDateTime } from '../../shared/format';
import { OneTimeSecret } from '../../shared/OneTimeSecret';
import { usePagination } from '../../shared/use-pagination';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { GrantTags } from './GrantTags';
import { UserCreateModal } from './UserCreateModal';
import { UserStatusTags } from './UserStatusTags';
import { useUserPage } from './use-users';

interface UserFilters {
  q?: string;
  role?: Role;
  orgUnitId?: number;
}

/** `/users`: the users granted within the administrator's scope, filterable, a page at a time. */
export function UsersPage() {
  const { t, label } = useI18n();
  const [filters, setFilters] = useState<UserFilters>({});
  const { page, pageSize, toFirstPage, pagination } = usePagination();
  const list = useUserPage({ ...filters, page, pageSize });
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<TCreatedUser | null>(null);

  const filterBy = (change: UserFilters) => {
    setFilters((current) => ({ ...current, ...change }));
    toFirstPage();
  };

  const columns: TableProps<TUser>['columns'] = [
    {
      title: t.users.username,
      dataIndex: 'username',
      render: (_, user) => <Link to={`/users/${user.id}`}>{user.username}</Link>,
    },
    { title: t.users.displayName, dataIndex: 'displayName' },
    {
      title: t.users.grants,
      dataIndex: 'grants',
      render: (_, user) => <GrantTags grants={user.grants} />,
    },
    {
      title: t.users.status,
      key: 'status',
      render: (_, user) => <UserStatusTags user={user} />,
    },
    {
      title: t.users.lastLoginAt,
      dataIndex: 'lastLoginAt',
      render: (_, user) => formatDateTime(user.lastLoginAt, t.users.neverLoggedIn),
    },
    {
      title: t.users.createdAt,
      dataIndex: 'createdAt',
      render: (_, user) => formatDateTime(user.createdAt),
    },
  ];

  return (
    <Card
      title={t.nav.users}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          {t.users.create}
        </Button>
      }
    >
      <Flex wrap gap="small" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t.users.searchPlaceholder}
          aria-label={t.users.searchPlaceholder}
          style={{ width: 240 }}
          onSearch={(value) => filterBy({ q: value.trim() || undefined })}
        />
        <Select<Role>
          allowClear
          placeholder={t.users.allRoles}
          aria-label={t.users.role}
          style={{ width: 180 }}
          value={filters.role}
          onChange={(role) => filterBy({ role })}
          options={ROLES.map((role) => ({ value: role, label: label(ROLE_LABELS[role]) }))}
        />
        <OrgUnitTreeSelect
          allowClear
          placeholder={t.users.allOrgUnits}
          aria-label={t.users.orgUnit}
          style={{ width: 260 }}
          value={filters.orgUnitId}
          onChange={(orgUnitId) => filterBy({ orgUnitId })}
        />
      </Flex>
      <Table<TUser>
        data-testid="users-table"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination(list.data?.total)}
      />
      <UserCreateModal
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(result) => {
          setIsCreating(false);
          if (result.temporaryPassword) setCreated(result);
        }}
      />
      <OneTimeSecret
        secret={created?.temporaryPassword ?? null}
        title={`${t.users.temporaryPasswordTitle} · ${created?.user.username ?? ''}`}
        hint={t.users.temporaryPasswordHint}
        onClose={() => setCreated(null)}
      />
    </Card>
  );
}
