import type { TPage, TReportForm, TReportListItem } from '@gongyeyun/contract';
import {
  findAggregates,
  findAudit,
  findPeriodAggregates,
  listValues,
  replaceAggregateParts,
  type AggregateRow,
} from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { systemContext } from '../../context';
import { bandRuleFor, rebuildFigures, refreshPeriodFigures } from './refresh-figures';

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
  const stored = () => findPeriodAggregates(s.deps.db, PERIOD);
  /** The stored rows against those a rebuild of the period from all its reports writes. */
  async function expectSameAsRebuild() {
    const kept = await stored();
    await s.deps.db.transaction((tx) => refreshPeriodFigures(tx, PERIOD));
    expect(kept).toEqual(await stored());
    return kept;
  }
  const reportsIn = async (status: string) => {
    const officer = await s.as('officer-xingbin');
    return (
      await officer.get(`/api/reporting/reports?period=${PERIOD}&status=${status}&pageSize=50`)
    ).json<TPage<TReportListItem>>().items;
  };

  it('keeps the figures a rebuild would make through approvals, returns, corrections and resubmissions, one enterprise at a time', async () => {
    const officer = await s.as('officer-xingbin');
    const url = (id: number) => `/api/reporting/reports/${id}/${PERIOD}`;
    const version = async (id: number) =>
      (await officer.get(url(id))).json<TReportForm>().report!.version;
    const act = async (id: number, action: string, reason: string | null = null) => {
      const res = await officer.post(`${url(id)}/actions`, {
        action,
        version: await version(id),
        reason,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const submitted = await reportsIn('submitted');
    expect(submitted.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = submitted.map((r) => r.enterpriseId) as [number, number, number];
    const start = await expectSameAsRebuild();

    await act(a, 'approve');
    await expectSameAsRebuild();
    await act(b, 'return', '请核实产值');
    await expectSameAsRebuild();
    // The county corrects the returned report's output (本年累计 and 本月 together), explains
    // what the rules ask about, and submits it again.
    const form = (await officer.get(url(b))).json<TReportForm>();
    const more = Math.round(Number(form.values.output!.ytd) * 0.1);
    const output = {
      ytd: (Number(form.values.output!.ytd) + more).toFixed(1),
      month: (Number(form.values.output!.month) + more).toFixed(1),
    };
    let saved = await officer.put(url(b), {
      version: form.report!.version,
      values: { output },
      reason: '企业核实后更正',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const withFindings = saved.json<TReportForm>();
    saved = await officer.put(url(b), {
      version: withFindings.report!.version,
      values: { output },
      explanations: Object.fromEntries(
        withFindings.findings
          .filter((f) => f.severity === 'soft')
          .map((f) => [f.key, '新增订单，产值上升']),
      ),
      reason: '企业核实后更正',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await act(b, 'submit');
    await expectSameAsRebuild();
    // A submitted report corrected in place by the county moves the provisional figures with it.
    const submittedForm = (await officer.get(url(c))).json<TReportForm>();
    const tax = {
      ytd: (Number(submittedForm.values.tax!.ytd) + 10).toFixed(1),
      month: (Number(submittedForm.values.tax!.month) + 10).toFixed(1),
    };
    const corrected = await officer.put(url(c), {
      version: submittedForm.report!.version,
      values: { tax },
      explanations: Object.fromEntries(
        submittedForm.findings.filter((f) => f.severity === 'soft').map((f) => [f.key, '补报税金']),
      ),
      reason: '补报税金',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<TReportForm>().report!.status).toBe('submitted');
    await expectSameAsRebuild();
    await act(c, 'return', '请补充说明');
    const end = await expectSameAsRebuild();
    expect(end).not.toEqual(start);
  });

  it('keeps the same figures when approvals of one period arrive at once', async () => {
    const officer = await s.as('officer-xingbin');
    const submitted = (await reportsIn('submitted')).slice(0, 4);
    expect(submitted.length).toBeGreaterThan(1);
    const runs = await Promise.all(
      submitted.map(async (r) => {
        const form = (
          await officer.get(`/api/reporting/reports/${r.enterpriseId}/${PERIOD}`)
        ).json<TReportForm>();
        return officer.post(`/api/reporting/reports/${r.enterpriseId}/${PERIOD}/actions`, {
          action: 'approve',
          version: form.report!.version,
        });
      }),
    );
    for (const res of runs) expect(res.statusCode, res.body).toBe(200);
    await expectSameAsRebuild();
  });

  it('keeps the same figures through a county’s bulk approval, taken out and put back together', async () => {
    const officer = await s.as('officer-xingbin');
    const ids = (await reportsIn('submitted')).map((r) => r.enterpriseId);
    expect(ids.length).toBeGreaterThan(1);
    const res = await officer.post('/api/reporting/bulk-actions', {
      period: PERIOD,
      action: 'approve',
      enterpriseIds: ids,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ done: number }>().done).toBe(ids.length);
    await expectSameAsRebuild();
  });

  it('repairs damaged figures by the administrator’s rebuild, audited, and refuses a period that is not one', async () => {
    const good = await stored();
    const [one] = (await reportsIn('approved')).map((r) => r.enterpriseId);
    expect(one).toBeDefined();
    // Damage: the enterprise's part put in a second time, as if a change had been applied twice.
    await s.deps.db.transaction((tx) =>
      replaceAggregateParts(tx, PERIOD, bandRuleFor(PERIOD), [one!], []),
    );
    expect(await stored()).not.toEqual(good);
    const done = await rebuildFigures(s.deps, systemContext('cli'), PERIOD);
    expect(done).toEqual([{ period: PERIOD, rows: good.length }]);
    expect(await stored()).toEqual(good);
    const audit = await findAudit(s.deps.db, {
      action: 'figures_rebuilt',
      entityId: PERIOD,
      page: 1,
      pageSize: 5,
    });
    expect(audit.items[0]).toMatchObject({ actorName: 'system:cli', entity: 'report_aggregates' });
    await expect(rebuildFigures(s.deps, systemContext('cli'), '2021-13')).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
