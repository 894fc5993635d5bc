/** A GraphQL answer as the client sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<TData = any> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

/** Sends one GraphQL operation over real HTTP. */
export interface GraphQLRequestOptions {
  variables?: Record<string, unknown>;
  token?: string;
  headers?: Record<string, string>;
}

/** Sends operations to one endpoint; data is untyped unless the test names its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLCaller = <TData = any>(query: string, options?: GraphQLRequestOptions) => Promise<GraphQLResponse<TData>>;

/** `headers` go with every operation, under those an operation names itself. */
export function graphQLCaller(url: string, headers: Record<string, string> = {}): GraphQLCaller {
  return (query, options = {}) => postGraphQL(url, query, { ...options, headers: { ...headers, ...options.headers } });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postGraphQL<TData = any>(url: string, query: string, options: GraphQLRequestOptions = {}): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLResponse['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`not a GraphQL response (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}
