import type {
  TBulkActionResult,
  TDataValueSetSummary,
  TPage,
  TPeriodOverview,
  TReportForm,
  TReportImportResult,
  TReportListItem,
} from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

const PERIOD = '2021-06';

/** Figures that pass every hard rule: last period's 累计 plus a month like the last one. */
function consistentValues(form: TReportForm): Record<string, Record<string, string>> {
  const values: Record<string, Record<string, string>> = {};
  for (const i of form.indicators) {
    const prev = form.previous.values[i.code];
    const d = i.decimals;
    if (i.kind === 'stock') {
      values[i.code] = { ytd: prev?.ytd ?? '10', prevYearYtd: form.lastYearYtd[i.code] ?? '10' };
      continue;
    }
    const month = Number(prev?.month ?? '10');
    const ytd = Number(prev?.ytd ?? '0') + month;
    values[i.code] = { month: month.toFixed(d), ytd: ytd.toFixed(d) };
  }
  return values;
}

const explainAll = (form: TReportForm) =>
  Object.fromEntries(
    form.findings
      .filter((f) => f.severity === 'soft')
      .map((f) => [f.key, '产品订单增加，产量上升']),
  );

describeEachDatabase('monthly reporting: forms, rules, workflow, locks, imports', (t) => {
  let s: TestApp;
  let enterprise: TestClient;
  let xingbin: TestClient;
  let heshan: TestClient;
  let analyst: TestClient;
  let admin: TestClient;
  let leader: TestClient;
  let enterpriseId: number;
  let xingbinId: number;

  const form = async (c: TestClient, id = enterpriseId, period = PERIOD) => {
    const res = await c.get(`/api/reporting/reports/${id}/${period}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TReportForm>();
  };
  const list = async (c: TestClient, query: string) =>
    (await c.get(`/api/reporting/reports?period=${PERIOD}&pageSize=200&${query}`)).json<
      TPage<TReportListItem>
    >();

  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 150 });
    enterprise = await s.as('enterprise');
    xingbin = await s.as('officer-xingbin');
    heshan = await s.as('officer-heshan');
    analyst = await s.as('analyst');
    admin = await s.as('admin');
    leader = await s.as('leader');
    enterpriseId = (await enterprise.get('/api/me')).json<{ grants: { enterpriseId: number }[] }>()
      .grants[0]!.enterpriseId;
    const overview = (
      await analyst.get(`/api/reporting/overview?period=${PERIOD}`)
    ).json<TPeriodOverview>();
    xingbinId = overview.counties.find((c) => c.countyName === '兴宾区')!.countyId;
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  it('gives the demo calendar, indicators and an enterprise with nothing filled for June', async () => {
    const indicators = (await enterprise.get('/api/reporting/indicators')).json<
      { code: string }[]
    >();
    expect(indicators.map((i) => i.code)).toEqual(
      expect.arrayContaining(['output', 'revenue', 'profit', 'tax', 'electricity', 'employees']),
    );
    const f = await form(enterprise);
    expect(f.report).toBeNull();
    expect(f.previous.period).toBe('2021-05');
    expect(Number(f.previous.values.output!.ytd)).toBeGreaterThan(0);
    // 上年同期累计 defaults to last year's 本年累计 of the same period.
    expect(f.lastYearYtd.output).toMatch(/^\d+\.\d$/);
    expect(f.canEdit).toBe(true);
    const mine = await list(enterprise, '');
    expect(mine.items.map((i) => i.enterpriseId)).toEqual([enterpriseId]);
  });

  it('derives 本年累计 from 本月, defaults 上年同期, and blocks submission on hard rules', async () => {
    const before = await form(enterprise);
    const prevYtd = Number(before.previous.values.output!.ytd);
    const saved = await enterprise.put(`/api/reporting/reports/${enterpriseId}/${PERIOD}`, {
      version: 0,
      values: { output: { month: '500.0' }, revenue: { ytd: '1.0' } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const f = saved.json<TReportForm>();
    expect(f.report!.status).toBe('draft');
    expect(Number(f.values.output!.ytd)).toBeCloseTo(prevYtd + 500, 1);
    expect(f.values.output!.prevYearYtd).toBe(before.lastYearYtd.output);
    const rules = f.findings.filter((x) => x.severity === 'hard').map((x) => x.key);
    expect(rules).toContain('ytd_not_below_previous:revenue');
    expect(rules).toContain('required:profit');

    const submit = await enterprise.post(
      `/api/reporting/reports/${enterpriseId}/${PERIOD}/actions`,
      {
        action: 'submit',
        version: f.report!.version,
      },
    );
    expect(submit.statusCode).toBe(400);
    const fields = submit.json<ErrorBody>().error.fields!.map((x) => x.field);
    expect(fields).toContain('values.revenue.ytd');
    expect((await form(enterprise)).report!.status).toBe('draft');
  });

  it('refuses a stale version: the second writer gets a conflict and the first one’s figures stay', async () => {
    const f = await form(enterprise);
    const url = `/api/reporting/reports/${enterpriseId}/${PERIOD}`;
    const [a, b] = await Promise.all([
      enterprise.put(url, { version: f.report!.version, values: { tax: { month: '11.0' } } }),
      xingbin.put(url, { version: f.report!.version, values: { tax: { month: '99.0' } } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? '11.0' : '99.0';
    const after = await form(enterprise);
    expect(after.values.tax!.month).toBe(winner);
    expect(after.report!.version).toBe(f.report!.version + 1);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json<ErrorBody>().error.code).toBe('CONFLICT');
  });

  it('needs explanations for soft findings, then submits; the enterprise can no longer edit', async () => {
    let f = await form(enterprise);
    const url = `/api/reporting/reports/${enterpriseId}/${PERIOD}`;
    let res = await enterprise.put(url, {
      version: f.report!.version,
      values: consistentValues(f),
      explanations: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json<TReportForm>();
    expect(f.findings.filter((x) => x.severity === 'hard')).toEqual([]);
    res = await enterprise.put(url, {
      version: f.report!.version,
      values: {},
      explanations: explainAll(f),
    });
    f = res.json<TReportForm>();
    res = await enterprise.post(`${url}/actions`, { action: 'submit', version: f.report!.version });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json<TReportForm>();
    expect(f.report!.status).toBe('submitted');
    expect(f.canEdit).toBe(false);
    expect(f.events.map((e) => e.action)).toEqual(['submit']);
    const again = await enterprise.put(url, { version: f.report!.version, values: {} });
    expect(again.statusCode).toBe(400);
    // The demo is set in July 2021: a submission now is past the 7 July deadline.
    expect((await list(xingbin, `q=${encodeURIComponent(f.enterprise.name)}`)).items[0]!.late).toBe(
      true,
    );
  });

  it('keeps other counties and read-only roles out', async () => {
    expect((await heshan.get(`/api/reporting/reports/${enterpriseId}/${PERIOD}`)).statusCode).toBe(
      404,
    );
    const approve = await heshan.post(`/api/reporting/reports/${enterpriseId}/${PERIOD}/actions`, {
      action: 'approve',
      version: 3,
    });
    expect(approve.statusCode).toBe(404);
    const theirs = await list(heshan, '');
    expect(theirs.items.length).toBeGreaterThan(0);
    expect(theirs.items.every((i) => i.countyName === '合山市')).toBe(true);
    const f = await form(leader);
    expect(f.actions).toEqual([]);
    expect(f.canEdit).toBe(false);
    expect(
      (
        await leader.post(`/api/reporting/reports/${enterpriseId}/${PERIOD}/actions`, {
          action: 'approve',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await enterprise.get(`/api/reporting/reports/${enterpriseId + 1}/${PERIOD}`)).statusCode,
    ).toBe(404);
  });

  it('lets the county correct on the enterprise’s behalf, return with a reason, and keeps every old value', async () => {
    const url = `/api/reporting/reports/${enterpriseId}/${PERIOD}`;
    let f = await form(xingbin);
    const oldTax = f.values.tax!.month!;
    const noReason = await xingbin.post(`${url}/actions`, {
      action: 'return',
      version: f.report!.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorBody>().error.fields?.[0]?.field).toBe('reason');
    const newTax = (Number(oldTax) + 1).toFixed(1);
    const taxYtd = (Number(f.values.tax!.ytd) + 1).toFixed(1);
    const corrected = await xingbin.put(url, {
      version: f.report!.version,
      values: { tax: { month: newTax, ytd: taxYtd } },
      reason: '企业电话确认，税金漏计1万元',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    f = corrected.json<TReportForm>();
    expect(f.report!.enteredByCounty).toBe(true);
    const change = f.changes.find((c) => c.indicator === 'tax' && c.field === 'month')!;
    expect(change).toMatchObject({
      oldValue: oldTax,
      newValue: newTax,
      reason: '企业电话确认，税金漏计1万元',
    });
    const returned = await xingbin.post(`${url}/actions`, {
      action: 'return',
      version: f.report!.version,
      reason: '请核实用电量',
    });
    expect(returned.json<TReportForm>().report!.status).toBe('returned');
    const note = (await enterprise.get('/api/notifications')).json<{
      items: { kind: string }[];
      unread: number;
    }>();
    expect(note.items[0]!.kind).toBe('report_returned');
    expect(note.unread).toBeGreaterThan(0);
    f = await form(enterprise);
    const resubmit = await enterprise.post(`${url}/actions`, {
      action: 'submit',
      version: f.report!.version,
    });
    expect(resubmit.statusCode, resubmit.body).toBe(200);
  });

  it('locks a county only when every report is approved or marked not reported; admin unlocks with a reason', async () => {
    const blocked = await analyst.post('/api/reporting/locks', {
      period: PERIOD,
      countyId: xingbinId,
    });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json<ErrorBody>().error.message).toMatch(/未审核/);

    const all = await list(xingbin, '');
    const submitted = all.items.filter((i) => i.status === 'submitted').map((i) => i.enterpriseId);
    const open = all.items
      .filter((i) => ['none', 'draft', 'returned'].includes(i.status))
      .map((i) => i.enterpriseId);
    expect(submitted).toContain(enterpriseId);
    const approved = await xingbin.post('/api/reporting/bulk-actions', {
      period: PERIOD,
      action: 'approve',
      enterpriseIds: submitted,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const a = approved.json<TBulkActionResult>();
    // A submitted report approves unless its figures broke a rule since (none do here).
    expect(a.done + a.skipped.length).toBe(submitted.length);
    if (open.length) {
      const noReason = await xingbin.post('/api/reporting/bulk-actions', {
        period: PERIOD,
        action: 'mark_not_reported',
        enterpriseIds: open,
      });
      expect(noReason.statusCode).toBe(400);
      const marked = await xingbin.post('/api/reporting/bulk-actions', {
        period: PERIOD,
        action: 'mark_not_reported',
        enterpriseIds: open,
        reason: '企业停产检修，本月未生产',
      });
      expect(marked.json<TBulkActionResult>().done).toBe(open.length);
    }
    const lockedByCounty = await xingbin.post('/api/reporting/locks', {
      period: PERIOD,
      countyId: xingbinId,
    });
    expect(lockedByCounty.statusCode).toBe(403);
    const ok = await analyst.post('/api/reporting/locks', { period: PERIOD, countyId: xingbinId });
    expect(ok.statusCode, ok.body).toBe(200);
    const county = ok.json<TPeriodOverview>().counties.find((c) => c.countyId === xingbinId)!;
    expect(county.locked).toBe(true);
    expect(county.rates.submitted + county.rates.missing + county.rates.notReported).toBe(
      county.rates.expected,
    );

    let f = await form(enterprise);
    expect(f.locked).toBe(true);
    expect(f.report!.status).toBe('locked');
    expect(f.canEdit).toBe(false);
    const write = await xingbin.put(`/api/reporting/reports/${enterpriseId}/${PERIOD}`, {
      version: f.report!.version,
      values: { tax: { month: '1.0' } },
    });
    expect(write.statusCode).toBe(400);

    expect(
      (
        await analyst.post('/api/reporting/unlocks', {
          period: PERIOD,
          countyId: xingbinId,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await admin.post('/api/reporting/unlocks', { period: PERIOD, countyId: xingbinId }))
        .statusCode,
    ).toBe(400);
    const unlocked = await admin.post('/api/reporting/unlocks', {
      period: PERIOD,
      countyId: xingbinId,
      reason: '统计局反馈需更正',
    });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    f = await form(enterprise);
    expect(f.report!.status).toBe('approved');
    expect(f.events.map((e) => e.action).slice(-2)).toEqual(['lock', 'unlock']);
    const audit = (await admin.get('/api/audit?pageSize=100')).json<{
      items: { action: string }[];
    }>();
    expect(audit.items.map((i) => i.action)).toEqual(
      expect.arrayContaining([
        'period_locked',
        'period_unlocked',
        'report_approve',
        'report_submit',
      ]),
    );
  });

  describe('bulk entry', () => {
    async function filledTemplate(
      client: TestClient,
      period: string,
      fill: (row: ExcelJS.Row, header: string[], index: number) => void,
    ): Promise<Buffer> {
      const res = await client.get(`/api/reporting/template.xlsx?period=${period}`);
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
      for (let r = 3; r <= ws.rowCount; r++) fill(ws.getRow(r), header, r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    }

    it('rejects a spreadsheet with bad rows precisely and writes nothing, then takes the good one', async () => {
      // 合山市 for 2021-06: its drafts and missing reports can be filled by the county.
      const rows = (await list(analyst, '')).items.filter(
        (i) => i.countyName !== '兴宾区' && ['none', 'draft', 'returned'].includes(i.status),
      );
      expect(rows.length).toBeGreaterThan(0);
      const forms = new Map<string, TReportForm>();
      for (const r of rows) forms.set(r.uscc, await form(analyst, r.enterpriseId));
      const col = (header: string[], label: string) => header.indexOf(label) + 1;
      const fill = (bad: boolean) => {
        let n = 0;
        return filledTemplate(analyst, PERIOD, (row, header) => {
          const uscc = row.getCell(1).text;
          const f = forms.get(uscc);
          if (!f) return;
          n++;
          const values = consistentValues(f);
          for (const i of f.indicators) {
            const unit = i.unit.zh;
            if (i.kind === 'flow')
              row.getCell(col(header, `${i.name.zh}本年累计（${unit}）`)).value = Number(
                values[i.code]!.ytd,
              );
            else
              row.getCell(col(header, `${i.name.zh}期末（${unit}）`)).value = Number(
                values[i.code]!.ytd,
              );
          }
          row.getCell(col(header, '情况说明')).value = '订单增加';
          if (bad && n === 1) row.getCell(col(header, '营业收入本年累计（万元）')).value = '一千';
          if (bad && n === 2) row.getCell(col(header, '营业收入本年累计（万元）')).value = 1;
          if (n <= 2) badRows.push(row.number);
        });
      };
      const badRows: number[] = [];
      const before = (await list(analyst, '')).items.map((i) => [
        i.enterpriseId,
        i.status,
        i.version,
      ]);
      const bad = await analyst.upload(
        `/api/reporting/import?period=${PERIOD}&dryRun=false`,
        'bad.xlsx',
        await fill(true),
      );
      expect(bad.statusCode, bad.body).toBe(200);
      const r1 = bad.json<TReportImportResult>();
      expect(r1.committed).toBe(false);
      const [first, second] = badRows as [number, number | undefined];
      const notANumber = r1.errors.find((e) => e.row === first)!;
      expect(notANumber.column).toMatch(/^[A-Z]+$/);
      expect(notANumber.message).toMatch(/数字/);
      if (second !== undefined)
        expect(r1.errors.some((e) => e.row === second && /低于上期累计/.test(e.message))).toBe(
          true,
        );
      expect(
        (await list(analyst, '')).items.map((i) => [i.enterpriseId, i.status, i.version]),
      ).toEqual(before);

      const good = await analyst.upload(
        `/api/reporting/import?period=${PERIOD}&dryRun=false&submit=true`,
        'good.xlsx',
        await fill(false),
      );
      const r2 = good.json<TReportImportResult>();
      expect(r2.errors, good.body).toEqual([]);
      expect(r2.committed).toBe(true);
      expect(r2.created + r2.updated).toBe(rows.length);
      const after = await list(analyst, '');
      for (const r of rows) {
        const item = after.items.find((i) => i.enterpriseId === r.enterpriseId)!;
        expect(item.status).toBe('submitted');
        expect(item.enteredByCounty).toBe(true);
      }
      const again = await analyst.upload(
        `/api/reporting/import?period=${PERIOD}&dryRun=true`,
        'good.xlsx',
        await fill(false),
      );
      // The county may still correct submitted reports; the same figures change nothing.
      expect(again.json<TReportImportResult>()).toMatchObject({
        errors: [],
        created: 0,
        updated: 0,
      });
    });

    it('takes DHIS2-style data values idempotently, all or nothing, as JSON or CSV', async () => {
      const rows = (await list(analyst, 'status=submitted')).items
        .filter((i) => i.countyName !== '兴宾区')
        .slice(0, 2);
      expect(rows.length).toBeGreaterThan(0);
      const dataValues = [];
      for (const r of rows) {
        const f = await form(analyst, r.enterpriseId);
        dataValues.push({
          enterprise: r.uscc,
          period: PERIOD,
          indicator: 'employees',
          field: 'ytd',
          value: String(Number(f.values.employees?.ytd ?? '20') + 1),
        });
      }
      const wrong = await analyst.post('/api/reporting/data-value-sets', {
        dataValues: [
          ...dataValues,
          { enterprise: 'NOPE', period: PERIOD, indicator: 'employees', value: '1' },
        ],
      });
      const w = wrong.json<TDataValueSetSummary>();
      expect(w.status).toBe('ERROR');
      expect(w.conflicts.map((c) => c.index)).toEqual([dataValues.length]);
      const first = (
        await analyst.post('/api/reporting/data-value-sets', { dataValues })
      ).json<TDataValueSetSummary>();
      expect(first).toMatchObject({ status: 'SUCCESS', updated: dataValues.length, conflicts: [] });
      const second = (
        await analyst.post('/api/reporting/data-value-sets', { dataValues })
      ).json<TDataValueSetSummary>();
      expect(second).toMatchObject({
        status: 'SUCCESS',
        imported: 0,
        updated: 0,
        ignored: dataValues.length,
      });
      const csv = [
        'enterprise,period,indicator,field,value',
        ...dataValues.map((v) => `${v.enterprise},${v.period},${v.indicator},ytd,${v.value}`),
      ].join('\n');
      const viaCsv = await s.app.inject({
        method: 'POST',
        url: '/api/reporting/data-value-sets',
        payload: csv,
        headers: { cookie: analyst.cookie!, 'x-gongyeyun-csrf': '1', 'content-type': 'text/csv' },
      });
      expect(viaCsv.json<TDataValueSetSummary>()).toMatchObject({
        status: 'SUCCESS',
        ignored: dataValues.length,
      });
      const read = (
        await analyst.get(`/api/reporting/data-value-sets?period=${PERIOD}&indicator=employees`)
      ).json<{
        dataValues: { enterprise: string; ytd: string }[];
      }>();
      for (const v of dataValues)
        expect(read.dataValues.find((d) => d.enterprise === v.enterprise)!.ytd).toBe(v.value);
      const outside = (await heshan.get(`/api/reporting/data-value-sets?period=${PERIOD}`)).json<{
        dataValues: { enterprise: string }[];
      }>();
      const theirs = new Set((await list(heshan, '')).items.map((i) => i.uscc));
      expect(outside.dataValues.length).toBeGreaterThan(0);
      expect(outside.dataValues.every((d) => theirs.has(d.enterprise))).toBe(true);
    });
  });
});
