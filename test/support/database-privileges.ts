import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, sqlStateOf } from '@wego/database';

/** The schemas of the three subgraphs, each with the runtime role the tests run it as. */
export const SUBGRAPH_SCHEMAS = [
  { subgraph: 'membership', schema: 'membership', runtime: 'wego_membership' },
  { subgraph: 'governance', schema: 'governance', runtime: 'wego_governance' },
  { subgraph: 'regional-offices', schema: 'regional_offices', runtime: 'wego_regional_offices' },
] as const;

/** The SQLSTATE a statement fails with, or `succeeded`. */
export async function outcomeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'succeeded';
  } catch (error) {
    return sqlStateOf(error) ?? `failed without a SQLSTATE: ${String(error)}`;
  }
}

/** Runs `work` on one connection to `url`, closed afterwards. */
export async function connectedTo<T>(url: string, work: (connection: DataSource) => Promise<T>): Promise<T> {
  const connection = await createSubgraphDataSource({ url, schema: 'public', entities: [], migrations: [], poolSize: 1 }).initialize();
  try {
    return await work(connection);
  } finally {
    await connection.destroy();
  }
}

/**
 * Who owns what in the subgraphs' schemas and who was granted what on it, as the catalog has it:
 * running the setup again must leave it as it is.
 */
export async function privilegesOf(adminUrl: string): Promise<unknown[]> {
  return connectedTo(adminUrl, (connection) =>
    connection.query(
      `SELECT n.nspname AS schema, n.nspowner::regrole::text AS schema_owner, n.nspacl::text AS schema_acl,
              c.relname AS object, c.relkind AS kind, c.relowner::regrole::text AS owner, c.relacl::text AS acl
         FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
        WHERE n.nspname IN ('membership', 'governance', 'regional_offices')
        UNION ALL
       SELECT n.nspname, NULL, NULL, p.proname, 'function', p.proowner::regrole::text, p.proacl::text
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('membership', 'governance', 'regional_offices')
        ORDER BY 1, 4`,
    ),
  );
}

/** The tables of `schema`, as the catalog (which every role may read) lists them. */
export async function tablesOf(connection: DataSource, schema: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await connection.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1`, [schema]);
  return rows.map((row) => row.name);
}
