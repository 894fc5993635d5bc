import type { DataSource } from 'typeorm';
import { setUpGovernanceDatabase } from '@wego/governance/src/database';
import { setUpMembershipDatabase } from '@wego/membership/src/database';
import { setUpRegionalOfficesDatabase } from '@wego/regional-offices/src/database';
import { FOUNDING_MEMBERS_AND_OFFICES } from './support/founding-query';
import { connectedTo, outcomeOf, privilegesOf, SUBGRAPH_SCHEMAS, tablesOf } from './support/database-privileges';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

const PERMISSION_DENIED = '42501';
const APPEND_ONLY = ['audit_entry', 'refused_attempt'] as const;

let graph: GraphUnderTest;
let tables: Record<string, string[]>;
beforeAll(async () => {
  graph = await startGraph();
  tables = await connectedTo(graph.adminUrl, async (admin) =>
    Object.fromEntries(await Promise.all(SUBGRAPH_SCHEMAS.map(async ({ schema }) => [schema, await tablesOf(admin, schema)] as const))),
  );
});
afterAll(() => graph.stop());

/** How each statement ends, one after the other, on the connection of `role`. */
async function outcomesOf(role: DataSource, statements: Record<string, string>): Promise<Record<string, string>> {
  const outcomes: Record<string, string> = {};
  for (const [name, sql] of Object.entries(statements)) outcomes[name] = await outcomeOf(role.query(sql));
  return outcomes;
}

const allDenied = (statements: Record<string, string>) => Object.fromEntries(Object.keys(statements).map((name) => [name, PERMISSION_DENIED]));

const runtimeOf = (subgraph: (typeof SUBGRAPH_SCHEMAS)[number]['subgraph']) => graph.subgraphs[subgraph].dataSource;

describe('each subgraph’s Postgres role', () => {
  it('is the subgraph’s own runtime role, with no attribute beyond logging in', async () => {
    for (const { subgraph, runtime } of SUBGRAPH_SCHEMAS) {
      const [role] = await runtimeOf(subgraph).query(
        `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolinherit,
                (SELECT count(*)::int FROM pg_auth_members WHERE member = r.oid) AS memberships
           FROM pg_roles r WHERE rolname = current_user`,
      );
      expect(role).toEqual({ name: runtime, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false, rolinherit: false, memberships: 0 });
    }
  });

  it.each(SUBGRAPH_SCHEMAS.map((entry) => [entry.subgraph, entry]))('of %s cannot read a row of the other schemas', async (_, reader) => {
    const others = SUBGRAPH_SCHEMAS.filter((entry) => entry.schema !== reader.schema);
    const reads: Record<string, string> = {};
    for (const { schema } of others) {
      expect(tables[schema]!.length).toBeGreaterThan(3);
      for (const table of tables[schema]!) reads[`${schema}.${table}`] = `SELECT * FROM ${schema}.${table} LIMIT 1`;
    }
    expect(Object.keys(reads).length).toBeGreaterThan(10);
    expect(await outcomesOf(runtimeOf(reader.subgraph), reads)).toEqual(allDenied(reads));
  });

  it('of membership cannot read governance’s tables, nor write them', async () => {
    const membership = runtimeOf('membership');
    expect(await outcomeOf(membership.query('SELECT count(*) FROM governance.mandate'))).toBe(PERMISSION_DENIED);
    expect(await outcomeOf(membership.query('SELECT count(*) FROM governance.audit_entry'))).toBe(PERMISSION_DENIED);
    expect(await outcomeOf(membership.query(`DELETE FROM governance.meeting`))).toBe(PERMISSION_DENIED);
    expect(await outcomeOf(membership.query(`SELECT count(*) FROM regional_offices.office_coverage`))).toBe(PERMISSION_DENIED);
  });

  it.each(SUBGRAPH_SCHEMAS.map((entry) => [entry.subgraph, entry]))(
    'of %s adds to and reads its audit trail and refused attempts, and can neither alter nor remove them',
    async (_, { subgraph, schema }) => {
      const runtime = runtimeOf(subgraph);
      for (const table of APPEND_ONLY) {
        const t = `${schema}.${table}`;
        expect(await outcomeOf(runtime.query(`SELECT count(*) FROM ${t}`))).toBe('succeeded');
        const attacks = {
          update: `UPDATE ${t} SET actor = 'someone else'`,
          delete: `DELETE FROM ${t}`,
          truncate: `TRUNCATE ${t}`,
          dropTrigger: `DROP TRIGGER ${table}_append_only ON ${t}`,
          disableTrigger: `ALTER TABLE ${t} DISABLE TRIGGER ${table}_append_only`,
          replaceTriggerFunction: `CREATE OR REPLACE FUNCTION ${schema}.${table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
          dropTriggerFunction: `DROP FUNCTION ${schema}.${table}_is_append_only() CASCADE`,
          alter: `ALTER TABLE ${t} ADD COLUMN forged text`,
          drop: `DROP TABLE ${t}`,
          rename: `ALTER TABLE ${t} RENAME TO forgotten`,
        };
        expect(await outcomesOf(runtime, attacks)).toEqual(allDenied(attacks));
      }
    },
  );

  it.each(SUBGRAPH_SCHEMAS.map((entry) => [entry.subgraph, entry]))('of %s cannot reshape its schema, nor become its owner', async (_, { subgraph, schema, runtime }) => {
    const role = runtimeOf(subgraph);
    const busiest = tables[schema]!.find((table) => !(APPEND_ONLY as readonly string[]).includes(table) && table !== 'migrations')!;
    const attacks = {
      createTable: `CREATE TABLE ${schema}.side_door (id int)`,
      dropTable: `DROP TABLE ${schema}.${busiest} CASCADE`,
      truncate: `TRUNCATE ${schema}.${busiest}`,
      addTrigger: `CREATE TRIGGER side_door BEFORE INSERT ON ${schema}.${busiest} FOR EACH ROW EXECUTE FUNCTION ${schema}.audit_entry_is_append_only()`,
      readMigrations: `SELECT * FROM ${schema}.migrations`,
      forgetMigrations: `DELETE FROM ${schema}.migrations`,
      becomeOwner: `SET ROLE ${runtime}_owner`,
      dropSchema: `DROP SCHEMA ${schema} CASCADE`,
    };
    expect(await outcomesOf(role, attacks)).toEqual(allDenied(attacks));
  });

  it('leaves the audit trail’s own guard in place: even the owner cannot alter an entry', async () => {
    await connectedTo(graph.adminUrl, async (admin) => {
      await admin.query(`SET ROLE wego_membership_owner`);
      expect((await admin.query('SELECT count(*)::int AS n FROM membership.audit_entry'))[0].n).toBeGreaterThanOrEqual(0);
      await admin.query(`INSERT INTO membership.audit_entry (actor, role, operation, entity_type, entity_id, request_id) VALUES ('t', 'secretariat', 'test', 'Member', 'x', 'r')`);
      await expect(admin.query(`UPDATE membership.audit_entry SET actor = 'someone else'`)).rejects.toThrow(/cannot be altered/);
      await expect(admin.query(`DELETE FROM membership.audit_entry`)).rejects.toThrow(/cannot be altered/);
    });
  });
});

describe('the setup', () => {
  it('changes no owner and no privilege when run again, while the graph serves', async () => {
    const before = await privilegesOf(graph.adminUrl);
    const again = await Promise.all([
      setUpMembershipDatabase({ adminUrl: graph.adminUrl, runtimeUrl: graph.subgraphs.membership.runtimeUrl }),
      setUpGovernanceDatabase({ adminUrl: graph.adminUrl, runtimeUrl: graph.subgraphs.governance.runtimeUrl }),
      setUpRegionalOfficesDatabase({ adminUrl: graph.adminUrl, runtimeUrl: graph.subgraphs['regional-offices'].runtimeUrl }),
    ]);
    expect(again.map((result) => result.migrations)).toEqual([[], [], []]);
    expect(await privilegesOf(graph.adminUrl)).toEqual(before);
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.members.totalCount).toBe(50);
  });

  it('makes each schema and all in it belong to its owner role, and grants nothing to PUBLIC', async () => {
    const privileges = (await privilegesOf(graph.adminUrl)) as Array<{ schema: string; schema_owner: string | null; owner: string; acl: string | null; kind: string }>;
    for (const { schema, runtime } of SUBGRAPH_SCHEMAS) {
      const own = privileges.filter((row) => row.schema === schema);
      expect(new Set(own.map((row) => row.owner))).toEqual(new Set([`${runtime}_owner`]));
      expect(new Set(own.filter((row) => row.schema_owner).map((row) => row.schema_owner))).toEqual(new Set([`${runtime}_owner`]));
      for (const row of own) expect(row.acl ?? '').not.toMatch(/(^|[{,])=/);
    }
  });
});
