import { parseSubgraphConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createMembershipDataSource } from './database';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = parseSubgraphConfig(process.env, 'MEMBERSHIP_PORT', 4001);
  const logger = createLogger('membership', config.logLevel);
  const dataSource = await createMembershipDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  const host = await createServer({ dataSource, config, logger });
  logger.info('membership subgraph listening', { url: host.url });
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
  process.stderr.write(`membership failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
