import { parseSubgraphSetupConfig } from '@wego/config';
import { developmentRuntimeUrl } from '@wego/database';
import { runToCompletion } from '@wego/server';
import { createLogger } from '@wego/server';
import { GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from './database';

/** Prepares the governance schema's roles and migrates it, then exits. */
runToCompletion('governance database setup', async () => {
  const config = parseSubgraphSetupConfig(process.env);
  const logger = createLogger('governance-setup', config.logLevel);
  const { migrations, roles } = await setUpGovernanceDatabase({
    adminUrl: config.adminDatabaseUrl,
    runtimeUrl: config.runtimeDatabaseUrl ?? developmentRuntimeUrl(config.adminDatabaseUrl, GOVERNANCE_SCHEMA),
  });
  logger.info('governance database ready', { migrations, ...roles });
});
