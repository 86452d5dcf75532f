import { checkPassword, PASSWORD_PROBLEM_TEXT } from '@gongyeyun/core';
import type {
  TChangePasswordRequest,
  TLoginRequest,
  TMe,
  TUpdateMeRequest,
} from '@gongyeyun/contract';
import {
  countAuthFailuresSince,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  findUsableApiToken,
  findUserById,
  findUserByUsername,
  insertSession,
  listGrants,
  markApiTokenUsed,
  recordAuthFailure,
  recordFailedLogin,
  touchSession,
  updateUser,
  type UserRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import {
  dummyPasswordHash,
  hashPassword,
  randomToken,
  sha256,
  verifyPassword,
} from '../../security/secrets';
import { recordAudit } from '../audit/audit.service';
import { actorFrom, presentMe } from './actor';

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', {
    zh: '用户名或密码错误',
    en: 'Wrong user name or password',
  });

const minutesUntil = (t: Date, now: Date) =>
  Math.max(1, Math.ceil((t.getTime() - now.getTime()) / 60_000));

export interface LoginResult {
  me: TMe;
  sessionToken: string;
  expiresAt: Date;
}

export async function login(
  deps: Deps,
  ctx: RequestContext,
  input: TLoginRequest,
): Promise<LoginResult> {
  const { db, config } = deps;
  const now = new Date();
  const ip = ctx.ip ?? 'unknown';
  const windowStart = new Date(now.getTime() - config.login.ipWindowMinutes * 60_000);
  if ((await countAuthFailuresSince(db, ip, windowStart)) >= config.login.ipMaxFailures) {
    throw new AppError('RATE_LIMITED', {
      zh: `此地址登录失败次数过多，请 ${config.login.ipWindowMinutes} 分钟后再试`,
      en: `Too many failed sign-ins from this address; try again in ${config.login.ipWindowMinutes} minutes`,
    });
  }

  const user = await findUserByUsername(db, input.username);
  if (!user || !user.isActive) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await db.transaction(async (tx) => {
      await recordAuthFailure(tx, ip, input.username);
      await recordAudit(tx, ctx, {
        action: 'login_failed',
        entity: 'user',
        entityId: null,
        after: { username: input.username },
      });
    });
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', {
      zh: `登录失败次数过多，账号已临时锁定，请 ${minutesUntil(user.lockedUntil, now)} 分钟后再试`,
      en: `Too many failed sign-ins: the account is locked for ${minutesUntil(user.lockedUntil, now)} more minutes`,
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + config.login.lockMinutes * 60_000);
    const after = await db.transaction(async (tx) => {
      await recordAuthFailure(tx, ip, input.username);
      const updated = await recordFailedLogin(tx, user.id, config.login.maxFailures, lockUntil);
      await recordAudit(tx, ctx, {
        action:
          updated.lockedUntil && updated.lockedUntil > now ? 'account_locked' : 'login_failed',
        entity: 'user',
        entityId: user.id,
        after: { failedLoginCount: updated.failedLoginCount },
      });
      return updated;
    });
    if (after.lockedUntil && after.lockedUntil > now) {
      throw new AppError('ACCOUNT_LOCKED', {
        zh: `连续 ${config.login.maxFailures} 次密码错误，账号已锁定 ${config.login.lockMinutes} 分钟`,
        en: `${config.login.maxFailures} wrong passwords in a row: the account is locked for ${config.login.lockMinutes} minutes`,
      });
    }
    throw invalidCredentials();
  }

  const sessionToken = randomToken();
  const expiresAt = new Date(now.getTime() + config.sessionTtlMs);
  const sessionId = sha256(sessionToken);
  const updated = await db.transaction(async (tx) => {
    const u = await updateUser(tx, user.id, {
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: now,
    });
    await insertSession(tx, {
      id: sessionId,
      userId: user.id,
      expiresAt,
      ip: ctx.ip,
      userAgent: null,
    });
    await recordAudit(tx, ctx, {
      action: 'login',
      entity: 'user',
      entityId: user.id,
      as: { userId: user.id, username: user.username },
    });
    return u!;
  });
  const actor = actorFrom(updated, await listGrants(db, [user.id]), 'session', sessionId);
  return { me: presentMe(actor, config.demo), sessionToken, expiresAt };
}

export async function logout(deps: Deps, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor?.sessionId) return;
  const sessionId = actor.sessionId;
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'logout', entity: 'user', entityId: actor.userId });
  });
}

/** Resolves the caller from a session cookie value; slides the expiry. */
export async function actorFromSession(deps: Deps, token: string): Promise<Actor | null> {
  const now = new Date();
  const sessionId = sha256(token);
  const session = await findLiveSession(deps.db, sessionId, now);
  if (!session) return null;
  const user = await findUserById(deps.db, session.userId);
  if (!user?.isActive) return null;
  // Slide the expiry at most once a minute, so reads do not all become writes.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await touchSession(deps.db, sessionId, now, new Date(now.getTime() + deps.config.sessionTtlMs));
  }
  return actorFrom(user, await listGrants(deps.db, [user.id]), 'session', sessionId);
}

export async function actorFromApiToken(deps: Deps, token: string): Promise<Actor | null> {
  const now = new Date();
  const row = await findUsableApiToken(deps.db, sha256(token), now);
  if (!row) return null;
  const user = await findUserById(deps.db, row.userId);
  if (!user?.isActive) return null;
  await markApiTokenUsed(deps.db, row.id, now);
  return actorFrom(user, await listGrants(deps.db, [user.id]), 'token', null);
}

export function passwordProblems(password: string, username: string) {
  return checkPassword(password, username).map((p) => PASSWORD_PROBLEM_TEXT[p]);
}

/** Throws a VALIDATION error naming `field` when the password breaks the rules. */
export function assertPasswordAllowed(field: string, password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
      problems.map((text) => ({ field, text })),
    );
  }
}

export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TChangePasswordRequest,
): Promise<void> {
  const user = (await findUserById(deps.db, actor.userId))!;
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(
      'VALIDATION',
      { zh: '当前密码不正确', en: 'The current password is wrong' },
      [
        {
          field: 'currentPassword',
          text: { zh: '当前密码不正确', en: 'The current password is wrong' },
        },
      ],
    );
  }
  if (input.newPassword === input.currentPassword) {
    const text = {
      zh: '新密码不能与当前密码相同',
      en: 'The new password must differ from the current one',
    };
    throw new AppError('VALIDATION', text, [{ field: 'newPassword', text }]);
  }
  assertPasswordAllowed('newPassword', input.newPassword, user.username);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: new Date(),
    });
    // Other sessions of this user end; the current one stays.
    await deleteSessionsOfUser(tx, user.id);
    if (actor.sessionId) {
      await insertSession(tx, {
        id: actor.sessionId,
        userId: user.id,
        expiresAt: new Date(Date.now() + deps.config.sessionTtlMs),
        ip: ctx.ip,
      });
    }
    await recordAudit(tx, ctx, { action: 'password_changed', entity: 'user', entityId: user.id });
  });
}

export async function updateMe(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: TUpdateMeRequest,
): Promise<TMe> {
  const before = (await findUserById(deps.db, actor.userId))!;
  const patch: Partial<Pick<UserRow, 'locale' | 'displayName'>> = {};
  if (input.locale) patch.locale = input.locale;
  if (input.displayName) patch.displayName = input.displayName;
  const updated = await deps.db.transaction(async (tx) => {
    const u = Object.keys(patch).length ? (await updateUser(tx, actor.userId, patch))! : before;
    await recordAudit(tx, ctx, {
      action: 'update_profile',
      entity: 'user',
      entityId: actor.userId,
      before: { locale: before.locale, displayName: before.displayName },
      after: { locale: u.locale, displayName: u.displayName },
    });
    return u;
  });
  return presentMe(actorFrom(updated, actor.grants, actor.via, actor.sessionId), deps.config.demo);
}
