import type { DataSource } from 'typeorm';
import { migrateSubgraphSchema } from './migrate';
import { setUpSubgraphDatabase, type SubgraphDatabaseUrls } from './subgraph-database-setup';
import type { SubgraphRoles } from './subgraph-roles';

/** The options a subgraph's own DataSource factory takes beside its URL. */
export interface SubgraphConnection {
  poolSize?: number;
  role?: string;
}

export interface MigratedSubgraph {
  schema: string;
  /** Tables whose rows the runtime role may add and read, never alter. */
  appendOnlyTables: readonly string[];
  /** The subgraph's DataSource factory. */
  dataSource(url: string, connection: SubgraphConnection): DataSource;
}

export interface SeededSubgraph<TSeeded> extends MigratedSubgraph {
  /** Seeds the migrated schema as its owner. */
  seed(owner: DataSource): Promise<TSeeded>;
}

type Migrated = { migrations: string[]; roles: SubgraphRoles };

/** Sets up a subgraph's schema (see setUpSubgraphDatabase): migrates it as its owner, then seeds it when a seed is given. */
export function setUpMigratedSubgraph<TSeeded>(urls: SubgraphDatabaseUrls, subgraph: SeededSubgraph<TSeeded>): Promise<Migrated & { seeded: TSeeded }>;
export function setUpMigratedSubgraph(urls: SubgraphDatabaseUrls, subgraph: MigratedSubgraph): Promise<Migrated>;
export function setUpMigratedSubgraph(urls: SubgraphDatabaseUrls, subgraph: MigratedSubgraph & { seed?: (owner: DataSource) => Promise<unknown> }) {
  return setUpSubgraphDatabase({
    ...urls,
    schema: subgraph.schema,
    appendOnlyTables: subgraph.appendOnlyTables,
    dataSourceAs: (url, role) => subgraph.dataSource(url, { poolSize: 2, role }),
    migrateAndSeed: async (owner) => {
      const migrations = await migrateSubgraphSchema(owner);
      return subgraph.seed ? { migrations, seeded: await subgraph.seed(owner) } : { migrations };
    },
  });
}
