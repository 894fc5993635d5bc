import type { GraphQLFormattedError } from 'graphql';

// graphql-js words every suggestion so: ` Did you mean "name"?`, ` Did you mean the enum value "FULL"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Drops graphql-js's "Did you mean …?" from an error's message: in production a suggestion would
 * let anyone read the schema that introspection no longer shows, one guess at a time.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
