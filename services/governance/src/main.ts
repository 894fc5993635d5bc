import { parseGovernanceConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createGovernanceDataSource } from './database';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = parseGovernanceConfig(process.env);
  const logger = createLogger('governance', config.logLevel);
  const dataSource = await createGovernanceDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  const host = await createServer({ dataSource, config, logger });
  logger.info('governance subgraph listening', { url: host.url, membershipUrl: config.membershipUrl });
  const stop = async (signal: string): Promise<void> => {
    logger.info('stopping', { signal });
    await host.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  process.stderr.write(`governance failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
