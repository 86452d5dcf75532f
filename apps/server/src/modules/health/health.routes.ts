import { ZHealth } from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { publicAccess } from '../../plugins/access';
import { checkHealth } from './health.service';

export function healthRoutes(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: publicAccess },
    schema: { tags: ['health'], summary: '健康检查 Health', response: { 200: ZHealth } },
    handler: async () => checkHealth(deps),
  });
}
