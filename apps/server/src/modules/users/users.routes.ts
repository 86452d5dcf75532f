import {
  ZCreatedUser,
  ZCreateUserRequest,
  ZFindUsersQuery,
  ZGrantInput,
  ZGrantParams,
  ZIdParams,
  ZResetPasswordResponse,
  ZUpdateUserRequest,
  ZUser,
  ZUserPage,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import {
  addGrant,
  createUser,
  editUser,
  findUsersPage,
  getUser,
  removeGrant,
  resetPassword,
} from './users.service';

export function userRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const read = { access: moduleAccess('users', 'read') };
  const write = { access: moduleAccess('users', 'write') };

  r.get('/api/users', {
    config: read,
    schema: {
      tags,
      summary: '用户列表 List users',
      querystring: ZFindUsersQuery,
      response: { 200: ZUserPage },
    },
    handler: async (request) => findUsersPage(deps, actorOf(request).scope, request.query),
  });

  r.get('/api/users/:id', {
    config: read,
    schema: { tags, summary: '用户 One user', params: ZIdParams, response: { 200: ZUser } },
    handler: async (request) => getUser(deps, actorOf(request).scope, request.params.id),
  });

  r.post('/api/users', {
    config: write,
    schema: {
      tags,
      summary: '新建用户 Create a user',
      body: ZCreateUserRequest,
      response: { 201: ZCreatedUser },
    },
    handler: async (request, reply) => {
      const created = await createUser(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.body,
      );
      return reply.status(201).send(created);
    },
  });

  r.patch('/api/users/:id', {
    config: write,
    schema: {
      tags,
      summary: '修改用户 Edit a user',
      params: ZIdParams,
      body: ZUpdateUserRequest,
      response: { 200: ZUser },
    },
    handler: async (request) =>
      editUser(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.post('/api/users/:id/grants', {
    config: write,
    schema: {
      tags,
      summary: '添加授权 Add a grant',
      params: ZIdParams,
      body: ZGrantInput,
      response: { 200: ZUser },
    },
    handler: async (request) =>
      addGrant(deps, requestContext(request), actorOf(request), request.params.id, request.body),
  });

  r.delete('/api/users/:id/grants/:grantId', {
    config: write,
    schema: {
      tags,
      summary: '撤销授权 Remove a grant',
      params: ZGrantParams,
      response: { 200: ZUser },
    },
    handler: async (request) =>
      removeGrant(
        deps,
        requestContext(request),
        actorOf(request),
        request.params.id,
        request.params.grantId,
      ),
  });

  r.post('/api/users/:id/reset-password', {
    config: write,
    schema: {
      tags,
      summary: '重置密码 Reset a password',
      params: ZIdParams,
      response: { 200: ZResetPasswordResponse },
    },
    handler: async (request) => ({
      temporaryPassword: await resetPassword(
        deps,
        requestContext(request),
        actorOf(request).scope,
        request.params.id,
      ),
    }),
  });
}
