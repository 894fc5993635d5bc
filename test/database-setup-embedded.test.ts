import { databaseUrlOf, developmentRuntimeUrl } from '@wego/database';
import { GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '@wego/governance/src/database';
import { MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '@wego/membership/src/database';
import { REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from '@wego/regional-offices/src/database';
import { connectedTo, outcomeOf, privilegesOf } from './support/database-privileges';
import { startEmbeddedPostgresProcess, type EmbeddedPostgresProcess } from './support/embedded-postgres-process';
import { startPostgresInFolder, type PostgresInFolder } from './support/postgres-in-folder';

const PERMISSION_DENIED = '42501';
const WRONG_PASSWORD = '28P01';

/** The embedded Postgres `pnpm start` runs, which asks every role for its password (SCRAM). */
let postgres: PostgresInFolder<EmbeddedPostgresProcess>;
let adminUrl: string;
beforeAll(async () => {
  postgres = await startPostgresInFolder('roles-pg', startEmbeddedPostgresProcess, 'wego');
  adminUrl = postgres.databaseUrl;
}, 120000);
afterAll(() => postgres?.stop());

const withPassword = (url: string, password: string) => {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
};

const membersAs = (runtimeUrl: string) =>
  connectedTo(runtimeUrl, async (runtime) => (await runtime.query('SELECT count(*)::int AS n FROM membership.member'))[0].n as number);

describe('the setup on the embedded Postgres', () => {
  it('gives each subgraph a role that logs in with its own password alone and reads its own schema alone', async () => {
    const runtime = {
      membership: developmentRuntimeUrl(adminUrl, MEMBERSHIP_SCHEMA),
      governance: developmentRuntimeUrl(adminUrl, GOVERNANCE_SCHEMA),
      offices: developmentRuntimeUrl(adminUrl, REGIONAL_OFFICES_SCHEMA),
    };
    await Promise.all([
      setUpMembershipDatabase({ adminUrl, runtimeUrl: runtime.membership }),
      setUpGovernanceDatabase({ adminUrl, runtimeUrl: runtime.governance }),
      setUpRegionalOfficesDatabase({ adminUrl, runtimeUrl: runtime.offices }),
    ]);
    expect(await membersAs(runtime.membership)).toBe(50);
    expect(await outcomeOf(membersAs(withPassword(runtime.membership, 'guessed')))).toBe(WRONG_PASSWORD);
    // Each role's password is its own: governance's does not let anyone in as membership.
    expect(await outcomeOf(membersAs(withPassword(runtime.membership, new URL(runtime.governance).password)))).toBe(WRONG_PASSWORD);
    await connectedTo(runtime.governance, async (governance) => {
      expect(await outcomeOf(governance.query('SELECT count(*) FROM governance.meeting'))).toBe('succeeded');
      expect(await outcomeOf(governance.query('SELECT count(*) FROM membership.member'))).toBe(PERMISSION_DENIED);
      expect(await outcomeOf(governance.query('SELECT count(*) FROM regional_offices.office'))).toBe(PERMISSION_DENIED);
    });
  });

  it('changes nothing when run again, and sets the password when the configured one changed', async () => {
    const before = await privilegesOf(adminUrl);
    const runtimeUrl = developmentRuntimeUrl(adminUrl, MEMBERSHIP_SCHEMA);
    expect((await setUpMembershipDatabase({ adminUrl, runtimeUrl })).migrations).toEqual([]);
    expect(await privilegesOf(adminUrl)).toEqual(before);

    const rotated = withPassword(runtimeUrl, 'a-new-password-from-the-vault');
    await setUpMembershipDatabase({ adminUrl, runtimeUrl: rotated });
    expect(await membersAs(rotated)).toBe(50);
    expect(await outcomeOf(membersAs(runtimeUrl))).toBe(WRONG_PASSWORD);
    await setUpMembershipDatabase({ adminUrl, runtimeUrl });
    expect(await membersAs(runtimeUrl)).toBe(50);
  });

  it('needs no superuser: an administrator with CREATEROLE that owns the database will do', async () => {
    await connectedTo(postgres.server.url, async (superuser) => {
      await superuser.query(`CREATE ROLE wego_admin LOGIN CREATEROLE PASSWORD 'the-administrator-secret'`);
      await superuser.query(`CREATE DATABASE delegated OWNER wego_admin`);
    });
    const delegatedAdmin = new URL(databaseUrlOf(postgres.server.url, 'delegated'));
    delegatedAdmin.username = 'wego_admin';
    delegatedAdmin.password = 'the-administrator-secret';
    // A role name of its own: the administrator may only administer the roles it created.
    const runtimeUrl = new URL(delegatedAdmin);
    runtimeUrl.username = 'wego_delegated_membership';
    runtimeUrl.password = 'the-runtime-secret';
    const result = await setUpMembershipDatabase({ adminUrl: delegatedAdmin.toString(), runtimeUrl: runtimeUrl.toString() });
    expect(result).toMatchObject({ seeded: 50, roles: { runtime: 'wego_delegated_membership', owner: 'wego_delegated_membership_owner' } });
    expect(await membersAs(runtimeUrl.toString())).toBe(50);
    await connectedTo(runtimeUrl.toString(), async (runtime) => {
      expect(await outcomeOf(runtime.query('DELETE FROM membership.audit_entry'))).toBe(PERMISSION_DENIED);
    });
  });
});
