import { describeEachDatabase } from '@gongyeyun/db/test';
import { expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { loadDemoCity } from '../../demo/demo-city';
import { initialiseInstallation } from './setup.service';

describeEachDatabase('first start outside demo mode', (t) => {
  it('creates the configured region and one admin who must change the printed password', async () => {
    const config = loadConfig({
      GONGYEYUN_DEMO: 'false',
      GONGYEYUN_REGION: '441625',
      LOG_LEVEL: 'silent',
    });
    const deps = { db: t.db, dbKind: t.kind, config };
    const result = await initialiseInstallation(deps, loadDemoCity);
    if (result.kind !== 'admin') throw new Error(`expected an admin, got ${result.kind}`);
    expect(result.password).toMatch(/^[a-z]{4}-\d{4}-[a-z]{4}$/);
    // A second start finds the installation and creates nothing.
    expect((await initialiseInstallation(deps, loadDemoCity)).kind).toBe('existing');

    const app = await buildApp({ deps, logger: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-gongyeyun-csrf': '1' },
      payload: { username: 'admin', password: result.password },
    });
    expect(login.json()).toMatchObject({
      user: { mustChangePassword: true },
      grants: [{ role: 'admin', orgUnitCode: '441625', orgUnitName: '东源县' }],
    });
    const cookie = `gongyeyun_session=${login.cookies[0]!.value}`;
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
      payload: { currentPassword: result.password, newPassword: 'Dongyuan-2026!' },
    });
    expect(changed.statusCode).toBe(204);
    const tree = await app.inject({
      method: 'GET',
      url: '/api/org-units/tree',
      headers: { cookie },
    });
    const roots = tree.json<{ roots: { code: string; children: unknown[] }[] }>().roots;
    expect(roots.map((r) => r.code)).toEqual(['441625']);
    // 东源县's 21 townships ship with the product.
    expect(roots[0]!.children).toHaveLength(21);
    await app.close();
  });
});
