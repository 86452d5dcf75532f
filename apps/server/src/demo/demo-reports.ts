import {
  DEMO_ENTERPRISE_USER_USCC,
  makeRng,
  type DemoEnterprise,
  type DemoScaleEvent,
  type Rng,
} from './demo-registry';

/*
 * The demo city's monthly statistical reports (规上工业): a model of each enterprise's monthly
 * output, revenue, profit, tax, electricity and staff, turned into the figures an enterprise
 * reports each period (本月, 本年累计, 上年同期累计; 期末 and 上年同期 for staff). Pure and
 * deterministic for a seed; the demo loader writes the reports through the services.
 *
 * The model: an annual revenue scale from the enterprise's size and trade, yearly growth with
 * dispersion (a few in decline), a monthly pattern per trade (the sugar-pressing season runs
 * November to April; the Spring Festival lull in February; the year-end push in December), the
 * 2020 epidemic stoppage, new production lines, maintenance stoppages, new enterprises ramping
 * up, and enterprises drifting across the 2000万元 line as they enter or leave 规上.
 */

/** Report statuses the demo uses (a subset of the workflow's statuses). */
export type DemoReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'locked';

/** The 规上工业 indicators the demo reports, in form order. */
export const DEMO_REPORT_INDICATORS = [
  'output',
  'revenue',
  'profit',
  'tax',
  'electricity',
  'employees',
] as const;
export type DemoReportIndicator = (typeof DEMO_REPORT_INDICATORS)[number];

/** Decimal places each indicator is reported with (万元 and 万千瓦时: 1; 人: 0). */
export const DEMO_INDICATOR_DECIMALS: Record<DemoReportIndicator, number> = {
  output: 1,
  revenue: 1,
  profit: 1,
  tax: 1,
  electricity: 1,
  employees: 0,
};

/** Flows carry 本月, 本年累计, 上年同期累计; stocks 期末 (`ytd`) and 上年同期 (`prevYearYtd`). */
export const DEMO_STOCK_INDICATORS: ReadonlySet<DemoReportIndicator> = new Set(['employees']);

export interface DemoReportValue {
  /** 本月 (1–2月: the two months together); null for stocks. */
  month: string | null;
  /** 本年累计, or 期末 for stocks. */
  ytd: string;
  /** 上年同期累计, or 上年同期 for stocks. */
  prevYearYtd: string | null;
}

export interface DemoReport {
  uscc: string;
  /** Period key by its last month: `2021-02` is 1–2月. */
  period: string;
  status: DemoReportStatus;
  values: Record<DemoReportIndicator, DemoReportValue>;
  /** ISO instant within the month after the period (null for drafts). */
  submittedAt: string | null;
  /** ISO instant of the county's approval (approved and locked reports). */
  approvedAt: string | null;
  /** Why the county sent the report back (returned reports). */
  returnReason?: string;
  /** Explanations of soft findings by finding key (`yoy_change:<indicator>`). */
  explanations?: Record<string, string>;
}

export interface GenerateDemoReportsOptions {
  seed?: number;
  /** First period (default `2019-02`, i.e. 2019年1–2月). */
  from?: string;
  /** Last period (default `2021-06`): the one being reported now. */
  to?: string;
}

export const DEMO_REPORT_SEED = 20_210_706;
export const DEMO_REPORTS_FROM = '2019-02';
export const DEMO_REPORTS_TO = '2021-06';

/** A YoY change beyond this share needs an explanation (the soft rule's default). */
const YOY_THRESHOLD = 0.3;
const SCALE_THRESHOLD = 2_000;

// ---------------------------------------------------------------------------------------------
// Periods and calendar months
// ---------------------------------------------------------------------------------------------

interface Period {
  key: string;
  year: number;
  /** Last month, 2–12. */
  month: number;
}

function parseDemoPeriod(key: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 2 || month > 12) {
    throw new RangeError(`Not a reporting period (YYYY-MM, months 02–12): ${JSON.stringify(key)}`);
  }
  return { key, year, month };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function periodsBetween(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let y = from.year; y <= to.year; y++) {
    for (let m = y === from.year ? from.month : 2; m <= (y === to.year ? to.month : 12); m++) {
      out.push({ key: `${y}-${pad2(m)}`, year: y, month: m });
    }
  }
  return out;
}

/** First and last calendar day of a period (`YYYY-MM-DD`). */
function periodDays(p: Period): [string, string] {
  const last = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  const first = p.month === 2 ? 1 : p.month;
  return [`${p.year}-${pad2(first)}-01`, `${p.year}-${pad2(p.month)}-${pad2(last)}`];
}

/**
 * Whether an enterprise is 规上 at some moment of the period: it was before the period began
 * (an exit during the period still leaves that period to report), or it entered during it.
 */
export function isScaleDuringPeriod(events: readonly DemoScaleEvent[], period: string): boolean {
  const [firstDay, lastDay] = periodDays(parseDemoPeriod(period));
  const before = events.filter((e) => e.occurredOn < firstDay).at(-1);
  if (before?.kind === 'entered') return true;
  return events.some(
    (e) => e.kind === 'entered' && e.occurredOn >= firstDay && e.occurredOn <= lastDay,
  );
}

// ---------------------------------------------------------------------------------------------
// Trades
// ---------------------------------------------------------------------------------------------

interface Trade {
  isSugar: boolean;
  /** Revenue scale against registered capital. */
  scale: number;
  /** 万千瓦时 of electricity per 万元 of output. */
  intensity: number;
  /** 万元 of revenue a year per employee. */
  productivity: number;
  /** How hard the 2020 epidemic stoppage hit (0–1). */
  epidemic: number;
}

function tradeOf(code: string): Trade {
  const t = (
    scale: number,
    intensity: number,
    productivity: number,
    epidemic = 1,
    isSugar = false,
  ): Trade => ({ isSugar, scale, intensity, productivity, epidemic });
  if (code === '1340') return t(2.2, 0.03, 160, 0.3, true);
  if (code === '3216') return t(1.25, 0.95, 450);
  if (code === '3218') return t(1.5, 1.1, 250);
  if (code === '3140') return t(1.6, 0.65, 220);
  if (code === '3120' || code === '3130') return t(2, 0.16, 300);
  if (code === '3011') return t(1.3, 0.26, 200);
  if (code.startsWith('32')) return t(1.5, 0.08, 260);
  if (code.startsWith('44') || code.startsWith('45')) {
    return t(0.6, code === '4420' ? 0.01 : 0.05, 300, 0.4);
  }
  if (/^(06|08|09|10)/.test(code)) return t(1, 0.12, 150);
  if (code === '3099' || code === '2613') return t(1.1, 0.15, 150);
  if (code.startsWith('22')) return t(1.2, 0.12, 150);
  if (/^(26|28|29)/.test(code)) return t(1.2, 0.08, 180);
  if (code.startsWith('30')) return t(1, 0.1, 120);
  if (/^(13|14|15|17|18|20|21)/.test(code)) return t(1.1, 0.03, 60);
  return t(1, 0.04, 90);
}

const normalise = (weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w * 12) / sum);
};

/** Monthly pattern (Jan … Dec) of most trades: the Spring Festival lull and the year-end push. */
const GENERAL_SEASON = normalise([
  0.92, 0.72, 1, 1, 1.02, 1.05, 0.97, 0.97, 1.03, 0.98, 1.06, 1.28,
]);
/** Cane is pressed from November to April; the mills are overhauled from May to October. */
const SUGAR_SEASON = normalise([2.3, 1.9, 1.7, 0.7, 0.04, 0.02, 0.02, 0.02, 0.02, 0.05, 1.2, 2.3]);
/** Sugar sold from stock through the year: half follows the pressing, half is even. */
const SUGAR_SALES = SUGAR_SEASON.map((w) => 0.5 * w + 0.5);
/** 2020's epidemic stoppage by month (January … May), before a trade's sensitivity. */
const EPIDEMIC_2020 = [0.96, 0.6, 0.87, 0.96, 0.99];

// ---------------------------------------------------------------------------------------------
// The enterprise model
// ---------------------------------------------------------------------------------------------

interface MonthlySeries {
  output: number[];
  revenue: number[];
  profit: number[];
  tax: number[];
  electricity: number[];
  employees: number[];
}

interface Causes {
  /** Month indexes with a maintenance stoppage. */
  stoppages: Set<number>;
  /** Month index a new production line started, or null. */
  newLine: number | null;
  /** Month index production began (negative when before the series). */
  startsAt: number;
}

/** FNV-1a: a stable 32-bit hash that gives each enterprise its own random stream. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function normal(rng: Rng, mean: number, sd: number): number {
  const u = Math.max(rng.next(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const uniform = (rng: Rng, min: number, max: number): number => min + rng.next() * (max - min);

const yearOf = (date: string): number => Number(date.slice(0, 4));
/** Month index (0 = January of `baseYear`) of a `YYYY-MM-DD` date. */
const monthIndex = (date: string, baseYear: number): number =>
  (yearOf(date) - baseYear) * 12 + Number(date.slice(5, 7)) - 1;

function modelEnterprise(
  e: DemoEnterprise,
  seed: number,
  baseYear: number,
  months: number,
): { series: MonthlySeries; causes: Causes; trade: Trade } {
  const rng = makeRng((seed ^ hash(e.uscc)) >>> 0);
  const trade = tradeOf(e.industryCode);
  const lastYear = baseYear + Math.ceil(months / 12) - 1;

  // Yearly growth: a trend of the enterprise's own (a few in decline) and yearly dispersion.
  const trend = rng.chance(0.16) ? uniform(rng, -0.14, 0) : normal(rng, 0.1, 0.06);
  const index = new Map<number, number>([[baseYear, 1]]);
  for (let y = baseYear + 1; y <= lastYear + 1; y++) {
    const g = Math.max(-0.35, trend + normal(rng, 0, 0.05));
    index.set(y, (index.get(y - 1) ?? 1) * (1 + g));
  }

  // The level: from capital and trade, above the 2000万元 line, or set by an entry or an exit.
  const capital = Number(e.registeredCapital);
  let anchorYear = baseYear + 1;
  let anchorRevenue = Math.min(
    600_000,
    Math.max(
      SCALE_THRESHOLD * uniform(rng, 1.05, 2.4),
      capital * trade.scale * rng.logUniform(0.6, 2.4),
    ),
  );
  const entry = e.scaleEvents.find((s) => s.kind === 'entered' && yearOf(s.occurredOn) > baseYear);
  const exit = e.scaleEvents.find((s) => s.kind === 'exited' && yearOf(s.occurredOn) > baseYear);
  const exitForRevenue = exit?.reason.includes('低于') === true;
  if (entry !== undefined && yearOf(entry.occurredOn) <= lastYear) {
    // Grown across the line: fast growth up to the entry year.
    const y0 = yearOf(entry.occurredOn);
    anchorYear = y0;
    anchorRevenue = SCALE_THRESHOLD * uniform(rng, 1.1, 1.6);
    for (let y = baseYear + 1; y <= y0; y++) {
      index.set(y, (index.get(y - 1) ?? 1) * (1 + uniform(rng, 0.15, 0.35)));
    }
    for (let y = y0 + 1; y <= lastYear + 1; y++) {
      index.set(y, (index.get(y - 1) ?? 1) * (1 + Math.max(0, normal(rng, 0.1, 0.05))));
    }
  } else if (exit !== undefined && exitForRevenue && yearOf(exit.occurredOn) <= lastYear + 1) {
    // Slid below the line: falling sales up to the year it left.
    const y0 = yearOf(exit.occurredOn);
    anchorYear = y0 - 1;
    anchorRevenue = SCALE_THRESHOLD * uniform(rng, 0.8, 0.98);
    for (let y = baseYear + 1; y <= lastYear + 1; y++) {
      const g = y <= y0 ? uniform(rng, -0.2, -0.08) : normal(rng, 0, 0.05);
      index.set(y, (index.get(y - 1) ?? 1) * (1 + g));
    }
  }
  const anchorIndex = index.get(anchorYear) ?? 1;
  const annualRevenue = (y: number): number => (anchorRevenue * (index.get(y) ?? 1)) / anchorIndex;

  // Events: production start, a new line, maintenance stoppages, a stop or closure.
  const startsAt = monthIndex(e.foundedOn, baseYear) + 1;
  const newLine = rng.chance(0.07) ? rng.int(12, Math.max(12, months - 1)) : null;
  const lineBoost = uniform(rng, 1.35, 1.8);
  const stoppages = new Set<number>();
  for (let y = 0; y * 12 < months; y++) {
    if (rng.chance(0.04)) {
      const m = y * 12 + rng.int(trade.isSugar ? 4 : 0, 11);
      stoppages.add(m);
      if (rng.chance(0.5)) stoppages.add(m + 1);
    }
  }
  const stopsAt =
    exit !== undefined && !exitForRevenue ? monthIndex(exit.occurredOn, baseYear) : null;

  // Per-enterprise ratios.
  const outputRatio = uniform(rng, 0.95, 1.1);
  const margin = rng.chance(0.12) ? uniform(rng, -0.06, 0.01) : uniform(rng, 0.03, 0.08);
  const taxRate = uniform(rng, 0.02, 0.05);
  const intensity = trade.intensity * uniform(rng, 0.7, 1.3);
  const staff0 = Math.max(
    20,
    (annualRevenue(baseYear + 1) / trade.productivity) * uniform(rng, 0.7, 1.3),
  );
  const staffDrift = normal(rng, 0.02, 0.03);

  const series: MonthlySeries = {
    output: [],
    revenue: [],
    profit: [],
    tax: [],
    electricity: [],
    employees: [],
  };
  for (let t = 0; t < months; t++) {
    const year = baseYear + Math.floor(t / 12);
    const m = t % 12;
    let activity = 1;
    if (t < startsAt) activity = 0;
    else if (t < startsAt + 6) activity = 0.3 + (0.7 * (t - startsAt)) / 6;
    if (year === 2020 && m < EPIDEMIC_2020.length) {
      activity *= 1 - trade.epidemic * (1 - (EPIDEMIC_2020[m] ?? 1));
    }
    if (newLine !== null && t >= newLine)
      activity *= t === newLine ? 1 + (lineBoost - 1) / 2 : lineBoost;
    if (stoppages.has(t)) activity *= 0.15;
    if (stopsAt !== null && t >= stopsAt - 3) activity *= t >= stopsAt ? 0.05 : 0.5;

    const base = (annualRevenue(year) / 12) * activity;
    const produced = base * (trade.isSugar ? (SUGAR_SEASON[m] ?? 1) : (GENERAL_SEASON[m] ?? 1));
    const sold = base * (trade.isSugar ? (SUGAR_SALES[m] ?? 1) : (GENERAL_SEASON[m] ?? 1));
    const output = Math.max(0, produced * outputRatio * (1 + normal(rng, 0, 0.04)));
    const revenue = Math.max(0, sold * (1 + normal(rng, 0, 0.04)));
    // 16% → 13% VAT from April 2019 lowered the tax on the same sales.
    const vatCut = year > 2019 || (year === 2019 && m >= 3) ? 0.92 : 1;
    series.output.push(output);
    series.revenue.push(revenue);
    series.profit.push(
      revenue * (margin + normal(rng, 0, 0.012)) - (stoppages.has(t) ? base * 0.03 : 0),
    );
    series.tax.push(Math.max(0, revenue * taxRate * vatCut * (1 + normal(rng, 0, 0.08))));
    series.electricity.push(Math.max(0, output * intensity * (1 + normal(rng, 0, 0.04))));
    const pressing = trade.isSugar && (m <= 3 || m >= 10) ? 1.45 : 1;
    const lineStaff = newLine !== null && t >= newLine ? 1.15 : 1;
    series.employees.push(
      t < startsAt
        ? 0
        : staff0 *
            Math.pow(1 + staffDrift, t / 12) *
            pressing *
            lineStaff *
            Math.min(1, 0.5 + activity / 2) *
            (1 + normal(rng, 0, 0.008)),
    );
  }
  return { series, causes: { stoppages, newLine, startsAt }, trade };
}

// ---------------------------------------------------------------------------------------------
// Figures: integer units of the last decimal place, so that 累计 − 上期累计 = 本月 exactly
// ---------------------------------------------------------------------------------------------

function formatUnits(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const scale = 10 ** decimals;
  const abs = Math.abs(units);
  const text = `${Math.floor(abs / scale)}.${String(abs % scale).padStart(decimals, '0')}`;
  return units < 0 ? `-${text}` : text;
}

/** 本年累计 in units at each month's end: the rounded running sum from January. */
function ytdUnits(monthly: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const out: number[] = [];
  let sum = 0;
  monthly.forEach((v, t) => {
    sum = t % 12 === 0 ? v : sum + v;
    out.push(Math.round(sum * scale));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Explanations of YoY changes beyond ±30%
// ---------------------------------------------------------------------------------------------

interface ExplainContext {
  year: number;
  /** Month index of the period's last month. */
  t: number;
  /** First month index of the period's year. */
  yearStart: number;
  causes: Causes;
  trade: Trade;
}

function activityReason(up: boolean, c: ExplainContext): string {
  const within = (from: number, to: number, test: (t: number) => boolean): boolean => {
    for (let t = from; t <= to; t++) if (test(t)) return true;
    return false;
  };
  if (up) {
    if (c.causes.startsAt > c.t - 24) return '新建项目投产，上年同期尚未投产或产能未完全释放';
    if (c.causes.newLine !== null && c.causes.newLine > c.t - 12 && c.causes.newLine <= c.t) {
      return '新生产线投产，产量大幅增加';
    }
    if (c.year === 2021) return '上年同期受新冠肺炎疫情影响停工停产，基数较低';
    if (within(c.yearStart - 12, c.t - 12, (t) => c.causes.stoppages.has(t))) {
      return '上年同期设备停产检修，基数较低';
    }
    if (c.trade.isSugar) return '本榨季甘蔗入榨量增加，产糖量同比增长';
    return '市场需求旺盛，新增订单较多，产销同比增长';
  }
  if (within(c.yearStart, c.t, (t) => c.causes.stoppages.has(t))) return '设备停产检修，产量下降';
  if (c.year === 2020) return '受新冠肺炎疫情影响，延迟复工复产，产销下降';
  if (c.trade.isSugar) return '甘蔗减产，入榨量减少，产糖量同比下降';
  return '市场需求减弱，订单减少，产销同比下降';
}

function explanationFor(
  indicator: DemoReportIndicator,
  ytd: number,
  prev: number,
  c: ExplainContext,
): string | null {
  const changed = prev === 0 ? ytd !== 0 : Math.abs(ytd / prev - 1) > YOY_THRESHOLD;
  if (!changed) return null;
  const up = prev === 0 ? ytd > 0 : prev > 0 ? ytd > prev : ytd > prev && ytd >= 0;
  switch (indicator) {
    case 'output':
    case 'revenue':
      return activityReason(up, c);
    case 'electricity':
      return `${activityReason(up, c)}，用电量相应${up ? '增加' : '减少'}`;
    case 'profit':
      if (ytd < 0) return '原材料价格上涨，产品售价下跌，出现亏损';
      if (prev < 0) return '产品价格回升，成本下降，扭亏为盈';
      return up ? '产品价格回升，产销增长，利润增加' : '原材料和用工成本上升，利润下降';
    case 'tax':
      if (up) return '销售收入增加，应缴增值税相应增加';
      return c.year <= 2020
        ? '落实减税降费政策，增值税税率下调，税金减少'
        : '销售收入减少，税金相应减少';
    case 'employees':
      if (prev === 0) return '新建企业，上年同期尚未投产';
      return up ? '扩大生产规模，新招员工' : '优化用工结构，人员减少';
  }
}

// ---------------------------------------------------------------------------------------------
// Workflow: statuses and when things happened
// ---------------------------------------------------------------------------------------------

const RETURN_REASONS = [
  '本月工业总产值与营业收入差异较大，请核实后重新报送',
  '工业用电量同比大幅下降但产值增长，请核实',
  '期末从业人员与上月差异较大，请核实并补充说明',
  '上年同期累计与去年报送数据不一致，请核实',
  '利润总额变动较大，说明过于简单，请补充具体原因',
] as const;

/** An instant in Beijing time (UTC+8) as an ISO string. */
const beijing = (year: number, month: number, day: number, hour: number, minute: number): string =>
  new Date(Date.UTC(year, month - 1, day, hour - 8, minute)).toISOString();

interface Timing {
  submittedAt: string;
  approvedAt: string;
}

/**
 * When a report was submitted and approved, in the month after the period: most before the 7th
 * (the enterprise deadline), some late; approval by the county a day or a few later. `lastDay`
 * bounds both (the day the demo stands on for the current period).
 */
function timingOf(rng: Rng, p: Period, lastDay: number): Timing {
  const y = p.month === 12 ? p.year + 1 : p.year;
  const m = p.month === 12 ? 1 : p.month + 1;
  const submitDay = rng.chance(0.88)
    ? rng.weighted([1, 2, 3, 4, 5, 6, 7], (d) => d)
    : rng.int(8, Math.max(8, lastDay));
  const day = Math.min(submitDay, lastDay);
  const hour = rng.int(8, 17);
  const approveDay = Math.min(lastDay, rng.int(day, day + 3));
  const approveHour = approveDay === day ? Math.min(19, hour + rng.int(1, 3)) : rng.int(8, 17);
  return {
    submittedAt: beijing(y, m, day, hour, rng.int(0, 59)),
    approvedAt: beijing(y, m, approveDay, approveHour, rng.int(0, 59)),
  };
}

type CurrentOutcome = DemoReportStatus | 'missing';

const CURRENT_MIX: readonly (readonly [CurrentOutcome, number])[] = [
  ['submitted', 45],
  ['approved', 20],
  ['returned', 10],
  ['draft', 15],
  ['missing', 10],
];

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/**
 * Monthly reports of the demo's 规上 enterprises from `from` to `to` (2019年1–2月 … 2021年6月 by
 * default), deterministic for a seed. An enterprise reports a period while it is 规上. Periods
 * before the last but one are locked; the last but one approved, a few still submitted; the last
 * is being reported: submitted, approved, returned, draft, or not yet there at all. The demo
 * 'enterprise' login's enterprise reports every earlier period and
 * (DEMO_ENTERPRISE_USER_USCC) has nothing yet for the last.
 */
export function generateDemoReports(
  enterprises: readonly DemoEnterprise[],
  options: GenerateDemoReportsOptions = {},
): DemoReport[] {
  const seed = options.seed ?? DEMO_REPORT_SEED;
  const from = parseDemoPeriod(options.from ?? DEMO_REPORTS_FROM);
  const to = parseDemoPeriod(options.to ?? DEMO_REPORTS_TO);
  if (from.key > to.key) throw new RangeError(`from (${from.key}) is after to (${to.key})`);
  const periods = periodsBetween(from, to);
  const baseYear = from.year - 1;
  const months = (to.year - baseYear) * 12 + to.month;
  const statusRng = makeRng((seed ^ 0x5bd1e995) >>> 0);
  const reports: DemoReport[] = [];

  for (const e of enterprises) {
    const reported = periods.filter((p) => isScaleDuringPeriod(e.scaleEvents, p.key));
    if (reported.length === 0) continue;
    const { series, causes, trade } = modelEnterprise(e, seed, baseYear, months);
    const ytd = Object.fromEntries(
      DEMO_REPORT_INDICATORS.map((code) => {
        const d = DEMO_INDICATOR_DECIMALS[code];
        const units = DEMO_STOCK_INDICATORS.has(code)
          ? series[code].map((v) => Math.round(v * 10 ** d))
          : ytdUnits(series[code], d);
        return [code, units];
      }),
    ) as Record<DemoReportIndicator, number[]>;

    for (const p of reported) {
      const t = (p.year - baseYear) * 12 + p.month - 1;
      const yearStart = (p.year - baseYear) * 12;
      const values = {} as Record<DemoReportIndicator, DemoReportValue>;
      const explanations: Record<string, string> = {};
      for (const code of DEMO_REPORT_INDICATORS) {
        const d = DEMO_INDICATOR_DECIMALS[code];
        const units = ytd[code];
        const now = units[t] ?? 0;
        const prev = units[t - 12] ?? 0;
        const isStock = DEMO_STOCK_INDICATORS.has(code);
        const monthUnits = p.month === 2 ? now : now - (units[t - 1] ?? 0);
        values[code] = {
          month: isStock ? null : formatUnits(monthUnits, d),
          ytd: formatUnits(now, d),
          prevYearYtd: formatUnits(prev, d),
        };
        const why = explanationFor(code, now / 10 ** d, prev / 10 ** d, {
          year: p.year,
          t,
          yearStart,
          causes,
          trade,
        });
        if (why !== null) explanations[`yoy_change:${code}`] = why;
      }

      const isLast = p.key === to.key;
      const isLastButOne = !isLast && p.key === periods.at(-2)?.key;
      let outcome: CurrentOutcome;
      if (isLast) {
        outcome =
          e.uscc === DEMO_ENTERPRISE_USER_USCC
            ? 'missing'
            : statusRng.weighted(CURRENT_MIX, ([, w]) => w)[0];
      } else if (isLastButOne) {
        outcome = statusRng.chance(0.93) ? 'approved' : 'submitted';
      } else {
        outcome = 'locked';
      }
      if (outcome === 'missing') continue;
      const timing = timingOf(statusRng, p, isLast ? 9 : 12);
      const report: DemoReport = {
        uscc: e.uscc,
        period: p.key,
        status: outcome,
        values,
        submittedAt: outcome === 'draft' ? null : timing.submittedAt,
        approvedAt: outcome === 'approved' || outcome === 'locked' ? timing.approvedAt : null,
      };
      if (outcome === 'returned') report.returnReason = statusRng.pick(RETURN_REASONS);
      if (Object.keys(explanations).length > 0) report.explanations = explanations;
      reports.push(report);
    }
  }
  return reports;
}
