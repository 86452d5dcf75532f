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
    expect(modulesFor(['leader'])).toEqual(['cockpit', 'org_units']);
    for (const m of MODULES) expect(can(['leader'], m, 'write')).toBe(false);
  });

  it('shows an enterprise user neither the cockpit nor org units', () => {
    expect(modulesFor(['enterprise_user'])).toEqual(['api_tokens']);
  });

  it('unites the permissions of several roles', () => {
    expect(can(['county_officer'], 'org_units', 'write')).toBe(false);
    expect(can(['county_officer', 'admin'], 'org_units', 'write')).toBe(true);
    expect(can([], 'org_units', 'read')).toBe(false);
  });
});
