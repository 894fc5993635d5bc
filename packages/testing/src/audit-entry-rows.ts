import type { DataSource } from 'typeorm';
import { quoteIdentifier } from '@wego/database';

/** One row of a subgraph's `audit_entry` table, as the tests compare it. */
export interface AuditEntryRow {
  actor: string;
  role: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string;
}

/** Every audit entry the subgraph owning `schema` kept, oldest first. */
export function auditEntryRows(dataSource: DataSource, schema: string): Promise<AuditEntryRow[]> {
  return dataSource.query(`SELECT actor, role, operation, entity_type, entity_id, before, after, request_id FROM ${quoteIdentifier(schema)}.audit_entry ORDER BY id`);
}
