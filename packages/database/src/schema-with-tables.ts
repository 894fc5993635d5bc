import type { DataSource } from 'typeorm';
import { createSubgraphDataSource } from './data-source';
import { quoteIdentifier } from './migrate';

/** An initialized DataSource on `url` whose new schema holds the tables `statements` create: one package's tables, tried alone. */
export async function schemaWithTables(url: string, schema: string, statements: readonly string[], poolSize: number): Promise<DataSource> {
  const dataSource = await createSubgraphDataSource({ url, schema, entities: [], migrations: [], poolSize }).initialize();
  await dataSource.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
  for (const statement of statements) await dataSource.query(statement);
  return dataSource;
}
