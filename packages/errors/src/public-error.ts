import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, PUBLIC_ERROR_EXTENSIONS } from './codes';

/** Transport details (a subgraph's URL, HTTP response, stack trace) never reach a client. */
export function formatPublicError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = {};
  for (const key of PUBLIC_ERROR_EXTENSIONS) {
    const value = formatted.extensions?.[key];
    if (value !== undefined) extensions[key] = value;
  }
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

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

export function isClientFacingCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_FACING_CODES.has(code);
}

/** Anything uncoded becomes INTERNAL_SERVER_ERROR, so no SQL, stack or host ever reaches a client. */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isClientFacingCode(formatted.extensions?.code)) return formatPublicError(formatted);
  return formatPublicError({
    message: 'Something went wrong on our side; the Secretariat can trace it with the request id.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.InternalServerError, ...(formatted.extensions?.requestId ? { requestId: formatted.extensions.requestId } : {}) },
  });
}
