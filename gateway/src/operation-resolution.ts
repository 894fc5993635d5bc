import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Refuses these as the client's mistake (400): the gateway's executor would throw, and the client see a 500. */
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
