import { unavailable as unavailableError } from '@wego/errors';
import { timeSubgraphRequest } from '@wego/observability';

type Fetcher = typeof fetch;

function unavailable(subgraphName: string) {
  return unavailableError(`The ${subgraphName} service did not answer; try again shortly.`);
}

/**
 * A failed call becomes UNAVAILABLE naming no host; a subgraph's GraphQL errors sent with a 4xx keep their
 * code and rule, where the stock data source would turn them into "400: Bad Request" and the URL.
 */
export function subgraphFetcher(subgraphName: string, timeoutMs: number, transport: Fetcher = fetch): Fetcher {
  return async (input, init) => {
    let response: Response;
    const timed = timeSubgraphRequest(subgraphName);
    try {
      response = await transport(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw unavailable(subgraphName);
    } finally {
      timed();
    }
    if (response.ok) return response;
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw unavailable(subgraphName);
    }
    const errors = (body as { errors?: unknown }).errors;
    if (response.status >= 500 || !Array.isArray(errors) || errors.length === 0) throw unavailable(subgraphName);
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
