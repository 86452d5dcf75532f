import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  KeyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Module } from '@gongyeyun/core';
import { exhaustiveSwitchError } from '@gongyeyun/core';
import type { ReactNode } from 'react';
import type { Messages } from '../../i18n/messages-zh-cn';

export interface ModuleNav {
  path: string;
  icon: ReactNode;
  label: string;
}

/** Where each module lives in the navigation. */
export function moduleNav(module: Module, t: Messages): ModuleNav {
  switch (module) {
    case 'cockpit':
      return { path: '/', icon: <DashboardOutlined />, label: t.nav.home };
    case 'org_units':
      return { path: '/org-units', icon: <ApartmentOutlined />, label: t.nav.orgUnits };
    case 'users':
      return { path: '/users', icon: <TeamOutlined />, label: t.nav.users };
    case 'audit':
      return { path: '/audit', icon: <AuditOutlined />, label: t.nav.audit };
    case 'api_tokens':
      return { path: '/tokens', icon: <KeyOutlined />, label: t.nav.tokens };
    default:
      return exhaustiveSwitchError(module, 'module');
  }
}

/** The menu entry a path belongs to: its first segment. */
export const navKeyOf = (pathname: string): string => `/${pathname.split('/')[1] ?? ''}`;
