import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('OpenAPI document', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t);
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('is generated from the contract and browsable without signing in', async () => {
    const doc = await s.anonymous.get('/api/docs/json');
    expect(doc.statusCode).toBe(200);
    const { paths } = doc.json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/me',
        '/api/org-units/{id}',
        '/api/users',
        '/api/audit',
      ]),
    );
    expect(JSON.stringify(paths['/api/auth/login']!.post!.requestBody)).toContain('username');
    expect((await s.anonymous.get('/api/docs')).statusCode).toBeLessThan(400);
  });
});
