import { quoteIdentifier } from '@wego/database';
import { appendOnlyStatements, dropAppendOnlyStatements } from './append-only';

/**
 * The statements that create a schema's audit table. A trigger refuses UPDATE and DELETE, so not
 * even the subgraph's own code can alter an entry once written.
 */
export function createAuditTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [
    `CREATE TABLE ${s}.audit_entry (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor text NOT NULL,
      role text NOT NULL,
      operation text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      before jsonb,
      after jsonb,
      request_id text NOT NULL
    )`,
    `CREATE INDEX audit_entry_entity ON ${s}.audit_entry (entity_id, id)`,
    ...appendOnlyStatements(s, 'audit_entry', 'audit entries cannot be altered or removed'),
  ];
}

export function dropAuditTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return dropAppendOnlyStatements(s, 'audit_entry');
}
