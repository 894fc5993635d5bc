import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isClientFacingCode } from '@wego/errors';
import type { Logger } from '../logging';

/** Logs every error in full with its request id, and puts the request id on what the client sees. */
export function errorLoggingPlugin<TContext extends BaseContext & { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions.code;
            const internal = !isClientFacingCode(code);
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
