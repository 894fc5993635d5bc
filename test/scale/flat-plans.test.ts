import { DataSource } from 'typeorm';
import { addScaleMembers } from '../support/scale-members';
import { testTokens } from '@wego/testing';
import { SCALE_READS } from '../benchmarks/scale/scale-reads';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';

/** A statement membership sent, with the values it was sent with. */
interface SentStatement {
  read: string;
  sql: string;
  parameters: unknown[];
}

const SCALE = 10000;
let graph: GraphUnderTest;
const sent: SentStatement[] = [];
let reading = '';

beforeAll(async () => {
  graph = await startGraph();
  const admin = await new DataSource({ type: 'postgres', url: graph.adminUrl }).initialize();
  try {
    await addScaleMembers(admin, SCALE);
  } finally {
    await admin.destroy();
  }
  // Every statement membership sends while serving the reads, captured with its parameters as it leaves.
  const logger = graph.subgraphs.membership.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (sql, parameters, runner) => {
    if (reading) sent.push({ read: reading, sql, parameters: Array.isArray(parameters) ? parameters : [] });
    logQuery(sql, parameters, runner);
  };
}, 120000);
afterAll(() => graph.stop());

async function planOf(statement: SentStatement): Promise<string> {
  const rows: Array<{ 'QUERY PLAN': string }> = await graph.subgraphs.membership.dataSource.query(`EXPLAIN ${statement.sql}`, statement.parameters);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

const readsMember = (sql: string) => /membership"?\."?member"?(\s|$)/.test(sql);
const seqScanOfMembers = /Seq Scan on member(\s|$)/;

describe(`the reads at ${SCALE.toLocaleString('en')} members`, () => {
  it('read members from indexes that match their predicate and order: no sequential scan of the member table outside the name search', async () => {
    const [scaleMember]: Array<{ id: string }> = await graph.subgraphs.membership.dataSource.query(
      'SELECT id FROM membership.member WHERE NOT founding_member ORDER BY id LIMIT 1',
    );
    const secretariat = await testTokens.secretariat();
    for (const read of SCALE_READS) {
      reading = read.name;
      const answer = await graph.query(read.query, { variables: read.variables(scaleMember!.id), ...(read.secretariat ? { token: secretariat } : {}) });
      reading = '';
      expect({ read: read.name, errors: answer.errors }).toEqual({ read: read.name, errors: undefined });
    }
    const ofMembers = sent.filter((statement) => readsMember(statement.sql) && /^\s*(SELECT|WITH)/i.test(statement.sql));
    expect(new Set(ofMembers.map((statement) => statement.read)).size).toBeGreaterThanOrEqual(5);
    const report: string[] = [];
    for (const statement of ofMembers) {
      const plan = await planOf(statement);
      report.push(`${statement.read}\n${statement.sql.trim().slice(0, 160)}…\n${plan}\n`);
      const search = /strpos\(m\.name_folded/.test(statement.sql);
      if (!search) expect({ read: statement.read, sql: statement.sql, plan, seqScan: seqScanOfMembers.test(plan) }).toMatchObject({ seqScan: false });
    }
    process.stdout.write(`Plans of the member statements at ${SCALE} members:\n\n${report.join('\n')}`);
  });

  it("pages an office's members from the (country, name, id) index and counts them from the kept counts", async () => {
    const office = sent.find((statement) => statement.read === "every office's members(first: 5)" && /member_count/.test(statement.sql));
    expect(office).toBeDefined();
    const plan = await planOf(office!);
    expect(plan).toMatch(/Index Scan using member_by_country_and_name on member/);
    expect(plan).toMatch(/Index Scan using member_by_name on member/);
    expect(plan).not.toMatch(seqScanOfMembers);
  });

  it("answers each office's first two pages and count as the member table has them", async () => {
    const page = (after: string | null) =>
      graph.query('query($after: String) { offices { id kind coveredCountryCodes members(first: 5, after: $after) { totalCount edges { cursor node { name } } } } }', {
        variables: { after },
      });
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    const offices = first.data.offices as Array<{ id: string; kind: string; coveredCountryCodes: string[]; members: { totalCount: number; edges: Array<{ cursor: string; node: { name: string } }> } }>;
    const coveredByRegions = offices.filter((office) => office.kind !== 'SECRETARIAT').flatMap((office) => office.coveredCountryCodes);
    for (const office of offices) {
      const secretariat = office.kind === 'SECRETARIAT';
      const codes = secretariat ? coveredByRegions : office.coveredCountryCodes;
      const truth: Array<{ name: string }> = await graph.subgraphs.membership.dataSource.query(
        `SELECT name FROM membership.member WHERE (country_code = ANY($1::char(2)[])) <> $2 ORDER BY name COLLATE "und-x-icu", id`,
        [codes, secretariat],
      );
      expect({ office: office.id, count: office.members.totalCount, names: office.members.edges.map((edge) => edge.node.name) }).toEqual({
        office: office.id,
        count: truth.length,
        names: truth.slice(0, 5).map((row) => row.name),
      });
      if (office.members.edges.length < 5) continue;
      const next = await graph.query('query($after: String) { offices { id members(first: 5, after: $after) { edges { node { name } } } } }', {
        variables: { after: office.members.edges[4]!.cursor },
      });
      const again = (next.data.offices as Array<{ id: string; members: { edges: Array<{ node: { name: string } }> } }>).find((other) => other.id === office.id)!;
      expect(again.members.edges.map((edge) => edge.node.name)).toEqual(truth.slice(5, 10).map((row) => row.name));
    }
  });

  it('keeps the counts equal to the members after registrations, status changes and a change of country', async () => {
    const dataSource = graph.subgraphs.membership.dataSource;
    const secretariat = await testTokens.secretariat();
    const registered = await graph.query('mutation { registerMember(input: { name: "Count Check", category: FULL, kind: CITY, countryCode: "KR" }) { id } }', {
      token: secretariat,
    });
    expect(registered.errors).toBeUndefined();
    await dataSource.query("UPDATE membership.member SET status = 'SUSPENDED' WHERE name LIKE 'Nova 00%'");
    await dataSource.transaction(async (manager) => {
      await manager.query("UPDATE membership.member SET country_code = 'FR' WHERE name LIKE 'Alta 001%'");
    });
    const drift: unknown[] = await dataSource.query(
      `SELECT * FROM (SELECT country_code, category, status, founding_member, count(*)::int AS members FROM membership.member GROUP BY 1, 2, 3, 4) actual
        FULL JOIN (SELECT * FROM membership.member_count WHERE members > 0) kept USING (country_code, category, status, founding_member)
       WHERE actual.members IS DISTINCT FROM kept.members`,
    );
    expect(drift).toEqual([]);
    const answer = await graph.query('{ members(first: 1) { totalCount } kr: members(filter: { countryCode: "KR" }, first: 1) { totalCount } }');
    const [counted]: Array<{ all: number; kr: number }> = await dataSource.query(
      "SELECT count(*)::int AS all, count(*) FILTER (WHERE country_code = 'KR')::int AS kr FROM membership.member",
    );
    expect(answer.data).toEqual({ members: { totalCount: counted!.all }, kr: { totalCount: counted!.kr } });
  });
});
