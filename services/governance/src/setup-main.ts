import { parseGovernanceConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createGovernanceDataSource, setUpGovernanceDatabase } from './database';

/** Migrates the governance schema, then exits. */
async function main(): Promise<void> {
  const config = parseGovernanceConfig(process.env);
  const logger = createLogger('governance-setup', config.logLevel);
  const dataSource = await createGovernanceDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations } = await setUpGovernanceDatabase(dataSource);
    logger.info('governance database ready', { migrations });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`governance database setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
