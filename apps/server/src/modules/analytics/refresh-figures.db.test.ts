import type { TPage, TReportForm, TReportListItem } from '@gongyeyun/contract';
import { findAggregates, listValues, type AggregateRow } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { refreshPeriodFigures } from './refresh-figures';

const PERIOD = '2021-06';

describeEachDatabase('cockpit aggregates kept in step with approvals', (t) => {
  let s: TestApp;
  let cityId: number;
  let counties: { id: number; name: string }[];
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 120 });
    const admin = await s.as('admin');
    const units = (await admin.get('/api/org-units?pageSize=200')).json<{
      items: { id: number; code: string; kind: string; name: string }[];
    }>().items;
    cityId = units.find((u) => u.code === '451300')!.id;
    counties = units.filter((u) => u.kind === 'county').map((u) => ({ id: u.id, name: u.name }));
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  const total = async (basis: 'approved' | 'provisional', unit = cityId, indicator = 'output') =>
    (
      await findAggregates(s.deps.db, {
        period: PERIOD,
        indicator,
        basis,
        orgUnitIds: [unit],
        dimension: 'total',
      })
    )[0];

  /** Σ of the facts of reports in the given statuses, computed here from the values. */
  async function factsSum(statuses: string[], indicator = 'output') {
    const analyst = await s.as('analyst');
    const page = (await analyst.get(`/api/reporting/reports?period=${PERIOD}&pageSize=200`)).json<
      TPage<TReportListItem>
    >();
    const ids = page.items.filter((i) => statuses.includes(i.status)).map((i) => i.enterpriseId);
    const values = (await listValues(s.deps.db, ids, [PERIOD])).filter(
      (v) => v.indicatorCode === indicator,
    );
    return {
      ytd: values.reduce((a, v) => a + Number(v.ytd), 0),
      base: values.reduce((a, v) => a + Number(v.prevYearYtd ?? 0), 0),
      n: values.length,
    };
  }
  const near = (row: AggregateRow | undefined, sum: { ytd: number; base: number; n: number }) => {
    expect(row).toBeDefined();
    expect(Number(row!.ytd)).toBeCloseTo(sum.ytd, 1);
    expect(Number(row!.ytdPrevYear)).toBeCloseTo(sum.base, 1);
    expect(row!.enterprises).toBe(sum.n);
  };

  it('sums exactly the approved reports, and with submitted ones as provisional', async () => {
    near(await total('approved'), await factsSum(['approved', 'locked']));
    near(await total('provisional'), await factsSum(['submitted', 'approved', 'locked']));
  });

  it('adds up: the counties make the city, for every indicator', async () => {
    for (const indicator of ['output', 'revenue', 'employees']) {
      const city = await total('provisional', cityId, indicator);
      const parts = await findAggregates(s.deps.db, {
        period: PERIOD,
        indicator,
        basis: 'provisional',
        orgUnitIds: counties.map((c) => c.id),
        dimension: 'total',
      });
      expect(parts.reduce((a, r) => a + Number(r.ytd), 0)).toBeCloseTo(Number(city!.ytd), 1);
      expect(parts.reduce((a, r) => a + r.enterprises, 0)).toBe(city!.enterprises);
    }
  });

  it('moves a report into the approved figures in the approving transaction', async () => {
    const before = await total('approved');
    const officer = await s.as('officer-xingbin');
    const page = (
      await officer.get(`/api/reporting/reports?period=${PERIOD}&status=submitted&pageSize=5`)
    ).json<TPage<TReportListItem>>();
    const item = page.items[0]!;
    const form = (
      await officer.get(`/api/reporting/reports/${item.enterpriseId}/${PERIOD}`)
    ).json<TReportForm>();
    const res = await officer.post(
      `/api/reporting/reports/${item.enterpriseId}/${PERIOD}/actions`,
      {
        action: 'approve',
        version: form.report!.version,
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    const after = await total('approved');
    expect(after!.enterprises).toBe(before!.enterprises + 1);
    expect(Number(after!.ytd) - Number(before!.ytd)).toBeCloseTo(
      Number(form.values.output!.ytd),
      1,
    );
  });

  it('splits by chain, division and output band for the same unit', async () => {
    const dims = ['chain', 'tier', 'division', 'band'] as const;
    const city = await total('provisional');
    for (const dimension of dims) {
      const rows = await findAggregates(s.deps.db, {
        period: PERIOD,
        indicator: 'output',
        basis: 'provisional',
        orgUnitIds: [cityId],
        dimension,
      });
      expect(rows.length, dimension).toBeGreaterThan(0);
      for (const r of rows) expect(r.enterprises).toBeLessThanOrEqual(city!.enterprises);
    }
    const division = await findAggregates(s.deps.db, {
      period: PERIOD,
      indicator: 'output',
      basis: 'provisional',
      orgUnitIds: [cityId],
      dimension: 'division',
    });
    // Every enterprise has one class, so the divisions partition the whole.
    expect(division.reduce((a, r) => a + r.enterprises, 0)).toBe(city!.enterprises);
    const bands = await findAggregates(s.deps.db, {
      period: PERIOD,
      indicator: 'output',
      basis: 'provisional',
      orgUnitIds: [cityId],
      dimension: 'band',
    });
    const count = (code: string) => bands.find((b) => b.dimKey === code)?.enterprises ?? 0;
    // Bands are "and over": no more enterprises over 5亿 than over 1亿.
    expect(count('over_5yi')).toBeLessThanOrEqual(count('over_1yi'));
  });

  it('refreshes the same period from concurrent transactions (a burst of submissions) without failing', async () => {
    const before = await total('approved');
    const runs = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        s.deps.db.transaction((tx) => refreshPeriodFigures(tx, PERIOD)),
      ),
    );
    expect(runs.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await total('approved')).toEqual(before);
  });
});
