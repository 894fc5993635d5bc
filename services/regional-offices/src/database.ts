import { APPEND_ONLY_TABLES } from '@wego/audit';
import { SUBGRAPH_REGISTRY } from '@wego/config';
import { setUpMigratedSubgraph, subgraphDataSourceOf, type SubgraphDatabaseUrls } from '@wego/database';
import { REGIONAL_OFFICES_ENTITIES } from './entities';
import { REGIONAL_OFFICES_MIGRATIONS } from './migrations';
import { seedOffices } from './seed/seed-offices';

export const REGIONAL_OFFICES_SCHEMA = SUBGRAPH_REGISTRY['regional-offices'].databaseSchema;

export const createRegionalOfficesDataSource = subgraphDataSourceOf({ schema: REGIONAL_OFFICES_SCHEMA, entities: REGIONAL_OFFICES_ENTITIES, migrations: REGIONAL_OFFICES_MIGRATIONS });

/**
 * Prepares the regional_offices schema's roles, migrates it and seeds the offices and their coverage
 * as its owner, and grants the runtime role its rows; running it twice changes nothing.
 */
export async function setUpRegionalOfficesDatabase(urls: SubgraphDatabaseUrls) {
  return setUpMigratedSubgraph(urls, { schema: REGIONAL_OFFICES_SCHEMA, appendOnlyTables: APPEND_ONLY_TABLES, dataSource: createRegionalOfficesDataSource, seed: seedOffices });
}
