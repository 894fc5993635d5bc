/** Set by the data source and taken off again before the call leaves. */
export const READ_GENERATION_HEADER = 'x-wego-read-generation';

type Fetcher = typeof fetch;

/**
 * Identical anonymous calls in flight are sent once. Only calls of one cache generation are joined,
 * so a query begun after a mutation never reads a call begun before it.
 */
export function sharingConcurrentReads(transport: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<Response>>();
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    const generation = headers.get(READ_GENERATION_HEADER);
    if (generation === null || typeof init.body !== 'string') return transport(input, init);
    headers.delete(READ_GENERATION_HEADER);
    const forwarded = { ...init, headers };
    const key = `${String(input)}\n${generation}\n${headers.get('authorization') ?? ''}\n${init.body}`;
    const joined = inFlight.get(key);
    if (joined) return joined;
    const call = transport(input, forwarded).finally(() => inFlight.delete(key));
    inFlight.set(key, call);
    return call;
  };
}
