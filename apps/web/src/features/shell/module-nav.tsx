import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  RiseOutlined,
  BankOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FormOutlined,
  FundProjectionScreenOutlined,
  KeyOutlined,
  NodeIndexOutlined,
  TeamOutlined,
  CustomerServiceOutlined,
} from '@ant-design/icons';
import type { Module } from '@gongyeyun/core';
import { exhaustiveSwitchError } from '@gongyeyun/core';
import type { ReactNode } from 'react';
import type { Messages } from '../../i18n/messages-zh-cn';

export interface ModuleNavChild {
  path: string;
  label: string;
}

export interface ModuleNav {
  path: string;
  icon: ReactNode;
  label: string;
  /** Screens of the module listed under it in the menu; `path` then leads to the first. */
  children?: ModuleNavChild[];
}

/** Where each module lives in the navigation. */
export function moduleNav(module: Module, t: Messages): ModuleNav {
  switch (module) {
    case 'cockpit':
      return { path: '/', icon: <DashboardOutlined />, label: t.nav.home };
    case 'enterprises':
      return { path: '/enterprises', icon: <BankOutlined />, label: t.nav.enterprises };
    case 'reporting':
      return {
        path: '/reporting',
        icon: <FormOutlined />,
        label: t.nav.reporting,
        children: [
          { path: '/reporting/overview', label: t.nav.reportingOverview },
          { path: '/reporting/reports', label: t.nav.reportingReports },
          { path: '/reporting/import', label: t.nav.reportingImport },
          { path: '/reporting/settings', label: t.nav.reportingSettings },
        ],
      };
    case 'industrial_system':
      return {
        path: '/industrial-system',
        icon: <NodeIndexOutlined />,
        label: t.nav.industrialSystem,
      };
    case 'reference_data':
      return {
        path: '/reference',
        icon: <DatabaseOutlined />,
        label: t.nav.referenceData,
        children: [
          { path: '/reference/industry-classes', label: t.nav.industryClasses },
          { path: '/reference/scale-thresholds', label: t.nav.scaleThresholds },
          { path: '/reference/tags', label: t.nav.enterpriseTags },
        ],
      };
    case 'org_units':
      return { path: '/org-units', icon: <ApartmentOutlined />, label: t.nav.orgUnits };
    case 'users':
      return { path: '/users', icon: <TeamOutlined />, label: t.nav.users };
    case 'audit':
      return { path: '/audit', icon: <AuditOutlined />, label: t.nav.audit };
    case 'api_tokens':
      return { path: '/tokens', icon: <KeyOutlined />, label: t.nav.tokens };
    case 'projects':
      return {
        path: '/projects',
        icon: <FundProjectionScreenOutlined />,
        label: t.nav.projects,
        children: [
          { path: '/projects/ledger', label: t.nav.projectLedger },
          { path: '/projects/tasks', label: t.nav.projectTasks },
          { path: '/projects/leads', label: t.nav.investmentLeads },
        ],
      };
    case 'targets':
      return { path: '/targets', icon: <AimOutlined />, label: t.nav.targets };
    case 'cultivation':
      return { path: '/cultivation', icon: <RiseOutlined />, label: t.nav.cultivation };
    case 'services':
      return {
        path: '/services',
        icon: <CustomerServiceOutlined />,
        label: t.nav.services,
        children: [
          { path: '/services/tickets', label: t.nav.serviceTickets },
          { path: '/services/commissioners', label: t.nav.serviceCommissioners },
          { path: '/services/stats', label: t.nav.serviceStats },
        ],
      };
    default:
      return exhaustiveSwitchError(module, 'module');
  }
}

/** The menu entry a path belongs to: its first segment. */
export const navKeyOf = (pathname: string): string => `/${pathname.split('/')[1] ?? ''}`;

/** The sub-entry a path belongs to: its first two segments. */
export const subNavKeyOf = (pathname: string): string =>
  `/${pathname.split('/').slice(1, 3).join('/')}`;
