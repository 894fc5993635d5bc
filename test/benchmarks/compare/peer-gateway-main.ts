import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_PATH } from '@wego/gateway/dist/subgraphs';
import type { PeerGatewaySettings } from './peer-gateway-settings';
import { PeerKeyValueCache } from './peer-key-value-cache';

/**
 * One Hive Gateway process of `pnpm bench:compare`, serving the committed supergraph (its subgraph
 * URLs replaced) on the port given, with Hive's own response cache; with the Rust query planner
 * when asked. Its settings come as one JSON argument.
 */
/** Hive's response cache: one entry for every caller (the comparison asks anonymously), 30 s, in a store of its own. */
function responseCaching() {
  const options = { session: () => null, ttl: 30_000, cache: new PeerKeyValueCache() };
  return options as Omit<typeof options, 'cache'>;
}

/**
 * Hive's response cache (plugin-response-cache 0.107.2) fails every subgraph call answered with a
 * `Cache-Control` header ("Cannot read properties of undefined (reading 'parse')": its parser's
 * default import is undefined). The header is taken off the subgraphs' answers before it sees them,
 * so that it caches by its TTL; the comparison asks anonymously, where that is the same answer.
 */
function withoutSubgraphCacheControl(): GatewayPlugin {
  return {
    onFetch({ fetchFn, setFetchFn }) {
      setFetchFn(async (url, options, context, info) => {
        const response = await fetchFn(url, options, context, info);
        const headers = new Headers(response.headers);
        headers.delete('cache-control');
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      });
    },
  };
}

function main(): void {
  const settings = JSON.parse(process.argv[2] ?? '') as PeerGatewaySettings;
  let supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const [name, port] of [['membership', 4001], ['governance', 4002], ['regional-offices', 4003]] as const) {
    supergraph = supergraph.replace(`http://localhost:${port}/graphql`, settings.subgraphUrls[name]!);
  }
  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    ...(settings.planner === 'rust' ? { unifiedGraphHandler } : {}),
    responseCaching: responseCaching(),
    plugins: () => [withoutSubgraphCacheControl()],
    propagateHeaders: {
      // As ours does: each subgraph is presented its own secret, and the caller's token when there is one.
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const secret = { 'x-wego-subgraph-secret': settings.secrets[subgraphName]! };
        const authorization = request.headers.get('authorization');
        return authorization ? { ...secret, authorization } : secret;
      },
    },
  });
  const server = createServer(runtime);
  server.keepAliveTimeout = 65_000;
  server.listen(settings.port, '127.0.0.1');
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => {
      void Promise.resolve(runtime.dispose()).finally(() => process.exit(0));
    });
  });
}

main();
