import type { RawAnswer } from './raw-request';

/**
 * The codes a hostile request may meet: the domain's own (README, Errors) and the request errors of
 * GraphQL and Apollo Server. INTERNAL_SERVER_ERROR is not among them: hostile input that reaches
 * it found a bug. OPERATION_RESOLUTION_FAILURE is Apollo Server's code for a document whose
 * operation cannot be chosen (several operations, no or an unknown operationName).
 */
export const EXPECTED_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'CHARTER_VIOLATION',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What an error must never carry: what Postgres or TypeORM say, stack frames, file paths, hosts
 * and ports. The hostile values the suite sends are chosen so that none of them matches this, so
 * an echo of the caller's own input is never mistaken for a leak.
 */
const INTERNALS: ReadonlyArray<[string, RegExp]> = [
  ['a TypeORM error', /QueryFailedError|EntityNotFound|typeorm/i],
  ['a Postgres message', /syntax error at or near|invalid input syntax|violates (?:check|unique|foreign key|not-null|exclusion) constraint|duplicate key value|invalid byte sequence|out of range for type|relation "|column "|current transaction is aborted|unterminated quoted/i],
  ['SQL', /\bSELECT\b[^]*\bFROM\b|\bINSERT INTO\b|\bRETURNING\b|\bFOR UPDATE\b|pg_advisory/i],
  ['a stack frame', /\bat (?:async )?[\w.<>[\]]+ \(|\n\s+at |stacktrace|exception/i],
  ['a file path', /node_modules|\/work\/|\/src\/|\.[jt]s:\d+|dist\//i],
  ['a host or port', /localhost|127\.0\.0\.1|::1|ECONNREFUSED|ECONNRESET|ETIMEDOUT|[a-z0-9\]]:\d{4,5}\b|https?:\/\//i],
  ['a subgraph name in transport detail', /serviceName|"response"|subgraph/i],
];

/** What is wrong with an answer to a hostile request: status, codes, leaks. Empty when nothing is. */
export function problemsOf(answer: RawAnswer): string[] {
  const problems: string[] = [];
  if (answer.hung) return ['no answer within the client timeout'];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.body === undefined) problems.push(`a body that is not JSON: ${answer.text.slice(0, 200)}`);
  for (const error of answer.errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !EXPECTED_CODES.has(code)) problems.push(`code ${String(code)}: ${error.message.slice(0, 300)}`);
    const said = JSON.stringify({ message: error.message, extensions: error.extensions });
    for (const [what, pattern] of INTERNALS) {
      const found = pattern.exec(said);
      if (found) problems.push(`${what} in an error (${JSON.stringify(found[0])}): ${error.message.slice(0, 300)}`);
    }
  }
  return problems;
}

/** The codes of an answer's errors, in order. */
export function codesOf(answer: RawAnswer): string[] {
  return answer.errors.map((error) => String(error.extensions?.code));
}

/** Whether every result of the answer was refused: errors and no data. */
export function wasRefused(answer: RawAnswer): boolean {
  return answer.errors.length > 0 && !hasData(answer.data);
}

function hasData(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  return Object.values(data as Record<string, unknown>).some((value) => value !== null);
}
