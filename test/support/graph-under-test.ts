import type { DataSource } from 'typeorm';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import type { IdentityConfig } from '@wego/config';
import { StatementCounter, type SubgraphDatabaseUrls } from '@wego/database';
import { createGateway } from '@wego/gateway/dist/server';
import { createGovernanceDataSource, GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '@wego/governance/dist/database';
import { createServer as createGovernanceServer } from '@wego/governance/dist/server';
import type { GraphQLHost } from '@wego/graphql-http';
import { createLogger } from '@wego/logging';
import { createMembershipDataSource, MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '@wego/membership/dist/database';
import { createServer as createMembershipServer } from '@wego/membership/dist/server';
import { createRegionalOfficesDataSource, REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from '@wego/regional-offices/dist/database';
import { createServer as createRegionalOfficesServer } from '@wego/regional-offices/dist/server';
import { createTestDatabase, graphQLCaller, testEnvironment, type GraphQLCaller } from '@wego/testing';

export const TODAY = '2026-11-27' as CalendarDate;

interface Subgraph {
  /** Connected as the subgraph's runtime role. */
  dataSource: DataSource;
  /** The URL of the subgraph's runtime role. */
  runtimeUrl: string;
  statements: StatementCounter;
  host: GraphQLHost;
}

/** The whole graph on one fresh database: three subgraphs and the gateway, each on real HTTP. */
export interface GraphUnderTest {
  /** The database's URL as the run's administrator, who set it up. */
  adminUrl: string;
  gateway: GraphQLHost;
  query: GraphQLCaller;
  subgraphs: { membership: Subgraph; governance: Subgraph; 'regional-offices': Subgraph };
  resetStatementCounts(): void;
  statementCounts(): Record<string, number>;
  stop(): Promise<void>;
}

export interface GraphOptions {
  /** The identity the gateway verifies tokens with; the subgraphs always use the test identity. */
  gatewayIdentity?: IdentityConfig;
  /** G8's charter setting for governance; the statute's 20 when omitted. */
  executiveCommitteeMaxSeats?: number;
  /** The date every subgraph takes for today; TODAY when omitted. */
  today?: CalendarDate;
}

const SILENT = createLogger('test', 'silent');

export async function startGraph(options: GraphOptions = {}): Promise<GraphUnderTest> {
  const database = await createTestDatabase('graph');
  const { shared } = testEnvironment();
  const base = { identity: shared.identity, clock: pinnedClock(options.today ?? TODAY), environment: 'test' as const, port: 0, host: '127.0.0.1' };

  // Each subgraph runs as its own runtime role, as in production: the tests prove its privileges suffice.
  const counted = async (
    schema: string,
    create: (url: string, o: { logger: StatementCounter; poolSize: number }) => DataSource,
    setUp: (urls: SubgraphDatabaseUrls) => Promise<unknown>,
  ) => {
    const statements = new StatementCounter();
    const runtimeUrl = database.runtimeUrlOf(schema);
    await setUp({ adminUrl: database.url, runtimeUrl });
    const dataSource = await create(runtimeUrl, { logger: statements, poolSize: 5 }).initialize();
    return { dataSource, statements, runtimeUrl };
  };
  const membershipDb = await counted(MEMBERSHIP_SCHEMA, createMembershipDataSource, setUpMembershipDatabase);
  const officesDb = await counted(REGIONAL_OFFICES_SCHEMA, createRegionalOfficesDataSource, setUpRegionalOfficesDatabase);
  const governanceDb = await counted(GOVERNANCE_SCHEMA, createGovernanceDataSource, setUpGovernanceDatabase);

  const membershipHost = await createMembershipServer({ dataSource: membershipDb.dataSource, config: base, logger: SILENT });
  const officesHost = await createRegionalOfficesServer({ dataSource: officesDb.dataSource, config: base, logger: SILENT });
  const governanceHost = await createGovernanceServer({
    dataSource: governanceDb.dataSource,
    config: {
      ...base,
      executiveCommitteeMaxSeats: options.executiveCommitteeMaxSeats ?? 20,
      membershipUrl: membershipHost.url,
      regionalOfficesUrl: officesHost.url,
    },
    logger: SILENT,
  });
  const gateway = await createGateway({
    config: {
      identity: options.gatewayIdentity ?? shared.identity,
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      subgraphTimeoutMs: 10000,
      subgraphUrls: { membership: membershipHost.url, governance: governanceHost.url, 'regional-offices': officesHost.url },
    },
    logger: SILENT,
  });
  const subgraphs = {
    membership: { ...membershipDb, host: membershipHost },
    governance: { ...governanceDb, host: governanceHost },
    'regional-offices': { ...officesDb, host: officesHost },
  };
  return {
    adminUrl: database.url,
    gateway,
    query: graphQLCaller(gateway.url),
    subgraphs,
    resetStatementCounts: () => Object.values(subgraphs).forEach((subgraph) => subgraph.statements.reset()),
    statementCounts: () => Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.statements.statements])),
    async stop() {
      await gateway.stop();
      for (const subgraph of Object.values(subgraphs)) {
        await subgraph.host.stop();
        await subgraph.dataSource.destroy();
      }
      await database.drop();
    },
  };
}
