import type { TUser } from '@gongyeyun/contract';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n-context';

/** Active or not, locked, waiting for a password change. */
export function UserStatusTags({ user }: { user: TUser }) {
  const { t } = useI18n();
  const isLocked = user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs());
  return (
    <>
      {user.isActive ? (
        <Tag color="green">{t.users.active}</Tag>
      ) : (
        <Tag color="red">{t.users.inactive}</Tag>
      )}
      {isLocked && <Tag color="orange">{t.users.locked}</Tag>}
      {user.mustChangePassword && <Tag color="gold">{t.users.mustChangePassword}</Tag>}
    </>
  );
}
