import './tracing';
import { parseGovernanceConfig } from '@wego/config';
import { guardRuntimeRole, poolCountsOf } from '@wego/database';
import { runUntilSignalled } from '@wego/server';
import { createLogger } from '@wego/server';
import { stopTracing, watchDatabasePool } from '@wego/observability';
import { createGovernanceDataSource, GOVERNANCE_SCHEMA } from './database';
import { createServer } from './server';

runUntilSignalled('governance', async () => {
  const config = parseGovernanceConfig(process.env);
  const logger = createLogger('governance', config.logLevel);
  const dataSource = await createGovernanceDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  await guardRuntimeRole(dataSource, GOVERNANCE_SCHEMA, { production: config.environment === 'production', warn: (message, fields) => logger.warn(message, fields) });
  watchDatabasePool(poolCountsOf(dataSource));
  const host = await createServer({ dataSource, config, logger });
  logger.info('governance subgraph listening', { url: host.url, membershipUrl: config.membershipUrl });
  return {
    logger,
    async stop() {
      await host.stop();
      await dataSource.destroy();
      await stopTracing();
    },
  };
});
