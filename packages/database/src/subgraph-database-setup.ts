import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { holdingAdvisoryLock } from './advisory-lock';
import { grantRuntimePrivileges } from './runtime-privileges';
import { ensureRuntimeLogsIn, passwordOf } from './runtime-login';
import { makeSchemaOwnedBy } from './schema-ownership';
import { ensureAdministratorCanBecome, ensureRole } from './server-roles';
import { runtimeRoleOf, type SubgraphRoles } from './subgraph-roles';

/** Where a subgraph's setup connects, and what it prepares the subgraph to connect with. */
export interface SubgraphDatabaseUrls {
  /** An administrator of the database: may create roles, and schemas in the database. */
  adminUrl: string;
  /** The URL the subgraph will connect with: the role it names is created, its password set. */
  runtimeUrl: string;
}

export interface SubgraphDatabaseSetup<TResult> extends SubgraphDatabaseUrls {
  schema: string;
  /** Tables whose rows the runtime role may add and read, never alter. */
  appendOnlyTables: readonly string[];
  /** The subgraph's DataSource on `url`, each statement run as `role`. */
  dataSourceAs(url: string, role: string): DataSource;
  /** Migrates the schema and seeds it, as its owner. */
  migrateAndSeed(owner: DataSource): Promise<TResult>;
}

/**
 * Prepares one subgraph's schema for least privilege, then migrates and seeds it:
 * 1. as the administrator: the owner role (no login) and the runtime role, CONNECT on the database
 *    for the runtime role, the schema owned by the owner role;
 * 2. as the owner: the migrations and the seed, then the runtime role's privileges on what they made.
 * Running it again changes nothing; setups of one schema in one database run one at a time.
 */
export async function setUpSubgraphDatabase<TResult extends object>(
  setup: SubgraphDatabaseSetup<TResult>,
): Promise<TResult & { roles: SubgraphRoles }> {
  const roles = runtimeRoleOf(setup.runtimeUrl);
  const admin = new Client({ connectionString: setup.adminUrl });
  await admin.connect();
  try {
    return await holdingAdvisoryLock(admin, `wego-setup:${setup.schema}`, async () => {
      const { rows } = await admin.query<{ administrator: string; database: string }>('SELECT current_user AS administrator, current_database() AS database');
      const { administrator, database } = rows[0]!;
      if (administrator === roles.runtime || administrator === roles.owner) {
        throw new Error(`the setup connects as ${administrator}: it needs an administrator, apart from the subgraph's roles`);
      }
      await ensureRole(admin, { name: roles.owner, login: false, password: null });
      await ensureRole(admin, { name: roles.runtime, login: true, password: passwordOf(setup.runtimeUrl) });
      await ensureAdministratorCanBecome(admin, roles.owner);
      // The subgraphs' setups run side by side, and GRANT on one database row at once can fail.
      await holdingAdvisoryLock(admin, 'wego-setup:database', async () => {
        await admin.query(`GRANT CONNECT ON DATABASE ${admin.escapeIdentifier(database)} TO ${admin.escapeIdentifier(roles.runtime)}`);
        await makeSchemaOwnedBy(admin, setup.schema, roles.owner);
      });
      await ensureRuntimeLogsIn(admin, setup.runtimeUrl, roles.runtime);
      const owner = await setup.dataSourceAs(setup.adminUrl, roles.owner).initialize();
      try {
        const result = await setup.migrateAndSeed(owner);
        await grantRuntimePrivileges(owner, { schema: setup.schema, runtimeRole: roles.runtime, appendOnlyTables: setup.appendOnlyTables });
        return { ...result, roles };
      } finally {
        await owner.destroy();
      }
    });
  } finally {
    await admin.end();
  }
}
