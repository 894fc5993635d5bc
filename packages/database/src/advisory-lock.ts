import type { Client } from 'pg';

/**
 * Runs `work` holding a session-level advisory lock of the connected database. Advisory locks
 * belong to one database: they serialise setups working on the same database, not across a server.
 */
export async function holdingAdvisoryLock<T>(client: Client, key: string, work: () => Promise<T>): Promise<T> {
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
  try {
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
  }
}
