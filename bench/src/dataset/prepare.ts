/**
 * A fresh PostgreSQL database holding the demo city (a server's first start: migrations and
 * the demo) and a generated dataset loaded into it, for the benchmarks that measure at scale.
 * The database is dropped afterwards unless BENCH_KEEP_DATABASE is set; BENCH_LOADED_URL names
 * one kept earlier for the same dataset, to skip the load. `label` starts the result keys (a
 * benchmark that loads several sizes in one run).
 */
import { performance } from 'node:perf_hooks';
import { startBenchServer } from '../bench-server';
import { createBenchDatabase, ensureDataset } from './database';
import { periodsOf, type GenerateOptions } from './generate';
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
  label = '',
): Promise<T> {
  const generatedMs = await ensureDataset(options);
  if (generatedMs) results[`${label}generate CSV, s`] = (generatedMs / 1000).toFixed(1);
  const kept = process.env.BENCH_LOADED_URL;
  if (kept) return work({ url: kept, periods: periodsOf(options.years) });
  const db = await createBenchDatabase(`bench_${options.enterprises}x${options.years}`);
  try {
    const first = await startBenchServer({ databaseUrl: db.url });
    results[`${label}first start with the demo city, ms`] = first.startMs;
    await first.stop();
    const t0 = performance.now();
    const load = await loadDataset(options.out, { kind: 'postgres', url: db.url });
    results[`${label}load the dataset, ms`] = Math.round(performance.now() - t0);
    return await work({ url: db.url, periods: load.periods, load });
  } finally {
    await db.drop();
  }
}
