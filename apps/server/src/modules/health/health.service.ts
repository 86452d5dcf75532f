import type { THealth } from '@gongyeyun/contract';
import { pingDatabase } from '@gongyeyun/db';
import type { Deps } from '../../deps';

/** Healthy when the database answers. */
export async function checkHealth(deps: Deps): Promise<THealth> {
  await pingDatabase(deps.db);
  return { status: 'ok', database: deps.dbKind, version: deps.config.version };
}
