import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { lockDataDir } from './pglite-lock';
import { schema, type Schema } from './schema';

/** Drizzle over either driver; transactions are the same type, so repositories take either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DbConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` undefined: in memory. `loadDataDir`: start from a dumped data directory. */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface DbHandle {
  kind: DatabaseKind;
  db: Database;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the raw instance (dumps for test templates). */
  pglite?: PGlite;
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle connection the server ends (restart, failover, an administrator's termination)
    // is dropped by the pool and replaced on the next query; without a listener the error
    // would bring the whole process down.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema });
    return {
      kind: 'postgres',
      db,
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const release = config.dataDir ? lockDataDir(config.dataDir) : () => undefined;
  try {
    const client = await PGlite.create({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(client, { schema });
    return {
      kind: 'pglite',
      db,
      pglite: client,
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
