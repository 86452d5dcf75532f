/**
 * A fresh PostgreSQL database holding the demo city (a server's first start: migrations and
 * the demo) and a generated dataset loaded into it, for the benchmarks that measure at scale.
 * The database is dropped afterwards unless BENCH_KEEP_DATABASE is set; BENCH_LOADED_URL names
 * one kept earlier for the same dataset, to skip the load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startBenchServer } from '../bench-server';
import { generate, periodsOf, type GenerateOptions } from './generate';
import { loadDataset, type LoadTimings } from './load';

export interface LoadedDatabase {
  url: string;
  periods: string[];
  /** The load's own timings; absent when an earlier database was reused. */
  load?: LoadTimings;
}

export async function withLoadedDatabase<T>(
  options: GenerateOptions,
  results: Record<string, number | string>,
  work: (loaded: LoadedDatabase) => Promise<T>,
): Promise<T> {
  if (!existsSync(join(options.out, 'report_values.csv'))) {
    const t0 = performance.now();
    await generate(options);
    results['generate CSV, s'] = ((performance.now() - t0) / 1000).toFixed(1);
  }
  const kept = process.env.BENCH_LOADED_URL;
  if (kept) return work({ url: kept, periods: periodsOf(options.years) });

  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `gongyeyun_bench_${options.enterprises}x${options.years}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  try {
    const first = await startBenchServer({ databaseUrl: url });
    results['first start with the demo city, ms'] = first.startMs;
    await first.stop();
    const load = await loadDataset(options.out, { kind: 'postgres', url });
    return await work({ url, periods: load.periods, load });
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept: ${url}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
