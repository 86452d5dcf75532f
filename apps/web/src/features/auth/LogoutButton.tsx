import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { useLogout } from './use-session';

export function LogoutButton() {
  const { t } = useI18n();
  const { logout, isPending } = useLogout();
  return (
    <Button
      data-testid="logout"
      type="text"
      icon={<LogoutOutlined aria-hidden />}
      loading={isPending}
      onClick={logout}
    >
      {t.nav.logout}
    </Button>
  );
}
