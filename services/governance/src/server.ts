import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { GovernanceConfig } from '@wego/config';
import { startGraphQLHost, type GraphQLHost } from '@wego/graphql-http';
import type { Logger } from '@wego/logging';
import { createSubgraphApollo, identifyRequest, loadSchemaDocument } from '@wego/subgraph-server';
import { createContextFactory, type GovernanceContext } from './context';
import { MembershipDirectory } from './membership-directory/membership-directory';
import { resolvers } from './resolvers';

export const GOVERNANCE_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export interface GovernanceServerOptions {
  dataSource: DataSource;
  config: Pick<GovernanceConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host' | 'executiveCommitteeMaxSeats' | 'membershipUrl'>;
  logger: Logger;
}

/** The composition root of the governance subgraph: schema, context, the membership directory, HTTP host. */
export async function createServer({ dataSource, config, logger }: GovernanceServerOptions): Promise<GraphQLHost> {
  const apollo = createSubgraphApollo<GovernanceContext>({
    typeDefs: loadSchemaDocument(GOVERNANCE_SCHEMA_PATH),
    resolvers,
    logger,
    production: config.environment === 'production',
  });
  const directory = new MembershipDirectory(config.membershipUrl, logger);
  const contextOf = createContextFactory(dataSource, config.clock, { executiveCommitteeMaxSeats: config.executiveCommitteeMaxSeats }, directory);
  return startGraphQLHost(
    {
      apollo,
      context: async (request) => contextOf(await identifyRequest(config.identity, request)),
      healthy: async () => (await dataSource.query('SELECT 1')).length === 1,
    },
    config.port,
    config.host,
  );
}
