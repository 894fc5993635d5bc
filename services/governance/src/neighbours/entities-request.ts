import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';

/** How long a neighbouring subgraph gets to answer before governance goes on without it. */
export const NEIGHBOUR_TIMEOUT_MS = 3000;

/** On whose behalf governance asks: the caller's own credentials and request id travel along. */
export interface OnBehalfOf {
  requestId: string;
  authorization: string | undefined;
}

export type Entity = Record<string, unknown> | null;

/**
 * Where a neighbouring subgraph listens, and its secret. Governance presents the secret as
 * internal infrastructure the neighbour trusts (as the gateway does), beside the caller's own
 * token: the secret lets governance in, the token still decides what it may read.
 */
export interface Neighbour {
  url: string;
  secret: string;
}

/**
 * Asks a subgraph for entities over its public federation API (`_entities`), the way the gateway
 * would. Throws when it does not answer in time, answers other than 200, or answers without
 * `_entities`; the caller decides what that means.
 */
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
