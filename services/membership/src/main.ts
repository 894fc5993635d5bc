import './tracing';
import { parseSubgraphConfig } from '@wego/config';
import { guardRuntimeRole, poolCountsOf } from '@wego/database';
import { runUntilSignalled } from '@wego/server';
import { createLogger } from '@wego/server';
import { stopTracing, watchDatabasePool } from '@wego/observability';
import { createMembershipDataSource, MEMBERSHIP_SCHEMA } from './database';
import { createServer } from './server';

runUntilSignalled('membership', async () => {
  const config = parseSubgraphConfig(process.env, 'MEMBERSHIP_PORT', 4001, 'membership');
  const logger = createLogger('membership', config.logLevel);
  const dataSource = await createMembershipDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  await guardRuntimeRole(dataSource, MEMBERSHIP_SCHEMA, { production: config.environment === 'production', warn: (message, fields) => logger.warn(message, fields) });
  watchDatabasePool(poolCountsOf(dataSource));
  const host = await createServer({ dataSource, config, logger });
  logger.info('membership subgraph listening', { url: host.url });
  return {
    logger,
    async stop() {
      await host.stop();
      await dataSource.destroy();
      await stopTracing();
    },
  };
});
