import type { TestDatabase } from '@gongyeyun/db/test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig, type Env } from '../src/config';
import { DEMO_PASSWORD, loadDemoCity, type DemoOptions } from '../src/demo/demo-city';
import type { Deps } from '../src/deps';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  /** Signs in and returns a client that sends the session cookie and the CSRF header. */
  as(username: string, password?: string): Promise<TestClient>;
  anonymous: TestClient;
}

export interface TestClient {
  cookie: string | null;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** A multipart upload of one file in the field `file`, as a browser form sends it. */
  upload(url: string, fileName: string, content: Buffer): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, cookie: string | null): TestClient {
  const send = (method: InjectOptions['method'], url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === 'GET' ? {} : { 'x-gongyeyun-csrf': '1' }),
      },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return {
    cookie,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    delete: (url) => send('DELETE', url),
    upload: (url, fileName, content) => {
      const boundary = `----gongyeyun${Date.now()}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(fileName)}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return app.inject({
        method: 'POST',
        url,
        payload,
        headers: {
          ...(cookie ? { cookie } : {}),
          'x-gongyeyun-csrf': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      });
    },
  };
}

export const sessionCookieOf = (res: LightMyRequestResponse): string => {
  const c = res.cookies.find((x) => x.name === 'gongyeyun_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `gongyeyun_session=${c.value}`;
};

/** A real server (Fastify, in process) over a real database holding the demo city. */
/**
 * `registry`: also load the demo "345" system and enterprises (slower; most suites need only
 * the org units and the demo logins).
 */
export async function createTestApp(
  t: TestDatabase,
  env: Env = {},
  demo: DemoOptions = { registry: false },
): Promise<TestApp> {
  const config = loadConfig({ GONGYEYUN_WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', ...env });
  const deps: Deps = { db: t.db, dbKind: t.kind, config };
  await loadDemoCity(deps, demo);
  const app = await buildApp({ deps, logger: false });
  const anonymous = client(app, null);
  return {
    app,
    deps,
    anonymous,
    async as(username, password = DEMO_PASSWORD) {
      const res = await anonymous.post('/api/auth/login', { username, password });
      return client(app, sessionCookieOf(res));
    },
  };
}
