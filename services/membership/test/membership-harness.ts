import type { DataSource } from 'typeorm';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { StatementCounter } from '@wego/database';
import type { GraphQLHost } from '@wego/server';
import { createLogger } from '@wego/server';
import { createTestDatabase, graphQLCaller, subgraphSecretHeader, testEnvironment, type GraphQLCaller, type TestDatabase } from '@wego/testing';
import { createMembershipDataSource, MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;

/** The membership subgraph on its own fresh database, served over real HTTP. */
export interface MembershipUnderTest {
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  statements: StatementCounter;
  /** The secret the subgraph demands of its callers. */
  secret: string;
  /** Operations sent as the gateway sends them: with the subgraph's secret. */
  query: GraphQLCaller;
  stop(): Promise<void>;
}

export async function startMembership(): Promise<MembershipUnderTest> {
  const database: TestDatabase = await createTestDatabase('membership');
  const statements = new StatementCounter();
  // The subgraph runs as its runtime role, as in production: the tests prove its privileges suffice.
  const runtimeUrl = database.runtimeUrlOf(MEMBERSHIP_SCHEMA);
  await setUpMembershipDatabase({ adminUrl: database.url, runtimeUrl });
  const dataSource = await createMembershipDataSource(runtimeUrl, { logger: statements, poolSize: 5 }).initialize();
  const { shared, subgraphSecrets } = testEnvironment();
  const secret = subgraphSecrets.membership;
  const host: GraphQLHost = await createServer({
    dataSource,
    config: { identity: shared.identity, clock: pinnedClock(TODAY), environment: 'test', port: 0, host: '127.0.0.1', subgraphSecret: secret },
    logger: createLogger('membership-test', 'silent'),
  });
  return {
    url: host.url,
    databaseUrl: database.url,
    dataSource,
    statements,
    secret,
    query: graphQLCaller(host.url, subgraphSecretHeader(secret)),
    async stop() {
      await host.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
