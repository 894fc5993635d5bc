import { parseSubgraphConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createRegionalOfficesDataSource } from './database';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = parseSubgraphConfig(process.env, 'REGIONAL_OFFICES_PORT', 4003);
  const logger = createLogger('regional-offices', config.logLevel);
  const dataSource = await createRegionalOfficesDataSource(config.databaseUrl, { poolSize: config.databasePoolSize }).initialize();
  const host = await createServer({ dataSource, config, logger });
  logger.info('regional-offices subgraph listening', { url: host.url });
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
  process.stderr.write(`regional-offices failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
