import { describe, expect, it } from 'vitest';
import {
  DEMO_ENTERPRISE_USER_USCC,
  DEMO_INDUSTRIAL_SYSTEM,
  generateDemoEnterprises,
  type DemoEnterprise,
} from './demo-registry';
import {
  DEMO_INDICATOR_DECIMALS,
  DEMO_REPORT_INDICATORS,
  DEMO_STOCK_INDICATORS,
  generateDemoReports,
  type DemoReport,
} from './demo-reports';

const enterprises = generateDemoEnterprises({});
const reports = generateDemoReports(enterprises);

/** The periods from 2019年1–2月 to 2021年6月. */
const PERIODS: string[] = [];
for (const year of [2019, 2020, 2021]) {
  for (let m = 2; m <= (year === 2021 ? 6 : 12); m++) {
    PERIODS.push(`${year}-${String(m).padStart(2, '0')}`);
  }
}
const LAST = '2021-06';

const byKey = new Map(reports.map((r) => [`${r.uscc}/${r.period}`, r]));
const reportOf = (uscc: string, period: string): DemoReport | undefined =>
  byKey.get(`${uscc}/${period}`);

/** Exact decimal string → integer units of its last place (NaN when not in that form). */
const units = (text: string | null, decimals: number): number => {
  const pattern = decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`);
  return text !== null && pattern.test(text) ? Math.round(Number(text) * 10 ** decimals) : NaN;
};

const periodStart = (p: string): string =>
  p.endsWith('-02') ? `${p.slice(0, 4)}-01-01` : `${p}-01`;
const periodEnd = (p: string): string => {
  const [y, m] = p.split('-').map(Number) as [number, number];
  return `${p}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** 规上 on some day of the period, replaying the enterprise's entries and exits day by day. */
function isScaleSomeDay(e: DemoEnterprise, period: string): boolean {
  const first = periodStart(period);
  const last = periodEnd(period);
  let inScale = false;
  for (const event of e.scaleEvents) {
    if (event.occurredOn >= first) break;
    inScale = event.kind === 'entered';
  }
  if (inScale) return true;
  return e.scaleEvents.some(
    (ev) => ev.kind === 'entered' && ev.occurredOn >= first && ev.occurredOn <= last,
  );
}

const sumYtd = (period: string, code: string, field: 'ytd' | 'prevYearYtd'): number =>
  reports
    .filter((r) => r.period === period)
    .reduce((s, r) => s + Number(r.values[code as 'output'][field]), 0);

const growth = (period: string, code = 'output'): number =>
  sumYtd(period, code, 'ytd') / sumYtd(period, code, 'prevYearYtd') - 1;

describe('generateDemoReports', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoReports(enterprises)).toEqual(reports);
    const a = generateDemoReports(enterprises, { seed: 7, from: '2020-10', to: '2021-03' });
    const b = generateDemoReports(enterprises, { seed: 7, from: '2020-10', to: '2021-03' });
    const c = generateDemoReports(enterprises, { seed: 8, from: '2020-10', to: '2021-03' });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(a.map((r) => r.values)).not.toEqual(c.map((r) => r.values));
  });

  it('tells the seed’s story: 2020 output of 铝 ≈ 80亿元 and of 制糖及综合利用 ≈ 100亿元', () => {
    // Summed from the enterprises' own 12月 本年累计, by the chains' industry classes.
    const outputOfChain = (code: string): number => {
      const chain = DEMO_INDUSTRIAL_SYSTEM.chains.find((c) => c.code === code)!;
      const inChain = new Set(
        enterprises
          .filter((e) => chain.industryCodes.some((c) => e.industryCode.startsWith(c)))
          .map((e) => e.uscc),
      );
      return reports
        .filter((r) => r.period === '2020-12' && inChain.has(r.uscc))
        .reduce((sum, r) => sum + Number(r.values.output.ytd), 0);
    };
    // 万元 → 亿元: within a tenth of the seed's figures.
    expect(outputOfChain('aluminium') / 10_000).toBeGreaterThan(72);
    expect(outputOfChain('aluminium') / 10_000).toBeLessThan(88);
    expect(outputOfChain('sugar') / 10_000).toBeGreaterThan(90);
    expect(outputOfChain('sugar') / 10_000).toBeLessThan(110);
  });

  it('rejects periods that are not reporting periods', () => {
    expect(() => generateDemoReports(enterprises, { from: '2019-01' })).toThrow(RangeError);
    expect(() => generateDemoReports(enterprises, { to: '2021-13' })).toThrow(RangeError);
    expect(() => generateDemoReports(enterprises, { from: '2021-06', to: '2021-05' })).toThrow(
      RangeError,
    );
  });

  it('reports several hundred enterprises a period, one report per enterprise and period', () => {
    expect(byKey.size).toBe(reports.length);
    expect(new Set(reports.map((r) => r.period))).toEqual(new Set(PERIODS));
    for (const p of PERIODS) {
      const n = reports.filter((r) => r.period === p).length;
      expect(n).toBeGreaterThan(150);
    }
  });

  it('keeps 本年累计 − 上期累计 = 本月 exactly, with the indicators’ decimals', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const r of reports) {
      expect(Object.keys(r.values)).toEqual([...DEMO_REPORT_INDICATORS]);
      const [year, month] = r.period.split('-') as [string, string];
      const previous =
        month === '02' ? null : `${year}-${String(Number(month) - 1).padStart(2, '0')}`;
      const before = previous === null ? undefined : reportOf(r.uscc, previous);
      for (const code of DEMO_REPORT_INDICATORS) {
        const d = DEMO_INDICATOR_DECIMALS[code];
        const v = r.values[code];
        const ytd = units(v.ytd, d);
        const where = `${r.uscc} ${r.period} ${code}`;
        if (Number.isNaN(ytd) || Number.isNaN(units(v.prevYearYtd, d))) {
          problems.push(`${where}: not a ${d}-decimal figure`);
        }
        if (DEMO_STOCK_INDICATORS.has(code)) {
          if (v.month !== null || !(ytd >= 0)) problems.push(`${where}: bad stock`);
          continue;
        }
        const m = units(v.month, d);
        const base = previous === null ? 0 : units(before?.values[code].ytd ?? null, d);
        if (before !== undefined || previous === null) {
          checked += 1;
          if (ytd - base !== m) problems.push(`${where}: ${v.ytd} − ${base} ≠ ${v.month}`);
        }
        if (code !== 'profit' && !(m >= 0 && ytd >= 0)) problems.push(`${where}: negative`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('carries last year’s 本年累计 as 上年同期累计', () => {
    let compared = 0;
    for (const r of reports) {
      const lastYear = `${Number(r.period.slice(0, 4)) - 1}${r.period.slice(4)}`;
      const earlier = reportOf(r.uscc, lastYear);
      if (earlier === undefined) continue;
      for (const code of DEMO_REPORT_INDICATORS) {
        expect(r.values[code].prevYearYtd).toBe(earlier.values[code].ytd);
      }
      compared += 1;
    }
    expect(compared).toBeGreaterThan(2_500);
  });

  it('explains every YoY change beyond ±30% and keeps profit below revenue', () => {
    let explained = 0;
    for (const r of reports) {
      expect(Number(r.values.profit.ytd)).toBeLessThanOrEqual(Number(r.values.revenue.ytd));
      for (const code of DEMO_REPORT_INDICATORS) {
        const ytd = Number(r.values[code].ytd);
        const prev = Number(r.values[code].prevYearYtd);
        const beyond = prev === 0 ? ytd !== 0 : Math.abs(ytd / prev - 1) > 0.3;
        const text = r.explanations?.[`yoy_change:${code}`];
        if (beyond) {
          expect(text, `${r.uscc} ${r.period} ${code}`).toMatch(/\p{Script=Han}{4,}/u);
          explained += 1;
        } else {
          expect(text).toBeUndefined();
        }
      }
    }
    expect(explained).toBeGreaterThan(100);
  });

  it('follows the sugar-pressing season: mills make almost nothing from May to October', () => {
    const mills = new Set(enterprises.filter((e) => e.industryCode === '1340').map((e) => e.uscc));
    let season = 0;
    let offSeason = 0;
    for (const r of reports.filter((x) => mills.has(x.uscc) && x.period.startsWith('2020'))) {
      const month = Number(r.period.slice(5));
      const output = Number(r.values.output.month);
      if (month >= 5 && month <= 10) offSeason += output;
      else season += output;
    }
    expect(mills.size).toBeGreaterThan(3);
    expect(season).toBeGreaterThan(0);
    expect(offSeason / season).toBeLessThan(0.05);
  });

  it('shows plausible city-wide growth: the 2020 epidemic and the 2021 rebound', () => {
    const g2019 = growth('2019-12');
    const g2020 = growth('2020-12');
    const g2021 = growth('2021-06');
    for (const g of [g2019, g2020, g2021]) {
      expect(g).toBeGreaterThan(-0.05);
      expect(g).toBeLessThan(0.25);
    }
    expect(g2020).toBeLessThan(g2019);
    expect(g2021).toBeGreaterThan(g2020);
    // The epidemic stoppage: 2020年1–2月 well below 2019年1–2月, and 2021年1–2月 far above it.
    expect(growth('2020-02')).toBeLessThan(-0.05);
    expect(growth('2021-02')).toBeGreaterThan(0.2);
  });

  it('has enterprises report only while they are 规上, all of them before the last period', () => {
    for (const e of enterprises) {
      for (const p of PERIODS) {
        const expected = isScaleSomeDay(e, p);
        const report = reportOf(e.uscc, p);
        if (!expected) expect(report, `${e.uscc} ${p}`).toBeUndefined();
        else if (p !== LAST) expect(report, `${e.uscc} ${p}`).toBeDefined();
      }
    }
  });

  it('has enterprises entering and leaving 规上 within the period and reporting accordingly', () => {
    const inRange = (date: string): boolean => date >= '2019-01-01' && date <= '2021-05-31';
    const reportedPeriods = (e: DemoEnterprise): string[] =>
      PERIODS.filter((p) => reportOf(e.uscc, p) !== undefined);
    const entrants = enterprises.filter(
      (e) => e.scaleEvents.length === 1 && inRange(e.scaleEvents[0]?.occurredOn ?? ''),
    );
    const leavers = enterprises.filter(
      (e) =>
        e.scaleEvents.length === 2 &&
        e.scaleEvents[0]!.occurredOn < '2019-01-01' &&
        inRange(e.scaleEvents[1]?.occurredOn ?? ''),
    );
    expect(entrants.length).toBeGreaterThan(3);
    expect(leavers.length).toBeGreaterThan(1);
    for (const e of entrants) {
      const entered = e.scaleEvents[0]!.occurredOn;
      const first = reportedPeriods(e)[0]!;
      expect(periodStart(first) <= entered && entered <= periodEnd(first)).toBe(true);
      // 上年同期累计 comes from before the enterprise was 规上.
      expect(reportOf(e.uscc, first)?.values.revenue.prevYearYtd).toMatch(/^\d+\.\d$/);
    }
    for (const e of leavers) {
      const exited = e.scaleEvents[1]!.occurredOn;
      const last = reportedPeriods(e).at(-1)!;
      expect(periodStart(last) <= exited && exited <= periodEnd(last)).toBe(true);
      expect(reportedPeriods(e)[0]).toBe('2019-02');
    }
  });

  it('locks the past, leaves the last but one approved and the last one in every state', () => {
    const statuses = (p: string): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const r of reports.filter((x) => x.period === p)) {
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
      }
      return counts;
    };
    for (const p of PERIODS.slice(0, -2)) expect([...statuses(p).keys()]).toEqual(['locked']);
    const may = statuses('2021-05');
    expect([...may.keys()].sort()).toEqual(['approved', 'submitted']);
    expect(may.get('approved')).toBeGreaterThan(5 * (may.get('submitted') ?? 0));
    const june = statuses(LAST);
    expect([...june.keys()].sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const expected = enterprises.filter((e) => isScaleSomeDay(e, LAST)).length;
    const missing = expected - reports.filter((r) => r.period === LAST).length;
    expect(missing / expected).toBeGreaterThan(0.04);
    expect(missing / expected).toBeLessThan(0.2);
  });

  it('dates submissions in the month after the period and approvals after them', () => {
    for (const r of reports) {
      const [y, m] = r.period.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      const local = (iso: string): string =>
        new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
      if (r.status === 'draft') expect(r.submittedAt).toBeNull();
      else expect(local(r.submittedAt ?? '').slice(0, 7)).toBe(next);
      if (r.status === 'approved' || r.status === 'locked') {
        expect(Date.parse(r.approvedAt ?? '')).toBeGreaterThan(Date.parse(r.submittedAt ?? ''));
        expect(local(r.approvedAt ?? '') <= `${next}-12`).toBe(true);
      } else {
        expect(r.approvedAt).toBeNull();
      }
      if (r.status === 'returned') expect(r.returnReason).toMatch(/请/u);
      else expect(r.returnReason).toBeUndefined();
    }
    const submitted = reports.filter((r) => r.submittedAt !== null);
    const onTime = submitted.filter(
      (r) => new Date(Date.parse(r.submittedAt ?? '') + 8 * 3_600_000).getUTCDate() <= 7,
    );
    expect(onTime.length / submitted.length).toBeGreaterThan(0.8);
    expect(onTime.length).toBeLessThan(submitted.length);
  });

  it('leaves the demo login’s enterprise its 2021年6月 report to fill, with every earlier one', () => {
    expect(reportOf(DEMO_ENTERPRISE_USER_USCC, LAST)).toBeUndefined();
    for (const p of PERIODS.slice(0, -1)) {
      expect(reportOf(DEMO_ENTERPRISE_USER_USCC, p)).toBeDefined();
    }
  });
});
