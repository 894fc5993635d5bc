/**
 * Marks a subgraph call made for an anonymous query, with the response cache's generation read
 * when that query began; set by the data source, taken off again before the call leaves.
 */
export const READ_GENERATION_HEADER = 'x-wego-read-generation';

type Fetcher = typeof fetch;

/**
 * Identical subgraph calls of anonymous queries in flight at once are sent once, and every caller
 * reads the one answer (each parses its own copy). Only calls of the same cache generation are
 * joined: a query that began after an accepted mutation reads a later generation, so it never
 * joins a call that began before the mutation and sees the write as a fresh call would.
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
