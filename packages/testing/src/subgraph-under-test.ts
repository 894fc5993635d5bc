import type { DataSource } from 'typeorm';
import { SUBGRAPH_REGISTRY, type SubgraphConfig, type SubgraphName } from '@wego/config';
import type { SubgraphDatabaseUrls } from '@wego/database';
import { createLogger, type GraphQLHost, type Logger } from '@wego/server';
import { graphQLCaller, type GraphQLCaller } from './graphql-client';
import { StatementCounter } from './statement-counter';
import { subgraphSecretHeader } from './subgraph-caller';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testSubgraphConfig, type TestSubgraphConfig } from './test-configs';

/** How to set up and serve one subgraph: the harness of each subgraph passes its own factories in; its schema comes from the registry. */
export interface SubgraphDefinition {
  name: SubgraphName;
  clock: SubgraphConfig['clock'];
  setUp(urls: SubgraphDatabaseUrls): Promise<unknown>;
  dataSourceOf(runtimeUrl: string, options: { logger: StatementCounter; poolSize: number }): DataSource;
  serverOf(options: { dataSource: DataSource; config: TestSubgraphConfig; logger: Logger }): Promise<GraphQLHost>;
}

/** One subgraph on its own database, served over real HTTP. */
export interface SubgraphUnderTest {
  url: string;
  /** The database, as its administrator. */
  databaseUrl: string;
  /** What the setup connects with (the administrator) and prepares (the runtime role). */
  databaseUrls: SubgraphDatabaseUrls;
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

/** Serves `definition` on a database already set up; stop() leaves the database. */
export async function serveSubgraphUnderTest(definition: SubgraphDefinition, database: TestDatabase): Promise<SubgraphUnderTest> {
  const statements = new StatementCounter();
  // The subgraph runs as its runtime role, as in production: the tests prove its privileges suffice.
  const runtimeUrl = database.runtimeUrlOf(SUBGRAPH_REGISTRY[definition.name].databaseSchema);
  const dataSource = await definition.dataSourceOf(runtimeUrl, { logger: statements, poolSize: 5 }).initialize();
  const config = testSubgraphConfig(definition.name, definition.clock);
  const secret = config.subgraphSecret;
  const logs: string[] = [];
  const host = await definition.serverOf({
    dataSource,
    config,
    logger: createLogger(`${definition.name}-test`, 'warn', (line) => logs.push(line)),
  });
  return {
    url: host.url,
    databaseUrl: database.url,
    databaseUrls: { adminUrl: database.url, runtimeUrl },
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

/** `definition` on a fresh database of its own, set up as in production; stop() drops the database. */
export async function startSubgraphUnderTest(definition: SubgraphDefinition): Promise<SubgraphUnderTest> {
  const database = await createTestDatabase(definition.name);
  await definition.setUp({ adminUrl: database.url, runtimeUrl: database.runtimeUrlOf(SUBGRAPH_REGISTRY[definition.name].databaseSchema) });
  const served = await serveSubgraphUnderTest(definition, database);
  return {
    ...served,
    async stop() {
      await served.stop();
      await database.drop();
    },
  };
}
