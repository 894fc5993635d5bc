import { createAppendOnlyTableStatements, dropAppendOnlyTableStatements, type AppendOnlyTable } from './append-only';
import type { MigrationStatements } from '@wego/database';

const AUDIT_TABLE: AppendOnlyTable = {
  name: 'audit_entry',
  columns: ['entity_type text NOT NULL', 'entity_id text NOT NULL', 'before jsonb', 'after jsonb'],
  index: ['audit_entry_entity', 'entity_id, id'],
  refusal: 'audit entries cannot be altered or removed',
};

/** The statements that create a schema's audit table, which nobody can alter once written. */
export function createAuditTableStatements(schema: string): string[] {
  return createAppendOnlyTableStatements(schema, AUDIT_TABLE);
}

export function dropAuditTableStatements(schema: string): string[] {
  return dropAppendOnlyTableStatements(schema, AUDIT_TABLE.name);
}

/** A schema's first migration with its audit table: created after the schema's own tables, dropped before them. */
export function withAuditTable(schema: string, statements: MigrationStatements): MigrationStatements {
  return { up: [...statements.up, ...createAuditTableStatements(schema)], down: [...dropAuditTableStatements(schema), ...statements.down] };
}
