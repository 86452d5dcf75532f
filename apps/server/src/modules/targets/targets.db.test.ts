import type { TRanking, TScheme, TTargetsPage } from '@gongyeyun/contract';
import { describeEachDatabase } from '@gongyeyun/db/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const PERIOD = '2021-05';

describeEachDatabase('targets, progress and the red/black list', (t) => {
  let s: TestApp;
  let analyst: TestClient;
  let cityId: number;
  let counties: { id: number; name: string }[];
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 120 });
    analyst = await s.as('analyst');
    const units = (await analyst.get('/api/org-units?pageSize=200')).json<{
      items: { id: number; code: string; kind: string; name: string }[];
    }>().items;
    cityId = units.find((u) => u.code === '451300')!.id;
    counties = units.filter((u) => u.kind === 'county');
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  const page = async (c: TestClient, query = '') =>
    (await c.get(`/api/targets?year=2021&period=${PERIOD}${query}`)).json<TTargetsPage>();

  describe('targets', () => {
    let cityTarget: number;
    it('sets a city output target and shows its actual from the approved figures', async () => {
      const res = await analyst.post('/api/targets', {
        year: 2021,
        orgUnitId: cityId,
        metric: 'indicator_level:output',
        name: '规上工业总产值',
        kind: 'level',
        goal: 4_000_000,
        unit: '万元',
      });
      expect(res.statusCode, res.body).toBe(201);
      cityTarget = res.json<{ id: number }>().id;
      const summary = (await analyst.get(`/api/analytics/summary?period=${PERIOD}&by=band`)).json<{
        total: { ytd: number };
      }>();
      const target = (await page(analyst)).targets.find((x) => x.id === cityTarget)!;
      expect(target.progress.actual).toBeCloseTo(summary.total.ytd, 2);
      // completion = actual ÷ goal; May is 5 ÷ 12 of the year.
      expect(target.progress.completion).toBeCloseTo((summary.total.ytd / 4_000_000) * 100, 6);
      expect(target.progress.elapsed).toBeCloseTo((5 / 12) * 100, 9);
      expect(target.progress.status).not.toBeNull();
      expect(target.progress.projection?.method.zh).toContain('推算');
    });

    it('splits it among counties and says who is missing', async () => {
      for (const county of counties.slice(0, 2)) {
        const res = await analyst.post('/api/targets', {
          year: 2021,
          orgUnitId: county.id,
          metric: 'indicator_level:output',
          name: '规上工业总产值',
          kind: 'level',
          goal: 1_000_000,
          unit: '万元',
          parentId: cityTarget,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const target = (await page(analyst)).targets.find((x) => x.id === cityTarget)!;
      expect(target.split).toMatchObject({
        sum: 2_000_000,
        difference: -2_000_000,
        state: 'short',
      });
      expect(target.split!.missing).toEqual(counties.slice(2).map((c) => c.name));
      const bad = await analyst.post('/api/targets', {
        year: 2022,
        orgUnitId: counties[2]!.id,
        metric: 'indicator_level:output',
        name: '规上工业总产值',
        kind: 'level',
        goal: 1,
        unit: '万元',
        parentId: cityTarget,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
        'parentId',
      );
    });

    it('splits a target in one write: new parts added, existing ones changed, others kept', async () => {
      const before = (await page(analyst)).targets.filter((x) => x.parentId === cityTarget);
      const res = await analyst.put(`/api/targets/${cityTarget}/parts`, {
        parts: [
          { orgUnitId: counties[0]!.id, goal: 1_500_000 },
          { orgUnitId: counties[2]!.id, goal: 500_000 },
        ],
      });
      expect(res.statusCode, res.body).toBe(204);
      const after = await page(analyst);
      const parts = after.targets.filter((x) => x.parentId === cityTarget);
      expect(parts.map((p) => [p.orgUnitName, p.goal])).toEqual(
        expect.arrayContaining([
          [counties[0]!.name, 1_500_000],
          [counties[1]!.name, 1_000_000],
          [counties[2]!.name, 500_000],
        ]),
      );
      expect(parts).toHaveLength(before.length + 1);
      // The new part takes the city target's metric, name, unit and comparator.
      expect(parts.find((p) => p.orgUnitId === counties[2]!.id)).toMatchObject({
        metric: 'indicator_level:output',
        name: '规上工业总产值',
        unit: '万元',
        comparator: 'gte',
        kind: 'level',
      });
      expect(after.counties.map((c) => c.name)).toEqual(counties.map((c) => c.name));
      const target = after.targets.find((x) => x.id === cityTarget)!;
      expect(target.split).toMatchObject({
        sum: 3_000_000,
        difference: -1_000_000,
        state: 'short',
      });
      expect(target.split!.missing).toEqual(counties.slice(3).map((c) => c.name));

      const outside = await analyst.put(`/api/targets/${cityTarget}/parts`, {
        parts: [
          { orgUnitId: counties[3]!.id, goal: 1 },
          { orgUnitId: cityId, goal: 1 },
        ],
      });
      expect(outside.statusCode).toBe(400);
      expect(
        outside.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field),
      ).toEqual(['parts.1.orgUnitId']);
      const ofPart = await analyst.put(`/api/targets/${parts[0]!.id}/parts`, {
        parts: [{ orgUnitId: counties[3]!.id, goal: 1 }],
      });
      expect(ofPart.statusCode).toBe(400);
      // Nothing of the refused writes was kept.
      const unchanged = (await page(analyst)).targets.find((x) => x.id === cityTarget)!;
      expect(unchanged.split).toEqual(target.split);
      const officer = await s.as('officer-heshan');
      expect(
        (
          await officer.put(`/api/targets/${cityTarget}/parts`, {
            parts: [{ orgUnitId: counties[3]!.id, goal: 1 }],
          })
        ).statusCode,
      ).toBe(404);
    });

    it('exports the targets with their progress to Excel', async () => {
      const res = await analyst.get(`/api/targets/export?year=2021&period=${PERIOD}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(String(res.headers['content-disposition'])).toContain('.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.getCell(1, 1).text).toContain(`进度截至${PERIOD}`);
      const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
      const col = (name: string) => header.indexOf(name) + 1;
      const shown = (await page(analyst)).targets;
      expect(ws.rowCount).toBe(2 + shown.length);
      const target = shown.find((x) => x.id === cityTarget)!;
      const row = ws.getRow(3 + shown.indexOf(target));
      expect(row.getCell(col('单位')).text).toBe(target.orgUnitName);
      expect(row.getCell(col('目标')).text).toBe('规上工业总产值');
      expect(row.getCell(col('比较')).text).toBe('≥');
      expect(row.getCell(col('目标值')).value).toBe(4_000_000);
      expect(row.getCell(col('完成')).value).toBeCloseTo(target.progress.actual!, 4);
      expect(row.getCell(col('完成率（%）')).value).toBe(
        Math.round(target.progress.completion! * 10) / 10,
      );
      expect(row.getCell(col('时间进度（%）')).value).toBe(41.7);
      expect(row.getCell(col('分解情况')).text).toContain('分解合计不足');
      expect(row.getCell(col('分解情况')).text).toContain(counties.at(-1)!.name);
      expect(row.getCell(col('预计方法')).text).toContain('推算');
    });

    it('takes manual actuals with evidence only for manual targets', async () => {
      const res = await analyst.post('/api/targets', {
        year: 2021,
        orgUnitId: cityId,
        metric: 'manual',
        name: '园区扩区面积',
        kind: 'level',
        goal: 5000,
        unit: '亩',
      });
      const id = res.json<{ id: number }>().id;
      expect(
        (await analyst.put(`/api/targets/${id}/actuals`, { month: 5, value: 2600, evidence: '' }))
          .statusCode,
      ).toBe(400);
      expect(
        (
          await analyst.put(`/api/targets/${id}/actuals`, {
            month: 5,
            value: 2600,
            evidence: '自然资源局批复文件',
          })
        ).statusCode,
      ).toBe(204);
      const target = (await page(analyst)).targets.find((x) => x.id === id)!;
      expect(target.progress).toMatchObject({ actual: 2600, completion: 52, status: 'ahead' });
      const computed = (await page(analyst)).targets.find((x) => x.id === cityTarget)!;
      expect(
        (
          await analyst.put(`/api/targets/${computed.id}/actuals`, {
            month: 5,
            value: 1,
            evidence: '手工',
          })
        ).statusCode,
      ).toBe(400);
    });

    it('shows a county officer their county’s targets only', async () => {
      const officer = await s.as('officer-xingbin');
      const theirs = await page(officer);
      expect(theirs.unit.name).toBe('兴宾区');
      expect(new Set(theirs.targets.map((x) => x.orgUnitName))).toEqual(
        theirs.targets.length ? new Set(['兴宾区']) : new Set(),
      );
      expect((await officer.get(`/api/targets?year=2021&unitId=${cityId}`)).statusCode).toBe(404);
    });
  });

  describe('red/black list', () => {
    let scheme: TScheme;
    it('ranks the counties by the scheme and publishes a frozen list', async () => {
      const created = await analyst.post('/api/rankings/schemes', {
        year: 2021,
        name: '2021年工业经济红黑榜',
        orgUnitId: cityId,
        scheme: {
          metrics: [
            {
              key: 'indicator_growth:output',
              name: { zh: '产值增速', en: 'Output growth' },
              weight: 60,
              direction: 'higher',
              normalisation: 'rank_points',
            },
            {
              key: 'new_scale',
              name: { zh: '培规', en: 'New above-scale' },
              weight: 40,
              direction: 'higher',
              normalisation: 'share_of_best',
            },
          ],
          red: 2,
          black: 2,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      scheme = created.json<TScheme>();
      const preview = (
        await analyst.get(`/api/rankings/preview?schemeId=${scheme.id}&period=${PERIOD}`)
      ).json<TRanking>();
      expect(preview.counties).toHaveLength(counties.length);
      expect(preview.counties.filter((c) => c.list === 'red').length).toBeGreaterThanOrEqual(2);
      // The county with the fastest growth gets all 60 growth points.
      const growth = (await analyst.get(`/api/analytics/summary?period=${PERIOD}&by=county`)).json<{
        rows: { unitId: number; growth: { value: number | null } }[];
      }>();
      const fastest = [...growth.rows].sort(
        (a, b) => (b.growth.value ?? -1e9) - (a.growth.value ?? -1e9),
      )[0]!;
      const top = preview.counties.find((c) => c.key === String(fastest.unitId))!;
      expect(top.parts.find((p) => p.metric === 'indicator_growth:output')!.weighted).toBe(60);

      const published = await analyst.post('/api/rankings/publish', {
        schemeId: scheme.id,
        period: PERIOD,
      });
      expect(published.statusCode, published.body).toBe(201);
      expect(published.json<TRanking>()).toMatchObject({ version: 1, counties: preview.counties });
      const again = await analyst.post('/api/rankings/publish', {
        schemeId: scheme.id,
        period: PERIOD,
      });
      expect(again.statusCode).toBe(400);
    });

    it('keeps a published list unchanged when the data are corrected; a new version says why', async () => {
      const before = (
        await analyst.get(`/api/rankings/published?schemeId=${scheme.id}&period=${PERIOD}`)
      ).json<TRanking[]>();
      // A correction: an enterprise's leaving and re-entering 规上 in May is recorded late.
      const list = (await analyst.get(`/api/reporting/reports?period=${PERIOD}&pageSize=5`)).json<{
        items: { enterpriseId: number; countyName: string }[];
      }>();
      const corrected = list.items[0]!;
      const previewOf = async () =>
        (
          await analyst.get(`/api/rankings/preview?schemeId=${scheme.id}&period=${PERIOD}`)
        ).json<TRanking>();
      const entriesOf = (r: TRanking) =>
        r.counties
          .find((c) => c.name === corrected.countyName)!
          .parts.find((p) => p.metric === 'new_scale')!.value;
      const entriesBefore = entriesOf(await previewOf());
      for (const [kind, occurredOn] of [
        ['exited', '2021-05-10'],
        ['entered', '2021-05-20'],
      ] as const) {
        const res = await analyst.post(`/api/enterprises/${corrected.enterpriseId}/scale-events`, {
          category: 'industry',
          kind,
          occurredOn,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      expect(entriesOf(await previewOf())).toBe((entriesBefore ?? 0) + 1);
      const after = (
        await analyst.get(`/api/rankings/published?schemeId=${scheme.id}&period=${PERIOD}`)
      ).json<TRanking[]>();
      expect(after).toEqual(before);
      const v2 = await analyst.post('/api/rankings/publish', {
        schemeId: scheme.id,
        period: PERIOD,
        reason: '兴宾区5月数据更正后重新发布',
      });
      expect(v2.statusCode, v2.body).toBe(201);
      const both = (
        await analyst.get(`/api/rankings/published?schemeId=${scheme.id}&period=${PERIOD}`)
      ).json<TRanking[]>();
      expect(both.map((r) => r.version)).toEqual([2, 1]);
      expect(both[0]!.reason).toBe('兴宾区5月数据更正后重新发布');
      expect(both[1]).toEqual(before[0]);
    });

    it('exports a published list as frozen, and only to those who see its scheme', async () => {
      const [latest] = (
        await analyst.get(`/api/rankings/published?schemeId=${scheme.id}&period=${PERIOD}`)
      ).json<TRanking[]>();
      expect(latest!.id).toEqual(expect.any(Number));
      const res = await analyst.get(`/api/rankings/published/${latest!.id}/export`);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.getCell(1, 1).text).toBe(`2021年工业经济红黑榜（${PERIOD}，第2版）`);
      const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
      expect(header).toEqual([
        '名次',
        '县（市、区）',
        '产值增速·完成',
        '产值增速·目标',
        '产值增速·得分（满分60）',
        '培规·完成',
        '培规·目标',
        '培规·得分（满分40）',
        '总分',
        '榜单',
        '一票否决',
      ]);
      expect(ws.rowCount).toBe(2 + latest!.counties.length);
      latest!.counties.forEach((c, i) => {
        const row = ws.getRow(3 + i);
        expect(row.getCell(1).value).toBe(c.rank);
        expect(row.getCell(2).text).toBe(c.name);
        const entries = c.parts.find((p) => p.metric === 'new_scale')!;
        expect(row.getCell(6).value).toBe(entries.value);
        expect(row.getCell(8).value).toBe(Math.round(entries.weighted * 100) / 100);
        expect(row.getCell(9).value).toBe(Math.round(c.score * 100) / 100);
        expect(row.getCell(10).value).toBe(
          c.list === 'red' ? '红榜' : c.list === 'black' ? '黑榜' : null,
        );
      });
      expect(latest!.counties.some((c) => c.list === 'red')).toBe(true);
      const officer = await s.as('officer-xingbin');
      expect((await officer.get(`/api/rankings/published/${latest!.id}/export`)).statusCode).toBe(
        404,
      );
      expect((await analyst.get('/api/rankings/published/999999/export')).statusCode).toBe(404);
    });

    it('keeps publishing from a county officer', async () => {
      const officer = await s.as('officer-xingbin');
      expect(
        (await officer.post('/api/rankings/publish', { schemeId: scheme.id, period: PERIOD }))
          .statusCode,
      ).toBe(404);
    });
  });
});
