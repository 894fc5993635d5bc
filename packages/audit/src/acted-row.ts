import type { EntityManager } from 'typeorm';
import { actorNameOf, type Actor } from './actor';

/** Inserts one row into `table` that names who acted: actor, role, the given columns in order, then request_id. */
export async function insertActedRow(runner: Pick<EntityManager, 'query'>, table: string, actor: Actor, columns: Record<string, unknown>): Promise<void> {
  const names = ['actor', 'role', ...Object.keys(columns), 'request_id'];
  const values = [actorNameOf(actor.viewer), actor.viewer.role, ...Object.values(columns), actor.requestId];
  const placeholders = names.map((_, index) => `$${index + 1}`);
  await runner.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${placeholders.join(', ')})`, values);
}
