import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './gateway-context';
import { subgraphFetcher } from './subgraph-fetcher';

/** Calls one subgraph, forwarding the caller's token and the request id. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string, timeoutMs: number) {
    super({ url, fetcher: subgraphFetcher(name, timeoutMs) as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if ('authorization' in context && context.authorization) request.http.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http.headers.set('x-request-id', context.requestId);
  }
}
