import type { DataSource, Logger } from 'typeorm';
import { createSubgraphDataSource, migrateSubgraphSchema } from '@wego/database';
import { MEMBERSHIP_ENTITIES } from './entities';
import { MEMBERSHIP_MIGRATIONS } from './migrations';
import { seedFoundingMembers } from './seed/seed-founding-members';

export const MEMBERSHIP_SCHEMA = 'membership';

export function createMembershipDataSource(url: string, options: { poolSize?: number; logger?: Logger } = {}): DataSource {
  return createSubgraphDataSource({
    url,
    schema: MEMBERSHIP_SCHEMA,
    entities: MEMBERSHIP_ENTITIES,
    migrations: MEMBERSHIP_MIGRATIONS,
    ...options,
  });
}

/** Migrates the membership schema and seeds the founding members; running it twice changes nothing. */
export async function setUpMembershipDatabase(dataSource: DataSource): Promise<{ migrations: string[]; seeded: number }> {
  const migrations = await migrateSubgraphSchema(dataSource, MEMBERSHIP_SCHEMA);
  const seeded = await seedFoundingMembers(dataSource);
  return { migrations, seeded };
}
