/**
 * A fresh PostgreSQL database holding the demo city (a server's first start: migrations and
 * the demo) and a generated dataset loaded into it, for the benchmarks that measure at scale.
 * The database is dropped afterwards unless BENCH_KEEP_DATABASE is set; BENCH_LOADED_URL names
 * one kept earlier for the same dataset, to skip the load.
 */
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
): Promise<T> {
  const generatedMs = await ensureDataset(options);
  if (generatedMs) results['generate CSV, s'] = (generatedMs / 1000).toFixed(1);
  const kept = process.env.BENCH_LOADED_URL;
  if (kept) return work({ url: kept, periods: periodsOf(options.years) });
  const db = await createBenchDatabase(`bench_${options.enterprises}x${options.years}`);
  try {
    const first = await startBenchServer({ databaseUrl: db.url });
    results['first start with the demo city, ms'] = first.startMs;
    await first.stop();
    const load = await loadDataset(options.out, { kind: 'postgres', url: db.url });
    return await work({ url: db.url, periods: load.periods, load });
  } finally {
    await db.drop();
  }
}
