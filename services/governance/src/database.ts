import type { DataSource, Logger } from 'typeorm';
import { APPEND_ONLY_TABLES } from '@wego/audit';
import { createSubgraphDataSource, migrateSubgraphSchema, setUpSubgraphDatabase, type SubgraphDatabaseUrls } from '@wego/database';
import { GOVERNANCE_ENTITIES } from './entities';
import { GOVERNANCE_MIGRATIONS } from './migrations';

export const GOVERNANCE_SCHEMA = 'governance';

export function createGovernanceDataSource(url: string, options: { poolSize?: number; logger?: Logger; role?: string } = {}): DataSource {
  return createSubgraphDataSource({
    url,
    schema: GOVERNANCE_SCHEMA,
    entities: GOVERNANCE_ENTITIES,
    migrations: GOVERNANCE_MIGRATIONS,
    ...options,
  });
}

/**
 * Prepares the governance schema's roles, migrates it as its owner and grants the runtime role its
 * rows; running it twice changes nothing. Nothing is seeded: meetings and mandates come from the Secretariat.
 */
export async function setUpGovernanceDatabase(urls: SubgraphDatabaseUrls) {
  return setUpSubgraphDatabase({
    ...urls,
    schema: GOVERNANCE_SCHEMA,
    appendOnlyTables: APPEND_ONLY_TABLES,
    dataSourceAs: (url, role) => createGovernanceDataSource(url, { poolSize: 2, role }),
    migrateAndSeed: async (owner) => ({ migrations: await migrateSubgraphSchema(owner) }),
  });
}
