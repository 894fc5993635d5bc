import type { GraphQLResponse } from '@wego/testing';

/** How long any hostile request may take before it counts as a hang. */
export const ANSWER_WITHIN_MS = 15_000;

type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

/** An answer to a request whose body the test wrote itself; `body` is whatever JSON came back. */
export interface RawAnswer {
  status: number;
  text: string;
  body: unknown;
  /** Every GraphQL error of the answer, of each result when the body is a batch. */
  errors: GraphQLError[];
  /** The data of a single result; undefined for anything else. */
  data: Record<string, unknown> | null | undefined;
  /** Set when no answer came within the bound; status is then 0. */
  hung?: boolean;
}

function errorsOf(body: unknown): GraphQLError[] {
  if (Array.isArray(body)) return body.flatMap(errorsOf);
  if (body !== null && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) return (body as { errors: GraphQLError[] }).errors;
  return [];
}

/** POSTs `bodyText` as it is, with a client timeout: a request that does not end in time is reported as hung, not awaited. */
export async function postRaw(url: string, bodyText: string, options: { token?: string; timeoutMs?: number; contentType?: string } = {}): Promise<RawAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': options.contentType ?? 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: bodyText,
      signal: AbortSignal.timeout(options.timeoutMs ?? ANSWER_WITHIN_MS),
    });
    text = await response.text();
  } catch (error) {
    // Checked by name: the DOMException comes from another realm than the test's Error.
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { status: 0, text: '', body: undefined, errors: [], data: undefined, hung: true };
    }
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const data = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as { data?: Record<string, unknown> | null }).data : undefined;
  return { status: response.status, text, body, errors: errorsOf(body), data };
}

/** POSTs one operation: `variablesText` is JSON text, so that it may say what JSON.stringify cannot. */
export function postOperation(url: string, query: string, variablesText: string, options: { token?: string; timeoutMs?: number } = {}): Promise<RawAnswer> {
  return postRaw(url, `{"query":${JSON.stringify(query)},"variables":${variablesText}}`, options);
}
