import './tracing';
import { parseGatewayConfig } from './config';
import { createLogger, runUntilSignalled } from '@wego/server';
import { stopTracing } from '@wego/observability';
import { createGateway } from './server';

runUntilSignalled('gateway', async () => {
  const config = parseGatewayConfig(process.env);
  const logger = createLogger('gateway', config.logLevel);
  const host = await createGateway({ config, logger });
  logger.info('gateway listening', { url: host.url });
  return {
    logger,
    async stop() {
      await host.stop();
      await stopTracing();
    },
  };
});
