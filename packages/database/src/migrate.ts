import type { DataSource } from 'typeorm';

/** Quotes a Postgres identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Runs the subgraph's pending migrations, each in its own transaction, and names those applied. The
 * setup calls it as the schema's owner, holding the schema's setup lock (setUpSubgraphDatabase).
 */
export async function migrateSubgraphSchema(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
