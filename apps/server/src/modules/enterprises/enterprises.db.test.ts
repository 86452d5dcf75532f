import { makeUscc } from '@gongyeyun/core';
import type { TEnterprise, TIndustrialSystem } from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

interface Fields {
  error: { code: string; fields: { field: string; message: string }[] };
}

describeEachDatabase('enterprise registry: rules, chains, scale events and scope', (t) => {
  let s: TestApp;
  let admin: TestClient;
  let xingbin: TestClient;
  let heshan: TestClient;
  const ids: Record<string, number> = {};
  const unit = async (code: string) =>
    (await admin.get(`/api/org-units?q=${code}&pageSize=50`))
      .json<{ items: { id: number; code: string }[] }>()
      .items.find((u) => u.code === code)!.id;
  const enterpriseInput = (overrides: Record<string, unknown> = {}) => ({
    uscc: makeUscc({ divisionCode: '451302', serial: 1001 }),
    name: '来宾市甘蔗糖业有限公司',
    countyId: ids['451302'],
    townshipId: ids['451302101'],
    parkId: ids['451300-P05'],
    industryCode: '1340',
    registeredCapital: '12000.50',
    foundedOn: '2008-05-01',
    tags: ['leading'],
    ...overrides,
  });

  beforeAll(async () => {
    s = await createTestApp(t);
    admin = await s.as('admin');
    xingbin = await s.as('officer-xingbin');
    heshan = await s.as('officer-heshan');
    for (const code of ['451302', '451302101', '451381', '451300-P05', '451300-P10', '451300-GXJ'])
      ids[code] = await unit(code);
  });
  afterAll(async () => {
    await s.app.close();
  });

  it('explains a bad USCC in the clerk’s words and names every bad field', async () => {
    const bad = await xingbin.post(
      '/api/enterprises',
      enterpriseInput({ uscc: '91451302MA5K00001X', industryCode: '9999', tags: ['nope'] }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = bad.json<Fields>().error.fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['industryCode', 'tags', 'uscc']);
    expect(fields.find((f) => f.field === 'uscc')!.message).toMatch(/校验|字符/);
  });

  it('keeps a county officer to their own county', async () => {
    const other = await xingbin.post(
      '/api/enterprises',
      enterpriseInput({ countyId: ids['451381'], townshipId: null, parkId: null }),
    );
    expect(other.statusCode).toBe(400);
    expect(other.json<Fields>().error.fields[0]!.field).toBe('countyId');
    const wrongPark = await xingbin.post(
      '/api/enterprises',
      enterpriseInput({ parkId: ids['451300-P10'] }),
    );
    expect(wrongPark.json<Fields>().error.fields[0]!.field).toBe('parkId');
  });

  it('registers, classifies to chains automatically and by hand, and audits', async () => {
    const systems = await admin.post('/api/industrial-systems', {
      orgUnitId: await unit('451300'),
      code: 'test-345',
      name: '测试体系',
    });
    expect(systems.statusCode).toBe(201);
    const system = (
      await admin.post(`/api/industrial-systems/${systems.json<TIndustrialSystem>().id}/tiers`, {
        name: '传统产业',
      })
    ).json<TIndustrialSystem>();
    const tierId = system.tiers[0]!.id;
    const sugar = await admin.post('/api/chains', {
      systemId: system.id,
      tierId,
      code: 'sugar',
      name: '制糖及综合利用',
      leaderName: '王建国',
      leaderTitle: '副市长',
      leadDepartmentId: ids['451300-GXJ'],
      industryCodes: ['134'],
    });
    expect(sugar.statusCode).toBe(201);
    const food = (
      await admin.post('/api/chains', {
        systemId: system.id,
        tierId,
        code: 'food',
        name: '农副产品加工',
        industryCodes: ['13'],
      })
    ).json<{ id: number }>();
    const metal = await admin.post('/api/chains', {
      systemId: system.id,
      tierId,
      code: 'metal',
      name: '冶金',
      industryCodes: ['C32'],
    });
    expect(metal.statusCode).toBe(400);

    const created = await xingbin.post('/api/enterprises', enterpriseInput());
    expect(created.statusCode).toBe(201);
    const e = created.json<TEnterprise>();
    ids.sugarCo = e.id;
    expect(e).toMatchObject({
      countyName: '兴宾区',
      townshipName: '凤凰镇',
      parkName: '凤凰工业园',
      industryName: '制糖业',
    });
    expect(e.chains.map((c) => [c.name, c.source]).sort()).toEqual([
      ['农副产品加工', 'auto'],
      ['制糖及综合利用', 'auto'],
    ]);

    const dup = await xingbin.post('/api/enterprises', enterpriseInput({ name: '另一家' }));
    expect(dup.statusCode).toBe(409);

    // A new mapping reclassifies enterprises already registered.
    const edited = await admin.patch(`/api/chains/${food.id}`, { industryCodes: ['14'] });
    expect(edited.json()).toMatchObject({ enterpriseCount: 0 });
    const afterRemap = (await xingbin.get(`/api/enterprises/${e.id}`)).json<TEnterprise>();
    expect(afterRemap.chains.map((c) => c.name)).toEqual(['制糖及综合利用']);

    const tagged = (
      await xingbin.post(`/api/enterprises/${e.id}/chains`, { chainId: food.id })
    ).json<TEnterprise>();
    expect(tagged.chains.find((c) => c.id === food.id)?.source).toBe('manual');
    const sugarChain = tagged.chains.find((c) => c.source === 'auto')!;
    expect(
      (await xingbin.delete(`/api/enterprises/${e.id}/chains/${sugarChain.id}`)).statusCode,
    ).toBe(404);

    const audit = (await admin.get(`/api/audit?entity=enterprise&entityId=${e.id}`)).json<{
      items: { action: string; actorName: string }[];
    }>();
    expect(audit.items.map((a) => a.action)).toEqual(['chain_tagged', 'create']);
    expect(audit.items[1]!.actorName).toBe('officer-xingbin');
  });

  it('keeps former names and finds an enterprise by a fragment of any name or its USCC', async () => {
    const renamed = (
      await xingbin.patch(`/api/enterprises/${ids.sugarCo}`, { name: '广西来宾桂糖集团有限公司' })
    ).json<TEnterprise>();
    expect(renamed.formerNames).toEqual(['来宾市甘蔗糖业有限公司']);
    for (const q of [
      '桂糖',
      '甘蔗糖业',
      makeUscc({ divisionCode: '451302', serial: 1001 }).slice(0, 10),
    ]) {
      const page = (await xingbin.get(`/api/enterprises?q=${encodeURIComponent(q)}`)).json<{
        total: number;
        items: { id: number }[];
      }>();
      expect(
        page.items.map((i) => i.id),
        q,
      ).toEqual([ids.sugarCo]);
    }
  });

  it('appends scale events in order and keeps the current category', async () => {
    const entered = await xingbin.post(`/api/enterprises/${ids.sugarCo}/scale-events`, {
      category: 'industry',
      kind: 'entered',
      occurredOn: '2019-12-31',
      reason: '年主营业务收入达 2000 万元',
    });
    expect(entered.json()).toMatchObject({ scaleCategory: 'industry' });
    const again = await xingbin.post(`/api/enterprises/${ids.sugarCo}/scale-events`, {
      category: 'industry',
      kind: 'entered',
      occurredOn: '2020-12-31',
    });
    expect(again.statusCode).toBe(400);
    const exited = (
      await xingbin.post(`/api/enterprises/${ids.sugarCo}/scale-events`, {
        category: 'industry',
        kind: 'exited',
        occurredOn: '2022-01-31',
        reason: '停产',
      })
    ).json<TEnterprise>();
    expect(exited.scaleCategory).toBeNull();
    expect(exited.scaleEvents.map((e) => e.kind)).toEqual(['entered', 'exited']);
    const filtered = (await xingbin.get('/api/enterprises?scaleCategory=none')).json<{
      total: number;
    }>();
    expect(filtered.total).toBe(1);
  });

  it('hides one county’s enterprises from another county’s officer', async () => {
    expect((await heshan.get(`/api/enterprises/${ids.sugarCo}`)).statusCode).toBe(404);
    expect((await heshan.get('/api/enterprises')).json<{ total: number }>().total).toBe(0);
    expect(
      (await heshan.patch(`/api/enterprises/${ids.sugarCo}`, { name: '改名' })).statusCode,
    ).toBe(404);
    expect((await heshan.get('/api/enterprises?q=桂糖')).json<{ total: number }>().total).toBe(0);
    const park = await s.as('park-gaoxin');
    expect((await park.get('/api/enterprises')).json<{ total: number }>().total).toBe(0);
    const leader = await s.as('leader');
    expect((await leader.get('/api/enterprises')).json<{ total: number }>().total).toBe(1);
    expect(
      (await leader.patch(`/api/enterprises/${ids.sugarCo}`, { name: '改名' })).statusCode,
    ).toBe(403);
  });

  it('lets a park manager register in their park, and takes the county from a county park', async () => {
    const park = await s.as('park-gaoxin');
    const gaoxin = await unit('451300-P01');
    const input = (serial: number, extra: Record<string, unknown>) =>
      enterpriseInput({
        uscc: makeUscc({ divisionCode: '451302', serial }),
        townshipId: null,
        ...extra,
      });
    // 来宾高新区 sits under the city, not a county: the county must then be given.
    const noCounty = await park.post(
      '/api/enterprises',
      input(1002, { countyId: null, parkId: gaoxin }),
    );
    expect(noCounty.json<Fields>().error.fields[0]!.field).toBe('countyId');
    const inPark = await park.post(
      '/api/enterprises',
      input(1002, { parkId: gaoxin, name: '高新区入园企业有限公司' }),
    );
    expect(inPark.statusCode).toBe(201);
    expect((await park.get('/api/enterprises')).json<{ total: number }>().total).toBe(1);
    // Outside the park the same manager may register nothing.
    const outside = await park.post(
      '/api/enterprises',
      input(1005, { parkId: null, name: '园区外企业有限公司' }),
    );
    expect(outside.json<Fields>().error.fields[0]!.field).toBe('countyId');

    const henan = await unit('451300-P02');
    const created = await admin.post(
      '/api/enterprises',
      input(1003, { countyId: null, parkId: henan, name: '河南园区企业有限公司' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ countyName: '兴宾区', parkName: '来宾市河南工业园区' });
  });

  it('keeps a code an administrator accepted when someone else edits the enterprise', async () => {
    const failing = makeUscc({ divisionCode: '451302', serial: 1004 }).slice(0, 17) + '0';
    const byOfficer = await xingbin.post(
      '/api/enterprises',
      enterpriseInput({ uscc: failing, usccAcceptedReason: '登记机关核发的历史代码' }),
    );
    expect(byOfficer.statusCode).toBe(400);
    const byAdmin = await admin.post(
      '/api/enterprises',
      enterpriseInput({
        uscc: failing,
        usccAcceptedReason: '登记机关核发的历史代码',
        name: '历史代码企业有限公司',
      }),
    );
    expect(byAdmin.statusCode).toBe(201);
    const id = byAdmin.json<TEnterprise>().id;
    const edited = await xingbin.patch(`/api/enterprises/${id}`, { contactPerson: '张三' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      uscc: failing,
      usccAcceptedReason: '登记机关核发的历史代码',
      contactPerson: '张三',
    });
  });
});
