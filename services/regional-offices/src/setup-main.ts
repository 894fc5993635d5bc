import { parseSubgraphConfig } from '@wego/config';
import { createLogger } from '@wego/logging';
import { createRegionalOfficesDataSource, setUpRegionalOfficesDatabase } from './database';

/** Migrates the regional_offices schema and seeds the offices and their coverage, then exits. */
async function main(): Promise<void> {
  const config = parseSubgraphConfig(process.env, 'REGIONAL_OFFICES_PORT', 4003);
  const logger = createLogger('regional-offices-setup', config.logLevel);
  const dataSource = await createRegionalOfficesDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
  try {
    const { migrations, seeded } = await setUpRegionalOfficesDatabase(dataSource);
    logger.info('regional-offices database ready', { migrations, ...seeded });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`regional-offices database setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
