import type { DataSource } from 'typeorm';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { StatementCounter, type SubgraphDatabaseUrls } from '@wego/database';
import type { GraphQLHost } from '@wego/server';
import { createLogger } from '@wego/server';
import { createTestDatabase, graphQLCaller, subgraphSecretHeader, testEnvironment, type GraphQLCaller, type TestDatabase } from '@wego/testing';
import { createRegionalOfficesDataSource, REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;

/** The regional-offices subgraph on its own fresh database, served over real HTTP. */
export interface RegionalOfficesUnderTest {
  url: string;
  /** What the setup connects with (the administrator) and prepares (the runtime role). */
  databaseUrls: SubgraphDatabaseUrls;
  dataSource: DataSource;
  statements: StatementCounter;
  /** The secret the subgraph demands of its callers (offices aside). */
  secret: string;
  /** Operations sent as the gateway sends them: with the subgraph's secret. */
  query: GraphQLCaller;
  /** Every coverage row as `office:country`, ordered: what a refused change must leave alone. */
  coverageRows(): Promise<string[]>;
  auditRows(): Promise<AuditRow[]>;
  refusedRows(): Promise<RefusedRow[]>;
  stop(): Promise<void>;
}

export interface AuditRow {
  actor: string;
  role: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string;
}

export interface RefusedRow {
  actor: string;
  role: string;
  operation: string;
  entity_id: string | null;
  input: string;
  code: string;
  rule: string | null;
  message: string;
  request_id: string;
}

export async function startRegionalOffices(): Promise<RegionalOfficesUnderTest> {
  const database: TestDatabase = await createTestDatabase('regional_offices');
  const statements = new StatementCounter();
  // The subgraph runs as its runtime role, as in production: the tests prove its privileges suffice.
  const runtimeUrl = database.runtimeUrlOf(REGIONAL_OFFICES_SCHEMA);
  await setUpRegionalOfficesDatabase({ adminUrl: database.url, runtimeUrl });
  const dataSource = await createRegionalOfficesDataSource(runtimeUrl, { logger: statements, poolSize: 5 }).initialize();
  const { shared, subgraphSecrets } = testEnvironment();
  const secret = subgraphSecrets['regional-offices'];
  const host: GraphQLHost = await createServer({
    dataSource,
    config: { identity: shared.identity, clock: pinnedClock(TODAY), environment: 'test', port: 0, host: '127.0.0.1', subgraphSecret: secret },
    logger: createLogger('regional-offices-test', 'silent'),
  });
  return {
    url: host.url,
    databaseUrls: { adminUrl: database.url, runtimeUrl },
    dataSource,
    statements,
    secret,
    query: graphQLCaller(host.url, subgraphSecretHeader(secret)),
    async coverageRows() {
      const rows: Array<{ row: string }> = await dataSource.query(
        `SELECT office_id || ':' || country_code AS row FROM regional_offices.office_coverage ORDER BY office_id, country_code`,
      );
      return rows.map((row) => row.row);
    },
    auditRows: () =>
      dataSource.query(
        `SELECT actor, role, operation, entity_type, entity_id, before, after, request_id FROM regional_offices.audit_entry ORDER BY id`,
      ),
    refusedRows: () =>
      dataSource.query(
        `SELECT actor, role, operation, entity_id, input, code, rule, message, request_id FROM regional_offices.refused_attempt ORDER BY id`,
      ),
    async stop() {
      await host.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** The one mutation of this subgraph, as the tests send it. */
export const SET_COVERAGE = `mutation($officeId: ID!, $countryCodes: [String!]!) {
  setOfficeCoverage(officeId: $officeId, countryCodes: $countryCodes) { id coveredCountryCodes }
}`;
