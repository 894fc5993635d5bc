import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';

const requestScope = new AsyncLocalStorage<string>();

/** Runs `work` as part of the request `requestId`: whatever it formats can name the request. */
export function inRequestScope<T>(requestId: string, work: () => T): T {
  return requestScope.run(requestId, work);
}

/**
 * The error with the id of the request it answers. For a process's `formatError`: Apollo Server
 * formats the errors it raises before any plugin runs (a request it cannot read, a cross-site
 * request) with no context, so only the request's scope knows their id.
 */
export function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const requestId = requestScope.getStore();
  if (requestId === undefined || formatted.extensions?.requestId !== undefined) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, requestId } };
}
