import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

/** A field without a hint is private; an answer to a caller with a token is never public: what it may read is its own. */
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
