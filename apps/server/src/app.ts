import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { Deps } from './deps';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { enterpriseRoutes } from './modules/enterprises/enterprises.routes';
import { healthRoutes } from './modules/health/health.routes';
import { industrialSystemRoutes } from './modules/industrial-systems/industrial-systems.routes';
import { projectRoutes } from './modules/projects/projects.routes';
import { serviceRoutes } from './modules/services/services.routes';
import { orgUnitRoutes } from './modules/org-units/org-units.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { referenceRoutes } from './modules/reference/reference.routes';
import { analyticsRoutes } from './modules/analytics/analytics.routes';
import { reportingRoutes } from './modules/reporting/reporting.routes';
import { targetsRoutes } from './modules/targets/targets.routes';
import { cultivationRoutes } from './modules/cultivation/cultivation.routes';
import { tokenRoutes } from './modules/tokens/tokens.routes';
import { userRoutes } from './modules/users/users.routes';
import { registerAccess } from './plugins/access';
import { localeOf, registerErrorHandler } from './plugins/error-handler';
import { registerOpenApi } from './plugins/openapi';
import { isSpaRoute, registerWeb } from './plugins/web';

export interface BuildAppOptions {
  deps: Deps;
  /** false: no request logs (tests); otherwise pino at the configured level. */
  logger?: boolean;
}

export async function buildApp({ deps, logger = true }: BuildAppOptions): Promise<FastifyInstance> {
  const config: Readonly<Config> = deps.config;
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });
  registerErrorHandler(app);
  registerAccess(app, deps);
  await registerOpenApi(app, config.version);

  healthRoutes(app, deps);
  authRoutes(app, deps);
  orgUnitRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  tokenRoutes(app, deps);
  referenceRoutes(app, deps);
  industrialSystemRoutes(app, deps);
  enterpriseRoutes(app, deps);
  reportingRoutes(app, deps);
  analyticsRoutes(app, deps);
  targetsRoutes(app, deps);
  cultivationRoutes(app, deps);
  notificationRoutes(app, deps);
  projectRoutes(app, deps);
  serviceRoutes(app, deps);

  const hasWeb = await registerWeb(app, config.webDist);
  app.setNotFoundHandler(async (request, reply) => {
    if (hasWeb && isSpaRoute(request.method, request.url)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const en = localeOf(request) === 'en-US';
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: en
          ? `No such address: ${request.method} ${request.url}`
          : `地址不存在：${request.method} ${request.url}`,
        requestId: request.id,
      },
    });
  });
  return app;
}
