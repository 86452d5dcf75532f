/**
 * pgbench on a PostgreSQL server: the database's own ceiling for small writes, used beside the
 * product's figures. The simple-update script (-N) is one account update, one select and one
 * history insert per transaction.
 */
import { execFileSync } from 'node:child_process';

/** Creates (or re-creates) pgbench's tables in the database at `url`. */
export function pgbenchInit(url: string, scale = 10): void {
  execFileSync('pgbench', ['-i', '-q', '-s', String(scale), url], { stdio: 'ignore' });
}

export interface PgbenchRun {
  clients: number;
  tps: number;
  /** Mean latency of a transaction, ms. */
  latencyMs: number;
}

/** pgbench's simple-update script at `clients` connections for `seconds`. */
export function pgbenchSimpleUpdate(url: string, clients: number, seconds: number): PgbenchRun {
  const out = execFileSync(
    'pgbench',
    ['-N', '-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-r', url],
    { encoding: 'utf8' },
  );
  const tps = /tps = ([\d.]+)/.exec(out)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
  return { clients, tps: Math.round(Number(tps)), latencyMs: Number(latency) };
}
