import { parseSubgraphConfig } from '@wego/config';
import { runToCompletion } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createRegionalOfficesDataSource, setUpRegionalOfficesDatabase } from './database';

/** Migrates the regional_offices schema and seeds the offices and their coverage, then exits. */
runToCompletion('regional-offices database setup', async () => {
  const config = parseSubgraphConfig(process.env, 'REGIONAL_OFFICES_PORT', 4003, 'regional-offices');
  const logger = createLogger('regional-offices-setup', config.logLevel);
  const dataSource = await createRegionalOfficesDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations, seeded } = await setUpRegionalOfficesDatabase(dataSource);
    logger.info('regional-offices database ready', { migrations, ...seeded });
  } finally {
    await dataSource.destroy();
  }
});
