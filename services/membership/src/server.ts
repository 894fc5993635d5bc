import { join } from 'node:path';
import { databaseAnswers } from '@wego/database';
import { serveSubgraph, type GraphQLHost, type SubgraphServerOptions } from '@wego/server';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';

export const MEMBERSHIP_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export type MembershipServerOptions = SubgraphServerOptions;

/** The composition root of the membership subgraph: schema, context, HTTP host. */
export function createServer({ dataSource, config, logger }: MembershipServerOptions): Promise<GraphQLHost> {
  const contextOf = createContextFactory(dataSource, config.clock, logger);
  const healthy = () => databaseAnswers(dataSource);
  return serveSubgraph({ schemaPath: MEMBERSHIP_SCHEMA_PATH, resolvers, contextOf, healthy, admitsOfficeTokens: false, config, logger });
}
