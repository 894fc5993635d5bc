import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { AnswerStore } from './answer-store';
import { answerKeyOf } from './cache-key';
import { isAnonymous, isPublicAnswer, PRIVATE_CACHE_CONTROL, publicCacheControl } from './public-answer';
import { rememberStoredAnswer } from './serialized-answers';

/** What one request did with the cache: found its answer, looked and missed (storing under `generation`), or stayed out. */
type Outcome = { kind: 'hit'; storedAt: number } | { kind: 'miss'; key: string; generation: string } | { kind: 'bypass' };

/**
 * A mutation with a token moves the store to a new generation before its answer leaves;
 * anonymous callers can write nothing, so their refused mutations do not empty the cache.
 */
export function responseCachePlugin<TContext extends { readGeneration?: string }>(store: AnswerStore | null, maxAgeSeconds: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      let outcome: Outcome = { kind: 'bypass' };
      return {
        async responseForOperation({ request, operation, queryHash, operationName, contextValue }) {
          if (!store || !queryHash || maxAgeSeconds === 0 || operation.operation !== 'query' || !isAnonymous(request.http?.headers)) return null;
          const key = answerKeyOf(queryHash, operationName, request.variables);
          const found = await store.lookup(key);
          if (!found) return null;
          if (!found.answer) {
            outcome = { kind: 'miss', key, generation: found.generation };
            contextValue.readGeneration = found.generation;
            return null;
          }
          outcome = { kind: 'hit', storedAt: found.answer.storedAt };
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: found.answer.result } };
        },
        async willSendResponse(requestContext) {
          const headers = requestContext.response.http.headers;
          if (outcome.kind === 'hit') {
            headers.set('cache-control', publicCacheControl(maxAgeSeconds));
            headers.set('age', String(Math.max(0, Math.floor((Date.now() - outcome.storedAt) / 1000))));
            headers.set('x-cache', 'HIT');
            return;
          }
          const { operation, request, response } = requestContext;
          if (store && operation?.operation === 'mutation' && !isAnonymous(request.http?.headers)) await store.invalidate();
          const answerIsPublic = maxAgeSeconds > 0 && isPublicAnswer(requestContext);
          headers.set('cache-control', answerIsPublic ? publicCacheControl(maxAgeSeconds) : PRIVATE_CACHE_CONTROL);
          if (outcome.kind !== 'miss') return;
          headers.set('x-cache', 'MISS');
          if (answerIsPublic && store && response.body.kind === 'single' && !response.body.singleResult.extensions) {
            const result = { data: response.body.singleResult.data };
            rememberStoredAnswer(result);
            // Not awaited: the answer need not wait for the store, and a failed store only costs a later miss.
            void store.store(outcome.generation, outcome.key, { result, storedAt: Date.now() }, maxAgeSeconds);
          }
        },
      };
    },
  };
}
