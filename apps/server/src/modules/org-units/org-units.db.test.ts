import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

interface Unit {
  id: number;
  code: string;
  name: string;
  childCount: number;
}
interface Node {
  code: string;
  children: Node[];
}

describeEachDatabase('org units: tree, scope and edits', (t) => {
  let s: TestApp;
  let admin: TestClient;
  let xingbin: TestClient;
  let heshanId: number;
  let xingbinId: number;
  beforeAll(async () => {
    s = await createTestApp(t);
    admin = await s.as('admin');
    xingbin = await s.as('officer-xingbin');
    const counties = (await admin.get('/api/org-units?kind=county&pageSize=50')).json<{
      items: Unit[];
    }>().items;
    heshanId = counties.find((u) => u.code === '451381')!.id;
    xingbinId = counties.find((u) => u.code === '451302')!.id;
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('gives the city admin the whole city: six counties, ten parks, ten departments', async () => {
    const tree = (await admin.get('/api/org-units/tree')).json<{ roots: Node[] }>();
    expect(tree.roots.map((r) => r.code)).toEqual(['451300']);
    const city = tree.roots[0]!;
    const codes = city.children.map((c) => c.code);
    expect(codes.filter((c) => /^\d{6}$/.test(c))).toEqual([
      '451302',
      '451321',
      '451322',
      '451323',
      '451324',
      '451381',
    ]);
    const counts = (kind: string) =>
      admin
        .get(`/api/org-units?kind=${kind}&pageSize=1`)
        .then((r) => r.json<{ total: number }>().total);
    expect(await counts('park')).toBe(10);
    expect(await counts('department')).toBe(10);
    expect(await counts('township')).toBe(71);
  });

  it('shows a county officer only their county, and 404 for another county', async () => {
    const tree = (await xingbin.get('/api/org-units/tree')).json<{ roots: Node[] }>();
    expect(tree.roots.map((r) => r.code)).toEqual(['451302']);
    const all = (await xingbin.get('/api/org-units?pageSize=200')).json<{
      items: (Unit & { path: string })[];
      total: number;
    }>();
    const countyPath = all.items.find((u) => u.id === xingbinId)!.path;
    expect(all.items.every((u) => u.path.startsWith(countyPath))).toBe(true);
    // 25 townships, 3 parks (河南, 迁江, 凤凰) and the county itself.
    expect(all.total).toBe(29);
    const other = await xingbin.get(`/api/org-units/${heshanId}`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({
      error: { code: 'NOT_FOUND', message: '未找到该组织机构，或您无权查看' },
    });
    const listed = (await xingbin.get(`/api/org-units?parentId=${heshanId}`)).json<{
      total: number;
    }>();
    expect(listed.total).toBe(0);
    const own = await xingbin.get(`/api/org-units/${xingbinId}`);
    expect(own.json()).toMatchObject({ code: '451302', name: '兴宾区', childCount: 28 });
  });

  it('lets only an admin create units, validates them and audits the write', async () => {
    const denied = await xingbin.post('/api/org-units', {
      code: '451302-P99',
      name: '试验园',
      kind: 'park',
      parentId: xingbinId,
    });
    expect(denied.statusCode).toBe(403);

    const badKind = await admin.post('/api/org-units', {
      code: '451399',
      name: '某县',
      kind: 'county',
      parentId: heshanId,
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'kind',
    );

    const badCode = await admin.post('/api/org-units', {
      code: '4513',
      name: '某镇',
      kind: 'township',
      parentId: heshanId,
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'code',
    );

    const missing = await admin.post('/api/org-units', { code: 'X1', kind: 'park' });
    expect(missing.statusCode).toBe(400);
    expect(
      missing.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field),
    ).toEqual(expect.arrayContaining(['name', 'parentId']));

    const created = await admin.post('/api/org-units', {
      code: '451302-P99',
      name: '兴宾区试验园',
      kind: 'park',
      parentId: xingbinId,
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json<Unit>();
    const dup = await admin.post('/api/org-units', {
      code: '451302-P99',
      name: '重复',
      kind: 'park',
      parentId: xingbinId,
    });
    expect(dup.statusCode).toBe(409);

    const renamed = await admin.patch(`/api/org-units/${unit.id}`, { name: '兴宾区新材料园' });
    expect(renamed.json()).toMatchObject({ name: '兴宾区新材料园' });
    const audit = (await admin.get(`/api/audit?entity=org_unit&entityId=${unit.id}`)).json<{
      items: {
        action: string;
        actorName: string;
        before: { name: string } | null;
        after: { name: string };
      }[];
    }>();
    expect(audit.items.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit.items[0]).toMatchObject({
      actorName: 'admin',
      before: { name: '兴宾区试验园' },
      after: { name: '兴宾区新材料园' },
    });
    // The officer sees the new park in their county.
    expect((await xingbin.get(`/api/org-units/${unit.id}`)).statusCode).toBe(200);
  });

  it('lets a county officer edit nothing and read no audit', async () => {
    expect((await xingbin.patch(`/api/org-units/${xingbinId}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await xingbin.get('/api/audit')).statusCode).toBe(403);
    expect((await s.anonymous.get('/api/org-units')).statusCode).toBe(401);
  });
});
