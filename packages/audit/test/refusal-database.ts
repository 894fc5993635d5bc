import type { DataSource } from 'typeorm';
import { schemaWithTables } from '@wego/database';
import { createTestDatabase } from '@wego/testing';
import { createRefusalTableStatements, type RefusedAttemptRow } from '../src';

/** A schema name that must be quoted, so the statements are shown to quote it. */
export const SCHEMA = 'refusals under test';

export type RefusalRow = Omit<RefusedAttemptRow, 'at'>;

/** A fresh database holding one schema with its refusal table, for one test file. */
export interface RefusalDatabase {
  dataSource: DataSource;
  rows(): Promise<RefusalRow[]>;
  stop(): Promise<void>;
}

export async function startRefusalDatabase(label: string): Promise<RefusalDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = await schemaWithTables(database.url, SCHEMA, createRefusalTableStatements(SCHEMA), 2);
  return {
    dataSource,
    rows: () =>
      dataSource.query(`SELECT actor, role, operation, entity_id, input, code, rule, message, request_id FROM "${SCHEMA}".refused_attempt ORDER BY id`),
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
