import type { DataSource } from 'typeorm';
import type { GraphUnderTest } from '../support/graph-under-test';

/** The schema each subgraph owns; each is read through its own subgraph's connection. */
const SCHEMA_OF = { membership: 'membership', 'regional-offices': 'regional_offices', governance: 'governance' } as const;

/** Refusals are recorded there by design (README, Architecture), so a refused call may add to it and nothing else. */
const RECORDS_REFUSALS = 'refused_attempt';

/** Table by table (`schema.table`): rows and a digest of their content, so that an update shows as well as an insert. */
export type DatabaseFingerprint = Record<string, string>;

/** The tables of each schema, listed once: a table that later disappears (a DROP that got through) fails the digest query loudly. */
const tablesOf = new WeakMap<DataSource, Promise<string[]>>();

function tablesIn(dataSource: DataSource, schema: string): Promise<string[]> {
  let tables = tablesOf.get(dataSource);
  if (!tables) {
    tables = dataSource
      .query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> $2 ORDER BY table_name`, [schema, RECORDS_REFUSALS])
      .then((rows: Array<{ table_name: string }>) => rows.map((row) => row.table_name));
    tablesOf.set(dataSource, tables);
  }
  return tables;
}

async function schemaFingerprint(dataSource: DataSource, schema: string): Promise<Array<[string, string]>> {
  const tables = await tablesIn(dataSource, schema);
  if (tables.length === 0) return [[`${schema}.*`, 'no tables']];
  const digests = tables.map(
    (table, index) =>
      `SELECT ${index} AS position, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${schema}"."${table.replaceAll('"', '""')}" t`,
  );
  const rows: Array<{ position: number; digest: string }> = await dataSource.query(digests.join(' UNION ALL '));
  return rows.map((row) => [`${schema}.${tables[row.position]!}`, row.digest]);
}

/** Every table of the three schemas except the refused-attempts logs, in one round trip per schema. */
export async function databaseFingerprint(graph: GraphUnderTest): Promise<DatabaseFingerprint> {
  const parts = await Promise.all(
    (Object.keys(SCHEMA_OF) as Array<keyof typeof SCHEMA_OF>).map((subgraph) => schemaFingerprint(graph.subgraphs[subgraph].dataSource, SCHEMA_OF[subgraph])),
  );
  return Object.fromEntries(parts.flat().sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
