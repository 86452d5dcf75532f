import { isEnterpriseRole, isOrgUnitInScope, ROLE_LABELS, type Scope } from '@gongyeyun/core';
import type {
  TCreateUserRequest,
  TCreatedUser,
  TFindUsersQuery,
  TGrantInput,
  TPage,
  TUpdateUserRequest,
  TUser,
} from '@gongyeyun/contract';
import {
  deleteGrant,
  deleteSessionsOfUser,
  findOrgUnitById,
  findUserById,
  findUserByUsername,
  findUserInScope,
  findUsers,
  insertGrant,
  insertUser,
  listGrants,
  updateUser,
  type Database,
  type GrantRow,
  type UserRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { hashPassword, temporaryPassword } from '../../security/secrets';
import { recordAudit } from '../audit/audit.service';
import { presentGrant } from '../auth/actor';
import { assertPasswordAllowed } from '../auth/auth.service';

const USER = { zh: '该用户', en: 'User' };

/** `system`: the CLI and the demo loader, which act on the whole installation. */
export type ManagerScope = Scope | 'system';

export function presentUser(row: UserRow, grants: GrantRow[]): TUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    locale: row.locale,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword,
    lockedUntil:
      row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    grants: grants.filter((g) => g.userId === row.id).map(presentGrant),
  };
}

const auditableUser = (row: UserRow, grants: GrantRow[]) => ({
  username: row.username,
  displayName: row.displayName,
  isActive: row.isActive,
  mustChangePassword: row.mustChangePassword,
  grants: grants.map((g) => ({
    role: g.role,
    orgUnit: g.orgUnitCode,
    enterpriseId: g.enterpriseId,
  })),
});

async function loadUser(db: Database, scope: ManagerScope, id: number): Promise<UserRow> {
  const row =
    scope === 'system' ? await findUserById(db, id) : await findUserInScope(db, scope, id);
  if (!row) throw notFound(USER);
  return row;
}

async function checkGrant(
  db: Database,
  scope: ManagerScope,
  grant: TGrantInput,
  index: number | null,
) {
  const field = (name: string) => (index === null ? name : `grants.${index}.${name}`);
  const unit = await findOrgUnitById(db, grant.orgUnitId);
  if (!unit || (scope !== 'system' && !isOrgUnitInScope(unit.path, scope))) {
    const text = {
      zh: '所选组织机构不存在或不在您的管理范围内',
      en: 'The org unit does not exist or is outside your scope',
    };
    throw new AppError('VALIDATION', text, [{ field: field('orgUnitId'), text }]);
  }
  if (!isEnterpriseRole(grant.role) && grant.enterpriseId !== null) {
    const text = {
      zh: `${ROLE_LABELS[grant.role].zh}按组织机构授权，不能绑定企业`,
      en: `${ROLE_LABELS[grant.role].en} is granted over an org unit, not an enterprise`,
    };
    throw new AppError('VALIDATION', text, [{ field: field('enterpriseId'), text }]);
  }
}

export async function findUsersPage(
  deps: Deps,
  scope: Scope,
  query: TFindUsersQuery,
): Promise<TPage<TUser>> {
  const page = await findUsers(deps.db, scope, query);
  const grants = await listGrants(
    deps.db,
    page.items.map((u) => u.id),
  );
  return {
    items: page.items.map((u) => presentUser(u, grants)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getUser(deps: Deps, scope: Scope, id: number): Promise<TUser> {
  const row = await loadUser(deps.db, scope, id);
  return presentUser(row, await listGrants(deps.db, [id]));
}

export async function createUser(
  deps: Deps,
  ctx: RequestContext,
  scope: ManagerScope,
  input: TCreateUserRequest,
  options: { mustChangePassword?: boolean } = {},
): Promise<TCreatedUser> {
  if (await findUserByUsername(deps.db, input.username)) {
    const text = {
      zh: `用户名“${input.username}”已存在`,
      en: `User name “${input.username}” is taken`,
    };
    throw new AppError('CONFLICT', text, [{ field: 'username', text }]);
  }
  for (const [i, grant] of input.grants.entries()) await checkGrant(deps.db, scope, grant, i);
  const generated = input.password === undefined ? temporaryPassword() : null;
  const password = input.password ?? generated!;
  if (generated === null) assertPasswordAllowed('password', password, input.username);
  const passwordHash = await hashPassword(password);
  // A password someone else chose is changed at first sign-in, except for demo accounts.
  const mustChangePassword =
    options.mustChangePassword ?? (generated !== null || !deps.config.demo);

  const { user, grants } = await deps.db.transaction(async (tx) => {
    const created = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      mustChangePassword,
    });
    const seen = new Set<string>();
    for (const g of input.grants) {
      const key = `${g.role}:${g.orgUnitId}:${g.enterpriseId ?? 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await insertGrant(tx, {
        userId: created.id,
        role: g.role,
        orgUnitId: g.orgUnitId,
        enterpriseId: g.enterpriseId,
      });
    }
    const createdGrants = await listGrants(tx, [created.id]);
    await recordAudit(tx, ctx, {
      action: 'create',
      entity: 'user',
      entityId: created.id,
      after: auditableUser(created, createdGrants),
    });
    return { user: created, grants: createdGrants };
  });
  return { user: presentUser(user, grants), temporaryPassword: generated };
}

export async function editUser(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  input: TUpdateUserRequest,
): Promise<TUser> {
  const before = await loadUser(deps.db, actor.scope, id);
  if (input.isActive === false && id === actor.userId) {
    const text = { zh: '不能停用自己的账号', en: 'You cannot deactivate your own account' };
    throw new AppError('VALIDATION', text, [{ field: 'isActive', text }]);
  }
  return deps.db.transaction(async (tx) => {
    const updated = (await updateUser(tx, id, input))!;
    if (input.isActive === false) await deleteSessionsOfUser(tx, id);
    const grants = await listGrants(tx, [id]);
    await recordAudit(tx, ctx, {
      action: 'update',
      entity: 'user',
      entityId: id,
      before: auditableUser(before, grants),
      after: auditableUser(updated, grants),
    });
    return presentUser(updated, grants);
  });
}

export async function addGrant(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  grant: TGrantInput,
): Promise<TUser> {
  const user = await loadUser(deps.db, actor.scope, id);
  await checkGrant(deps.db, actor.scope, grant, null);
  const before = await listGrants(deps.db, [id]);
  if (
    before.some(
      (g) =>
        g.role === grant.role &&
        g.orgUnitId === grant.orgUnitId &&
        g.enterpriseId === grant.enterpriseId,
    )
  ) {
    return presentUser(user, before);
  }
  return deps.db.transaction(async (tx) => {
    await insertGrant(tx, { userId: id, ...grant });
    const after = await listGrants(tx, [id]);
    await recordAudit(tx, ctx, {
      action: 'grant_added',
      entity: 'user',
      entityId: id,
      before: auditableUser(user, before),
      after: auditableUser(user, after),
    });
    return presentUser(user, after);
  });
}

export async function removeGrant(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  grantId: number,
): Promise<TUser> {
  const user = await loadUser(deps.db, actor.scope, id);
  const before = await listGrants(deps.db, [id]);
  const grant = before.find((g) => g.id === grantId);
  if (!grant || !isOrgUnitInScope(grant.orgUnitPath, actor.scope))
    throw notFound({ zh: '该授权', en: 'Grant' });
  if (id === actor.userId && grant.role === 'admin') {
    const text = {
      zh: '不能撤销自己的管理员授权',
      en: 'You cannot remove your own administrator grant',
    };
    throw new AppError('VALIDATION', text);
  }
  return deps.db.transaction(async (tx) => {
    await deleteGrant(tx, id, grantId);
    const after = await listGrants(tx, [id]);
    await recordAudit(tx, ctx, {
      action: 'grant_removed',
      entity: 'user',
      entityId: id,
      before: auditableUser(user, before),
      after: auditableUser(user, after),
    });
    return presentUser(user, after);
  });
}

export async function resetPassword(
  deps: Deps,
  ctx: RequestContext,
  scope: ManagerScope,
  id: number,
): Promise<string> {
  const user = await loadUser(deps.db, scope, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLoginCount: 0,
      lockedUntil: null,
    });
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, ctx, { action: 'password_reset', entity: 'user', entityId: user.id });
  });
  return password;
}
