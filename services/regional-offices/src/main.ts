import './tracing';
import { parseSubgraphConfig } from '@wego/config';
import { guardRuntimeRole, poolCountsOf } from '@wego/database';
import { runUntilSignalled } from '@wego/server';
import { createLogger } from '@wego/server';
import { stopTracing, watchDatabasePool } from '@wego/observability';
import { createRegionalOfficesDataSource, REGIONAL_OFFICES_SCHEMA } from './database';
import { createServer } from './server';

runUntilSignalled('regional-offices', async () => {
  const config = parseSubgraphConfig(process.env, 'REGIONAL_OFFICES_PORT', 4003, 'regional-offices');
  const logger = createLogger('regional-offices', config.logLevel);
  const dataSource = await createRegionalOfficesDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  await guardRuntimeRole(dataSource, REGIONAL_OFFICES_SCHEMA, { production: config.environment === 'production', warn: (message, fields) => logger.warn(message, fields) });
  watchDatabasePool(poolCountsOf(dataSource));
  const host = await createServer({ dataSource, config, logger });
  logger.info('regional-offices subgraph listening', { url: host.url });
  return {
    logger,
    async stop() {
      await host.stop();
      await dataSource.destroy();
      await stopTracing();
    },
  };
});
