import type { DataSource } from 'typeorm';
import { parseSubgraphConfig, SUBGRAPH_REGISTRY, type SubgraphConfig, type SubgraphName } from '@wego/config';
import { stopTracing, watchDatabasePool } from '@wego/observability';
import { runUntilSignalled, type GraphQLHost } from '../http';
import { createLogger, type Logger } from '../logging';
import { subgraphDatabase } from './subgraph-database';

/** What a subgraph's entry file says of it; the rest is the same for every subgraph. */
export interface SubgraphProcess<TConfig extends SubgraphConfig> {
  name: SubgraphName;
  /** Its configuration, when it reads more than every subgraph does. */
  configOf?: (env: NodeJS.ProcessEnv) => TConfig;
  dataSourceOf: (url: string, options: { poolSize: number }) => DataSource;
  serve: (options: { dataSource: DataSource; config: TConfig; logger: Logger }) => Promise<GraphQLHost>;
  /** What its "listening" line tells beside its URL. */
  listening?: (config: TConfig) => Record<string, unknown>;
}

/** Runs a subgraph until SIGTERM; refused in production when its runtime role may do more than it needs. */
export function runSubgraphProcess<TConfig extends SubgraphConfig = SubgraphConfig>(env: NodeJS.ProcessEnv, definition: SubgraphProcess<TConfig>): void {
  const { name } = definition;
  runUntilSignalled(name, async () => {
    const config = definition.configOf ? definition.configOf(env) : (parseSubgraphConfig(env, name) as TConfig);
    const logger = createLogger(name, config.logLevel);
    const { guardRuntimeRole, poolCountsOf } = subgraphDatabase();
    const dataSource = await definition.dataSourceOf(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
    await guardRuntimeRole(dataSource, SUBGRAPH_REGISTRY[name].databaseSchema, {
      production: config.environment === 'production',
      warn: (message, fields) => logger.warn(message, fields),
    });
    watchDatabasePool(poolCountsOf(dataSource));
    const host = await definition.serve({ dataSource, config, logger });
    logger.info(`${name} subgraph listening`, { url: host.url, ...definition.listening?.(config) });
    return {
      logger,
      async stop() {
        await host.stop();
        await dataSource.destroy();
        await stopTracing();
      },
    };
  });
}
