/**
 * Report submissions under load on PostgreSQL, through the HTTP API with autocannon.
 *
 * A generated region (dataset/generate.ts, default the city's 3,000 enterprises × 1 year) is
 * loaded into a fresh database holding the demo city; the last period's reports are then
 * removed, so every enterprise has that month still to fill, with the dataset's 本年累计 and
 * 上年同期累计 (rounded to each indicator's decimals; 本月 left for the server to derive). A submission is what the report
 * form does, two requests:
 *   1. save:   PUT  /api/reporting/reports/:enterpriseId/:period   (every rule checked, the
 *              figures, their history and the audit record written; creates the draft)
 *   2. submit: POST /api/reporting/reports/:enterpriseId/:period/actions {action: 'submit'}
 *              (rules re-run on the stored figures, status, event, the period's figures refreshed)
 * Each is measured on its own (throughput, p50/p99 latency, non-2xx), every request on a
 * different enterprise's report, at 10 and at 100 connections (half the enterprises each); the
 * reports whose save showed warnings are explained and saved again between the two steps, as a
 * user does on the form (not timed). A
 * submission pair per second follows from the two. The city administrator fills on the
 * enterprises' behalf (one login for the whole region; the server records it as such).
 * Beside it, on the same PostgreSQL server, pgbench's simple-update TPS at the same
 * connection counts (as many as the server has free), and the ratio.
 * Prints a table and writes bench/out/submissions-<enterprises>.json.
 *
 * npm run submissions -w bench -- --enterprises 3000
 * BENCH_REQUESTS: requests of each timed step (default 400; at most half the enterprises).
 * BENCH_SECONDS: seconds of each pgbench run (default 15).
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { report, startBenchServer } from './bench-server';
import { adminUrl, freeConnections, loadAverage, reopenPeriod } from './dataset/database';
import { parseDatasetArgs } from './dataset/generate';
import { withLoadedDatabase } from './dataset/prepare';
import { pgbenchInit, pgbenchSimpleUpdate, type PgbenchRun } from './pgbench';

const CONNECTIONS = [10, 100];
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
/** Requests of each timed step at each connection count (at most half the enterprises). */
const perStep = Number(process.env.BENCH_REQUESTS ?? 400);
const options = parseDatasetArgs(process.argv.slice(2));
const results: Record<string, number | string> = {
  'load average at the start (1 / 5 min)': loadAverage(),
};

interface Step {
  connections: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

const extra: Record<string, unknown> = {
  dataset: { enterprises: options.enterprises, years: options.years, seed: options.seed },
  database: adminUrl.replace(/\/[^/]*$/, '/…'),
};
await withLoadedDatabase(options, results, async (db) => {
  const period = db.periods[db.periods.length - 1]!;
  extra.period = period;

  // The month to fill: its figures from the dataset, its reports removed.
  const forms = new Map(
    (await reopenPeriod(db.url, period)).map((r) => [r.enterpriseId, r.values]),
  );
  const ids = [...forms.keys()];
  results['enterprises with the month to fill'] = ids.length;
  results['indicators a report'] = Object.keys(forms.get(ids[0]!) ?? {}).length;

  const server = await startBenchServer({ databaseUrl: db.url });
  results['later start, ms'] = server.startMs;
  const cookie = await server.login('admin');
  const headers = { cookie, 'x-gongyeyun-csrf': '1', 'content-type': 'application/json' };
  const versions = new Map<number, number>();
  /** Keys of the soft findings a save reported, by enterprise. */
  const warned = new Map<number, string[]>();
  const rejections: Record<string, number> = {};

  /** One autocannon run over `slice`, one request an enterprise, built by `build`. */
  const run = async (
    connections: number,
    slice: number[],
    method: 'PUT' | 'POST',
    build: (id: number) => { path: string; body: string },
    answered: (id: number, body: string) => void,
  ): Promise<Step> => {
    let next = 0;
    const result = await autocannon({
      url: server.base,
      connections,
      amount: slice.length,
      // Long enough that no request is cut off and left out of the latency figures.
      timeout: 300,
      requests: [
        {
          method,
          headers,
          setupRequest: (request, context: { id?: number }) => {
            const id = slice[next++ % slice.length]!;
            context.id = id;
            return { ...request, ...build(id) };
          },
          onResponse: (status, body, context: { id?: number }) => {
            if (status === 200) answered(context.id!, body);
            else {
              const key = `${method} ${status}: ${body.slice(0, 160)}`;
              rejections[key] = (rejections[key] ?? 0) + 1;
            }
          },
        },
      ],
    });
    const done = result['2xx'] + result.non2xx;
    return {
      connections,
      requests: done,
      ok: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      seconds: result.duration,
      perSecond: Math.round((done / result.duration) * 10) / 10,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
    };
  };

  const half = Math.floor(ids.length / CONNECTIONS.length);
  const steps: { save: Step; submit: Step }[] = [];
  for (const [k, connections] of CONNECTIONS.entries()) {
    const slice = ids.slice(k * half, k * half + Math.min(half, perStep));
    const base = `/api/reporting/reports`;
    const save = await run(
      connections,
      slice,
      'PUT',
      (id) => ({
        path: `${base}/${id}/${period}`,
        body: JSON.stringify({ version: 0, values: forms.get(id), explanations: {} }),
      }),
      (id, body) => {
        const form = JSON.parse(body) as {
          report: { version: number } | null;
          findings: { key: string; severity: string }[];
        };
        if (form.report) versions.set(id, form.report.version);
        const soft = form.findings.filter((f) => f.severity === 'soft').map((f) => f.key);
        if (soft.length) warned.set(id, soft);
      },
    );
    if (!slice.some((id) => versions.has(id)))
      throw new Error(`no report was saved: ${JSON.stringify(rejections)}`);
    // As on the form: the warnings a save shows are explained and saved again (not timed).
    const explain = slice.filter((id) => warned.has(id) && versions.has(id));
    for (let i = 0; i < explain.length; i += 8)
      await Promise.all(
        explain.slice(i, i + 8).map(async (id) => {
          const res = await fetch(`${server.base}${base}/${id}/${period}`, {
            method: 'PUT',
            headers,
            body: JSON.stringify({
              version: versions.get(id),
              values: forms.get(id),
              explanations: Object.fromEntries(
                warned.get(id)!.map((key) => [key, '本月订单增加，产量随之上升 (more orders)']),
              ),
            }),
          });
          if (res.ok)
            versions.set(
              id,
              ((await res.json()) as { report: { version: number } }).report.version,
            );
        }),
      );
    results[`${connections} conn.: reports with warnings explained before submitting`] =
      explain.length;
    const submit = await run(
      connections,
      slice.filter((id) => versions.has(id)),
      'POST',
      (id) => ({
        path: `${base}/${id}/${period}/actions`,
        body: JSON.stringify({ action: 'submit', version: versions.get(id), reason: null }),
      }),
      () => undefined,
    );
    steps.push({ save, submit });
    for (const [label, s] of [
      ['save', save],
      ['submit', submit],
    ] as const) {
      results[`${connections} conn. ${label}: requests (non-2xx, errors)`] =
        `${s.requests} (${s.non2xx}, ${s.errors})`;
      results[`${connections} conn. ${label}: req/s`] = s.perSecond;
      results[`${connections} conn. ${label}: p50 / p99 / max, ms`] =
        `${s.p50} / ${s.p99} / ${s.max}`;
    }
    results[`${connections} conn. submissions (save + submit) per second`] =
      Math.round(10 / (1 / save.perSecond + 1 / submit.perSecond)) / 10;
  }
  const check = new pg.Client({ connectionString: db.url });
  await check.connect();
  const statuses = await check.query<{ status: string; n: string }>(
    `select status, count(*) as n from reports where period = $1 group by 1 order by 1`,
    [period],
  );
  await check.end();
  results[`reports of ${period} afterwards`] = statuses.rows
    .map((r) => `${r.status} ${r.n}`)
    .join(', ');
  await server.stop();

  // pgbench on the same server, the product's server stopped.
  pgbenchInit(db.url);
  const pgbench: PgbenchRun[] = [];
  for (const [k, connections] of CONNECTIONS.entries()) {
    const clients = Math.min(connections, (await freeConnections()) - 2);
    const p = pgbenchSimpleUpdate(db.url, clients, seconds);
    pgbench.push(p);
    results[`pgbench simple-update, ${clients} connections: TPS`] = p.tps;
    results[`pgbench simple-update, ${clients} connections: mean latency, ms`] = p.latencyMs;
    const { submit } = steps[k]!;
    results[`ratio pgbench TPS / submit req/s (${connections} conn.)`] =
      Math.round((p.tps / submit.perSecond) * 10) / 10;
  }
  results['load average at the end (1 / 5 min)'] = loadAverage();
  if (Object.keys(rejections).length) console.error(rejections);
  report(`submissions-${options.enterprises}`, results, {
    ...extra,
    pgbenchSeconds: seconds,
    requestsPerStep: perStep,
    steps,
    pgbench,
    rejections,
  });
});
