import {
  ZApiToken,
  ZCreateApiTokenRequest,
  ZCreatedApiToken,
  ZIdParams,
} from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess, requestContext } from '../../plugins/access';
import { createToken, listTokens, revokeToken } from './tokens.service';

export function tokenRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['api-tokens'];
  const access = { access: moduleAccess('api_tokens', 'write') };

  r.get('/api/tokens', {
    config: access,
    schema: { tags, summary: '我的接口令牌 My API tokens', response: { 200: z.array(ZApiToken) } },
    handler: async (request) => listTokens(deps, actorOf(request)),
  });

  r.post('/api/tokens', {
    config: access,
    schema: {
      tags,
      summary: '新建接口令牌 Create an API token',
      body: ZCreateApiTokenRequest,
      response: { 201: ZCreatedApiToken },
    },
    handler: async (request, reply) => {
      const created = await createToken(
        deps,
        requestContext(request),
        actorOf(request),
        request.body,
      );
      return reply.status(201).send(created);
    },
  });

  r.delete('/api/tokens/:id', {
    config: access,
    schema: {
      tags,
      summary: '撤销接口令牌 Revoke an API token',
      params: ZIdParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await revokeToken(deps, requestContext(request), actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
