/**
 * The demo city's small industrial enterprises and what they report of their revenue: a few dozen
 * below the 规上 threshold, most of them inside the seed-bank band, some growing fast enough to
 * cross it in 2021, some founded in 2020 with only this year's months. Pure data of a seed.
 */
import { makeRng, type Rng } from './demo-registry';

/** The 规上 industry threshold the profiles are drawn against (万元 of yearly revenue). */
export const DEMO_INDUSTRY_THRESHOLD = 2000;

/** The last month small enterprises have reported (the demo's current judged month). */
export const DEMO_REVENUE_THROUGH = { year: 2021, month: 5 } as const;

/** How many small enterprises report their revenue. */
export const DEMO_SMALL_REPORTERS = 45;

export type DemoRevenueProfile =
  /** Steady, inside the band (50–95% of the threshold). */
  | 'in_band'
  /** Growing 25–40% a year from just below the threshold: crosses in 2021. */
  | 'fast_growing'
  /** Too small for the seed bank (25–45%). */
  | 'small'
  /** Founded late in 2020: only 2021's months, annualised with the season. */
  | 'new_in_2021';

export interface DemoSmallRevenue {
  readonly profile: DemoRevenueProfile;
  readonly months: readonly { year: number; month: number; revenue: number }[];
}

/** Share of the year's revenue in each month: slow at the Spring Festival, strong at year end. */
const SEASON = [0.07, 0.055, 0.08, 0.08, 0.085, 0.085, 0.08, 0.085, 0.085, 0.09, 0.09, 0.115];

function profileOf(rng: Rng): DemoRevenueProfile {
  const r = rng.next();
  if (r < 0.55) return 'in_band';
  if (r < 0.72) return 'fast_growing';
  if (r < 0.87) return 'small';
  return 'new_in_2021';
}

/**
 * Monthly revenues (万元) 2019-01 … 2021-05 of `count` small enterprises, one per index. The
 * share of the threshold reached by the trailing twelve months at May 2021 follows the profile.
 */
export function demoSmallRevenues(count: number, seed = 7): DemoSmallRevenue[] {
  const rng = makeRng(seed);
  return Array.from({ length: count }, () => {
    const profile = profileOf(rng);
    const growth =
      profile === 'fast_growing' ? 0.25 + rng.next() * 0.15 : -0.04 + rng.next() * 0.12;
    // The trailing twelve months lag the current pace by about half a year of growth.
    const lag = Math.sqrt(1 + growth);
    const shareNow =
      profile === 'fast_growing'
        ? (0.91 + rng.next() * 0.06) * lag
        : profile === 'small'
          ? 0.25 + rng.next() * 0.2
          : 0.56 + rng.next() * 0.38;
    // The yearly level reached at May 2021, grown back to earlier months at a steady rate.
    const levelNow = DEMO_INDUSTRY_THRESHOLD * shareNow;
    const months: { year: number; month: number; revenue: number }[] = [];
    const firstYear = profile === 'new_in_2021' ? 2021 : 2019;
    for (let year = firstYear; year <= 2021; year += 1) {
      const lastMonth = year === 2021 ? DEMO_REVENUE_THROUGH.month : 12;
      for (let month = 1; month <= lastMonth; month += 1) {
        const monthsBefore = (2021 - year) * 12 + (DEMO_REVENUE_THROUGH.month - month);
        const level = levelNow / Math.pow(1 + growth, monthsBefore / 12);
        const noise = 0.94 + rng.next() * 0.12;
        const revenue = Math.round(level * SEASON[month - 1]! * noise * 100) / 100;
        months.push({ year, month, revenue });
      }
    }
    return { profile, months };
  });
}

/** Reasons the demo's officers give when they drop a candidate or nominate one by hand. */
export const DEMO_DROP_REASONS = ['企业主营转为贸易，不再属于工业', '主要客户流失，订单难以恢复'];
export const DEMO_NOMINATION_REASON = '新签大额订单，下半年产能翻番，园区推荐纳入培育';

/** What officers log when they work on candidates and warnings. */
export const DEMO_CANDIDATE_ACTIONS = [
  '上门走访，了解订单和产能情况',
  '协调银行开展“桂惠贷”对接',
  '指导企业规范财务核算，准备入统资料',
  '组织参加产销对接会',
];
export const DEMO_WARNING_NOTES = [
  '电话核实：企业因原料涨价阶段性减产',
  '已约谈企业负责人，督促按时报送统计报表',
  '协调电力部门保障用电，预计下月恢复生产',
];
