import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdentifier } from '@wego/database';

/** A request sent with an idempotency key: who sent it, under which key, and what it asked. */
export interface KeyedRequest {
  /** The token subject: keys are the caller's own, never shared with another caller. */
  caller: string;
  key: string;
  operation: string;
  /** The request's operation and arguments, hashed (requestFingerprint). */
  fingerprint: string;
}

/** What a key recorded: the request it was first used for, and the JSON text of its answer. */
export interface StoredOutcome {
  operation: string;
  fingerprint: string;
  answer: string;
}

interface OutcomeRow {
  operation: string;
  fingerprint: string;
  answer: string | null;
}

/** The idempotency keys of one subgraph's schema. */
export class IdempotencyKeys {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `${quoteIdentifier(schema)}.idempotency_key`;
  }

  /** The outcome committed under the caller's key, if any. */
  async outcomeOf(on: DataSource | EntityManager, caller: string, key: string): Promise<StoredOutcome | null> {
    const rows: OutcomeRow[] = await on.query(`SELECT operation, fingerprint, answer FROM ${this.table} WHERE caller = $1 AND key = $2`, [caller, key]);
    const row = rows[0];
    // The answer is written before the claiming transaction commits, so a committed row always has one.
    return row && row.answer !== null ? { operation: row.operation, fingerprint: row.fingerprint, answer: row.answer } : null;
  }

  /**
   * Takes the key in the caller's transaction, before its change. A twin holding the same key in a
   * transaction not yet ended makes this wait for it; false when the key turns out to be taken.
   */
  async claim(manager: EntityManager, request: KeyedRequest): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO ${this.table} (caller, key, operation, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT (caller, key) DO NOTHING RETURNING key`,
      [request.caller, request.key, request.operation, request.fingerprint],
    );
    return rows.length === 1;
  }

  /** Records the answer of the claimed request, in its transaction: it commits with the change or not at all. */
  async settle(manager: EntityManager, request: KeyedRequest, answer: string): Promise<void> {
    await manager.query(`UPDATE ${this.table} SET answer = $3 WHERE caller = $1 AND key = $2`, [request.caller, request.key, answer]);
  }

  /** Forgets keys recorded more than `hours` ago; answers how many. */
  async purgeOlderThan(dataSource: DataSource, hours: number): Promise<number> {
    const [row]: Array<{ purged: number }> = await dataSource.query(
      `WITH purged AS (DELETE FROM ${this.table} WHERE created_at < now() - make_interval(hours => $1) RETURNING 1)
       SELECT count(*)::int AS purged FROM purged`,
      [hours],
    );
    return row?.purged ?? 0;
  }
}
