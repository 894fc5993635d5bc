import type { DataSource } from 'typeorm';

/** Quotes a Postgres identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates the subgraph's schema (TypeORM does not), then runs its pending migrations. Safe to run
 * concurrently from several processes: an advisory lock serialises them per schema.
 */
export async function migrateSubgraphSchema(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`wego-migrate:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`wego-migrate:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}
