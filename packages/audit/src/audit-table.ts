import { quoteIdentifier } from '@wego/database';

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
    `CREATE FUNCTION ${s}.audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries cannot be altered or removed';
      END
    $$`,
    `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_entry_is_append_only()`,
  ];
}

export function dropAuditTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [`DROP TABLE ${s}.audit_entry`, `DROP FUNCTION ${s}.audit_entry_is_append_only()`];
}
