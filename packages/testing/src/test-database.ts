import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, databaseUrlOf, dropDatabase } from '@wego/database';
import { testEnvironment } from './test-environment';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the run's server, for one test file alone. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { serverUrl } = testEnvironment();
  const name = `wego_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(serverUrl, name);
  return { url: databaseUrlOf(serverUrl, name), name, drop: () => dropDatabase(serverUrl, name) };
}
