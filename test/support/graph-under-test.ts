import type { DataSource } from 'typeorm';
import { pinnedClock, type CalendarDate, type Clock } from '@wego/calendar';
import {
  bySubgraph,
  HTTP_EDGE_DEFAULTS,
  OPERATION_LIMIT_DEFAULTS,
  RESPONSE_CACHE_DEFAULTS,
  type IdentityConfig,
  type OperationLimits,
  type ResponseCacheConfig,
  type SubgraphName,
} from '@wego/config';
import { developmentRuntimeUrl, type SubgraphDatabaseUrls } from '@wego/database';
// The benchmarks run this file compiled, so it names compiled modules; jest maps them to the sources.
import { createGateway } from '@wego/gateway/dist/server';
import { createGovernanceDataSource, GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '@wego/governance/dist/database';
import { createServer as createGovernanceServer } from '@wego/governance/dist/server';
import { createLogger, type GraphQLHost } from '@wego/server';
import { createMembershipDataSource, MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '@wego/membership/dist/database';
import { createServer as createMembershipServer } from '@wego/membership/dist/server';
import { createRegionalOfficesDataSource, REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from '@wego/regional-offices/dist/database';
import { createServer as createRegionalOfficesServer } from '@wego/regional-offices/dist/server';
import { createTestDatabase, graphQLCaller, StatementCounter, testEnvironment, type GraphQLCaller } from '@wego/testing';

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
  subgraphs: Record<SubgraphName, Subgraph>;
  /** The secret each subgraph demands; a test calling a subgraph directly presents it, or proves it is refused. */
  secrets: Record<SubgraphName, string>;
  resetStatementCounts(): void;
  statementCounts(): Record<string, number>;
  /** One more gateway in front of the same subgraphs, verifying tokens with another identity; stopped with the graph. */
  anotherGateway(identity: IdentityConfig): Promise<{ host: GraphQLHost; query: GraphQLCaller }>;
  stop(): Promise<void>;
}

export interface GraphOptions {
  /** The identity every process verifies tokens with; the test identity when omitted. */
  identity?: IdentityConfig;
  /** The identity the gateway alone verifies tokens with, when it differs from the subgraphs'. */
  gatewayIdentity?: IdentityConfig;
  /** Secrets the gateway presents instead of the subgraphs' own, by subgraph. */
  gatewaySubgraphSecrets?: Partial<Record<SubgraphName, string>>;
  /** G8's charter setting for governance; the statute's 20 when omitted. */
  executiveCommitteeMaxSeats?: number;
  /** The date every subgraph takes for today; TODAY when omitted. */
  today?: CalendarDate;
  /** Where every subgraph takes today from, for a test that moves it (a SteppingClock); overrides `today`. */
  clock?: Clock;
  /** An existing database to run on (the caller owns it); a fresh one on the run's server when omitted. */
  databaseUrl?: string;
  /** Connections per subgraph pool; 5 when omitted. */
  poolSize?: number;
  /** Receives the JSON lines the subgraphs and the gateway log at error level; nothing is logged when omitted. */
  errorLog?: string[];
  /** 'production' runs all four processes as in production (no introspection, no suggestions, no limit values). */
  environment?: 'test' | 'production';
  /** The operation limits of the gateway and every subgraph, over their defaults. */
  operationLimits?: Partial<OperationLimits>;
  /** The browser origins the gateway answers across origins (CORS_ORIGINS); the environment's default when omitted. */
  corsOrigins?: string[];
  /**
   * The gateways' response cache; none when omitted, for most tests change data and move the clock
   * behind the gateway's back (straight in the database), which a cached answer would not see.
   */
  responseCache?: ResponseCacheConfig;
}

export async function startGraph(options: GraphOptions = {}): Promise<GraphUnderTest> {
  const errorLog = options.errorLog;
  const logger = errorLog ? createLogger('test', 'error', (line) => errorLog.push(line)) : createLogger('test', 'silent');
  const database = options.databaseUrl
    ? { url: options.databaseUrl, runtimeUrlOf: (schema: string) => developmentRuntimeUrl(options.databaseUrl!, schema), drop: async () => undefined }
    : await createTestDatabase('graph');
  const { shared, subgraphSecrets: secrets } = testEnvironment();
  const environment = options.environment ?? 'test';
  const identity = options.identity ?? shared.identity;
  const operationLimits = { ...OPERATION_LIMIT_DEFAULTS, ...options.operationLimits };
  const base = { identity, clock: options.clock ?? pinnedClock(options.today ?? TODAY), environment, port: 0, host: '127.0.0.1', operationLimits };

  // Each subgraph runs as its own runtime role, as in production: the tests prove its privileges suffice.
  const counted = async (
    schema: string,
    create: (url: string, o: { logger: StatementCounter; poolSize: number }) => DataSource,
    setUp: (urls: SubgraphDatabaseUrls) => Promise<unknown>,
  ) => {
    const statements = new StatementCounter();
    const runtimeUrl = database.runtimeUrlOf(schema);
    await setUp({ adminUrl: database.url, runtimeUrl });
    const dataSource = await create(runtimeUrl, { logger: statements, poolSize: options.poolSize ?? 5 }).initialize();
    return { dataSource, statements, runtimeUrl };
  };
  const membershipDb = await counted(MEMBERSHIP_SCHEMA, createMembershipDataSource, setUpMembershipDatabase);
  const officesDb = await counted(REGIONAL_OFFICES_SCHEMA, createRegionalOfficesDataSource, setUpRegionalOfficesDatabase);
  const governanceDb = await counted(GOVERNANCE_SCHEMA, createGovernanceDataSource, setUpGovernanceDatabase);

  const membershipHost = await createMembershipServer({
    dataSource: membershipDb.dataSource,
    config: { ...base, subgraphSecret: secrets.membership },
    logger,
  });
  const officesHost = await createRegionalOfficesServer({
    dataSource: officesDb.dataSource,
    config: { ...base, subgraphSecret: secrets['regional-offices'] },
    logger,
  });
  const governanceHost = await createGovernanceServer({
    dataSource: governanceDb.dataSource,
    config: {
      ...base,
      subgraphSecret: secrets.governance,
      executiveCommitteeMaxSeats: options.executiveCommitteeMaxSeats ?? 20,
      membershipUrl: membershipHost.url,
      regionalOfficesUrl: officesHost.url,
      membershipSecret: secrets.membership,
      regionalOfficesSecret: secrets['regional-offices'],
    },
    logger,
  });
  const subgraphs: Record<SubgraphName, Subgraph> = {
    membership: { ...membershipDb, host: membershipHost },
    governance: { ...governanceDb, host: governanceHost },
    'regional-offices': { ...officesDb, host: officesHost },
  };
  const startGateway = (gatewayIdentity: IdentityConfig) => createGateway({
    config: {
      identity: gatewayIdentity,
      environment,
      port: 0,
      host: '127.0.0.1',
      subgraphTimeoutMs: 10000,
      operationLimits,
      subgraphUrls: bySubgraph(({ name }) => subgraphs[name].host.url),
      subgraphSecrets: { ...secrets, ...options.gatewaySubgraphSecrets },
      // An explicit list replaces the default of any localhost page, as CORS_ORIGINS does.
      responseCache: options.responseCache ?? { ...RESPONSE_CACHE_DEFAULTS, publicMaxAgeSeconds: 0 },
      ...(options.corsOrigins ? { http: { ...HTTP_EDGE_DEFAULTS, corsOrigins: options.corsOrigins, corsLocalOrigins: false } } : {}),
    },
    logger,
  });
  const gateway = await startGateway(options.gatewayIdentity ?? identity);
  const otherGateways: GraphQLHost[] = [];
  return {
    adminUrl: database.url,
    gateway,
    query: graphQLCaller(gateway.url),
    subgraphs,
    secrets,
    resetStatementCounts: () => Object.values(subgraphs).forEach((subgraph) => subgraph.statements.reset()),
    statementCounts: () => Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.statements.statements])),
    async anotherGateway(gatewayIdentity) {
      const host = await startGateway(gatewayIdentity);
      otherGateways.push(host);
      return { host, query: graphQLCaller(host.url) };
    },
    async stop() {
      for (const other of otherGateways) await other.stop();
      await gateway.stop();
      for (const subgraph of Object.values(subgraphs)) {
        await subgraph.host.stop();
        await subgraph.dataSource.destroy();
      }
      await database.drop();
    },
  };
}
