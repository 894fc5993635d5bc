import { parseGovernanceConfig } from '@wego/config';
import { runUntilSignalled } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createGovernanceDataSource } from './database';
import { createServer } from './server';

runUntilSignalled('governance', async () => {
  const config = parseGovernanceConfig(process.env);
  const logger = createLogger('governance', config.logLevel);
  const dataSource = await createGovernanceDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  const host = await createServer({ dataSource, config, logger });
  logger.info('governance subgraph listening', { url: host.url, membershipUrl: config.membershipUrl });
  return {
    logger,
    async stop() {
      await host.stop();
      await dataSource.destroy();
    },
  };
});
