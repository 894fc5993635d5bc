import { createRequire } from 'node:module';
import type { ApolloServer as HostedApolloServer, BaseContext } from '@apollo/server';
import { defineIntegrationTestSuite, type CreateServerForIntegrationTests } from '@apollo/server-integration-testsuite';
import { startGraphQLHost } from '@wego/server';

// The suite checks that its servers are instances of the Apollo Server it ships (a patch older than
// the graph's), so the servers are built from that one; the host only starts, calls and stops them.
const suiteApollo = createRequire(require.resolve('@apollo/server-integration-testsuite'))('@apollo/server') as typeof import('@apollo/server');

/** Apollo's own integration suite against the host every process runs, as the gateway and the subgraphs use it. */
const createServer: CreateServerForIntegrationTests = async (config, options) => {
  const server = new suiteApollo.ApolloServer(config as ConstructorParameters<typeof suiteApollo.ApolloServer>[0]);
  const host = await startGraphQLHost(
    {
      apollo: server as unknown as HostedApolloServer<BaseContext>,
      context: async () => (options?.context ? options.context() : {}),
      healthy: async () => true,
    },
    0,
    '127.0.0.1',
  );
  return { server: server as unknown as Awaited<ReturnType<CreateServerForIntegrationTests>>['server'], url: `http://127.0.0.1:${host.port}`, extraCleanup: () => host.stop() };
};

// Every test runs; the suite itself skips its @defer and @stream tests, which need graphql 17 (the graph runs 16).
defineIntegrationTestSuite(createServer);
