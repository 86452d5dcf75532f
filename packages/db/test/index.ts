export type { TestDatabase } from './databases';
export {
  connectSql,
  createPostgresTestDatabase,
  describeEachDatabase,
  openTestDatabase,
  testDatabaseKinds,
} from './databases';
