/**
 * Scale benchmark on PostgreSQL: a generated region (see dataset/generate.ts) loaded into a
 * fresh database holding the demo city, then
 *   - loading: raw COPY of the values file beside the product's rows built from it, and the
 *     cockpit aggregates of every period (what each approving transaction recomputes);
 *   - later start of a server on the loaded database, and its RSS after the views;
 *   - the cockpit views through the HTTP API (warm, one at a time, BENCH_ROUNDS each), beside
 *     DuckDB computing the same answer from the same CSV facts (held in memory), and the ratio.
 * Prints a table and writes bench/out/scale-<enterprises>x<years>.json.
 *
 * npm run bench:scale -w bench -- --enterprises 3000 --years 1
 * BENCH_DATABASE_URL: an administrator's connection (default postgres://postgres@127.0.0.1:5432/postgres);
 * BENCH_KEEP_DATABASE=1 keeps the loaded database for the aggregates benchmark (BENCH_LOADED_URL).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { report, startBenchServer } from './bench-server';
import { explainProductQueries } from './dataset/explain';
import { parseDatasetArgs } from './dataset/generate';
import { loadAverage } from './dataset/database';
import { withLoadedDatabase } from './dataset/prepare';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const options = parseDatasetArgs(process.argv.slice(2));
const results: Record<string, number | string> = {
  'load average at the start (1 / 5 min)': loadAverage(),
};
const f1 = (v: number) => v.toFixed(1);

const percentiles = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
};
const timeRounds = async (work: () => Promise<unknown>) => {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return percentiles(times);
};

await withLoadedDatabase(options, results, async ({ url, load }) => {
  if (!load) throw new Error('the scale benchmark measures the load: unset BENCH_LOADED_URL');
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
  results['values'] = load.values;
  results['raw COPY of the values file, values/s'] = perSecond(load.values, load.copyValuesMs);
  results['report_values from staging (keys, indexes), values/s'] = perSecond(
    load.values,
    load.insertValuesMs,
  );
  results['ratio product rows / raw COPY'] = (load.copyValuesMs / load.insertValuesMs).toFixed(3);
  results['registry, periods and reports from staging, ms'] = load.registryMs;
  const agg = percentiles(load.aggregatesPerPeriodMs);
  results['refresh one period’s aggregates (p50 / max), ms'] =
    `${Math.round(agg.p50)} / ${Math.max(...load.aggregatesPerPeriodMs)}`;

  const server = await startBenchServer({ databaseUrl: url });
  results['later start, ms'] = server.startMs;
  const cookie = await server.login('analyst');
  const period = load.periods[load.periods.length - 1]!;
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(server.base + path, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  // DuckDB: the same facts, read once from the CSV files into memory.
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  const csv = (file: string) => `read_csv('${join(options.out, file)}', header = true)`;
  const t0 = performance.now();
  await duck.run(`create table v as select * from ${csv('report_values.csv')}`);
  await duck.run(`create table e as select * from ${csv('enterprises.csv')}`);
  await duck.run(`create table o as select * from ${csv('org_units.csv')}`);
  results['DuckDB: read the CSV facts into memory, ms'] = Math.round(performance.now() - t0);
  const generatedCodes = (await duck.runAndReadAll(`select code from o`))
    .getRows()
    .map((r) => String(r[0]));

  const at = `v.period = '${period}' and v.indicator_code = 'output'`;
  const duckViews: Record<string, string> = {
    'summary by county': `select e.county_code, sum(v.ytd),
        sum(v.ytd) filter (where v.prev_year_ytd is not null) /
          sum(v.prev_year_ytd) filter (where v.ytd is not null) - 1, count(*)
      from v join e on e.ref = v.enterprise_ref where ${at} group by 1 order by 1`,
    'summary by chain': `select c.code, sum(v.ytd), sum(v.ytd) / sum(v.prev_year_ytd) - 1, count(*)
      from v join e on e.ref = v.enterprise_ref,
        unnest(string_split(e.chains, '|')) as c(code)
      where ${at} group by 1 order by 1`,
    'series of the year': `select v.period, sum(v.ytd), sum(v.ytd) / sum(v.prev_year_ytd) - 1
      from v where v.indicator_code = 'output' and v.period like '${period.slice(0, 4)}-%'
      group by 1 order by 1`,
    'explain city growth (first page: 20 rows by contribution, and the count)': `select
        v.enterprise_ref, v.ytd, v.prev_year_ytd,
        (v.ytd - v.prev_year_ytd) / sum(v.prev_year_ytd) over () as contribution,
        count(*) over () as total
      from v where ${at} order by contribution desc limit 20`,
    'top 10 enterprises by contribution': `select v.enterprise_ref,
        (v.ytd - v.prev_year_ytd) / sum(v.prev_year_ytd) over () as contribution
      from v where ${at} order by contribution desc limit 10`,
  };
  const apiViews: Record<string, string> = {
    'summary by county': `/api/analytics/summary?period=${period}&by=county`,
    'summary by chain': `/api/analytics/summary?period=${period}&by=chain`,
    'series of the year': `/api/analytics/series?period=${period}`,
    'explain city growth (first page: 20 rows by contribution, and the count)': `/api/analytics/explain?period=${period}&figure=growth`,
    'top 10 enterprises by contribution': `/api/analytics/enterprises?period=${period}&limit=10`,
  };

  // The same answer: the city's total on both sides (the demo's own enterprises report no
  // generated period, so the city is exactly the generated enterprises).
  const summary = await get<{ total: { ytd: number; enterprises: number } }>(
    apiViews['summary by county']!,
  );
  const duckTotal = (
    await duck.runAndReadAll(`select sum(v.ytd)::double, count(*) from v where ${at}`)
  ).getRows()[0]!;
  results['check: city Σ 本年累计 (API / DuckDB)'] =
    `${summary.total.ytd.toFixed(0)} / ${Number(duckTotal[0]).toFixed(0)}`;
  results['check: enterprises (API / DuckDB)'] =
    `${summary.total.enterprises} / ${Number(duckTotal[1])}`;
  results['counties in the dataset'] = generatedCodes.length;

  const views: Record<
    string,
    { api: ReturnType<typeof percentiles>; duck: ReturnType<typeof percentiles> }
  > = {};
  for (const [view, path] of Object.entries(apiViews)) {
    const api = await timeRounds(() => get(path));
    const query = duckViews[view]!;
    const d = await timeRounds(() => duck.runAndReadAll(query));
    views[view] = { api, duck: d };
    results[`${view}: API p50 / p95 / p99, ms`] =
      `${f1(api.p50)} / ${f1(api.p95)} / ${f1(api.p99)}`;
    results[`${view}: DuckDB p50 / p95, ms`] = `${f1(d.p50)} / ${f1(d.p95)}`;
    results[`${view}: ratio API p95 / DuckDB p95`] = f1(api.p95 / d.p95);
  }
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  results['server RSS after the views (peak), MiB'] =
    `${Math.round(Number(rss) / 1024)} (${Math.round(Number(hwm) / 1024)})`;
  await server.stop();
  const plans = await explainProductQueries(url, period);
  const planFile = new URL(
    `../out/scale-${options.enterprises}x${options.years}-explain.txt`,
    import.meta.url,
  );
  writeFileSync(planFile, plans);
  results['EXPLAIN ANALYZE of the refresh and the explain view'] = planFile.pathname;
  results['load average at the end (1 / 5 min)'] = loadAverage();
  report(`scale-${options.enterprises}x${options.years}`, results, {
    rounds: ROUNDS,
    period,
    dataset: { enterprises: options.enterprises, years: options.years, seed: options.seed },
    load,
    views,
  });
});
