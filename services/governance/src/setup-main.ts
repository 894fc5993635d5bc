import { parseGovernanceConfig } from '@wego/config';
import { runToCompletion } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createGovernanceDataSource, setUpGovernanceDatabase } from './database';

/** Migrates the governance schema, then exits. */
runToCompletion('governance database setup', async () => {
  const config = parseGovernanceConfig(process.env);
  const logger = createLogger('governance-setup', config.logLevel);
  const dataSource = await createGovernanceDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations } = await setUpGovernanceDatabase(dataSource);
    logger.info('governance database ready', { migrations });
  } finally {
    await dataSource.destroy();
  }
});
