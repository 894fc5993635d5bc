import type { DataSource } from 'typeorm';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { StatementCounter } from '@wego/database';
import type { GraphQLHost } from '@wego/server';
import { createLogger } from '@wego/server';
import { createTestDatabase, graphQLCaller, subgraphSecretHeader, testEnvironment, type GraphQLCaller, type TestDatabase } from '@wego/testing';
import { createGovernanceDataSource, GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;
/** Deliberately not the statute's 20, to prove the setting comes from configuration. */
export const EXCOM_MAX_SEATS = 17;

/** The governance subgraph on its own fresh database, served over real HTTP. */
export interface GovernanceUnderTest {
  url: string;
  dataSource: DataSource;
  statements: StatementCounter;
  /** The secret the subgraph demands of its callers. */
  secret: string;
  /** Operations sent as the gateway sends them: with the subgraph's secret. */
  query: GraphQLCaller;
  /** The JSON lines the subgraph logged at warn level and above. */
  logs: string[];
  stop(): Promise<void>;
}

export async function startGovernance(options: { membershipUrl: string }): Promise<GovernanceUnderTest> {
  const database: TestDatabase = await createTestDatabase('governance');
  await setUpGovernanceDatabase({ adminUrl: database.url, runtimeUrl: database.runtimeUrlOf(GOVERNANCE_SCHEMA) });
  const served = await serveGovernance(database, options);
  return {
    ...served,
    async stop() {
      await served.stop();
      await database.drop();
    },
  };
}

/** The governance subgraph on a database already set up, served over real HTTP; stop() leaves the database. */
export async function serveGovernance(database: TestDatabase, options: { membershipUrl: string }): Promise<GovernanceUnderTest> {
  const statements = new StatementCounter();
  // The subgraph runs as its runtime role, as in production: the tests prove its privileges suffice.
  const runtimeUrl = database.runtimeUrlOf(GOVERNANCE_SCHEMA);
  const dataSource = await createGovernanceDataSource(runtimeUrl, { logger: statements, poolSize: 5 }).initialize();
  const { shared, subgraphSecrets } = testEnvironment();
  const secret = subgraphSecrets.governance;
  const logs: string[] = [];
  const host: GraphQLHost = await createServer({
    dataSource,
    config: {
      identity: shared.identity,
      clock: pinnedClock(TODAY),
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      subgraphSecret: secret,
      executiveCommitteeMaxSeats: EXCOM_MAX_SEATS,
      membershipUrl: options.membershipUrl,
      membershipSecret: subgraphSecrets.membership,
      regionalOfficesSecret: subgraphSecrets['regional-offices'],
      // Reads never ask regional offices; the write side is tested with every subgraph running (test/governance).
      regionalOfficesUrl: 'http://127.0.0.1:9/graphql',
    },
    logger: createLogger('governance-test', 'warn', (line) => logs.push(line)),
  });
  return {
    url: host.url,
    dataSource,
    statements,
    secret,
    query: graphQLCaller(host.url, subgraphSecretHeader(secret)),
    logs,
    async stop() {
      await host.stop();
      await dataSource.destroy();
    },
  };
}
