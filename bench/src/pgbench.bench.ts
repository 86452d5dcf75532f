/**
 * The database's own ceiling for small writes: pgbench's simple-update script (-N: one
 * account update, one select, one history insert per transaction) on the same PostgreSQL
 * server, at 10 and 50 connections, BENCH_SECONDS each (default 15). The anchor for report
 * submissions. Prints a table and writes bench/out/pgbench.json.
 * BENCH_DATABASE_URL: an administrator's connection (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import pg from 'pg';
import { report } from './bench-server';

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
  execFileSync('pgbench', ['-i', '-q', '-s', '10', url], { stdio: 'ignore' });
  for (const clients of [10, 50]) {
    const out = execFileSync(
      'pgbench',
      ['-N', '-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-r', url],
      { encoding: 'utf8' },
    );
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
    results[`simple-update, ${clients} connections: TPS`] = Math.round(Number(tps));
    results[`simple-update, ${clients} connections: mean latency, ms`] = Number(latency);
  }
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
report('pgbench', results, { seconds, scale: 10 });
