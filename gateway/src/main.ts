import { parseGatewayConfig } from '@wego/config';
import { runUntilSignalled } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createGateway } from './server';

runUntilSignalled('gateway', async () => {
  const config = parseGatewayConfig(process.env);
  const logger = createLogger('gateway', config.logLevel);
  const host = await createGateway({ config, logger });
  logger.info('gateway listening', { url: host.url });
  return { logger, stop: () => host.stop() };
});
