import { quoteIdentifier } from '@wego/database';

/**
 * The statements that create a schema's log of refused attempts. Like the audit table, a trigger
 * refuses UPDATE, DELETE and TRUNCATE, so nobody can alter an entry once written.
 * `input` is text rather than jsonb: jsonb refuses `\u0000`, and hostile input carrying it must
 * still be recordable.
 */
export function createRefusalTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [
    `CREATE TABLE ${s}.refused_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor text NOT NULL,
      role text NOT NULL,
      operation text NOT NULL,
      entity_id text,
      input text NOT NULL,
      code text NOT NULL,
      rule text,
      message text NOT NULL,
      request_id text NOT NULL
    )`,
    `CREATE FUNCTION ${s}.refused_attempt_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'refused attempts cannot be altered or removed';
      END
    $$`,
    `CREATE TRIGGER refused_attempt_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.refused_attempt
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refused_attempt_is_append_only()`,
  ];
}

export function dropRefusalTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [`DROP TABLE ${s}.refused_attempt`, `DROP FUNCTION ${s}.refused_attempt_is_append_only()`];
}
