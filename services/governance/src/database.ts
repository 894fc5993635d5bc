import type { DataSource, Logger } from 'typeorm';
import { createSubgraphDataSource, migrateSubgraphSchema } from '@wego/database';
import { GOVERNANCE_ENTITIES } from './entities';
import { GOVERNANCE_MIGRATIONS } from './migrations';

export const GOVERNANCE_SCHEMA = 'governance';

export function createGovernanceDataSource(url: string, options: { poolSize?: number; logger?: Logger } = {}): DataSource {
  return createSubgraphDataSource({
    url,
    schema: GOVERNANCE_SCHEMA,
    entities: GOVERNANCE_ENTITIES,
    migrations: GOVERNANCE_MIGRATIONS,
    ...options,
  });
}

/** Migrates the governance schema; running it twice changes nothing. Nothing is seeded: meetings and mandates come from the Secretariat. */
export async function setUpGovernanceDatabase(dataSource: DataSource): Promise<{ migrations: string[] }> {
  return { migrations: await migrateSubgraphSchema(dataSource, GOVERNANCE_SCHEMA) };
}
