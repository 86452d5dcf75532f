import { eq, getTableName, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { schema, settings } from '../schema';

export async function getSetting<T>(db: Database, key: string): Promise<T | undefined> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return row?.value as T | undefined;
}

export async function putSetting(db: Database, key: string, value: unknown): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } });
}

/** Answers when the database does. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Empties every table (the demo reset); identities restart at 1. */
export async function truncateAllTables(db: Database): Promise<void> {
  const tables = Object.values(schema).map((t) => `"${getTableName(t)}"`);
  await db.execute(sql.raw(`truncate table ${tables.join(', ')} restart identity cascade`));
}
