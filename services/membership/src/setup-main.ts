import { parseSubgraphSetupConfig } from '@wego/config';
import { developmentRuntimeUrl } from '@wego/database';
import { runToCompletion } from '@wego/server';
import { createLogger } from '@wego/server';
import { MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from './database';

/** Prepares the membership schema's roles, migrates it and seeds the founding members, then exits. */
runToCompletion('membership database setup', async () => {
  const config = parseSubgraphSetupConfig(process.env);
  const logger = createLogger('membership-setup', config.logLevel);
  const { migrations, seeded, roles } = await setUpMembershipDatabase({
    adminUrl: config.adminDatabaseUrl,
    runtimeUrl: config.runtimeDatabaseUrl ?? developmentRuntimeUrl(config.adminDatabaseUrl, MEMBERSHIP_SCHEMA),
  });
  logger.info('membership database ready', { migrations, foundingMembersInserted: seeded, ...roles });
});
