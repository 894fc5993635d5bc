import { parseSubgraphConfig } from '@wego/config';
import { runToCompletion } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createMembershipDataSource, setUpMembershipDatabase } from './database';

/** Migrates the membership schema and seeds the founding members, then exits. */
runToCompletion('membership database setup', async () => {
  const config = parseSubgraphConfig(process.env, 'MEMBERSHIP_PORT', 4001, 'membership');
  const logger = createLogger('membership-setup', config.logLevel);
  const dataSource = await createMembershipDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations, seeded } = await setUpMembershipDatabase(dataSource);
    logger.info('membership database ready', { migrations, foundingMembersInserted: seeded });
  } finally {
    await dataSource.destroy();
  }
});
