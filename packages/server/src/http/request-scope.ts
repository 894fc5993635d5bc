import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';

const requestScope = new AsyncLocalStorage<string>();

/** Runs `work` as part of the request `requestId`: whatever it formats can name the request. */
export function inRequestScope<T>(requestId: string, work: () => T): T {
  return requestScope.run(requestId, work);
}

/** For `formatError`: errors Apollo Server raises before any plugin runs have no context, so only the scope knows their request id. */
export function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const requestId = requestScope.getStore();
  if (requestId === undefined || formatted.extensions?.requestId !== undefined) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, requestId } };
}
