import { join } from 'node:path';
import { databaseAnswers } from '@wego/database';
import { serveSubgraph, type GraphQLHost, type SubgraphServerOptions } from '@wego/server';
import { createContextFactory } from './context';
import { officesExplorer } from './explorer';
import { resolvers } from './resolvers';

export const REGIONAL_OFFICES_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export type RegionalOfficesServerOptions = SubgraphServerOptions;

/** The composition root of the regional-offices subgraph: schema, context, HTTP host. */
export function createServer({ dataSource, config, logger }: RegionalOfficesServerOptions): Promise<GraphQLHost> {
  return serveSubgraph({
    schemaPath: REGIONAL_OFFICES_SCHEMA_PATH,
    resolvers,
    contextOf: createContextFactory(dataSource, logger),
    healthy: () => databaseAnswers(dataSource),
    admitsOfficeTokens: true,
    routes: officesExplorer(config.environment === 'production'),
    config,
    logger,
  });
}
