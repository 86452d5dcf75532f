import type { Database, DatabaseKind } from '@gongyeyun/db';
import type { Config } from './config';

/** What services are given: the database and the configuration. Nothing else is injected. */
export interface Deps {
  db: Database;
  dbKind: DatabaseKind;
  config: Readonly<Config>;
}
