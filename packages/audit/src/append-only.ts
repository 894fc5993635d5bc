/**
 * The function and trigger that make `table` of schema `s` (already quoted) append-only: they
 * refuse UPDATE, DELETE and TRUNCATE, with `refusal` as the message.
 */
export function appendOnlyStatements(s: string, table: string, refusal: string): string[] {
  return [
    `CREATE FUNCTION ${s}.${table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '${refusal}';
      END
    $$`,
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.${table}_is_append_only()`,
  ];
}

/** Drops `table` and its append-only function. */
export function dropAppendOnlyStatements(s: string, table: string): string[] {
  return [`DROP TABLE ${s}.${table}`, `DROP FUNCTION ${s}.${table}_is_append_only()`];
}
