import { ZAuditPage, ZFindAuditQuery } from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { actorOf, moduleAccess } from '../../plugins/access';
import { findAuditEntries } from './audit.service';

export function auditRoutes(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/audit', {
    config: { access: moduleAccess('audit', 'read') },
    schema: {
      tags: ['audit'],
      summary: '审计日志 Audit log',
      querystring: ZFindAuditQuery,
      response: { 200: ZAuditPage },
    },
    handler: async (request) => findAuditEntries(deps.db, actorOf(request).scope, request.query),
  });
}
