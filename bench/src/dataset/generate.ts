/**
 * A synthetic region for benchmarks, deterministic for a seed: org units, enterprises across
 * the demo's chains with a heavy-tailed size (log-normal annual output: most enterprises small,
 * a few very large), and the monthly reports of eight indicators for each: eleven periods a
 * year, January and February reported together as `YYYY-02` (1–2月). Written
 * as CSV files one row at a time (memory stays bounded whatever the scale):
 *
 *   org_units.csv      code,name,kind,parent_code
 *   enterprises.csv    ref,uscc,name,county_code,industry_code,chains,annual_output
 *   report_values.csv  enterprise_ref,period,indicator_code,month,ytd,prev_year_ytd
 *
 * Usage: npm run bench:generate -- --enterprises 3000 --years 1 [--seed 1] [--out DIR]
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The demo city's counties; larger regions add synthetic ones under the same city. */
export const DEMO_COUNTIES = ['451302', '451321', '451322', '451323', '451324', '451381'];
/** The demo's chains (by code) with an industry class of each. */
export const CHAINS: readonly { code: string; industry: string }[] = [
  { code: 'sugar', industry: '1340' },
  { code: 'energy', industry: '4411' },
  { code: 'metallurgy', industry: '3120' },
  { code: 'aluminium', industry: '3216' },
  { code: 'calcium-carbonate', industry: '3099' },
  { code: 'wood-furniture', industry: '2021' },
  { code: 'medicine', industry: '2720' },
  { code: 'agri-food', industry: '1391' },
  { code: 'electronics', industry: '3971' },
  { code: 'eco-env', industry: '3591' },
  { code: 'textile', industry: '1711' },
  { code: 'chemicals', industry: '2614' },
  { code: 'machinery', industry: '3431' },
];
/** Six indicators of the product's reference data and two more a province adds. */
export const INDICATORS = [
  'output',
  'revenue',
  'profit',
  'tax',
  'electricity',
  'employees',
  'energy_use',
  'rd_spend',
] as const;
export const FIRST_YEAR = 2022;

export interface GenerateOptions {
  enterprises: number;
  years: number;
  seed: number;
  out: string;
}

export interface Generated {
  out: string;
  counties: number;
  enterprises: number;
  values: number;
  periods: string[];
}

/** Mulberry32: a small, fast, seedable generator of uniform numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const normal = (u: () => number) => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());

/** A CSV writer that waits when the disk is behind (bounded memory). */
class Csv {
  private readonly stream: WriteStream;
  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.stream.write(`${header}\n`);
  }
  async row(line: string) {
    if (!this.stream.write(`${line}\n`)) await once(this.stream, 'drain');
  }
  async close() {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Periods of a year: 1–2月 as `YYYY-02`, then March to December. */
const PERIODS_A_YEAR = 11;
export const periodsOf = (years: number) =>
  Array.from({ length: years * PERIODS_A_YEAR }, (_, i) => {
    const year = FIRST_YEAR + Math.floor(i / PERIODS_A_YEAR);
    return `${year}-${String((i % PERIODS_A_YEAR) + 2).padStart(2, '0')}`;
  });

/** Shares of a year's flow by period (1–2月 with the spring festival, a strong Q4); sum 1. */
const SEASON = [0.125, 0.08, 0.082, 0.084, 0.085, 0.086, 0.087, 0.088, 0.09, 0.092, 0.101];

export async function generate(o: GenerateOptions): Promise<Generated> {
  const u = random(o.seed);
  mkdirSync(o.out, { recursive: true });
  const countyCount = Math.max(DEMO_COUNTIES.length, Math.ceil(o.enterprises / 600));
  const counties = Array.from({ length: countyCount }, (_, i) =>
    i < DEMO_COUNTIES.length ? DEMO_COUNTIES[i]! : `451300-B${String(i).padStart(3, '0')}`,
  );
  const units = new Csv(join(o.out, 'org_units.csv'), 'code,name,kind,parent_code');
  for (const [i, code] of counties.entries())
    await units.row(`${code},${i < DEMO_COUNTIES.length ? '' : `基准县${i}`},county,451300`);
  await units.close();

  const firms = new Csv(
    join(o.out, 'enterprises.csv'),
    'ref,uscc,name,county_code,industry_code,chains,annual_output',
  );
  const facts = new Csv(
    join(o.out, 'report_values.csv'),
    'enterprise_ref,period,indicator_code,month,ytd,prev_year_ytd',
  );
  const periods = periodsOf(o.years);
  let values = 0;
  // Counties get unequal shares too: the city district holds the most enterprises.
  const countyWeight = counties.map((_, i) => 1 / (i + 1) ** 0.7);
  const totalWeight = countyWeight.reduce((a, b) => a + b, 0);
  const pickCounty = () => {
    let x = u() * totalWeight;
    for (const [i, w] of countyWeight.entries()) if ((x -= w) <= 0) return counties[i]!;
    return counties[counties.length - 1]!;
  };
  const f2 = (v: number) => v.toFixed(2);
  for (let ref = 1; ref <= o.enterprises; ref++) {
    // Annual output in 万元: log-normal, median 4,000 (2,000 万元 is the 规上 line), σ 1.1.
    const annual = Math.max(2000, 4000 * Math.exp(1.1 * normal(u)));
    const chain = CHAINS[Math.floor(u() * u() * CHAINS.length)]!;
    const second = u() < 0.15 ? CHAINS[Math.floor(u() * CHAINS.length)]! : null;
    const chains =
      second && second.code !== chain.code ? `${chain.code}|${second.code}` : chain.code;
    const county = pickCounty();
    const uscc = `91${county.slice(0, 6)}MA${String(ref).padStart(8, '0')}X`;
    await firms.row(
      `${ref},${uscc},基准企业${ref}号有限公司,${county},${chain.industry},${chains},${f2(annual)}`,
    );
    // Shares of output for each indicator (employees: persons, a stock; electricity: 万千瓦时).
    const ratio = {
      revenue: 0.9 + 0.15 * u(),
      profit: Math.max(0.005, 0.06 + 0.04 * normal(u)),
      tax: 0.02 + 0.02 * u(),
      electricity: 0.02 + 0.2 * u() * u(),
      energy_use: 0.01 + 0.05 * u(),
      rd_spend: u() < 0.3 ? 0.01 + 0.03 * u() : 0.001,
    };
    const employees = Math.round(30 + 8 * annual ** 0.55 * (0.7 + 0.6 * u()));
    const growth = 0.06 + 0.12 * normal(u);
    // Previous year's year-to-date figures, month by month (synthesised for the first year).
    let prevYtd: number[] | null = null;
    let level = annual / (1 + growth);
    for (let y = 0; y < o.years; y++) {
      level *= 1 + growth + 0.05 * normal(u);
      const ytd = new Array<number>(INDICATORS.length).fill(0);
      const thisYear: number[] = [];
      for (let m = 0; m < PERIODS_A_YEAR; m++) {
        const period = periods[y * PERIODS_A_YEAR + m]!;
        const output = Math.max(0, level * SEASON[m]! * (1 + 0.08 * normal(u)));
        const month: Record<(typeof INDICATORS)[number], number> = {
          output,
          revenue: output * ratio.revenue,
          profit: output * ratio.profit,
          tax: output * ratio.tax,
          electricity: output * ratio.electricity,
          employees,
          energy_use: output * ratio.energy_use,
          rd_spend: output * ratio.rd_spend,
        };
        for (const [i, code] of INDICATORS.entries()) {
          const stock = code === 'employees';
          ytd[i] = stock ? month[code] : ytd[i]! + month[code];
          const prev = prevYtd
            ? prevYtd[m * INDICATORS.length + i]!
            : stock
              ? Math.round(employees * (0.9 + 0.1 * u()))
              : ytd[i] / (1 + growth);
          thisYear.push(ytd[i]);
          await facts.row(
            `${ref},${period},${code},${stock ? '' : f2(month[code])},${f2(ytd[i])},${f2(prev)}`,
          );
          values++;
        }
      }
      prevYtd = thisYear;
    }
  }
  await firms.close();
  await facts.close();
  return { out: o.out, counties: countyCount, enterprises: o.enterprises, values, periods };
}

export const datasetDir = (enterprises: number, years: number, seed: number) =>
  resolve(import.meta.dirname, `../../out/dataset-${enterprises}x${years}-s${seed}`);

export function parseDatasetArgs(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      enterprises: { type: 'string', default: '3000' },
      years: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const enterprises = Number(values.enterprises);
  const years = Number(values.years);
  const seed = Number(values.seed);
  if (!(enterprises >= 1 && years >= 1 && Number.isInteger(seed)))
    throw new Error('--enterprises and --years must be positive, --seed an integer');
  return {
    enterprises,
    years,
    seed,
    out: values.out ? resolve(values.out) : datasetDir(enterprises, years, seed),
  };
}

if (process.argv[1] === import.meta.filename) {
  const options = parseDatasetArgs(process.argv.slice(2));
  const t0 = performance.now();
  const g = await generate(options);
  console.log(
    `${g.enterprises} enterprises in ${g.counties} counties, ${g.periods.length} periods, ` +
      `${g.values} values → ${g.out} (${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
      `peak RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB)`,
  );
}
