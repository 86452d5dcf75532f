import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

describeEachDatabase('sign-in, sessions and API tokens', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t, { LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_FAILURES: '8' });
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('answers health with the database kind', async () => {
    const res = await s.anonymous.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.kind });
  });

  it('signs in with an httpOnly SameSite=Lax cookie and answers /api/me', async () => {
    const res = await s.anonymous.post('/api/auth/login', {
      username: 'officer-xingbin',
      password: 'gongyeyun-demo',
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'gongyeyun_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await s.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `gongyeyun_session=${cookie!.value}` },
    });
    expect(me.json()).toMatchObject({
      user: { username: 'officer-xingbin', locale: 'zh-CN', mustChangePassword: false },
      grants: [{ role: 'county_officer', orgUnitCode: '451302', orgUnitName: '兴宾区' }],
    });
    expect(me.json<{ modules: { module: string }[] }>().modules.map((m) => m.module)).not.toContain(
      'users',
    );
  });

  it('refuses a wrong password in the user’s language, and unknown users alike', async () => {
    const wrong = await s.anonymous.post('/api/auth/login', {
      username: 'analyst',
      password: 'not-the-password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' },
    });
    const unknown = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-gongyeyun-csrf': '1', 'accept-language': 'en-US,en' },
      payload: { username: 'nobody', password: 'whatever-123' },
    });
    expect(unknown.json()).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS', message: 'Wrong user name or password' },
    });
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (
          await s.anonymous.post('/api/auth/login', {
            username: 'leader',
            password: `wrong-${i}-password`,
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 423]);
    const right = await s.anonymous.post('/api/auth/login', {
      username: 'leader',
      password: 'gongyeyun-demo',
    });
    expect(right.statusCode).toBe(423);
    expect(right.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('throttles an address that keeps failing', async () => {
    // 1 + 1 + 3 failures so far from this address; the limit is 8.
    let last = 0;
    for (let i = 0; i < 4; i++) {
      last = (
        await s.anonymous.post('/api/auth/login', {
          username: `ghost${i}`,
          password: 'x-password-1',
        })
      ).statusCode;
    }
    expect(last).toBe(429);
    const anyone = await s.anonymous.post('/api/auth/login', {
      username: 'analyst',
      password: 'gongyeyun-demo',
    });
    expect(anyone.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    // The test address is throttled by now, so sign in from another one.
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.9.9.9',
      headers: { 'x-gongyeyun-csrf': '1' },
      payload: { username: 'admin', password: 'gongyeyun-demo' },
    });
    const cookie = `gongyeyun_session=${res.cookies[0]!.value}`;
    const noHeader = await s.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { locale: 'en-US' },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json()).toMatchObject({ error: { code: 'CSRF' } });
    const withHeader = await s.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
      payload: { locale: 'en-US' },
    });
    expect(withHeader.json()).toMatchObject({ user: { locale: 'en-US' } });
    // The language choice is kept with the user and used for messages.
    const notFound = await s.app.inject({
      method: 'GET',
      url: '/api/org-units/999999',
      headers: { cookie },
    });
    expect(notFound.json()).toMatchObject({
      error: { code: 'NOT_FOUND', message: 'Org unit not found, or not in your scope' },
    });

    const logout = await s.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
    });
    expect(logout.statusCode).toBe(204);
    const after = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('authenticates integrations with API tokens stored hashed, and revokes them', async () => {
    const login = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.9.9.10',
      headers: { 'x-gongyeyun-csrf': '1' },
      payload: { username: 'analyst', password: 'gongyeyun-demo' },
    });
    const cookie = `gongyeyun_session=${login.cookies[0]!.value}`;
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
      payload: { name: '统计局接口', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: number }>();
    expect(token).toMatch(/^gy_/);
    const me = await s.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ user: { username: 'analyst' } });
    // Bearer requests need no CSRF header: no browser sends them on its own.
    const patched = await s.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { displayName: '分析员甲' },
    });
    expect(patched.statusCode).toBe(200);
    await s.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
    });
    const revoked = await s.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });
});
