import { join } from 'node:path';
import { databaseAnswers } from '@wego/database';
import { serveSubgraph, type GraphQLHost, type SubgraphServerOptions } from '@wego/server';
import type { GovernanceConfig } from './config';
import { createContextFactory } from './context';
import { MembershipDirectory } from './neighbours/membership-directory';
import { OfficeDirectory } from './neighbours/office-directory';
import { resolvers } from './resolvers';

export const GOVERNANCE_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export type GovernanceServerOptions = SubgraphServerOptions<
  GovernanceConfig,
  'executiveCommitteeMaxSeats' | 'membershipUrl' | 'regionalOfficesUrl' | 'membershipSecret' | 'regionalOfficesSecret'
>;

/** The composition root of the governance subgraph: schema, context, its neighbours' directories, HTTP host. */
export function createServer({ dataSource, config, logger }: GovernanceServerOptions): Promise<GraphQLHost> {
  const neighbours = {
    membership: new MembershipDirectory({ url: config.membershipUrl, secret: config.membershipSecret }, logger),
    offices: new OfficeDirectory({ url: config.regionalOfficesUrl, secret: config.regionalOfficesSecret }, logger),
  };
  return serveSubgraph({
    schemaPath: GOVERNANCE_SCHEMA_PATH,
    resolvers,
    contextOf: createContextFactory(dataSource, config.clock, { executiveCommitteeMaxSeats: config.executiveCommitteeMaxSeats }, neighbours, logger),
    healthy: () => databaseAnswers(dataSource),
    admitsOfficeTokens: false,
    config,
    logger,
  });
}
