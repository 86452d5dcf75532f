import { makeScope } from '@gongyeyun/core';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test';
import {
  findOrgUnitInScope,
  findOrgUnits,
  insertOrgUnit,
  listOrgUnitsInScope,
} from './repositories/org-units.repository';

describeEachDatabase('org-unit tree and scope', (t) => {
  it('builds materialised paths and filters a subtree with one prefix condition', async () => {
    const province = await insertOrgUnit(
      t.db,
      { code: '450000', name: '广西壮族自治区', kind: 'province' },
      null,
    );
    const city = await insertOrgUnit(
      t.db,
      { code: '451300', name: '来宾市', kind: 'city' },
      province,
    );
    const xingbin = await insertOrgUnit(
      t.db,
      { code: '451302', name: '兴宾区', kind: 'county' },
      city,
    );
    const heshan = await insertOrgUnit(
      t.db,
      { code: '451381', name: '合山市', kind: 'county' },
      city,
    );
    const town = await insertOrgUnit(
      t.db,
      { code: '451302100', name: '凤凰镇', kind: 'township' },
      xingbin,
    );

    expect(city.path).toBe(`/${province.id}/${city.id}/`);
    expect(town.path).toBe(`${xingbin.path}${town.id}/`);
    expect(town.depth).toBe(3);

    const xingbinScope = makeScope([xingbin.path]);
    const visible = await listOrgUnitsInScope(t.db, xingbinScope);
    expect(visible.map((u) => u.code)).toEqual(['451302', '451302100']);

    expect(await findOrgUnitInScope(t.db, xingbinScope, heshan.id)).toBeUndefined();
    expect((await findOrgUnitInScope(t.db, xingbinScope, town.id))?.name).toBe('凤凰镇');

    const cityChildren = await findOrgUnits(t.db, makeScope([city.path]), {
      parentId: city.id,
      page: 1,
      pageSize: 10,
    });
    expect(cityChildren.total).toBe(2);
    expect(cityChildren.items.find((u) => u.code === '451302')?.childCount).toBe(1);
  });

  it('returns nothing, not everything, for an empty scope', async () => {
    expect(await listOrgUnitsInScope(t.db, makeScope([]))).toEqual([]);
  });

  it('matches search text literally', async () => {
    const page = await findOrgUnits(t.db, makeScope(['/']), { q: '%', page: 1, pageSize: 10 });
    expect(page.total).toBe(0);
  });
});
