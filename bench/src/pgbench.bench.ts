/**
 * The database's own ceiling for small writes: pgbench's simple-update script (-N: one
 * account update, one select, one history insert per transaction) on the same PostgreSQL
 * server, at 10 and 50 connections, BENCH_SECONDS each (default 15). The anchor for report
 * submissions. Prints a table and writes bench/out/pgbench.json.
 * BENCH_DATABASE_URL: an administrator's connection (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { report } from './bench-server';
import { pgbenchInit, pgbenchSimpleUpdate } from './pgbench';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const name = `gongyeyun_pgbench_${Date.now()}`;
const u = new URL(adminUrl);
u.pathname = `/${name}`;
const url = u.toString();
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const results: Record<string, number | string> = {
  'load average at the start (1 / 5 min)': loadavg()
    .slice(0, 2)
    .map((l) => l.toFixed(1))
    .join(' / '),
};
try {
  pgbenchInit(url);
  for (const clients of [10, 50]) {
    const run = pgbenchSimpleUpdate(url, clients, seconds);
    results[`simple-update, ${clients} connections: TPS`] = run.tps;
    results[`simple-update, ${clients} connections: mean latency, ms`] = run.latencyMs;
  }
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
report('pgbench', results, { seconds, scale: 10 });
