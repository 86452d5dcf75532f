import { ZIdParams, ZNotificationList } from '@gongyeyun/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { actorOf, signedIn } from '../../plugins/access';
import { markRead, myNotifications } from './notifications.service';

export function notificationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const config = { access: signedIn() };

  r.get('/api/notifications', {
    config,
    schema: { tags, summary: '站内消息 My notifications', response: { 200: ZNotificationList } },
    handler: async (request) => myNotifications(deps, actorOf(request)),
  });
  r.post('/api/notifications/:id/read', {
    config,
    schema: { tags, summary: '标为已读 Mark one read', params: ZIdParams },
    handler: async (request, reply) => {
      await markRead(deps, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  });
  r.post('/api/notifications/read-all', {
    config,
    schema: { tags, summary: '全部已读 Mark all read' },
    handler: async (request, reply) => {
      await markRead(deps, actorOf(request));
      return reply.status(204).send();
    },
  });
}
