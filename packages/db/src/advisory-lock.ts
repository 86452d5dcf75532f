import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * Runs `work` in a transaction holding a PostgreSQL transaction-level advisory lock, so that
 * periodic work runs once however many server processes share the database. Returns null when
 * another process holds the lock.
 */
export async function withAdvisoryLock<T>(
  db: Database,
  key: number,
  work: (tx: Database) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    // Both drivers answer raw queries with `{ rows }`.
    const result: unknown = await tx.execute(
      sql`select pg_try_advisory_xact_lock(${key}) as locked`,
    );
    const { rows } = result as { rows: { locked: boolean }[] };
    if (!rows[0]?.locked) return null;
    return work(tx);
  });
}
