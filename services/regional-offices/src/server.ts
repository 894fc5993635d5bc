import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '@wego/config';
import { startGraphQLHost, type GraphQLHost } from '@wego/graphql-http';
import type { Logger } from '@wego/logging';
import { createSubgraphApollo, identifyRequest, loadSchemaDocument } from '@wego/subgraph-server';
import { createContextFactory, type RegionalOfficesContext } from './context';
import { resolvers } from './resolvers';

export const REGIONAL_OFFICES_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export interface RegionalOfficesServerOptions {
  dataSource: DataSource;
  // The same options every subgraph takes, so one caller starts all three alike; no office rule asks for today.
  config: Pick<SubgraphConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host'>;
  logger: Logger;
}

/** The composition root of the regional-offices subgraph: schema, context, HTTP host. */
export async function createServer({ dataSource, config, logger }: RegionalOfficesServerOptions): Promise<GraphQLHost> {
  const apollo = createSubgraphApollo<RegionalOfficesContext>({
    typeDefs: loadSchemaDocument(REGIONAL_OFFICES_SCHEMA_PATH),
    resolvers,
    logger,
    production: config.environment === 'production',
  });
  const contextOf = createContextFactory(dataSource);
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
