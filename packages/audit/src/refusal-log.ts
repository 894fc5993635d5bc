import type { DataSource } from 'typeorm';
import { ActedRows } from './acted-rows';
import type { Actor } from './actor';

export const INPUT_MAX_LENGTH = 4000;
export const MESSAGE_MAX_LENGTH = 1000;
export const ENTITY_ID_MAX_LENGTH = 200;

/** A change someone asked for and was refused. */
export interface RefusedAttempt {
  operation: string;
  entityId: string | null;
  /** The mutation's arguments; recorded as JSON text. */
  input: unknown;
  code: string;
  rule: string | null;
  message: string;
}

/** One recorded refusal, as `RefusedAttempt` shows it. */
export interface RefusedAttemptRecord {
  at: string;
  actor: string;
  role: string;
  operation: string;
  entityId: string | null;
  input: string;
  code: string;
  rule: string | null;
  message: string;
  requestId: string;
}

/** One row of a subgraph's `refused_attempt` table, as the database holds it. */
export interface RefusedAttemptRow {
  at: Date;
  actor: string;
  role: string;
  operation: string;
  entity_id: string | null;
  input: string;
  code: string;
  rule: string | null;
  message: string;
  request_id: string;
}

/**
 * At most `max` characters, ending with '…' when cut, never splitting a surrogate pair. A Postgres
 * text refuses the NUL character, so it is shown as U+FFFD; JSON text never holds one (it escapes it).
 */
function capped(text: string, max: number): string {
  const safe = text.replaceAll('\u0000', '\uFFFD');
  if (safe.length <= max) return safe;
  let end = max - 1;
  const last = safe.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${safe.slice(0, end)}…`;
}

function jsonTextOf(input: unknown): string {
  try {
    return JSON.stringify(input) ?? 'null';
  } catch {
    return '"(arguments that cannot be written as JSON)"';
  }
}

/** The refused attempts of one subgraph's schema: kept apart from the audit trail, never as a change. */
export class RefusalLog extends ActedRows {
  constructor(schema: string) {
    super(schema, 'refused_attempt');
  }

  /**
   * Records `attempt` on the data source itself, in a transaction of its own: the refused
   * transaction has been rolled back by then, and the record must outlive it.
   */
  async record(dataSource: DataSource, actor: Actor, attempt: RefusedAttempt): Promise<void> {
    await this.insert(dataSource, actor, {
      operation: attempt.operation,
      entity_id: attempt.entityId === null ? null : capped(attempt.entityId, ENTITY_ID_MAX_LENGTH),
      input: capped(jsonTextOf(attempt.input), INPUT_MAX_LENGTH),
      code: attempt.code,
      rule: attempt.rule,
      message: capped(attempt.message, MESSAGE_MAX_LENGTH),
    });
  }

  /** The `limit` most recent refusals, newest first, in one statement. */
  async latest(dataSource: DataSource, limit: number): Promise<RefusedAttemptRecord[]> {
    const rows: RefusedAttemptRow[] = await dataSource.query(
      `SELECT at, actor, role, operation, entity_id, input, code, rule, message, request_id
         FROM ${this.table} ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      at: row.at.toISOString(),
      actor: row.actor,
      role: row.role,
      operation: row.operation,
      entityId: row.entity_id,
      input: row.input,
      code: row.code,
      rule: row.rule,
      message: row.message,
      requestId: row.request_id,
    }));
  }
}
