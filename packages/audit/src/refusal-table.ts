import { quoteIdentifier } from '@wego/database';
import { appendOnlyStatements, dropAppendOnlyStatements } from './append-only';

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
    ...appendOnlyStatements(s, 'refused_attempt', 'refused attempts cannot be altered or removed'),
  ];
}

export function dropRefusalTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return dropAppendOnlyStatements(s, 'refused_attempt');
}
