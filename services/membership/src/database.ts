import { APPEND_ONLY_TABLES } from '@wego/audit';
import { SUBGRAPH_REGISTRY } from '@wego/config';
import { setUpMigratedSubgraph, subgraphDataSourceOf, type SubgraphDatabaseUrls } from '@wego/database';
import { MEMBERSHIP_ENTITIES } from './entities';
import { MEMBERSHIP_MIGRATIONS } from './migrations';
import { seedFoundingMembers } from './seed/seed-founding-members';

export const MEMBERSHIP_SCHEMA = SUBGRAPH_REGISTRY.membership.databaseSchema;

export const createMembershipDataSource = subgraphDataSourceOf({ schema: MEMBERSHIP_SCHEMA, entities: MEMBERSHIP_ENTITIES, migrations: MEMBERSHIP_MIGRATIONS });

/**
 * Prepares the membership schema's roles, migrates it and seeds the founding members as its owner,
 * and grants the runtime role its rows; running it twice changes nothing.
 */
export async function setUpMembershipDatabase(urls: SubgraphDatabaseUrls) {
  return setUpMigratedSubgraph(urls, { schema: MEMBERSHIP_SCHEMA, appendOnlyTables: APPEND_ONLY_TABLES, dataSource: createMembershipDataSource, seed: seedFoundingMembers });
}
