import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, databaseUrlOf, developmentRuntimeUrl, dropDatabase } from '@wego/database';
import { testEnvironment } from './test-environment';

export interface TestDatabase {
  /** As the run's administrator: what a subgraph's setup connects with. */
  url: string;
  name: string;
  /** As the runtime role of the subgraph owning `schema`: what the subgraph connects with. */
  runtimeUrlOf(schema: string): string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the run's server, for one test file alone. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { serverUrl } = testEnvironment();
  const name = `wego_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name);
  const url = databaseUrlOf(serverUrl, name);
  return { url, name, runtimeUrlOf: (schema) => developmentRuntimeUrl(url, schema), drop: () => dropDatabase(serverUrl, name) };
}
