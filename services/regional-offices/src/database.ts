import type { DataSource, Logger } from 'typeorm';
import { createSubgraphDataSource, migrateSubgraphSchema } from '@wego/database';
import { REGIONAL_OFFICES_ENTITIES } from './entities';
import { REGIONAL_OFFICES_MIGRATIONS } from './migrations';
import { seedOffices, type SeedResult } from './seed/seed-offices';

export const REGIONAL_OFFICES_SCHEMA = 'regional_offices';

export function createRegionalOfficesDataSource(url: string, options: { poolSize?: number; logger?: Logger } = {}): DataSource {
  return createSubgraphDataSource({
    url,
    schema: REGIONAL_OFFICES_SCHEMA,
    entities: REGIONAL_OFFICES_ENTITIES,
    migrations: REGIONAL_OFFICES_MIGRATIONS,
    ...options,
  });
}

/** Migrates the regional_offices schema and seeds the offices and their coverage; running it twice changes nothing. */
export async function setUpRegionalOfficesDatabase(dataSource: DataSource): Promise<{ migrations: string[]; seeded: SeedResult }> {
  const migrations = await migrateSubgraphSchema(dataSource, REGIONAL_OFFICES_SCHEMA);
  const seeded = await seedOffices(dataSource);
  return { migrations, seeded };
}
