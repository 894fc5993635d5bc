import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_ERROR_EXTENSIONS } from './codes';

/**
 * Keeps only what a client may see of an error: its message, path, locations and the public
 * extensions. Transport details (a subgraph's URL, HTTP response, stack trace) never leave.
 */
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
