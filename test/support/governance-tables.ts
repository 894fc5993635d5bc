import type { DataSource } from 'typeorm';
import { refusedWithoutChange as refusedWithout, type GraphQLResponse } from '@wego/testing';

/** What governance keeps, table by table: rows, and a fingerprint of their content. */
export type GovernanceTables = Record<'meeting' | 'candidacy' | 'mandate' | 'absence' | 'nomination' | 'decision' | 'audit_entry', { rows: number; content: string }>;

/** One row of `governance.audit_entry`, as the database holds it. */
export type AuditRow = Record<'actor' | 'role' | 'operation' | 'entity_type' | 'entity_id' | 'request_id', string> & Record<'before' | 'after', Record<string, unknown> | null>;

const TABLES = ['meeting', 'candidacy', 'mandate', 'absence', 'nomination', 'decision', 'audit_entry'] as const;

/** Counts and fingerprints every governance table a change writes, so that an update shows as well as an insert. */
export async function governanceTables(dataSource: DataSource): Promise<GovernanceTables> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS content FROM governance.${table} t`,
      );
      return [table, { rows: row.rows as number, content: row.content as string }] as const;
    }),
  );
  return Object.fromEntries(entries) as GovernanceTables;
}

/** Sends a write that must be refused with this code (and rule), and checks that no governance table changed. */
export function refusedWithoutChange(dataSource: DataSource, send: () => Promise<GraphQLResponse>, code: string, rule?: string): Promise<GraphQLResponse> {
  return refusedWithout(() => governanceTables(dataSource), send, code, rule);
}

/** The audit entries of one entity, oldest first. */
export async function auditEntriesOf(dataSource: DataSource, entityId: string): Promise<AuditRow[]> {
  return dataSource.query(
    `SELECT actor, role, operation, entity_type, entity_id, before, after, request_id FROM governance.audit_entry WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  );
}

/** The one audit entry the accepted `answer` recorded for this entity, by the Secretariat officer of the test tokens. */
export async function expectAudited(dataSource: DataSource, answer: GraphQLResponse, entityId: string, operation: string, entityType: string): Promise<AuditRow> {
  const requestId = answer.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const entries = (await auditEntriesOf(dataSource, entityId)).filter((entry) => entry.request_id === requestId);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ actor: 'officer@test', role: 'secretariat', operation, entity_type: entityType, entity_id: entityId });
  return entries[0]!;
}
