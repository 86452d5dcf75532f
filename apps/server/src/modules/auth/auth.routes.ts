import {
  ZChangePasswordRequest,
  ZErrorResponse,
  ZLoginRequest,
  ZMe,
  ZUpdateMeRequest,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import {
  actorOf,
  publicAccess,
  requestContext,
  SESSION_COOKIE,
  signedIn,
} from '../../plugins/access';
import { presentMe } from './actor';
import { changePassword, login, logout, updateMe } from './auth.service';

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post('/api/auth/login', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: '登录 Sign in',
      body: ZLoginRequest,
      response: { 200: ZMe, 401: ZErrorResponse },
    },
    handler: async (request, reply) => {
      const result = await login(deps, requestContext(request), request.body);
      void reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: result.expiresAt,
      });
      return result.me;
    },
  });

  r.post('/api/auth/logout', {
    config: { access: signedIn(true) },
    schema: { tags, summary: '退出 Sign out', response: { 204: z.null() } },
    handler: async (request, reply) => {
      await logout(deps, requestContext(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  r.post('/api/auth/password', {
    config: { access: signedIn(true) },
    schema: {
      tags,
      summary: '修改密码 Change password',
      body: ZChangePasswordRequest,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await changePassword(deps, requestContext(request), actorOf(request), request.body);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/me', {
    config: { access: signedIn(true) },
    schema: { tags, summary: '当前用户 The signed-in user', response: { 200: ZMe } },
    handler: async (request) => presentMe(actorOf(request), deps.config.demo),
  });

  r.patch('/api/me', {
    config: { access: signedIn(true) },
    schema: {
      tags,
      summary: '修改个人设置 Update own settings',
      body: ZUpdateMeRequest,
      response: { 200: ZMe },
    },
    handler: async (request) =>
      updateMe(deps, requestContext(request), actorOf(request), request.body),
  });
}
