import {
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Tag, Typography, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { PageSpin } from '../../shared/PageSpin';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import { LocaleSwitch } from '../auth/LocaleSwitch';
import { LogoutButton } from '../auth/LogoutButton';
import { useLogout, useSwitchLocale } from '../auth/use-session';
import { moduleNav, navKeyOf, subNavKeyOf } from './module-nav';

// The bell carries the reporting texts: it loads after the first page, like the screens do.
const NotificationBell = lazy(() =>
  import('../reporting/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);

/** The signed-in frame: side navigation of the user's modules, header with the user's menu. */
export function ShellLayout() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const switchLocale = useSwitchLocale();
  const { logout } = useLogout();
  const { token } = theme.useToken();
  const [isCollapsed, setIsCollapsed] = useState(false);
  // A module with sub-entries opens whenever the user arrives in it (also through a link).
  const currentNavKey = navKeyOf(pathname);
  const [openKeys, setOpenKeys] = useState<string[]>([currentNavKey]);
  const [openedFor, setOpenedFor] = useState(currentNavKey);
  if (openedFor !== currentNavKey) {
    setOpenedFor(currentNavKey);
    setOpenKeys((keys) => (keys.includes(currentNavKey) ? keys : [...keys, currentNavKey]));
  }

  const navItems: MenuProps['items'] = me.modules.map(({ module }) => {
    const nav = moduleNav(module, t);
    return {
      key: nav.path,
      icon: nav.icon,
      label: nav.label,
      children: nav.children?.map((child) => ({ key: child.path, label: child.label })),
    };
  });

  const userItems: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: t.nav.account },
    { key: 'change-password', icon: <LockOutlined />, label: t.nav.changePassword },
    ...(canUseModule(me, 'api_tokens')
      ? [{ key: 'tokens', icon: <KeyOutlined />, label: t.nav.tokens }]
      : []),
    { key: 'locale', icon: <GlobalOutlined />, label: t.locale.switchLabel },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t.nav.logout },
  ];
  const onUserMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'locale') switchLocale();
    else if (key === 'logout') logout();
    else void navigate(`/${key}`);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={isCollapsed}
        onCollapse={(collapsed) => {
          setIsCollapsed(collapsed);
          // Collapsed, sub-entries open as pop-ups on hover; expanded, the current one is open.
          setOpenKeys(collapsed ? [] : [currentNavKey]);
        }}
        breakpoint="lg"
        width={208}
      >
        <Flex
          align="center"
          justify="center"
          style={{ height: 56, color: '#fff', fontSize: isCollapsed ? 16 : 20, fontWeight: 600 }}
        >
          {isCollapsed ? t.app.name.slice(0, 1) : t.app.name}
        </Flex>
        <nav aria-label={t.nav.menu}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[currentNavKey, subNavKeyOf(pathname)]}
            openKeys={openKeys}
            onOpenChange={setOpenKeys}
            items={navItems}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 16px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }}>
            <Typography.Text type="secondary">{t.app.tagline}</Typography.Text>
            <Flex align="center" gap="small">
              {me.demo && <Tag color="orange">{t.app.demo}</Tag>}
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
              <LocaleSwitch />
              <Dropdown menu={{ items: userItems, onClick: onUserMenu }} trigger={['click']}>
                <Button type="text" data-testid="user-menu">
                  <Avatar size="small" icon={<UserOutlined />} />
                  {me.user.displayName}
                  <DownOutlined />
                </Button>
              </Dropdown>
              <LogoutButton />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
