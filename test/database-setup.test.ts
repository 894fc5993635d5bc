import { randomBytes } from 'node:crypto';
import { createMembershipDataSource, MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '@wego/membership/src/database';
import { MEMBERSHIP_MIGRATIONS } from '@wego/membership/src/migrations';
import { seedFoundingMembers } from '@wego/membership/src/seed/seed-founding-members';
import { createTestDatabase, testEnvironment, type TestDatabase } from '@wego/testing';
import { connectedTo, outcomeOf } from './support/database-privileges';

const PERMISSION_DENIED = '42501';

/** A runtime URL on `database` naming a role no other test uses: roles belong to the whole server. */
function freshRuntimeUrl(database: TestDatabase): string {
  const url = new URL(database.url);
  url.username = `wego_test_${randomBytes(5).toString('hex')}`;
  url.password = randomBytes(12).toString('hex');
  return url.toString();
}

const roleOf = (runtimeUrl: string) => new URL(runtimeUrl).username;

const databases: TestDatabase[] = [];
const roles: string[] = [];
async function database(label: string): Promise<TestDatabase> {
  const created = await createTestDatabase(label);
  databases.push(created);
  return created;
}

afterAll(async () => {
  for (const created of databases) await created.drop();
  // The test's own roles own nothing, and hold no grant, once their databases are gone.
  await connectedTo(testEnvironment().serverUrl, async (admin) => {
    for (const role of roles) await admin.query(`DROP ROLE IF EXISTS ${role}_owner, ${role}`);
  });
});

async function membersAs(runtimeUrl: string): Promise<number> {
  return connectedTo(runtimeUrl, async (runtime) => (await runtime.query('SELECT count(*)::int AS n FROM membership.member'))[0].n);
}

describe('the membership setup', () => {
  it('survives another setup creating the same roles at the same moment', async () => {
    const first = await database('setup_race_a');
    const second = await database('setup_race_b');
    const runtimeUrl = freshRuntimeUrl(first);
    const role = roleOf(runtimeUrl);
    roles.push(role);
    const onSecond = new URL(runtimeUrl);
    onSecond.pathname = `/${second.name}`;
    // Another run's transaction has created the owner role and not yet committed: ours must wait for
    // it, then take the role it made (a unique violation on the catalog), not fail.
    await connectedTo(second.url, async (other) => {
      const runner = other.createQueryRunner();
      await runner.startTransaction();
      await runner.query(`CREATE ROLE ${role}_owner NOLOGIN`);
      const outcome = outcomeOf(setUpMembershipDatabase({ adminUrl: first.url, runtimeUrl }));
      await connectedTo(first.url, (watcher) =>
        waitUntil(async () => {
          const [waiting] = await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`, [`CREATE ROLE "${role}_owner"%`]);
          return waiting.n > 0;
        }),
      );
      await runner.commitTransaction();
      await runner.release();
      expect(await outcome).toBe('succeeded');
    });
    // Setups of one schema on two databases and twice on the same database, all at once.
    const results = await Promise.all([
      setUpMembershipDatabase({ adminUrl: second.url, runtimeUrl: onSecond.toString() }),
      setUpMembershipDatabase({ adminUrl: second.url, runtimeUrl: onSecond.toString() }),
      setUpMembershipDatabase({ adminUrl: first.url, runtimeUrl }),
    ]);
    expect(results.map((result) => result.migrations.length).sort((a, b) => a - b)).toEqual([0, 0, MEMBERSHIP_MIGRATIONS.length]);
    expect(await membersAs(runtimeUrl)).toBe(50);
    expect(await membersAs(onSecond.toString())).toBe(50);
  });

  it('takes over a database migrated before the subgraphs had roles: the owner role gets every object', async () => {
    const legacy = await database('setup_legacy');
    // As the setup used to: the administrator created the schema and migrated and seeded it.
    await connectedTo(legacy.url, (admin) => admin.query(`CREATE SCHEMA ${MEMBERSHIP_SCHEMA}`));
    const before = await createMembershipDataSource(legacy.url, { poolSize: 1 }).initialize();
    await before.runMigrations();
    await seedFoundingMembers(before);
    await before.destroy();

    const runtimeUrl = freshRuntimeUrl(legacy);
    const role = roleOf(runtimeUrl);
    roles.push(role);
    const result = await setUpMembershipDatabase({ adminUrl: legacy.url, runtimeUrl });
    expect(result).toMatchObject({ migrations: [], seeded: 0, roles: { runtime: role, owner: `${role}_owner` } });
    const owners = await connectedTo(legacy.url, (admin) =>
      admin.query(
        `SELECT DISTINCT owner FROM (
           SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = $1
           UNION ALL SELECT relowner::regrole::text FROM pg_class WHERE relnamespace = $1::regnamespace
           UNION ALL SELECT proowner::regrole::text FROM pg_proc WHERE pronamespace = $1::regnamespace) objects`,
        [MEMBERSHIP_SCHEMA],
      ),
    );
    expect(owners).toEqual([{ owner: `${role}_owner` }]);
    expect(await membersAs(runtimeUrl)).toBe(50);
    await connectedTo(runtimeUrl, async (runtime) => {
      expect(await outcomeOf(runtime.query(`DROP TRIGGER audit_entry_append_only ON membership.audit_entry`))).toBe(PERMISSION_DENIED);
      expect(await outcomeOf(runtime.query(`DELETE FROM membership.audit_entry`))).toBe(PERMISSION_DENIED);
    });
  });

  it('refuses a runtime role that could read beyond its schema, and one that is the administrator', async () => {
    const target = await database('setup_refusals');
    const runtimeUrl = freshRuntimeUrl(target);
    const role = roleOf(runtimeUrl);
    roles.push(role);
    await connectedTo(target.url, (admin) => admin.query(`CREATE ROLE ${role} LOGIN; GRANT pg_read_all_data TO ${role}`));
    await expect(setUpMembershipDatabase({ adminUrl: target.url, runtimeUrl })).rejects.toThrow(/member of pg_read_all_data/);
    await connectedTo(target.url, (admin) => admin.query(`REVOKE pg_read_all_data FROM ${role}; ALTER ROLE ${role} CREATEDB`));
    await expect(setUpMembershipDatabase({ adminUrl: target.url, runtimeUrl })).rejects.toThrow(/must have none/);
    const runtimeAsAdministrator = new URL(target.url);
    runtimeAsAdministrator.password = 'whatever';
    await expect(setUpMembershipDatabase({ adminUrl: target.url, runtimeUrl: runtimeAsAdministrator.toString() })).rejects.toThrow(/apart from the subgraph's roles/);
    expect(await connectedTo(target.url, async (admin) => (await admin.query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'membership'`))[0].n)).toBe(0);
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((done) => setTimeout(done, 50));
  }
}
