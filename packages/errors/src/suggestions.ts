import type { GraphQLFormattedError } from 'graphql';

// graphql-js words every suggestion so: ` Did you mean "name"?`, ` Did you mean the enum value "FULL"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** In production a "Did you mean …?" would reveal, one guess at a time, the schema introspection hides. */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
