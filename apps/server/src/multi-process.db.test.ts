import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { connectSql, createPostgresTestDatabase } from '@gongyeyun/db/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JobsRun } from './jobs/jobs';

/**
 * Two server processes on one PostgreSQL database, as two instances behind a load balancer:
 * a session made on one is honoured by the other, and the periodic jobs started in both at the
 * same moment do their work once. PostgreSQL only (PGlite is one process's database).
 */
const template = inject('postgresTemplate');
if (!template) {
  console.warn(
    '[multi-process] TEST_DATABASE_URL is not set: the two-process test needs PostgreSQL and is skipped.',
  );
}

const repoRoot = resolve(import.meta.dirname, '../../..');

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });

interface ServerProcess {
  base: string;
  child: ChildProcess;
  output: () => string;
  /** Sends SIGUSR2 and resolves with the round the process reports. */
  runJobs: () => Promise<JobsRun>;
  stop: () => Promise<void>;
}

async function startServer(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/server/src/cli/main.ts', 'serve'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        GONGYEYUN_DEMO: 'true',
        GONGYEYUN_WEB_DIST: '/nonexistent',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const rounds = () => [...output.matchAll(/^periodic jobs: (.*)$/gm)].map((m) => m[1]!);
  return {
    base,
    child,
    output: () => output,
    async runJobs() {
      const before = rounds().length;
      child.kill('SIGUSR2');
      const until = Date.now() + 30_000;
      while (rounds().length === before) {
        if (Date.now() > until) throw new Error(`no jobs round reported:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return JSON.parse(rounds()[before]!) as JobsRun;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe.runIf(template)('two server processes on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createPostgresTestDatabase>> | undefined;
  let sql: Awaited<ReturnType<typeof connectSql>> | undefined;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    // The first process loads the demo city into the empty database; the second finds it there.
    a = await startServer(database.url);
    b = await startServer(database.url);
    sql = await connectSql(database.url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await sql?.end();
    await database?.drop();
  });

  it('honours on one process a session made on the other, and its sign-out', async () => {
    const login = await fetch(`${a!.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gongyeyun-csrf': '1' },
      body: JSON.stringify({ username: 'officer-xingbin', password: 'gongyeyun-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/=/);
    const me = await fetch(`${b!.base}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { username: 'officer-xingbin' } });

    const out = await fetch(`${b!.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-gongyeyun-csrf': '1' },
    });
    expect(out.status).toBeLessThan(300);
    expect((await fetch(`${a!.base}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('runs each periodic job once when both processes start it at the same moment', async () => {
    // Work for every job: June's reports due today, open tickets long overdue (the demo's),
    // and three sessions that have expired.
    const today = beijingToday();
    await sql!.run(
      `update report_periods set opens_on = $1::date - 5, enterprise_deadline = $1::date,
         county_deadline = $1::date + 3, locks_on = $1::date + 10 where period = '2021-06'`,
      [today],
    );
    await sql!.run(
      `insert into sessions (id, user_id, expires_at)
       select 'expired-' || g, (select id from users where username = 'admin'), now() - interval '1 hour'
       from generate_series(1, 3) g`,
    );
    const count = (query: string) => sql!.count(query);
    expect(await count(`select count(*) as n from notifications`)).toBe(0);

    const [ra, rb] = await Promise.all([a!.runJobs(), b!.runJobs()]);

    // Each job's work was done by one process: the other skipped it (lock held) or found
    // nothing left to do.
    const expired = await count(`select count(*) as n from sessions where id like 'expired-%'`);
    expect(expired).toBe(0);
    expect([ra.housekeeping.sessions, rb.housekeeping.sessions].sort()).toEqual([0, 3]);

    const reminders = await count(
      `select count(*) as n from notifications where kind = 'report_deadline'`,
    );
    expect(reminders).toBeGreaterThan(0);
    expect([ra.reminders.sent, rb.reminders.sent].sort((x, y) => x - y)).toEqual([0, reminders]);

    const ticketNotices = ra.deadlines.notices + rb.deadlines.notices;
    expect(ticketNotices).toBeGreaterThan(0);
    expect(Math.min(ra.deadlines.notices, rb.deadlines.notices)).toBe(0);
    // Escalations are events without a unique key: written twice, they would show here.
    const escalations = await count(
      `select count(*) as n from ticket_events where action = 'escalate' and actor = 'system'`,
    );
    expect(escalations).toBeGreaterThan(0);
    expect(
      await count(
        `select count(*) as n from (select ticket_id, data->>'level' from ticket_events
           where action = 'escalate' and actor = 'system' group by 1, 2 having count(*) > 1) d`,
      ),
    ).toBe(0);
    const notificationsAfterFirst = await count(`select count(*) as n from notifications`);

    // A second round at the same moment finds nothing left to do.
    const again = await Promise.all([a!.runJobs(), b!.runJobs()]);
    for (const r of again) {
      expect(r.housekeeping.sessions).toBe(0);
      expect(r.reminders.sent).toBe(0);
      expect(r.deadlines.notices).toBe(0);
    }
    expect(await count(`select count(*) as n from notifications`)).toBe(notificationsAfterFirst);
    expect(
      await count(
        `select count(*) as n from ticket_events where action = 'escalate' and actor = 'system'`,
      ),
    ).toBe(escalations);
  });
});
