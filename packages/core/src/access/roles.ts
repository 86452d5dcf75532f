import type { LocalizedText } from '../common/locale';
import { exhaustiveSwitchError } from '../common/result';

/** The roles of DOMAIN.md "Users". Every grant of a role is scoped to an org unit. */
export const ROLES = [
  'admin',
  'analyst',
  'county_officer',
  'park_manager',
  'commissioner',
  'department_handler',
  'enterprise_user',
  'leader',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  analyst: { zh: '分析员', en: 'Analyst' },
  county_officer: { zh: '县区工信干部', en: 'County officer' },
  park_manager: { zh: '园区管理员', en: 'Park manager' },
  commissioner: { zh: '特派员', en: 'Commissioner' },
  department_handler: { zh: '部门承办人', en: 'Department handler' },
  enterprise_user: { zh: '企业填报员', en: 'Enterprise user' },
  leader: { zh: '领导', en: 'Leader' },
};

/** The areas of the product. A screen or API exists only for the modules a user may use. */
export const MODULES = [
  'cockpit',
  'enterprises',
  'reporting',
  'industrial_system',
  'reference_data',
  'org_units',
  'users',
  'audit',
  'api_tokens',
  'projects',
  'targets',
  'services',
  'cultivation',
] as const;
export type Module = (typeof MODULES)[number];

export type Permission = 'read' | 'write';

/** What a role may do in a module; absent means nothing. */
export function rolePermission(role: Role, module: Module): Permission | null {
  switch (module) {
    case 'cockpit':
      // Analysts and administrators also import the statistics bureau's published figures.
      if (role === 'admin' || role === 'analyst') return 'write';
      return role === 'enterprise_user' || role === 'department_handler' ? null : 'read';
    case 'enterprises':
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
        case 'park_manager':
          return 'write';
        case 'commissioner':
        case 'leader':
        case 'enterprise_user':
          return 'read';
        case 'department_handler':
          return null;
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    case 'reporting':
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
        case 'enterprise_user':
          return 'write';
        case 'park_manager':
        case 'commissioner':
        case 'leader':
          return 'read';
        case 'department_handler':
          return null;
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    case 'industrial_system':
      if (role === 'admin' || role === 'analyst') return 'write';
      return role === 'enterprise_user' ? null : 'read';
    case 'reference_data':
      return role === 'admin' ? 'write' : 'read';
    case 'org_units':
      if (role === 'admin') return 'write';
      return role === 'enterprise_user' ? null : 'read';
    case 'users':
    case 'audit':
      return role === 'admin' ? 'write' : null;
    case 'api_tokens':
      return role === 'leader' ? null : 'write';
    case 'projects':
      // 重大项目 and 招商引资: kept by the bureau, counties and parks; read by leaders and commissioners.
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
        case 'park_manager':
          return 'write';
        case 'leader':
        case 'commissioner':
          return 'read';
        case 'enterprise_user':
        case 'department_handler':
          return null;
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    case 'targets':
      // 目标任务 and the red/black list: set by the bureau; counties enter their manual actuals.
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
          return 'write';
        case 'leader':
        case 'park_manager':
        case 'commissioner':
          return 'read';
        case 'enterprise_user':
        case 'department_handler':
          return null;
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    case 'services':
      // 企业服务: enterprises file and rate, commissioners visit and file on their behalf,
      // departments work their inbox, the bureau and counties dispatch; leaders read.
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
        case 'commissioner':
        case 'department_handler':
        case 'enterprise_user':
          return 'write';
        case 'park_manager':
        case 'leader':
          return 'read';
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    case 'cultivation':
      // 种子库 and 退库预警: kept by the bureau, counties, parks and commissioners; an enterprise
      // below the threshold enters its own revenue.
      switch (role) {
        case 'admin':
        case 'analyst':
        case 'county_officer':
        case 'park_manager':
        case 'commissioner':
        case 'enterprise_user':
          return 'write';
        case 'leader':
          return 'read';
        case 'department_handler':
          return null;
        default:
          return exhaustiveSwitchError(role, 'role');
      }
    default:
      return exhaustiveSwitchError(module, 'module');
  }
}

/** Read-only roles never write, whatever the module. */
export const isReadOnlyRole = (role: Role): boolean => role === 'leader';

/** Whether a role's grant must name one enterprise rather than an org-unit subtree. */
export const isEnterpriseRole = (role: Role): boolean => role === 'enterprise_user';

export function modulesFor(roles: readonly Role[]): Module[] {
  return MODULES.filter((m) => roles.some((r) => rolePermission(r, m) !== null));
}

export function can(roles: readonly Role[], module: Module, permission: Permission): boolean {
  return roles.some((role) => {
    const p = rolePermission(role, module);
    if (p === null) return false;
    return permission === 'read' || (p === 'write' && !isReadOnlyRole(role));
  });
}
