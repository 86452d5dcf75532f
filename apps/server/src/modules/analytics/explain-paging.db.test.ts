import { rankBy } from '@gongyeyun/core';
import type {
  TExplanation,
  TFactSort,
  TFigureFact,
  TRankedEnterprises,
  TSummary,
} from '@gongyeyun/contract';
import { toRate, ZFactSort } from '@gongyeyun/contract';
import { listValues, upsertValues } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { refreshPeriodFigures } from './refresh-figures';

const PERIOD = '2021-06';

const SORTS: readonly TFactSort[] = ZFactSort.options;

/** The figure a row is sorted by, null when it has none. */
const sortValue = (f: TFigureFact, sort: TFactSort): number | null => {
  switch (sort) {
    case 'contribution':
    case 'pull':
    case 'growth':
      return f[sort].value;
    case 'enterpriseId':
      return f.enterpriseId;
    case 'delta':
    case 'ytd':
    case 'ytdPrevYear':
      return f[sort];
  }
};

describeEachDatabase('the explain view a page at a time, and top-N from the database', (t) => {
  let s: TestApp;
  let analyst: TestClient;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 120 });
    analyst = await s.as('analyst');
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  const get = async <T>(url: string): Promise<T> => {
    const res = await analyst.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const explain = (query: string) =>
    get<TExplanation>(`/api/analytics/explain?period=${PERIOD}&basis=provisional&${query}`);

  /** Every row behind a figure, read page by page. */
  async function allRows(query: string, pageSize = 9): Promise<TFigureFact[]> {
    const rows: TFigureFact[] = [];
    for (let page = 1; ; page++) {
      const p = await explain(`${query}&page=${page}&pageSize=${pageSize}`);
      rows.push(...p.facts);
      if (p.facts.length < pageSize) {
        expect(rows).toHaveLength(p.total);
        return rows;
      }
    }
  }

  /** The groups checked: the city, its largest chain, one county. */
  async function groups(): Promise<string[]> {
    const chains = await get<TSummary>(
      `/api/analytics/summary?period=${PERIOD}&basis=provisional&by=chain`,
    );
    const chain = [...chains.rows].sort((a, b) => b.enterprises - a.enterprises)[0]!;
    const counties = await get<TSummary>(
      `/api/analytics/summary?period=${PERIOD}&basis=provisional&by=county`,
    );
    return [
      'dimension=total',
      `dimension=chain&key=${chain.key}`,
      `partUnitId=${counties.rows[0]!.unitId}`,
    ];
  }

  it('pages the rows: pages differ, add up to the total and to the group’s sums', async () => {
    const city = await get<TSummary>(
      `/api/analytics/summary?period=${PERIOD}&basis=provisional&by=county`,
    );
    const first = await explain('figure=growth&page=1&pageSize=10');
    const second = await explain('figure=growth&page=2&pageSize=10');
    expect(first.total).toBe(city.total.enterprises);
    expect(first.total).toBeGreaterThan(20);
    expect([first.facts.length, second.facts.length]).toEqual([10, 10]);
    expect([first.page, second.page, first.pageSize]).toEqual([1, 2, 10]);
    expect([first.sort, first.order]).toEqual(['contribution', 'desc']);
    const onFirst = new Set(first.facts.map((f) => f.enterpriseId));
    expect(second.facts.some((f) => onFirst.has(f.enterpriseId))).toBe(false);
    // The default order continues across the pages.
    const whole = await explain('figure=growth&pageSize=20');
    expect(whole.facts).toEqual([...first.facts, ...second.facts]);

    const rows = await allRows('figure=growth');
    expect(new Set(rows.map((f) => f.enterpriseId)).size).toBe(city.total.enterprises);
    const ytd = rows.reduce((a, f) => a + (f.ytd ?? 0), 0);
    expect(ytd).toBeCloseTo(city.total.ytd!, 2);
    const pulls = rows.reduce((a, f) => a + (f.pull.value ?? 0), 0);
    expect(pulls).toBeCloseTo(city.total.growth.value!, 6);

    const past = await explain(`figure=growth&page=${first.total}&pageSize=10`);
    expect(past.facts).toEqual([]);
    expect(past.total).toBe(first.total);
    expect(
      (await analyst.get(`/api/analytics/explain?period=${PERIOD}&pageSize=501`)).statusCode,
    ).toBe(400);
  });

  it('sorts on the server by each figure, either way, undefined figures last, ties by enterprise', async () => {
    for (const group of await groups()) {
      const byId = new Map(
        (await allRows(`${group}&sort=enterpriseId&order=asc`, 500)).map((f) => [
          f.enterpriseId,
          f,
        ]),
      );
      for (const sort of SORTS) {
        for (const order of ['desc', 'asc'] as const) {
          const rows = await allRows(`${group}&figure=pull&sort=${sort}&order=${order}`, 7);
          expect(rows.map((f) => f.enterpriseId).sort((a, b) => a - b)).toEqual([...byId.keys()]);
          // The same figures whichever page a row is read on.
          for (const f of rows) expect(f).toEqual(byId.get(f.enterpriseId));
          const values = rows.map((f) => sortValue(f, sort));
          const defined = values.findIndex((v) => v === null);
          const cut = defined === -1 ? values.length : defined;
          expect(
            values.slice(cut).every((v) => v === null),
            `${group} ${sort}`,
          ).toBe(true);
          for (let i = 1; i < cut; i++) {
            const [a, b] = [values[i - 1]!, values[i]!];
            if (a === b) expect(rows[i - 1]!.enterpriseId).toBeLessThan(rows[i]!.enterpriseId);
            else
              expect(order === 'desc' ? a > b : a < b, `${group} ${sort} ${order} ${i}`).toBe(true);
          }
        }
      }
    }
  });

  /** The database's top N against core's `rankBy` over every row, as the ranking was made before. */
  async function expectRankingAsCore(group: string) {
    const rows = await allRows(`${group}&sort=enterpriseId&order=asc`, 500);
    for (const rank of ['growth', 'contribution'] as const) {
      for (const direction of ['top', 'bottom'] as const) {
        const all = rankBy(
          rows.map((f) => ({ ...f, key: String(f.enterpriseId).padStart(12, '0') })),
          (f) => toRate(f[rank]),
          direction,
        );
        for (const limit of [1, 3, 10, 100]) {
          const got = await get<TRankedEnterprises>(
            `/api/analytics/enterprises?period=${PERIOD}&basis=provisional&${group}&rank=${rank}&direction=${direction}&limit=${limit}`,
          );
          const want = all.ranked.slice(0, limit).map(({ item, rank: r }) => {
            const { key: _key, ...fact } = item;
            return { ...fact, rank: r };
          });
          expect(got.items, `${group} ${rank} ${direction} ${limit}`).toEqual(want);
          expect(got.unranked).toBe(all.unranked.length);
        }
      }
    }
    return rows;
  }

  it('ranks top and bottom N in the database exactly as core ranks every row', async () => {
    for (const group of await groups()) await expectRankingAsCore(group);
  });

  it('ranks as core when the whole fell (contributions change sign) and when it did not change', async () => {
    const { db } = s.deps;
    const ids = (await allRows('sort=enterpriseId&order=asc', 500)).map((f) => f.enterpriseId);
    const output = (await listValues(db, ids, [PERIOD])).filter(
      (v) => v.indicatorCode === 'output',
    );
    /** Sets every enterprise's 本年累计 of output and rebuilds the period's figures. */
    const setYtd = async (ytd: (v: (typeof output)[number]) => string | null) => {
      await upsertValues(
        db,
        output.map((v) => ({ ...v, ytd: ytd(v) })),
      );
      await db.transaction((tx) => refreshPeriodFigures(tx, PERIOD));
    };
    // Most enterprises now fall: the city's comparable Δ turns negative while some still grow.
    await setYtd((v) => (v.ytd === null ? null : (Number(v.ytd) * 0.8).toFixed(4)));
    const city = await explain('figure=contribution&pageSize=1');
    expect(city.row.delta).toBeLessThan(0);
    const rows = await expectRankingAsCore('dimension=total');
    expect(rows.some((f) => (f.delta ?? 0) > 0 && f.contribution.value! < 0)).toBe(true);
    expect(rows.some((f) => (f.delta ?? 0) < 0 && f.contribution.value! > 0)).toBe(true);

    // Nothing changed: no contributions at all, every enterprise unranked by them.
    await setYtd((v) => v.prevYearYtd ?? v.ytd);
    const flat = await get<TRankedEnterprises>(
      `/api/analytics/enterprises?period=${PERIOD}&basis=provisional&rank=contribution`,
    );
    expect(flat.items).toEqual([]);
    expect(flat.unranked).toBe(city.total);
    await expectRankingAsCore('dimension=total');
  });
});
