import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';

/** How long a neighbouring subgraph gets to answer before governance goes on without it. */
export const NEIGHBOUR_TIMEOUT_MS = 3000;

/** On whose behalf governance asks: the caller's own credentials and request id travel along. */
export interface OnBehalfOf {
  requestId: string;
  authorization: string | undefined;
}

export type Entity = Record<string, unknown> | null;

/** The secret lets governance in, as it does the gateway; the caller's token still decides what it may read. */
export interface Neighbour {
  url: string;
  secret: string;
}

/** Asks for `_entities` the way the gateway would; throws on any failure and lets the caller decide what it means. */
export async function requestEntities(
  neighbour: Neighbour,
  selection: string,
  representations: readonly Record<string, unknown>[],
  onBehalfOf: OnBehalfOf,
  timeoutMs: number,
): Promise<Entity[]> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-request-id': onBehalfOf.requestId,
    [SUBGRAPH_SECRET_HEADER]: neighbour.secret,
  };
  if (onBehalfOf.authorization) headers.authorization = onBehalfOf.authorization;
  const response = await fetch(neighbour.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
      variables: { representations },
    }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status !== 200) throw new Error(`answered HTTP ${response.status}`);
  const body = (await response.json()) as { data?: { _entities?: unknown } | null };
  const entities = body.data?._entities;
  if (!Array.isArray(entities) || entities.length !== representations.length) throw new Error('answered without _entities');
  return entities as Entity[];
}
