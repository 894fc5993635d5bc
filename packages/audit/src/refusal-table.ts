import { createAppendOnlyTableStatements, dropAppendOnlyTableStatements, type AppendOnlyTable } from './append-only';

/**
 * `input` is text rather than jsonb: jsonb refuses `\u0000`, and hostile input carrying it must
 * still be recordable.
 */
const REFUSAL_TABLE: AppendOnlyTable = {
  name: 'refused_attempt',
  columns: ['entity_id text', 'input text NOT NULL', 'code text NOT NULL', 'rule text', 'message text NOT NULL'],
  refusal: 'refused attempts cannot be altered or removed',
};

/** The statements that create a schema's log of refused attempts, kept apart from the audit table and, like it, never altered. */
export function createRefusalTableStatements(schema: string): string[] {
  return createAppendOnlyTableStatements(schema, REFUSAL_TABLE);
}

export function dropRefusalTableStatements(schema: string): string[] {
  return dropAppendOnlyTableStatements(schema, REFUSAL_TABLE.name);
}
