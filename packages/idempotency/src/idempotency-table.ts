import { quoteIdentifier } from '@wego/database';

/**
 * The statements that create a schema's idempotency keys: one row per caller and key, written in
 * the transaction of the change it guards, holding the answer that change gave. The primary key
 * is what makes a concurrent twin wait for the first and then find its answer.
 */
export function createIdempotencyTableStatements(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [
    `CREATE TABLE ${s}.idempotency_key (
      caller text NOT NULL,
      key text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 200),
      operation text NOT NULL,
      fingerprint text NOT NULL,
      answer text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (caller, key)
    )`,
    `CREATE INDEX idempotency_key_created_at ON ${s}.idempotency_key (created_at)`,
  ];
}

export function dropIdempotencyTableStatements(schema: string): string[] {
  return [`DROP TABLE ${quoteIdentifier(schema)}.idempotency_key`];
}
