import { CSRF_HEADER } from '@gongyeyun/contract';
import { can, type Module, type Permission } from '@gongyeyun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../context';
import type { Deps } from '../deps';
import { AppError, forbidden } from '../errors';
import { actorFromApiToken, actorFromSession } from '../modules/auth/auth.service';

export const SESSION_COOKIE = 'gongyeyun_session';

/** What a route requires. Every /api route declares it; a route without one needs sign-in. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in'; allowPendingPasswordChange?: boolean }
  | { kind: 'module'; module: Module; permission: Permission };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export const publicAccess: RouteAccess = { kind: 'public' };
export const signedIn = (allowPendingPasswordChange = false): RouteAccess => ({
  kind: 'signed-in',
  allowPendingPasswordChange,
});
export const moduleAccess = (module: Module, permission: Permission): RouteAccess => ({
  kind: 'module',
  module,
  permission,
});

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestContext(request: FastifyRequest): RequestContext {
  return { actor: request.actor, ip: request.ip, requestId: request.id };
}

/** The actor of a route whose access rule already guaranteed one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor)
    throw new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in first' });
  return request.actor;
}

export function registerAccess(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = await actorFromApiToken(deps, auth.slice(7).trim());
      if (!request.actor) {
        throw new AppError('UNAUTHENTICATED', {
          zh: '接口令牌无效或已过期',
          en: 'The API token is invalid or expired',
        });
      }
      return;
    }
    // Cookie-authenticated writes must carry a header a cross-site form cannot set.
    if (STATE_CHANGING.has(request.method) && !request.headers[CSRF_HEADER]) {
      throw new AppError('CSRF', {
        zh: `请求缺少 ${CSRF_HEADER} 请求头`,
        en: `The request lacks the ${CSRF_HEADER} header`,
      });
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await actorFromSession(deps, token);
  });

  app.addHook('preHandler', async (request) => {
    // The API's own documentation is public; every other /api route states its rule.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const access = request.routeOptions.config.access ?? signedIn();
    if (access.kind === 'public') return;
    const actor = request.actor;
    if (!actor)
      throw new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in first' });
    const allowPending = access.kind === 'signed-in' && access.allowPendingPasswordChange === true;
    if (actor.mustChangePassword && !allowPending) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', {
        zh: '首次登录或密码被重置后，须先修改密码',
        en: 'You must change your password before going on',
      });
    }
    if (access.kind === 'module' && !can(actor.roles, access.module, access.permission)) {
      throw forbidden();
    }
  });
}
