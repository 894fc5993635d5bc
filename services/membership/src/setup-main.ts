import { parseSubgraphConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createMembershipDataSource, setUpMembershipDatabase } from './database';

/** Migrates the membership schema and seeds the founding members, then exits. */
async function main(): Promise<void> {
  const config = parseSubgraphConfig(process.env, 'MEMBERSHIP_PORT', 4001);
  const logger = createLogger('membership-setup', config.logLevel);
  const dataSource = await createMembershipDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations, seeded } = await setUpMembershipDatabase(dataSource);
    logger.info('membership database ready', { migrations, foundingMembersInserted: seeded });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`membership database setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
