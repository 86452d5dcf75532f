export type { TestDatabase } from './databases';
export { describeEachDatabase, openTestDatabase, testDatabaseKinds } from './databases';
