import type {
  TExplanation,
  TOfficialFigure,
  TOfficialImportResult,
  TRankedEnterprises,
  TSeries,
  TSummary,
} from '@gongyeyun/contract';
import { listValues } from '@gongyeyun/db';
import { describeEachDatabase } from '@gongyeyun/db/test';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const PERIOD = '2021-06';

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发布数');
  ws.addRow(['地区', '报告期', '指标', '数值', '单位', '来源', '发布日期']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

describeEachDatabase('cockpit figures through the API', (t) => {
  let s: TestApp;
  let analyst: TestClient;
  let cityId: number;
  beforeAll(async () => {
    s = await createTestApp(t, {}, { registry: true, enterprises: 120 });
    analyst = await s.as('analyst');
    const units = (await analyst.get('/api/org-units?pageSize=200')).json<{
      items: { id: number; code: string }[];
    }>().items;
    cityId = units.find((u) => u.code === '451300')!.id;
  }, 120_000);
  afterAll(async () => {
    await s.app.close();
  });

  const get = async <T>(c: TestClient, url: string): Promise<T> => {
    const res = await c.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const summaryOf = (c: TestClient, query: string) =>
    get<TSummary>(c, `/api/analytics/summary?period=${PERIOD}&${query}`);

  it('computes the city growth from the enterprises’ own figures, on the comparable basis', async () => {
    const city = await summaryOf(analyst, 'by=county&basis=provisional');
    expect(city.unit.id).toBe(cityId);
    // The same figure from the report values, independently: Σ ytd ÷ Σ 上年同期 over those with both.
    const queue = await get<{ items: { enterpriseId: number; status: string }[] }>(
      analyst,
      `/api/reporting/reports?period=${PERIOD}&pageSize=200`,
    );
    const counted = queue.items
      .filter((i) => ['submitted', 'approved', 'locked'].includes(i.status))
      .map((i) => i.enterpriseId);
    const values = (await listValues(s.deps.db, counted, [PERIOD])).filter(
      (v) => v.indicatorCode === 'output' && v.ytd !== null,
    );
    const comparable = values.filter((v) => v.prevYearYtd !== null);
    const ytd = sum(comparable.map((v) => Number(v.ytd)));
    const base = sum(comparable.map((v) => Number(v.prevYearYtd)));
    expect(city.total.enterprises).toBe(values.length);
    expect(city.total.withBase).toBe(comparable.length);
    expect(city.total.ytd).toBeCloseTo(sum(values.map((v) => Number(v.ytd))), 2);
    expect(city.total.growth.value).toBeCloseTo((ytd / base - 1) * 100, 6);
  });

  it('splits the city among its counties: sums, pulls and contributions add up', async () => {
    const city = await summaryOf(analyst, 'by=county');
    expect(city.partition).toBe(true);
    expect(city.rows.length).toBeGreaterThan(1);
    expect(sum(city.rows.map((r) => r.ytd))).toBeCloseTo(city.total.ytd!, 2);
    expect(sum(city.rows.map((r) => r.enterprises))).toBe(city.total.enterprises);
    expect(sum(city.rows.map((r) => r.pull.value))).toBeCloseTo(city.total.growth.value!, 6);
    expect(sum(city.rows.map((r) => r.contribution.value))).toBeCloseTo(100, 6);
    expect(sum(city.rows.map((r) => r.share.value))).toBeCloseTo(100, 6);
  });

  it('gives the change in points against the previous period', async () => {
    const now = await summaryOf(analyst, 'by=county');
    const may = await get<TSummary>(analyst, '/api/analytics/summary?period=2021-05&by=county');
    expect(now.previousPeriod).toBe('2021-05');
    expect(now.total.changePoints.value).toBeCloseTo(
      now.total.growth.value! - may.total.growth.value!,
      9,
    );
    const first = await get<TSummary>(analyst, '/api/analytics/summary?period=2021-02&by=county');
    expect(first.total.changePoints).toEqual({ value: null, reason: 'no_rate' });
  });

  it('explains a chain’s pull with the enterprises behind it', async () => {
    const chains = await summaryOf(analyst, 'by=chain&basis=provisional');
    expect(chains.partition).toBe(false);
    const chain = [...chains.rows].sort((a, b) => b.enterprises - a.enterprises)[0]!;
    expect(chain.enterprises).toBeGreaterThan(1);
    expect(chain).toBeDefined();
    const explained = await get<TExplanation>(
      analyst,
      `/api/analytics/explain?period=${PERIOD}&basis=provisional&dimension=chain&key=${chain.key}&figure=pull&pageSize=500`,
    );
    expect(explained.row.pull).toEqual(chain.pull);
    expect(explained.total).toBe(chain.enterprises);
    expect(explained.facts).toHaveLength(chain.enterprises);
    expect(sum(explained.facts.map((f) => f.ytd))).toBeCloseTo(chain.ytd!, 2);
    // Each enterprise's pull on the city adds up to the chain's.
    expect(sum(explained.facts.map((f) => f.pull.value))).toBeCloseTo(chain.pull.value!, 6);
    expect(explained.formula.zh).toContain('拉动');
    expect(explained.computation.zh).toMatch(/÷/);
  });

  it('explains a county’s growth and lists the enterprises driving the city', async () => {
    const city = await summaryOf(analyst, 'by=county');
    const county = city.rows[0]!;
    const explained = await get<TExplanation>(
      analyst,
      `/api/analytics/explain?period=${PERIOD}&partUnitId=${county.unitId}&figure=growth&pageSize=500`,
    );
    expect(explained.row.growth).toEqual(county.growth);
    expect(new Set(explained.facts.map((f) => f.countyName))).toEqual(new Set([county.name.zh]));
    const top = await get<TRankedEnterprises>(
      analyst,
      `/api/analytics/enterprises?period=${PERIOD}&rank=contribution&direction=top&limit=5`,
    );
    expect(top.items.length).toBeLessThanOrEqual(5);
    const values = top.items.map((i) => i.contribution.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const bottom = await get<TRankedEnterprises>(
      analyst,
      `/api/analytics/enterprises?period=${PERIOD}&rank=growth&direction=bottom&limit=3`,
    );
    const growths = bottom.items.map((i) => i.growth.value!);
    expect(growths).toEqual([...growths].sort((a, b) => a - b));
  });

  it('draws a series month by month that ends on the summary’s figure', async () => {
    const line = await get<TSeries>(analyst, `/api/analytics/series?period=${PERIOD}`);
    expect(line.points.map((p) => p.period)).toEqual([
      ...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2020-${m}`),
      ...['02', '03', '04', '05', '06'].map((m) => `2021-${m}`),
    ]);
    const city = await summaryOf(analyst, 'by=county');
    expect(line.points.at(-1)!.ytd).toBeCloseTo(city.total.ytd!, 2);
    expect(line.points.at(-1)!.growth).toEqual(city.total.growth);
  });

  describe('scope', () => {
    it('gives a county officer their county as the whole, and nothing of another', async () => {
      const officer = await s.as('officer-xingbin');
      const own = await summaryOf(officer, 'by=chain');
      expect(own.unit.name).toBe('兴宾区');
      const city = await summaryOf(analyst, 'by=county');
      const xingbin = city.rows.find((r) => r.name.zh === '兴宾区')!;
      expect(own.total.ytd).toBeCloseTo(xingbin.ytd!, 2);
      expect(
        (await officer.get(`/api/analytics/summary?period=${PERIOD}&unitId=${cityId}`)).statusCode,
      ).toBe(404);
      const other = city.rows.find((r) => r.name.zh !== '兴宾区')!;
      for (const url of [
        `/api/analytics/summary?period=${PERIOD}&unitId=${other.unitId}`,
        `/api/analytics/explain?period=${PERIOD}&unitId=${other.unitId}`,
        `/api/analytics/enterprises?period=${PERIOD}&unitId=${other.unitId}`,
        `/api/analytics/series?period=${PERIOD}&unitId=${other.unitId}`,
      ]) {
        expect((await officer.get(url)).statusCode, url).toBe(404);
      }
      const explained = await get<TExplanation>(
        officer,
        `/api/analytics/explain?period=${PERIOD}&pageSize=500`,
      );
      expect(new Set(explained.facts.map((f) => f.countyName))).toEqual(new Set(['兴宾区']));
      expect(
        (await officer.get(`/api/analytics/summary?period=${PERIOD}&by=county`)).statusCode,
      ).toBe(400);
    });

    it('keeps the cockpit from enterprise users', async () => {
      const enterprise = await s.as('enterprise');
      expect((await enterprise.get(`/api/analytics/summary?period=${PERIOD}`)).statusCode).toBe(
        403,
      );
    });
  });

  describe('published figures', () => {
    const URL = '/api/analytics/official/import?dryRun=false';
    const list = () => get<TOfficialFigure[]>(analyst, `/api/analytics/official?period=${PERIOD}`);

    it('rejects a table with bad rows, naming row and column, and stores nothing', async () => {
      const res = await analyst.upload(
        URL,
        'bad.xlsx',
        await workbook([
          ['来宾市', '2021年1-6月', '规上工业增加值增速', 12.3, '%', '市统计局月报', '2021-07-20'],
          ['火星市', '2021年1-6月', '规上工业增加值增速', 11, '%', '市统计局月报', ''],
          ['兴宾区', '2021年1月', '规上工业增加值增速', 'abc', '%', '', ''],
        ]),
      );
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json<TOfficialImportResult>();
      expect(r.committed).toBe(false);
      expect(r.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 3, column: 'A' }),
          expect.objectContaining({ row: 4, column: 'B' }),
          expect.objectContaining({ row: 4, column: 'D' }),
          expect.objectContaining({ row: 4, column: 'F' }),
        ]),
      );
      expect(r.errors.find((e) => e.row === 3)?.message).toContain('火星市');
      expect(await list()).toEqual([]);
    });

    it('stores good rows with their source, replaces a re-published value, keeps them apart', async () => {
      const rows = [
        ['来宾市', '2021年1-6月', '规上工业增加值增速', 12.3, '%', '市统计局月报', '2021-07-20'],
        ['兴宾区', '2021-06', '规上工业增加值增速', 10.1, '%', '市统计局月报', '2021-07-20'],
      ];
      const first = (
        await analyst.upload(URL, 'a.xlsx', await workbook(rows))
      ).json<TOfficialImportResult>();
      expect(first).toMatchObject({ committed: true, created: 2, updated: 0, errors: [] });
      const again = (
        await analyst.upload(URL, 'a.xlsx', await workbook(rows))
      ).json<TOfficialImportResult>();
      expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 2 });
      rows[0]![3] = 12.5;
      const revised = (
        await analyst.upload(URL, 'b.xlsx', await workbook(rows))
      ).json<TOfficialImportResult>();
      expect(revised).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const held = await list();
      expect(held.find((f) => f.unitName === '来宾市')).toMatchObject({
        value: 12.5,
        kind: 'growth',
        source: '市统计局月报',
        publishedOn: '2021-07-20',
      });
      const officer = await s.as('officer-xingbin');
      const theirs = await get<TOfficialFigure[]>(
        officer,
        `/api/analytics/official?period=${PERIOD}`,
      );
      expect(theirs.map((f) => f.unitName)).toEqual(['兴宾区']);
      expect((await officer.upload(URL, 'a.xlsx', await workbook(rows))).statusCode).toBe(403);
      const audit = await get<{ items: { action: string; entity: string }[] }>(
        await s.as('admin'),
        '/api/audit?pageSize=50',
      );
      expect(audit.items.some((a) => a.entity === 'official_figure' && a.action === 'import')).toBe(
        true,
      );
    });
  });
});
