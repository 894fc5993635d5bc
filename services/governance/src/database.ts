import type { DataSource, Logger } from 'typeorm';
import { APPEND_ONLY_TABLES } from '@wego/audit';
import { SUBGRAPH_REGISTRY } from '@wego/config';
import { createSubgraphDataSource, setUpMigratedSubgraph, type SubgraphConnection, type SubgraphDatabaseUrls } from '@wego/database';
import { GOVERNANCE_ENTITIES } from './entities';
import { GOVERNANCE_MIGRATIONS, governanceMigrationsThrough } from './migrations';

export const GOVERNANCE_SCHEMA = SUBGRAPH_REGISTRY.governance.databaseSchema;

export interface GovernanceDataSourceOptions extends SubgraphConnection {
  logger?: Logger;
  /** The name of the last migration it knows; every one when omitted. */
  migrationsThrough?: string;
}

export function createGovernanceDataSource(url: string, { migrationsThrough, ...options }: GovernanceDataSourceOptions = {}): DataSource {
  return createSubgraphDataSource({
    url,
    schema: GOVERNANCE_SCHEMA,
    entities: GOVERNANCE_ENTITIES,
    migrations: migrationsThrough ? governanceMigrationsThrough(migrationsThrough) : GOVERNANCE_MIGRATIONS,
    ...options,
  });
}

/**
 * Prepares the governance schema's roles, migrates it as its owner and grants the runtime role its
 * rows; running it twice changes nothing. Nothing is seeded: meetings and mandates come from the Secretariat.
 * `migrationsThrough` stops at the named migration, leaving the schema as an earlier release had it
 * (a later setup runs the rest).
 */
export async function setUpGovernanceDatabase(urls: SubgraphDatabaseUrls, options: { migrationsThrough?: string } = {}) {
  return setUpMigratedSubgraph(urls, {
    schema: GOVERNANCE_SCHEMA,
    appendOnlyTables: APPEND_ONLY_TABLES,
    dataSource: (url, connection) => createGovernanceDataSource(url, { ...connection, ...options }),
  });
}
