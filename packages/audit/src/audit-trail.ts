import type { DataSource, EntityManager } from 'typeorm';
import { ActedRows } from './acted-rows';
import type { Actor } from './actor';

export interface Change {
  operation: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** One recorded change, as the `AuditEntry` type of the SDL shows it. */
export interface AuditEntryRecord {
  at: string;
  actor: string;
  role: string;
  operation: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string;
}

interface AuditRow {
  at: Date;
  actor: string;
  role: string;
  operation: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string;
}

function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** The audit trail of one subgraph's schema. */
export class AuditTrail extends ActedRows {
  constructor(schema: string) {
    super(schema, 'audit_entry');
  }

  /** Records `change` inside the caller's transaction: it lands with the change or not at all. */
  async record(manager: EntityManager, actor: Actor, change: Change): Promise<void> {
    await this.insert(manager, actor, {
      operation: change.operation,
      entity_type: change.entityType,
      entity_id: change.entityId,
      before: jsonText(change.before),
      after: jsonText(change.after),
    });
  }

  /** The entries of each entity id, oldest first, in one statement. */
  async entriesOf(dataSource: DataSource, entityIds: readonly string[]): Promise<AuditEntryRecord[][]> {
    const rows: AuditRow[] = await dataSource.query(
      `SELECT at, actor, role, operation, entity_id, before, after, request_id
         FROM ${this.table} WHERE entity_id = ANY($1) ORDER BY id`,
      [entityIds],
    );
    const byEntity = new Map<string, AuditEntryRecord[]>(entityIds.map((id) => [id, []]));
    for (const row of rows) {
      byEntity.get(row.entity_id)?.push({
        at: row.at.toISOString(),
        actor: row.actor,
        role: row.role,
        operation: row.operation,
        entityId: row.entity_id,
        before: jsonText(row.before),
        after: jsonText(row.after),
        requestId: row.request_id,
      });
    }
    return entityIds.map((id) => byEntity.get(id) ?? []);
  }
}
