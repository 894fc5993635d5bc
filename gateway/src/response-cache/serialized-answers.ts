import type { FormattedExecutionResult } from 'graphql';

// The `data` of each stored answer, with its JSON once written: a hit is sent without serializing it again.
const serialized = new WeakMap<object, string | null>();

/** Apollo Server's own serialization: the fields in order errors, data, extensions, and a newline. */
function stringify(result: FormattedExecutionResult): string {
  return `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
}

/** Marks an answer as stored; `json` is its serialization when already known (read from Redis). */
export function rememberStoredAnswer(result: FormattedExecutionResult, json: string | null = null): void {
  if (result.data && !result.errors && !result.extensions) serialized.set(result.data, json);
}

/** The stored answer's serialization when known, else `JSON.stringify`; the gateway's `stringifyResult`. */
export function stringifyAnswer(result: FormattedExecutionResult): string {
  if (!result.data || result.errors || result.extensions || !serialized.has(result.data)) return stringify(result);
  const known = serialized.get(result.data);
  if (known) return known;
  const json = stringify(result);
  serialized.set(result.data, json);
  return json;
}
