/**
 * Cockpit benchmark: the views of the cockpit at city scale (the demo city, 来宾市, 215
 * above-scale enterprises with 2019–2021 reports), asked through the HTTP API of a real server
 * on a fresh embedded database, warm, one at a time as a leader's browser asks them. Each view
 * is asked `ROUNDS` times; prints p50/p95/p99 and writes bench/out/cockpit.json.
 */
import { performance } from 'node:perf_hooks';
import { report, startBenchServer } from './bench-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const PERIOD = '2021-05';

const server = await startBenchServer();
const cookie = await server.login('analyst');
const views: Record<string, string> = {
  'summary by county': `/api/analytics/summary?period=${PERIOD}&by=county`,
  'summary by chain': `/api/analytics/summary?period=${PERIOD}&by=chain`,
  'summary by band (KPI card)': `/api/analytics/summary?period=${PERIOD}&by=band`,
  'series, 17 months': `/api/analytics/series?period=${PERIOD}`,
  'explain city growth (first 20 of 199 rows)': `/api/analytics/explain?period=${PERIOD}&figure=growth`,
  'explain a chain pull': `/api/analytics/explain?period=${PERIOD}&dimension=chain&key=1&figure=pull`,
  'top 10 enterprises by contribution': `/api/analytics/enterprises?period=${PERIOD}&limit=10`,
};

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const results: Record<string, number | string> = {
  'first start with the demo city, ms': server.startMs,
};
for (const [name, path] of Object.entries(views)) {
  const ask = async () => {
    const res = await fetch(server.base + path, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (let i = 0; i < 10; i++) await ask();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await ask();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  results[`${name}: p50 / p95 / p99, ms`] =
    `${f(percentile(times, 50))} / ${f(percentile(times, 95))} / ${f(percentile(times, 99))}`;
}

await server.stop();
report('cockpit', results, { rounds: ROUNDS, period: PERIOD });
