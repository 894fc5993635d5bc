import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

/** A GraphQL answer as the client sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<TData = any> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

/** Sends one GraphQL operation over real HTTP. */
export interface GraphQLRequestOptions<TVariables = Record<string, unknown>> {
  variables?: TVariables;
  token?: string;
  headers?: Record<string, string>;
}

/** A document written with `graphql()`, or its text (`.toString()`): either names the types of its answer and variables. */
export type TypedDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables>;

/** What a caller sends: a typed document, or plain text (its answer untyped). */
type GraphQLDocument = TypedDocument<unknown, never> | string;

/** Sends operations to one endpoint; a document written with `graphql()` types the answer, plain text leaves it to the test. */
export interface GraphQLCaller {
  <TData, TVariables>(document: TypedDocument<TData, TVariables>, options?: GraphQLRequestOptions<TVariables>): Promise<GraphQLResponse<TData>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  <TData = any>(query: string, options?: GraphQLRequestOptions): Promise<GraphQLResponse<TData>>;
}

/** `headers` go with every operation, under those an operation names itself. */
export function graphQLCaller(url: string, headers: Record<string, string> = {}): GraphQLCaller {
  return (document: GraphQLDocument, options: GraphQLRequestOptions<unknown> = {}) => sendGraphQL(url, document, { ...options, headers: { ...headers, ...options.headers } });
}

export function postGraphQL<TData, TVariables>(url: string, document: TypedDocument<TData, TVariables>, options?: GraphQLRequestOptions<TVariables>): Promise<GraphQLResponse<TData>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function postGraphQL<TData = any>(url: string, query: string, options?: GraphQLRequestOptions): Promise<GraphQLResponse<TData>>;
export function postGraphQL(url: string, document: GraphQLDocument, options: GraphQLRequestOptions<unknown> = {}): Promise<GraphQLResponse<unknown>> {
  return sendGraphQL(url, document, options);
}

/** The data of an answer that must have some: a test reads it typed, and fails on the errors when there is none. */
export function dataOf<TData>(answer: GraphQLResponse<TData>): TData {
  if (answer.data === undefined || answer.data === null) throw new Error(`no data in the answer (HTTP ${answer.status}): ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

// The answer's shape is the document's to tell: `never` lets each typed signature above name it.
async function sendGraphQL(url: string, document: GraphQLDocument, options: GraphQLRequestOptions<unknown>): Promise<GraphQLResponse<never>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: document.toString(), variables: options.variables ?? {} }),
  });
  const text = await response.text();
  let body: { data?: never; errors?: GraphQLResponse['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`not a GraphQL response (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}
