import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '@wego/config';
import { databaseAnswers } from '@wego/database';
import type { GraphQLHost } from '@wego/server';
import type { Logger } from '@wego/server';
import { serveSubgraph } from '@wego/server';
import { createContextFactory } from './context';
import { resolvers } from './resolvers';

export const MEMBERSHIP_SCHEMA_PATH = join(__dirname, '..', 'src', 'schema.graphql');

export interface MembershipServerOptions {
  dataSource: DataSource;
  config: Pick<SubgraphConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host' | 'subgraphSecret'> &
    Partial<Pick<SubgraphConfig, 'operationLimits' | 'http'>>;
  logger: Logger;
}

/** The composition root of the membership subgraph: schema, context, HTTP host. */
export function createServer({ dataSource, config, logger }: MembershipServerOptions): Promise<GraphQLHost> {
  return serveSubgraph({
    schemaPath: MEMBERSHIP_SCHEMA_PATH,
    resolvers,
    contextOf: createContextFactory(dataSource, config.clock, logger),
    healthy: () => databaseAnswers(dataSource),
    admitsOfficeTokens: false,
    config,
    logger,
  });
}
