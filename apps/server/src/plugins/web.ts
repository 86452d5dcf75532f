import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built web app; unknown non-API paths get index.html (client-side routes). */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>工业云</title>' +
            '<p>网页端尚未构建：请运行 <code>npm run build:web</code>。The web app is not built yet: run <code>npm run build:web</code>.</p>' +
            '<p><a href="/api/docs">API 文档 / API docs</a></p>',
        ),
    );
    return false;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  return true;
}

export const isSpaRoute = (method: string, url: string): boolean =>
  method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/api?') && url !== '/api';
