import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

/**
 * The subgraph's answers carry `Cache-Control` computed from the `@cacheControl` hints of its SDL
 * (a field without one is private: `no-store`), which the gateway combines over every subgraph
 * it called. An answer to a caller that presented a token is never public: what it may read is
 * its own.
 */
export function subgraphCachePolicyPlugins<TContext extends BaseContext>(): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
    {
      async requestDidStart({ request, overallCachePolicy }) {
        if (request.http?.headers.get('authorization')) overallCachePolicy.restrict({ maxAge: 0, scope: 'PRIVATE' });
      },
    },
  ];
}
