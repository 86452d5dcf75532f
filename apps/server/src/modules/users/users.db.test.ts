import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  sessionCookieOf,
  type TestApp,
  type TestClient,
} from '../../../test/test-app';

interface User {
  id: number;
  username: string;
  mustChangePassword: boolean;
  grants: { id: number; role: string; orgUnitCode: string }[];
}

describeEachDatabase('users, grants and the forced password change', (t) => {
  let s: TestApp;
  let admin: TestClient;
  let unitId: (code: string) => Promise<number>;
  beforeAll(async () => {
    s = await createTestApp(t, { GONGYEYUN_DEMO: 'false' });
    admin = await s.as('admin');
    unitId = async (code) =>
      (await admin.get(`/api/org-units?q=${code}`))
        .json<{ items: { id: number; code: string }[] }>()
        .items.find((u) => u.code === code)!.id;
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('creates a user with a temporary password that must be changed before anything else', async () => {
    const res = await admin.post('/api/users', {
      username: 'officer-wuxuan',
      displayName: '武宣县工信干部',
      grants: [{ role: 'county_officer', orgUnitId: await unitId('451323') }],
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json<{ user: User; temporaryPassword: string }>();
    expect(user).toMatchObject({
      mustChangePassword: true,
      grants: [{ role: 'county_officer', orgUnitCode: '451323' }],
    });

    const officer = await s.as('officer-wuxuan', temporaryPassword);
    expect((await officer.get('/api/me')).json()).toMatchObject({
      user: { mustChangePassword: true },
    });
    const blocked = await officer.get('/api/org-units/tree');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });

    const weak = await officer.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'newPassword',
    );
    const changed = await officer.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Wuxuan-2026-gy',
    });
    expect(changed.statusCode).toBe(204);
    const tree = await officer.get('/api/org-units/tree');
    expect(tree.statusCode).toBe(200);
    expect(tree.json()).toMatchObject({ roots: [{ code: '451323' }] });
  });

  it('outside demo mode, a password the admin chose must be changed too', async () => {
    const res = await admin.post('/api/users', {
      username: 'park-qianjiang',
      displayName: '迁江园区',
      password: 'Qianjiang#2026',
      grants: [{ role: 'park_manager', orgUnitId: await unitId('451300-P04') }],
    });
    expect(res.json()).toMatchObject({
      user: { mustChangePassword: true },
      temporaryPassword: null,
    });
  });

  it('rejects bad input naming the field, and leaves nothing behind', async () => {
    const bad = await admin.post('/api/users', { username: 'A', displayName: '', grants: [] });
    expect(bad.statusCode).toBe(400);
    const fields = bad
      .json<{ error: { fields: { field: string }[] } }>()
      .error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'displayName', 'grants']));

    const beforeCount = (await admin.get('/api/users?pageSize=1')).json<{ total: number }>().total;
    const badGrant = await admin.post('/api/users', {
      username: 'half-made',
      displayName: '半成品',
      password: 'Half-made-2026',
      grants: [
        { role: 'analyst', orgUnitId: await unitId('451300') },
        { role: 'county_officer', orgUnitId: 999999 },
      ],
    });
    expect(badGrant.statusCode).toBe(400);
    expect(badGrant.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'grants.1.orgUnitId',
    );
    expect((await admin.get('/api/users?pageSize=1')).json<{ total: number }>().total).toBe(
      beforeCount,
    );
    expect((await admin.get('/api/users?q=half-made')).json<{ total: number }>().total).toBe(0);
  });

  it('adds and removes grants, resets passwords and deactivates, each audited', async () => {
    const { user } = (
      await admin.post('/api/users', {
        username: 'commissioner-2',
        displayName: '特派员乙',
        grants: [{ role: 'commissioner', orgUnitId: await unitId('451302') }],
      })
    ).json<{ user: User }>();
    const added = (
      await admin.post(`/api/users/${user.id}/grants`, {
        role: 'commissioner',
        orgUnitId: await unitId('451381'),
      })
    ).json<User>();
    expect(added.grants.map((g) => g.orgUnitCode)).toEqual(['451302', '451381']);
    const removed = (
      await admin.delete(`/api/users/${user.id}/grants/${added.grants[0]!.id}`)
    ).json<User>();
    expect(removed.grants.map((g) => g.orgUnitCode)).toEqual(['451381']);

    const { temporaryPassword } = (await admin.post(`/api/users/${user.id}/reset-password`)).json<{
      temporaryPassword: string;
    }>();
    const login = await s.anonymous.post('/api/auth/login', {
      username: 'commissioner-2',
      password: temporaryPassword,
    });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookieOf(login);

    await admin.patch(`/api/users/${user.id}`, { isActive: false });
    const afterDeactivate = await s.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie },
    });
    expect(afterDeactivate.statusCode).toBe(401);

    const audit = (await admin.get(`/api/audit?entity=user&entityId=${user.id}&pageSize=50`)).json<{
      items: { action: string }[];
    }>();
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'create',
        'grant_added',
        'grant_removed',
        'password_reset',
        'login',
        'update',
      ]),
    );
  });

  it('forbids an admin from deactivating themselves', async () => {
    const me = (await admin.get('/api/me')).json<{ user: { id: number } }>();
    const res = await admin.patch(`/api/users/${me.user.id}`, { isActive: false });
    expect(res.statusCode).toBe(400);
  });

  it('shows county officers no user administration', async () => {
    const officer = await s.as('officer-heshan');
    expect((await officer.get('/api/users')).statusCode).toBe(403);
  });

  it('shows a county administrator the audit records of their county’s users only', async () => {
    const created = await admin.post('/api/users', {
      username: 'admin-heshan',
      displayName: '合山市系统管理员',
      password: 'Heshan#Admin2026',
      grants: [{ role: 'admin', orgUnitId: await unitId('451381') }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const first = await s.as('admin-heshan', 'Heshan#Admin2026');
    const changed = await first.post('/api/auth/password', {
      currentPassword: 'Heshan#Admin2026',
      newPassword: 'Heshan-Admin-2026-gy',
    });
    expect(changed.statusCode).toBe(204);
    const countyAdmin = await s.as('admin-heshan', 'Heshan-Admin-2026-gy');
    // Something done in 合山 and something done in 兴宾, each signed in (audited).
    await s.as('officer-heshan');
    await s.as('officer-xingbin');
    type Entries = { items: { actorName: string }[]; total: number };
    const theirs = (await countyAdmin.get('/api/audit?pageSize=200')).json<Entries>();
    const actors = new Set(theirs.items.map((e) => e.actorName));
    expect(actors.has('officer-heshan')).toBe(true);
    expect(actors.has('officer-xingbin')).toBe(false);
    expect(actors.has('admin')).toBe(false);
    const all = (await admin.get('/api/audit?pageSize=200')).json<Entries>();
    expect(all.total).toBeGreaterThan(theirs.total);
    expect(all.items.some((e) => e.actorName === 'officer-xingbin')).toBe(true);
  });
});
