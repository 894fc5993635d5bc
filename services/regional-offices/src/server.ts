import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '@wego/config';
import { databaseAnswers } from '@wego/database';
import type { GraphQLHost } from '@wego/server';
import type { Logger } from '@wego/server';
import { serveSubgraph } from '@wego/server';
import { createContextFactory } from './context';
import { officesExplorer } from './explorer';
import { resolvers } from './resolvers';

export const REGIONAL_OFFICES_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export interface RegionalOfficesServerOptions {
  dataSource: DataSource;
  // The same options every subgraph takes, so one caller starts all three alike; no office rule asks for today.
  config: Pick<SubgraphConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host' | 'subgraphSecret'> &
    Partial<Pick<SubgraphConfig, 'operationLimits' | 'http'>>;
  logger: Logger;
}

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
