import { parseSubgraphSetupConfig } from '@wego/config';
import { developmentRuntimeUrl } from '@wego/database';
import { runToCompletion } from '@wego/server';
import { createLogger } from '@wego/server';
import { REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from './database';

/** Prepares the regional_offices schema's roles, migrates it and seeds the offices and their coverage, then exits. */
runToCompletion('regional-offices database setup', async () => {
  const config = parseSubgraphSetupConfig(process.env);
  const logger = createLogger('regional-offices-setup', config.logLevel);
  const { migrations, seeded, roles } = await setUpRegionalOfficesDatabase({
    adminUrl: config.adminDatabaseUrl,
    runtimeUrl: config.runtimeDatabaseUrl ?? developmentRuntimeUrl(config.adminDatabaseUrl, REGIONAL_OFFICES_SCHEMA),
  });
  logger.info('regional-offices database ready', { migrations, ...seeded, ...roles });
});
