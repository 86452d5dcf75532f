import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createDb, type Database, type DatabaseKind, type DbHandle } from '../src/client';
import { withDatabase } from './global-setup';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly db: Database;
  readonly handle: DbHandle;
}

/** The kinds this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** Opens a fresh, migrated database of its own for one test file. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DbHandle> {
  if (kind === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplateFile'));
    return createDb({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  }
  const { url, drop } = await createPostgresTestDatabase();
  const handle = await createDb({ kind: 'postgres', url, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/**
 * A fresh, migrated PostgreSQL database copied from the run's template, for a test that needs
 * its URL (e.g. to start server processes on it). `drop` removes it, ending any connection.
 */
export async function createPostgresTestDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `gongyeyun_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  try {
    // Two files may copy the template at the same moment; PostgreSQL then asks us to retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template.database}`);
        break;
      } catch (e) {
        if (attempt >= 10) throw e;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(template.url, name),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: template.url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A plain SQL connection to a test database, for setting up and counting rows. */
export async function connectSql(url: string): Promise<{
  count: (query: string, params?: unknown[]) => Promise<number>;
  run: (query: string, params?: unknown[]) => Promise<void>;
  end: () => Promise<void>;
}> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    count: async (query, params) =>
      Number(Object.values((await client.query(query, params)).rows[0] as object)[0]),
    run: async (query, params) => {
      await client.query(query, params);
    },
    end: () => client.end(),
  };
}

/**
 * Declares a suite once per database kind. Each kind gets its own database for the suite;
 * tests in it share that database, in order.
 */
export function describeEachDatabase(title: string, body: (t: TestDatabase) => void): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let handle: DbHandle | undefined;
      const t: TestDatabase = {
        kind,
        get db() {
          if (!handle) throw new Error('database not open yet');
          return handle.db;
        },
        get handle() {
          if (!handle) throw new Error('database not open yet');
          return handle;
        },
      };
      beforeAll(async () => {
        handle = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await handle?.close();
      });
      body(t);
    });
  }
}
