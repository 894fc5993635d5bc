import type { EntityManager } from 'typeorm';
import { quoteIdentifier } from '@wego/database';
import { actorNameOf, type Actor } from './actor';

/** A table of one subgraph's schema whose rows each name who acted, and under which request. */
export abstract class ActedRows {
  protected readonly table: string;

  protected constructor(schema: string, name: string) {
    this.table = `${quoteIdentifier(schema)}.${name}`;
  }

  /** Inserts one row: actor, role, the given columns in order, then request_id. */
  protected async insert(runner: Pick<EntityManager, 'query'>, actor: Actor, columns: Record<string, unknown>): Promise<void> {
    const names = ['actor', 'role', ...Object.keys(columns), 'request_id'];
    const values = [actorNameOf(actor.viewer), actor.viewer.role, ...Object.values(columns), actor.requestId];
    const placeholders = names.map((_, index) => `$${index + 1}`);
    await runner.query(`INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${placeholders.join(', ')})`, values);
  }
}
