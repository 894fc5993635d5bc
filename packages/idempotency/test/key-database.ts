import type { DataSource } from 'typeorm';
import { schemaWithTables } from '@wego/database';
import { createTestDatabase } from '@wego/testing';
import { createIdempotencyTableStatements } from '../src';

/** A schema name that must be quoted, so the statements are shown to quote it. */
export const SCHEMA = 'keys under test';

export interface KeyRow {
  caller: string;
  key: string;
  operation: string;
  fingerprint: string;
  answer: string | null;
}

/** A fresh database with one schema holding the idempotency keys and a table of changes that keyed writes make. */
export interface KeyDatabase {
  dataSource: DataSource;
  keyRows(): Promise<KeyRow[]>;
  changes(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startKeyDatabase(label: string): Promise<KeyDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = await schemaWithTables(database.url, SCHEMA, createIdempotencyTableStatements(SCHEMA), 6);
  await dataSource.query(`CREATE TABLE "${SCHEMA}".change (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL)`);
  return {
    dataSource,
    keyRows: () => dataSource.query(`SELECT caller, key, operation, fingerprint, answer FROM "${SCHEMA}".idempotency_key ORDER BY created_at, key`),
    changes: async () => (await dataSource.query(`SELECT note FROM "${SCHEMA}".change ORDER BY id`)).map((row: { note: string }) => row.note),
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
