import type { TEnterpriseListItem, TIndustrialSystem } from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_ENTERPRISE_USER_USCC } from './demo-registry';

interface Page {
  total: number;
  items: TEnterpriseListItem[];
}

describeEachDatabase('the demo city with its registry', (t) => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true });
  }, 400_000);
  afterAll(async () => {
    await s.app.close();
  });

  it('holds the "345" system: 3 + 4 + 5 chains with 铝 under metallurgy, each with a 链长', async () => {
    const analyst = await s.as('analyst');
    const [system] = (await analyst.get('/api/industrial-systems')).json<TIndustrialSystem[]>();
    expect(system!.tiers.map((tier) => tier.name)).toEqual(['传统产业', '特色产业', '新兴产业']);
    const top = system!.chains.filter((c) => c.parentId === null);
    expect(system!.tiers.map((tier) => top.filter((c) => c.tierId === tier.id).length)).toEqual([
      3, 4, 5,
    ]);
    const aluminium = system!.chains.find((c) => c.name === '铝')!;
    expect(system!.chains.find((c) => c.id === aluminium.parentId)?.name).toBe('冶金和金属新材料');
    expect(system!.chains.every((c) => c.leaderName && c.leadDepartmentName)).toBe(true);
    expect(system!.chains.find((c) => c.code === 'sugar')!.enterpriseCount).toBeGreaterThan(20);
  });

  it('registers 600 enterprises, each county officer seeing only their own', async () => {
    const admin = await s.as('admin');
    const all = (await admin.get('/api/enterprises?pageSize=1')).json<Page>();
    expect(all.total).toBe(600);
    const xingbin = (
      await (await s.as('officer-xingbin')).get('/api/enterprises?pageSize=200')
    ).json<Page>();
    const heshan = (
      await (await s.as('officer-heshan')).get('/api/enterprises?pageSize=200')
    ).json<Page>();
    expect(xingbin.total).toBeGreaterThan(heshan.total);
    expect(heshan.total).toBeGreaterThan(0);
    expect(new Set(xingbin.items.map((e) => e.countyName))).toEqual(new Set(['兴宾区']));
    expect(new Set(heshan.items.map((e) => e.countyName))).toEqual(new Set(['合山市']));
    const byCounty = (
      await admin.get('/api/enterprises?pageSize=1&countyId=' + xingbin.items[0]!.countyId)
    ).json<Page>();
    expect(byCounty.total).toBe(xingbin.total);
  });

  it('binds the demo enterprise user to its one enterprise', async () => {
    const user = await s.as('enterprise');
    const page = (await user.get('/api/enterprises')).json<Page>();
    expect(page.items.map((e) => e.uscc)).toEqual([DEMO_ENTERPRISE_USER_USCC]);
    expect(
      (await user.patch(`/api/enterprises/${page.items[0]!.id}`, { name: '改名' })).statusCode,
    ).toBe(403);
  });

  it('lets the park manager see the park’s enterprises only', async () => {
    const park = (
      await (await s.as('park-gaoxin')).get('/api/enterprises?pageSize=200')
    ).json<Page>();
    expect(park.total).toBeGreaterThan(0);
    expect(new Set(park.items.map((e) => e.parkName))).toEqual(new Set(['来宾高新技术产业开发区']));
  });

  it('has a few dozen candidates in the seed bank, some crossing in 2021, and exit warnings', async () => {
    const analyst = await s.as('analyst');
    const seeds = (await analyst.get('/api/cultivation/candidates?through=2021-05')).json<{
      rows: { status: string; officer: unknown }[];
      crossingThisYear: number;
    }>();
    const warnings = (await analyst.get('/api/cultivation/warnings?through=2021-05')).json<{
      rows: unknown[];
    }>();
    expect(seeds.rows.length).toBeGreaterThanOrEqual(24);
    expect(seeds.crossingThisYear).toBeGreaterThanOrEqual(3);
    expect(seeds.rows.filter((r) => r.status === 'cultivating').every((r) => r.officer)).toBe(true);
    expect(warnings.rows.length).toBeGreaterThanOrEqual(5);
  });
});
