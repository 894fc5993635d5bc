import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';
import type { GatewayContext } from './gateway-context';
import { subgraphFetcher } from './subgraph-fetcher';
import { subgraphTransport } from './subgraph-transport';
import { READ_GENERATION_HEADER, sharingConcurrentReads } from './concurrent-reads';

/** What the gateway keeps of the headers the query planner sets; every other is dropped. */
const PLANNER_HEADERS: ReadonlySet<string> = new Set(['content-type']);

/** A subgraph request is built from the secret, token and request id alone, so no client header (a forged secret) gets through. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    name: string,
    url: string,
    private readonly secret: string,
    timeoutMs: number,
  ) {
    // The answers of a shared call are read as often as they are joined: subgraphTransport's answers allow it.
    super({ url, fetcher: subgraphFetcher(name, timeoutMs, sharingConcurrentReads(subgraphTransport)) as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const headers = request.http.headers;
    for (const [name] of [...headers]) if (!PLANNER_HEADERS.has(name)) headers.delete(name);
    headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    if ('authorization' in context && context.authorization) headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
    if ('readGeneration' in context && context.readGeneration !== undefined) headers.set(READ_GENERATION_HEADER, context.readGeneration);
  }
}
