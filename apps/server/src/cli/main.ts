import { ROLES, type Role } from '@gongyeyun/core';
import {
  countUsers,
  DatabaseLockedError,
  findOrgUnitByCode,
  truncateAllTables,
} from '@gongyeyun/db';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config';
import { systemContext } from '../context';
import { loadDemoCity } from '../demo/demo-city';
import { AppError } from '../errors';
import { rebuildFigures } from '../modules/analytics/refresh-figures';
import { createUser } from '../modules/users/users.service';
import { describeInitialisation, depsOf, openDatabase, startServer } from '../server';

const print = (s: string) => process.stdout.write(`${s}\n`);

function explain(e: unknown): string {
  if (e instanceof ConfigError || e instanceof DatabaseLockedError) return e.message;
  if (e instanceof AppError) {
    const fields = e.fields?.map((f) => `  - ${f.field}: ${f.text.zh} / ${f.text.en}`).join('\n');
    return `${e.text.zh}\n${e.text.en}${fields ? `\n${fields}` : ''}`;
  }
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Runs one command with the database open, and closes it whatever happens. */
async function withDatabase(
  config: Readonly<Config>,
  work: (deps: ReturnType<typeof depsOf>) => Promise<void>,
) {
  const handle = await openDatabase(config);
  try {
    await work(depsOf(handle, config));
  } finally {
    await handle.close();
  }
}

const role = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`one of: ${ROLES.join(', ')}`);
  }
  return value as Role;
};

export function buildCli(): Command {
  const program = new Command('gongyeyun').description(
    '工业云 Gongyeyun — industry bureau platform',
  );

  program
    .command('serve')
    .description(
      'start the server (migrates, and loads the demo city into an empty database in demo mode)',
    )
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config, print);
      const shutdown = (signal: string) => {
        print(`${signal}: stopping…`);
        server.stop().then(
          () => process.exit(0),
          (e: unknown) => {
            console.error(explain(e));
            process.exit(1);
          },
        );
      };
      // An operator (or a test) can ask for the periodic jobs at once: kill -USR2 <pid>.
      process.on('SIGUSR2', () => {
        server.runJobs().then(
          (run) => print(`periodic jobs: ${JSON.stringify(run)}`),
          (e: unknown) => console.error(explain(e)),
        );
      });
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await withDatabase(loadConfig(), async (deps) => {
        print(`migrations applied (${deps.dbKind})`);
      });
    });

  program
    .command('demo')
    .description('load the demo city (来宾市) into an empty database')
    .option('--reset', 'empty every table first (all data is lost)')
    .action(async (options: { reset?: boolean }) => {
      await withDatabase(loadConfig(), async (deps) => {
        if (options.reset) {
          await truncateAllTables(deps.db);
          print('all tables emptied');
        }
        if ((await countUsers(deps.db)) > 0) {
          throw new AppError('CONFLICT', {
            zh: '数据库中已有数据；如需重新载入演示数据，请加 --reset（会清空全部数据）',
            en: 'The database is not empty; use --reset to empty it (all data is lost) and load the demo',
          });
        }
        print(describeInitialisation(await loadDemoCity(deps), deps.config));
      });
    });

  program
    .command('figures')
    .description("cockpit figures: 'rebuild' recomputes them from the reports (a repair)")
    .argument('<action>', 'rebuild')
    .option('--period <YYYY-MM>', 'only this reporting period (default: every period with reports)')
    .action(async (action: string, options: { period?: string }) => {
      if (action !== 'rebuild')
        throw new AppError('VALIDATION', {
          zh: `未知操作“${action}”，可用：rebuild`,
          en: `Unknown action “${action}”; use: rebuild`,
        });
      await withDatabase(loadConfig(), async (deps) => {
        for (const done of await rebuildFigures(deps, systemContext('cli'), options.period))
          print(`${done.period}: ${done.rows} aggregate rows rebuilt`);
      });
    });

  const user = program.command('user').description('manage user accounts');
  user
    .command('create')
    .description(
      'create a user with one grant; prints a temporary password unless --password is given',
    )
    .requiredOption('--username <name>', 'user name (lower-case letters, digits, . _ -)')
    .requiredOption('--display-name <name>', 'name shown in the interface')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
    .requiredOption('--org-unit <code>', 'code of the org unit the grant covers, e.g. 451302')
    .option(
      '--password <password>',
      'initial password (must be changed at first sign-in outside demo mode)',
    )
    .action(
      async (o: {
        username: string;
        displayName: string;
        role: Role;
        orgUnit: string;
        password?: string;
      }) => {
        await withDatabase(loadConfig(), async (deps) => {
          const unit = await findOrgUnitByCode(deps.db, o.orgUnit);
          if (!unit) {
            throw new AppError('NOT_FOUND', {
              zh: `组织机构代码 ${o.orgUnit} 不存在`,
              en: `No org unit has code ${o.orgUnit}`,
            });
          }
          const created = await createUser(deps, systemContext('cli'), 'system', {
            username: o.username,
            displayName: o.displayName,
            ...(o.password ? { password: o.password } : {}),
            grants: [{ role: o.role, orgUnitId: unit.id, enterpriseId: null }],
          });
          print(
            `created user ${created.user.username} (id ${created.user.id}): ${o.role} @ ${unit.name} ${unit.code}`,
          );
          if (created.temporaryPassword)
            print(`temporary password (shown once): ${created.temporaryPassword}`);
        });
      },
    );

  return program;
}

buildCli()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    console.error(explain(e));
    process.exit(1);
  });
