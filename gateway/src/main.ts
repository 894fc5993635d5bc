import { parseGatewayConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createGateway } from './server';

async function main(): Promise<void> {
  const config = parseGatewayConfig(process.env);
  const logger = createLogger('gateway', config.logLevel);
  const host = await createGateway({ config, logger });
  logger.info('gateway listening', { url: host.url });
  const stop = async (signal: string): Promise<void> => {
    logger.info('stopping', { signal });
    await host.stop();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
