import type {
  TCandidateDetail,
  TCandidatesPage,
  TCultivationCounts,
  TRefreshResult,
  TTargetsPage,
  TWarningDetail,
  TWarningsPage,
} from '@gongyeyun/contract';
import { makeScope } from '@gongyeyun/core';
import { findOrgUnitByCode, listCultivationEnterprises, smallRevenueSeries } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const THROUGH = '2021-05';

describeEachDatabase('cultivation: the seed bank and exit warnings', (t) => {
  let s: TestApp;
  let analyst: TestClient;
  let xingbin: TestClient;
  let heshan: TestClient;
  let xingbinId: number;
  let xingbinOfficerId: number;
  /** A small 兴宾区 industrial enterprise with no revenue entered by the demo. */
  let fresh: { id: number; name: string };
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 240 });
    analyst = await s.as('analyst');
    xingbin = await s.as('officer-xingbin');
    heshan = await s.as('officer-heshan');
    const county = (await findOrgUnitByCode(s.deps.db, '451302'))!;
    xingbinId = county.id;
    xingbinOfficerId = (await xingbin.get('/api/me')).json<{ user: { id: number } }>().user.id;
    const small = await listCultivationEnterprises(s.deps.db, makeScope([county.path]), {
      underPath: county.path,
      above: false,
    });
    const entered = await smallRevenueSeries(
      s.deps.db,
      small.map((e) => e.id),
    );
    const pick = small.find(
      (e) => e.status === 'operating' && e.industryCode.startsWith('1') && !entered.has(e.id),
    )!;
    fresh = { id: pick.id, name: pick.name };
  }, 300_000);
  afterAll(async () => {
    await s.app.close();
  });

  const candidates = async (c: TestClient, query = '') =>
    (await c.get(`/api/cultivation/candidates?through=${THROUGH}${query}`)).json<TCandidatesPage>();
  const candidateOf = async (c: TestClient, enterpriseId: number) =>
    (await candidates(c, '&all=true')).rows.find((r) => r.enterprise.id === enterpriseId);

  describe('the demo city', () => {
    it('has a seed bank with officers at work and some crossing this year, and exit warnings', async () => {
      const page = await candidates(analyst);
      expect(page.rows.length).toBeGreaterThanOrEqual(8);
      expect(page.byStatus.cultivating).toBeGreaterThan(0);
      expect(page.crossingThisYear).toBeGreaterThan(0);
      for (const row of page.rows.filter((r) => r.source === 'band')) {
        // Every band candidate is inside the default band: 50–100% of the threshold.
        expect(row.level.ratio).toBeGreaterThanOrEqual(0.5);
        expect(row.level.ratio).toBeLessThan(1);
      }
      expect(page.rows.some((r) => r.source === 'nominated' && r.nominationReason)).toBe(true);
      const warnings = (
        await analyst.get(`/api/cultivation/warnings?through=${THROUGH}`)
      ).json<TWarningsPage>();
      expect(warnings.rows.length).toBeGreaterThan(0);
      expect(warnings.rows.every((w) => w.findings.length > 0)).toBe(true);
    });

    it('shows a county officer only the county’s candidates', async () => {
      const page = await candidates(xingbin);
      expect(page.rows.length).toBeGreaterThan(0);
      expect(page.rows.every((r) => r.enterprise.countyId === xingbinId)).toBe(true);
      const other = await candidates(heshan);
      expect(other.rows.some((r) => r.enterprise.countyId === xingbinId)).toBe(false);
    });
  });

  describe('revenue, the band and the projection', () => {
    const month = (year: number, m: number, revenue: number) => ({ year, month: m, revenue });

    it('refuses months not yet come, duplicates and negative revenue, and keeps nothing', async () => {
      const url = `/api/cultivation/revenues/${fresh.id}`;
      const future = await xingbin.put(url, {
        entries: [month(2021, 1, 100), month(2099, 12, 100)],
      });
      expect(future.statusCode).toBe(400);
      expect(future.body).toContain('2099-12 尚未到来');
      const twice = await xingbin.put(url, {
        entries: [month(2021, 1, 100), { year: 2021, quarter: 1, revenue: 300 }],
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.body).toContain('第2行：2021-01 重复填报');
      const negative = await xingbin.put(url, { entries: [month(2021, 1, -5)] });
      expect(negative.statusCode).toBe(400);
      expect(negative.body).toContain('营业收入不能为负数');
      const both = await xingbin.put(url, {
        entries: [{ year: 2021, month: 1, quarter: 1, revenue: 5 }],
      });
      expect(both.statusCode).toBe(400);
      expect(both.body).toContain('每行须填写月份或季度之一');
      expect((await smallRevenueSeries(s.deps.db, [fresh.id])).has(fresh.id)).toBe(false);
    });

    it('takes twelve months at 75% of the threshold, and refresh puts the enterprise in the seed bank', async () => {
      // 2020-06 … 2021-05, 125 万元 a month: 1,500 万元 over the trailing twelve months.
      const entries = [
        ...[6, 7, 8, 9, 10, 11, 12].map((m) => month(2020, m, 125)),
        // The first quarter of 2021 as one figure, spread by the enterprise's own months.
        { year: 2021, quarter: 1, revenue: 375 },
        month(2021, 4, 125),
        month(2021, 5, 125),
      ];
      const res = await xingbin.put(`/api/cultivation/revenues/${fresh.id}`, { entries });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<{ months: number }>().months).toBe(12);

      const refreshed = await xingbin.post('/api/cultivation/refresh', { through: THROUGH });
      expect(refreshed.statusCode, refreshed.body).toBe(200);
      expect(refreshed.json<TRefreshResult>().candidatesAdded).toBe(1);
      const again = (
        await xingbin.post('/api/cultivation/refresh', { through: THROUGH })
      ).json<TRefreshResult>();
      expect(again.candidatesAdded).toBe(0);

      const c = (await candidateOf(xingbin, fresh.id))!;
      expect(c.status).toBe('watching');
      expect(c.source).toBe('band');
      expect(c.level.method).toBe('trailing_12');
      expect(c.level.value).toBeCloseTo(1500, 6);
      expect(c.level.threshold).toBe(2000);
      expect(c.level.ratio).toBeCloseTo(0.75, 9);
      // A flat trailing sum has no growth to project a crossing from.
      expect(c.projection.projected).toBeNull();
      expect(c.next).toEqual(expect.arrayContaining(['cultivating', 'dropped']));

      const detail = (
        await xingbin.get(`/api/cultivation/candidates/${c.id}?through=${THROUGH}`)
      ).json<TCandidateDetail>();
      const may = detail.series.find((p) => p.month === THROUGH)!;
      expect(may.trailing12).toBeCloseTo(1500, 6);
      expect(detail.series.find((p) => p.month === '2021-02')!.enteredAs).toBe('quarter');
      expect(detail.log[0]!.text).toContain('达标准的75%');
    });

    it('is hidden from another county: 404 for its candidate and its revenue', async () => {
      const c = (await candidateOf(xingbin, fresh.id))!;
      expect((await heshan.get(`/api/cultivation/candidates/${c.id}`)).statusCode).toBe(404);
      expect(
        (
          await heshan.put(`/api/cultivation/revenues/${fresh.id}`, {
            entries: [month(2021, 5, 1)],
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await heshan.post(`/api/cultivation/candidates/${c.id}/status`, {
            to: 'dropped',
            reason: 'x',
          })
        ).statusCode,
      ).toBe(404);
    });
  });

  describe('working a candidate to the end', () => {
    it('needs an officer to cultivate and a reason to drop', async () => {
      const c = (await candidateOf(xingbin, fresh.id))!;
      const url = `/api/cultivation/candidates/${c.id}/status`;
      const noOfficer = await xingbin.post(url, { to: 'cultivating' });
      expect(noOfficer.statusCode).toBe(400);
      expect(noOfficer.body).toContain('officerId');
      const noReason = await xingbin.post(url, { to: 'dropped' });
      expect(noReason.statusCode).toBe(400);
      const enterprise = await s.as('enterprise');
      expect(
        (await enterprise.post(url, { to: 'cultivating', officerId: xingbinOfficerId })).statusCode,
      ).toBe(403);
      const ok = await xingbin.post(url, { to: 'cultivating', officerId: xingbinOfficerId });
      expect(ok.statusCode, ok.body).toBe(204);
      const action = await xingbin.post(`/api/cultivation/candidates/${c.id}/actions`, {
        text: '上门走访，核实订单',
      });
      expect(action.statusCode, action.body).toBe(204);
      const detail = (
        await xingbin.get(`/api/cultivation/candidates/${c.id}`)
      ).json<TCandidateDetail>();
      expect(detail.status).toBe('cultivating');
      expect(detail.officer?.id).toBe(xingbinOfficerId);
      expect(detail.log.map((l) => l.kind)).toEqual(['status', 'status', 'action']);
    });

    it('files it, marks it entered, and the entry counts for the county and in the targets', async () => {
      const c = (await candidateOf(xingbin, fresh.id))!;
      const url = `/api/cultivation/candidates/${c.id}/status`;
      const countsBefore = (
        await analyst.get('/api/cultivation/counts?year=2021')
      ).json<TCultivationCounts>();
      const before = countsBefore.counties.find((x) => x.countyId === xingbinId)!;
      const newScale = async () =>
        (await analyst.get(`/api/targets?year=2021&period=2021-06&unitId=${xingbinId}`))
          .json<TTargetsPage>()
          .targets.find((x) => x.metric === 'new_scale' && x.orgUnitId === xingbinId)!.progress
          .actual;
      const targetBefore = await newScale();
      expect((await xingbin.post(url, { to: 'filed' })).statusCode).toBe(204);
      const entered = await xingbin.post(url, { to: 'entered', enteredOn: '2021-06-10' });
      expect(entered.statusCode, entered.body).toBe(204);

      const after = (
        await analyst.get('/api/cultivation/counts?year=2021')
      ).json<TCultivationCounts>();
      const county = after.counties.find((x) => x.countyId === xingbinId)!;
      expect(county.entries[5]).toBe(before.entries[5]! + 1);
      expect(after.totals.entries).toBe(countsBefore.totals.entries + 1);
      // 兴宾区's 2021 target of new 规上 enterprises counts it in June.
      expect(await newScale()).toBe((targetBefore ?? 0) + 1);
      const enterprise = (await xingbin.get(`/api/enterprises/${fresh.id}`)).json<{
        scaleCategory: string | null;
      }>();
      expect(enterprise.scaleCategory).toBe('industry');
      // It is no longer open, and it may not move again.
      expect((await candidates(xingbin)).rows.some((r) => r.id === c.id)).toBe(false);
      const moved = await xingbin.post(url, { to: 'dropped', reason: '重复' });
      expect(moved.statusCode).toBe(400);

      const audit = (
        await (await s.as('admin')).get(`/api/audit?entity=cultivation_candidate&entityId=${c.id}`)
      ).json<{ items: { action: string }[] }>();
      expect(audit.items.map((a) => a.action)).toEqual([
        'candidate_moved',
        'candidate_moved',
        'candidate_action',
        'candidate_moved',
      ]);
    });

    it('takes a nomination with a reason, once', async () => {
      const county = (await findOrgUnitByCode(s.deps.db, '451302'))!;
      const open = new Set(
        (await candidates(xingbin, '&all=true')).rows.map((r) => r.enterprise.id),
      );
      const other = (
        await listCultivationEnterprises(s.deps.db, makeScope([county.path]), {
          underPath: county.path,
          above: false,
        })
      ).find((e) => e.industryCode.startsWith('1') && !open.has(e.id))!;
      const blank = await xingbin.post('/api/cultivation/candidates', {
        enterpriseId: other.id,
        reason: ' ',
      });
      expect(blank.statusCode).toBe(400);
      expect(blank.body).toContain('请填写推荐理由');
      const ok = await xingbin.post('/api/cultivation/candidates', {
        enterpriseId: other.id,
        reason: '新签大额订单',
      });
      expect(ok.statusCode, ok.body).toBe(201);
      const twice = await xingbin.post('/api/cultivation/candidates', {
        enterpriseId: other.id,
        reason: '新签大额订单',
      });
      expect(twice.statusCode).toBe(409);
      expect(twice.body).toContain('已在种子库中');
    });
  });

  describe('exit warnings', () => {
    it('are assigned, noted and closed only with a reason', async () => {
      const page = (
        await xingbin.get(`/api/cultivation/warnings?through=${THROUGH}`)
      ).json<TWarningsPage>();
      const w = page.rows.find((r) => r.officer === null) ?? page.rows[0];
      if (!w) throw new Error('the demo raised no exit warning in 兴宾区');
      const base = `/api/cultivation/warnings/${w.id}`;
      expect((await heshan.get(base)).statusCode).toBe(404);
      expect(
        (await xingbin.post(`${base}/assign`, { officerId: xingbinOfficerId })).statusCode,
      ).toBe(204);
      expect((await xingbin.post(`${base}/notes`, { text: '已约谈企业负责人' })).statusCode).toBe(
        204,
      );
      const noReason = await xingbin.post(`${base}/close`, { reason: '' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.body).toContain('关闭预警须填写原因');
      expect(
        (await xingbin.post(`${base}/close`, { reason: '订单恢复，营收回升' })).statusCode,
      ).toBe(204);
      const detail = (await xingbin.get(base)).json<TWarningDetail>();
      expect(detail.status).toBe('closed');
      expect(detail.closeReason).toBe('订单恢复，营收回升');
      expect(detail.officer?.id).toBe(xingbinOfficerId);
      expect(detail.log.some((l) => l.text === '已约谈企业负责人')).toBe(true);
      const open = (
        await xingbin.get(`/api/cultivation/warnings?through=${THROUGH}`)
      ).json<TWarningsPage>();
      expect(open.rows.some((r) => r.id === w.id)).toBe(false);
    });
  });

  describe('Excel', () => {
    it('exports the seed bank with one row per candidate', async () => {
      const page = await candidates(analyst);
      const res = await analyst.get(`/api/cultivation/candidates/export?through=${THROUGH}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).text).toContain('种子库');
      expect(sheet.getRow(2).getCell(2).value).toBe('企业名称');
      expect(sheet.actualRowCount).toBe(page.rows.length + 2);
      const names = new Set(page.rows.map((r) => r.enterprise.name));
      expect(names.has(sheet.getRow(3).getCell(2).text)).toBe(true);
    });
  });

  describe('the band', () => {
    it('is set by the bureau, checked, and used by the next refresh', async () => {
      const admin = await s.as('admin');
      expect((await analyst.get('/api/cultivation/band')).json()).toEqual({ lower: 0.5, upper: 1 });
      expect(
        (await xingbin.put('/api/cultivation/band', { lower: 0.6, upper: 1 })).statusCode,
      ).toBe(403);
      const upsideDown = await admin.put('/api/cultivation/band', { lower: 0.9, upper: 0.8 });
      expect(upsideDown.statusCode).toBe(400);
      expect(upsideDown.body).toContain('范围应满足 0 < 下限 < 上限 ≤ 100%');
      expect((await analyst.get('/api/cultivation/band')).json()).toEqual({ lower: 0.5, upper: 1 });

      // 12 × 90 = 1,080 万元, 54% of the threshold: outside a band from 60%, inside the default one.
      const county = (await findOrgUnitByCode(s.deps.db, '451302'))!;
      const open = new Set(
        (await candidates(xingbin, '&all=true')).rows.map((r) => r.enterprise.id),
      );
      const small = (
        await listCultivationEnterprises(s.deps.db, makeScope([county.path]), {
          underPath: county.path,
          above: false,
        })
      ).find((e) => e.status === 'operating' && e.industryCode.startsWith('1') && !open.has(e.id))!;
      const entries = Array.from({ length: 12 }, (_, i) => ({
        year: i < 7 ? 2020 : 2021,
        month: i < 7 ? i + 6 : i - 6,
        revenue: 90,
      }));
      expect(
        (await xingbin.put(`/api/cultivation/revenues/${small.id}`, { entries })).statusCode,
      ).toBe(200);
      expect((await admin.put('/api/cultivation/band', { lower: 0.6, upper: 1 })).statusCode).toBe(
        200,
      );
      await xingbin.post('/api/cultivation/refresh', { through: THROUGH });
      expect(await candidateOf(xingbin, small.id)).toBeUndefined();
      expect((await admin.put('/api/cultivation/band', { lower: 0.5, upper: 1 })).statusCode).toBe(
        200,
      );
      await xingbin.post('/api/cultivation/refresh', { through: THROUGH });
      expect((await candidateOf(xingbin, small.id))?.level.ratio).toBeCloseTo(0.54, 9);
    });
  });
});
