import { createDb, ensureReferenceData, type DbHandle } from '@gongyeyun/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { loadDemoCity } from './demo/demo-city';
import type { Deps } from './deps';
import { startJobs, type Jobs, type JobsRun } from './jobs/jobs';
import { ensureServiceCatalogue } from './modules/services/desk.service';
import { initialiseInstallation, type InitialisationResult } from './modules/setup/setup.service';

/** Opens the configured database, applies pending migrations and loads missing reference data. */
export async function openDatabase(config: Readonly<Config>): Promise<DbHandle> {
  const handle = await createDb(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url }
      : { kind: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await handle.migrate();
    await ensureReferenceData(handle.db);
    await ensureServiceCatalogue(handle.db);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}

export const depsOf = (handle: DbHandle, config: Readonly<Config>): Deps => ({
  db: handle.db,
  dbKind: handle.kind,
  config,
});

export function describeInitialisation(
  result: InitialisationResult,
  config: Readonly<Config>,
): string {
  switch (result.kind) {
    case 'existing':
      return '';
    case 'demo':
      return [
        '已载入演示城市：来宾市 (451300)。Demo city loaded: 来宾市 (451300).',
        `演示账号（密码均为 ${result.password}）/ Demo logins (password ${result.password}):`,
        ...result.logins.map((l) => `  ${l.username.padEnd(16)} ${l.role.padEnd(20)} ${l.scope}`),
      ].join('\n');
    case 'admin':
      return [
        `已创建行政区 ${config.region} 和管理员账号。Region ${config.region} and an administrator were created.`,
        `  用户名 user name: ${result.username}`,
        `  临时密码 temporary password: ${result.password}`,
        '  此密码只显示这一次，首次登录后须修改。Shown once; it must be changed at first sign-in.',
      ].join('\n');
  }
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Runs the periodic jobs now, as their timer would (`kill -USR2 <pid>` in `serve`). */
  runJobs(): Promise<JobsRun>;
  stop(): Promise<void>;
}

/** `gongyeyun serve`: migrate, initialise an empty database, listen, stop cleanly on signals. */
export async function startServer(
  config: Readonly<Config>,
  print: (s: string) => void,
): Promise<RunningServer> {
  const handle = await openDatabase(config);
  const deps = depsOf(handle, config);
  let app: FastifyInstance | undefined;
  let jobs: Jobs | undefined;
  try {
    const init = await initialiseInstallation(deps, loadDemoCity);
    const message = describeInitialisation(init, config);
    if (message) print(message);
    app = await buildApp({ deps });
    await app.listen({ port: config.port, host: config.host });
    jobs = startJobs(deps, app.log);
  } catch (e) {
    await app?.close();
    await handle.close();
    throw e;
  }
  const running = app;
  const runningJobs = jobs;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await jobs?.stop();
      await running.close();
      await handle.close();
    })());
  const url = `http://localhost:${config.port}`;
  print(
    `工业云已启动 Gongyeyun is running: ${url}  (数据库 database: ${handle.kind === 'pglite' ? `PGlite ${config.database.kind === 'pglite' ? config.database.dataDir : ''}` : 'PostgreSQL'})`,
  );
  return { app: running, url, runJobs: () => runningJobs.runNow(), stop };
}
