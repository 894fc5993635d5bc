import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, formatPublicError } from '@wego/errors';
import type { Logger } from '@wego/logging';

/** Codes whose message is meant for the client: the domain's and GraphQL's own request errors. */
const CLIENT_FACING_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.InternalServerError),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Coded errors pass as they are; anything else (a bug, a database failure) becomes a safe
 * INTERNAL_SERVER_ERROR, so no SQL, stack or host ever reaches a client.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_FACING_CODES.has(code)) return formatPublicError(formatted);
  return formatPublicError({
    message: 'Something went wrong on our side; the Secretariat can trace it with the request id.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.InternalServerError },
  });
}

/** Logs every error in full with its request id, and puts the request id on what the client sees. */
export function errorLoggingPlugin<TContext extends BaseContext & { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions.code;
            const internal = typeof code !== 'string' || !CLIENT_FACING_CODES.has(code);
            logger[internal ? 'error' : 'debug']('graphql error', {
              requestId: contextValue.requestId,
              code,
              error: error.originalError ?? error,
              path: error.path,
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
