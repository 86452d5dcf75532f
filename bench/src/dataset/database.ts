/**
 * A PostgreSQL database of its own for one benchmark run, on the server named by
 * BENCH_DATABASE_URL (an administrator's connection, default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped at the end unless BENCH_KEEP_DATABASE is set.
 * Also the generated dataset a run loads (written once per size and seed).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generate, type GenerateOptions } from './generate';

export const adminUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `gongyeyun_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    async drop() {
      if (process.env.BENCH_KEEP_DATABASE) console.log(`kept: ${u.toString()}`);
      else await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The server's max_connections less the connections open now. */
export async function freeConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ max: string; used: string }>(
      `select current_setting('max_connections') as max,
         (select count(*) from pg_stat_activity) as used`,
    );
    return Number(rows[0]!.max) - Number(rows[0]!.used);
  } finally {
    await admin.end();
  }
}

/** Generates the dataset's CSV files unless they are there already; ms spent, or 0. */
export async function ensureDataset(options: GenerateOptions): Promise<number> {
  if (existsSync(join(options.out, 'report_values.csv'))) return 0;
  const t0 = performance.now();
  await generate(options);
  return Math.round(performance.now() - t0);
}

export const loadAverage = () =>
  loadavg()
    .slice(0, 2)
    .map((l) => l.toFixed(1))
    .join(' / ');

export interface OpenFigures {
  month: string | null;
  ytd: string | null;
  prevYearYtd: string | null;
}
export interface OpenReport {
  enterpriseId: number;
  uscc: string;
  /** By indicator code: the dataset's 本年累计 and 上年同期累计 rounded to the indicator's
   * decimals; 本月 left for the server to derive. */
  values: Record<string, OpenFigures>;
}

/**
 * Removes a loaded period's reports (values, events, reports), so every generated enterprise
 * has that month still to fill, and returns what each would report (active indicators only),
 * ordered by enterprise id.
 */
export async function reopenPeriod(url: string, period: string): Promise<OpenReport[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      id: number;
      uscc: string;
      indicator_code: string;
      ytd: string | null;
      prev_year_ytd: string | null;
    }>(
      `select e.id, e.uscc, v.indicator_code, round(v.ytd, i.decimals)::text as ytd,
         round(v.prev_year_ytd, i.decimals)::text as prev_year_ytd
       from bench_values v
       join bench_enterprises b on b.ref = v.enterprise_ref
       join enterprises e on e.uscc = b.uscc
       join indicators i on i.code = v.indicator_code and i.active
       where v.period = $1 order by e.id`,
      [period],
    );
    const p = `'${period.replace(/'/g, '')}'`;
    await client.query(
      `delete from report_values where period = ${p};
       delete from report_events where report_id in (select id from reports where period = ${p});
       delete from reports where period = ${p};`,
    );
    const reports = new Map<number, OpenReport>();
    for (const r of rows) {
      const open = reports.get(r.id) ?? { enterpriseId: r.id, uscc: r.uscc, values: {} };
      open.values[r.indicator_code] = { month: null, ytd: r.ytd, prevYearYtd: r.prev_year_ytd };
      reports.set(r.id, open);
    }
    return [...reports.values()];
  } finally {
    await client.end();
  }
}
