import { can, makeScope, modulesFor, type Module, type Permission } from '@gongyeyun/core';
import type { TGrant, TMe } from '@gongyeyun/contract';
import type { GrantRow, UserRow } from '@gongyeyun/db';
import type { Actor } from '../../context';
import { AppError, forbidden } from '../../errors';

export function actorFrom(
  user: UserRow,
  grants: GrantRow[],
  via: Actor['via'],
  sessionId: string | null,
): Actor {
  const enterpriseGrants = grants.filter((g) => g.role === 'enterprise_user');
  const areaGrants = grants.filter((g) => g.role !== 'enterprise_user');
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    roles: [...new Set(grants.map((g) => g.role))],
    grants,
    scope: makeScope(
      areaGrants.map((g) => g.orgUnitPath),
      enterpriseGrants.flatMap((g) => (g.enterpriseId === null ? [] : [g.enterpriseId])),
    ),
    via,
    sessionId,
  };
}

export const presentGrant = (g: GrantRow): TGrant => ({
  id: g.id,
  role: g.role,
  orgUnitId: g.orgUnitId,
  orgUnitName: g.orgUnitName,
  orgUnitCode: g.orgUnitCode,
  orgUnitKind: g.orgUnitKind,
  enterpriseId: g.enterpriseId,
});

export function presentMe(actor: Actor, demo: boolean): TMe {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      locale: actor.locale,
      mustChangePassword: actor.mustChangePassword,
    },
    grants: actor.grants.map(presentGrant),
    modules: modulesFor(actor.roles).map((module) => ({
      module,
      canWrite: can(actor.roles, module, 'write'),
    })),
    demo,
  };
}

/** Throws unless the actor may use `module` with `permission`. */
export function requirePermission(
  actor: Actor | null,
  module: Module,
  permission: Permission,
): Actor {
  if (!actor) {
    throw new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in first' });
  }
  if (!can(actor.roles, module, permission)) throw forbidden();
  return actor;
}
