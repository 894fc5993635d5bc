import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses, as the client's mistake, a request naming no operation of several, naming one the
 * document does not hold, or asking for a subscription: the gateway's executor would otherwise
 * throw on them, and the client would see a failure of ours (HTTP 500).
 */
export function operationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            const message = request.operationName
              ? `The document holds no operation named ${JSON.stringify(request.operationName).slice(0, 100)}.`
              : 'The document holds several operations: name the one to run in operationName.';
            throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This graph offers no subscriptions; ask with a query.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
