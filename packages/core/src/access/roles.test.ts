import { describe, expect, it } from 'vitest';
import { can, MODULES, modulesFor, ROLES, rolePermission } from './roles';

describe('roles and modules', () => {
  it('gives every role an answer for every module', () => {
    for (const role of ROLES)
      for (const m of MODULES) expect(['read', 'write', null]).toContain(rolePermission(role, m));
  });

  it('keeps user administration and the audit log to admins', () => {
    for (const role of ROLES) {
      expect(can([role], 'users', 'read')).toBe(role === 'admin');
      expect(can([role], 'audit', 'read')).toBe(role === 'admin');
    }
  });

  it('lets the leader read but never write', () => {
    expect(modulesFor(['leader'])).toEqual([
      'cockpit',
      'enterprises',
      'reporting',
      'industrial_system',
      'reference_data',
      'org_units',
      'projects',
      'targets',
      'services',
      'cultivation',
    ]);
    for (const m of MODULES) expect(can(['leader'], m, 'write')).toBe(false);
  });

  it('shows an enterprise user its own registry entry, never the cockpit or org units', () => {
    expect(modulesFor(['enterprise_user'])).toEqual([
      'enterprises',
      'reporting',
      'reference_data',
      'api_tokens',
      'services',
      'cultivation',
    ]);
    expect(can(['enterprise_user'], 'enterprises', 'write')).toBe(false);
  });

  it('lets county officers and park managers keep their enterprises, not the chain system', () => {
    for (const role of ['county_officer', 'park_manager'] as const) {
      expect(can([role], 'enterprises', 'write')).toBe(true);
      expect(can([role], 'industrial_system', 'write')).toBe(false);
      expect(can([role], 'industrial_system', 'read')).toBe(true);
    }
  });

  it('lets enterprises and counties fill reports, park managers and commissioners only read them', () => {
    for (const role of ['enterprise_user', 'county_officer', 'analyst', 'admin'] as const)
      expect(can([role], 'reporting', 'write')).toBe(true);
    for (const role of ['park_manager', 'commissioner', 'leader'] as const) {
      expect(can([role], 'reporting', 'read')).toBe(true);
      expect(can([role], 'reporting', 'write')).toBe(false);
    }
    expect(can(['department_handler'], 'reporting', 'read')).toBe(false);
  });

  it('unites the permissions of several roles', () => {
    expect(can(['county_officer'], 'org_units', 'write')).toBe(false);
    expect(can(['county_officer', 'admin'], 'org_units', 'write')).toBe(true);
    expect(can([], 'org_units', 'read')).toBe(false);
  });

  it('lets the bureau, counties and parks keep major projects and leads; leaders and commissioners read them', () => {
    const expected = {
      admin: 'write',
      analyst: 'write',
      county_officer: 'write',
      park_manager: 'write',
      leader: 'read',
      commissioner: 'read',
      enterprise_user: null,
      department_handler: null,
    } as const;
    for (const role of ROLES) expect(rolePermission(role, 'projects')).toBe(expected[role]);
    expect(can(['leader'], 'projects', 'read')).toBe(true);
    expect(can(['leader'], 'projects', 'write')).toBe(false);
    expect(can(['commissioner'], 'projects', 'write')).toBe(false);
  });

  it('lets enterprises, commissioners, handlers and the bureau work the problem desk', () => {
    for (const role of [
      'enterprise_user',
      'commissioner',
      'department_handler',
      'county_officer',
    ] as const)
      expect(can([role], 'services', 'write')).toBe(true);
    expect(can(['leader'], 'services', 'read')).toBe(true);
    expect(can(['park_manager'], 'services', 'write')).toBe(false);
  });
});
