import { quoteIdentifier } from '@wego/database';

/** An append-only log of one schema: its own columns, an optional index, and the message refusing a change. */
export interface AppendOnlyTable {
  name: string;
  /** The columns after the ones every log starts with (id, at, actor, role, operation); request_id ends them. */
  columns: readonly string[];
  /** An index on it, as its name and the columns it orders. */
  index?: readonly [string, string];
  refusal: string;
}

const LEADING_COLUMNS = [
  'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  'at timestamptz NOT NULL DEFAULT clock_timestamp()',
  'actor text NOT NULL',
  'role text NOT NULL',
  'operation text NOT NULL',
];

/**
 * The statements that create `table` in `schema`, and the function and trigger that refuse UPDATE,
 * DELETE and TRUNCATE on it, so that not even the subgraph's own code can alter an entry once written.
 */
export function createAppendOnlyTableStatements(schema: string, table: AppendOnlyTable): string[] {
  const s = quoteIdentifier(schema);
  const columns = [...LEADING_COLUMNS, ...table.columns, 'request_id text NOT NULL'];
  return [
    `CREATE TABLE ${s}.${table.name} (\n      ${columns.join(',\n      ')}\n    )`,
    ...(table.index ? [`CREATE INDEX ${table.index[0]} ON ${s}.${table.name} (${table.index[1]})`] : []),
    `CREATE FUNCTION ${s}.${table.name}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '${table.refusal}';
      END
    $$`,
    `CREATE TRIGGER ${table.name}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.${table.name}
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.${table.name}_is_append_only()`,
  ];
}

/** Drops `table` of `schema` and its append-only function. */
export function dropAppendOnlyTableStatements(schema: string, table: string): string[] {
  const s = quoteIdentifier(schema);
  return [`DROP TABLE ${s}.${table}`, `DROP FUNCTION ${s}.${table}_is_append_only()`];
}
