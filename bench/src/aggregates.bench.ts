/**
 * Cockpit aggregates at scale on PostgreSQL: what one submission costs the figures (the
 * enterprise's part taken out of the period's aggregates and put back, as `changingPeriodFigures`
 * does) beside a rebuild of the whole period (imports, the demo load, a repair).
 * Prints a table and writes bench/out/aggregates-<enterprises>x<years>.json.
 *
 * npm run bench:aggregates -- --enterprises 10000 --years 2
 * BENCH_LOADED_URL: a database the scale benchmark kept (BENCH_KEEP_DATABASE=1), to skip the load.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_OUTPUT_BANDS, parsePeriod } from '@gongyeyun/core';
import {
  aggregateParts,
  createDb,
  refreshAggregates,
  replaceAggregateParts,
  type BandRule,
} from '@gongyeyun/db';
import { sql } from 'drizzle-orm';
import { report } from './bench-server';
import { parseDatasetArgs } from './dataset/generate';
import { loadAverage } from './dataset/database';
import { withLoadedDatabase } from './dataset/prepare';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const options = parseDatasetArgs(process.argv.slice(2));
const results: Record<string, number | string> = {
  'load average at the start (1 / 5 min)': loadAverage(),
};
const f1 = (v: number) => v.toFixed(1);
const p = (times: number[], q: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(q * times.length))]!;

await withLoadedDatabase(options, results, async ({ url, periods }) => {
  const handle = await createDb({ kind: 'postgres', url, poolSize: 2 });
  const db = handle.db;
  try {
    const period = periods[periods.length - 1]!;
    const parts = parsePeriod(period)!;
    const bands: BandRule = {
      indicator: 'output',
      bands: DEFAULT_OUTPUT_BANDS,
      annualPeriod: `${parts.year - 1}-12`,
      monthsCovered: parts.month,
    };
    // Enterprises of the period, spread over the counties.
    const listed = (await db.execute(
      sql`select enterprise_id as id from report_values
        where period = ${period} and indicator_code = 'output' order by md5(enterprise_id::text)`,
    )) as { rows: { id: number }[] };
    const ids = listed.rows.map((r) => r.id);
    const rows = async () => {
      const counted = (await db.execute(
        sql`select count(*)::int as n from report_aggregates where period = ${period}`,
      )) as { rows: { n: number }[] };
      return counted.rows[0]!.n;
    };
    results['period'] = period;
    results['enterprises reporting the period'] = ids.length;
    results['aggregate rows of the period'] = await rows();

    const rebuilds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await db.transaction((tx) => refreshAggregates(tx, period, bands));
      rebuilds.push(performance.now() - t0);
    }
    results['rebuild of the period (p50 of 3), ms'] = Math.round(p(rebuilds, 0.5));

    // One enterprise's part out and back in, as a submission does around its change.
    const single = async (i: number) => {
      const one = [ids[i % ids.length]!];
      const t0 = performance.now();
      await db.transaction(async (tx) => {
        const before = await aggregateParts(tx, period, bands, one);
        await replaceAggregateParts(tx, period, bands, one, before);
      });
      return performance.now() - t0;
    };
    for (let i = 0; i < 5; i++) await single(i);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) times.push(await single(i + 5));
    results['one enterprise’s part out and back (p50 / p95 / p99), ms'] =
      `${f1(p(times, 0.5))} / ${f1(p(times, 0.95))} / ${f1(p(times, 0.99))}`;
    results['ratio rebuild / one enterprise (p50)'] = Math.round(p(rebuilds, 0.5) / p(times, 0.5));
    const hundred = ids.slice(0, 100);
    const t0 = performance.now();
    await db.transaction(async (tx) => {
      const before = await aggregateParts(tx, period, bands, hundred);
      await replaceAggregateParts(tx, period, bands, hundred, before);
    });
    results['100 enterprises’ parts out and back (a bulk approval), ms'] = Math.round(
      performance.now() - t0,
    );
    results['aggregate rows after (unchanged)'] = await rows();
    report(`aggregates-${options.enterprises}x${options.years}`, results, {
      rebuilds,
      single: times,
    });
  } finally {
    await handle.close();
  }
});
