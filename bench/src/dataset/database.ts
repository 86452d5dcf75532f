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
  /** The server's max_connections less the connections open now. */
  freeConnections(): Promise<number>;
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
    async freeConnections() {
      const { rows } = await admin.query<{ max: string; used: string }>(
        `select current_setting('max_connections') as max,
           (select count(*) from pg_stat_activity) as used`,
      );
      return Number(rows[0]!.max) - Number(rows[0]!.used);
    },
    async drop() {
      if (process.env.BENCH_KEEP_DATABASE) console.log(`kept: ${u.toString()}`);
      else await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
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
