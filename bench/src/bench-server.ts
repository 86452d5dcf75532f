import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** A real server, started as `npm start` starts it, on a fresh embedded database. */
export interface BenchServer {
  base: string;
  /** Milliseconds from spawning to the first healthy answer. */
  startMs: number;
  pid: number;
  login(username: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * With no options, a fresh embedded database removed at stop; `databaseUrl` runs on that
 * PostgreSQL database, `dataDir` on that PGlite directory (both kept). `web` serves the built
 * web app as `npm start` does.
 */
export async function startBenchServer(
  options: { databaseUrl?: string; dataDir?: string; web?: boolean } = {},
): Promise<BenchServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gongyeyun-bench-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server: ChildProcess = spawn(
    process.execPath,
    [
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      'apps/server/src/cli/main.ts',
      'serve',
    ],
    {
      cwd: new URL('../..', import.meta.url),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        GONGYEYUN_DATA_DIR: dataDir,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        LOG_LEVEL: 'warn',
        // The built web app (apps/web/dist) only when asked for.
        ...(options.web ? {} : { GONGYEYUN_WEB_DIST: '/nonexistent' }),
      },
      stdio: 'ignore',
    },
  );
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const startMs = Math.round(performance.now() - started);
  return {
    base,
    startMs,
    pid: server.pid!,
    async login(username) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gongyeyun-csrf': '1' },
        body: JSON.stringify({ username, password: 'gongyeyun-demo' }),
      });
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    },
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      if (!options.dataDir && !options.databaseUrl)
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Times a step into `results` under `label`. */
export function timer(results: Record<string, number | string>) {
  return async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    results[label] = Math.round(performance.now() - t0);
    return out;
  };
}

/** Uploads a file as a browser form does. */
export async function upload<T>(
  url: string,
  cookie: string,
  body: Buffer,
  name: string,
): Promise<T> {
  const form = new FormData();
  form.append('file', new Blob([body]), name);
  const res = await fetch(url, {
    method: 'POST',
    body: form,
    headers: { cookie, 'x-gongyeyun-csrf': '1' },
  });
  return (await res.json()) as T;
}

/** Prints the table and writes bench/out/<name>.json. */
export function report(name: string, results: Record<string, number | string>, extra: object = {}) {
  console.table(results);
  mkdirSync(new URL('../out', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(`../out/${name}.json`, import.meta.url),
    JSON.stringify({ at: new Date().toISOString(), ...extra, results }, null, 2),
  );
}
