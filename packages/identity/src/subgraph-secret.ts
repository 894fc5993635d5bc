import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The header in which the gateway (or other infrastructure a subgraph trusts) presents that
 * subgraph's secret. Internal: the gateway never forwards a client's value of it.
 */
export const SUBGRAPH_SECRET_HEADER = 'x-wego-subgraph-secret';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Whether the presented value is the subgraph's secret, in time that depends on neither: both are
 * hashed first, so the comparison always covers 32 bytes and a wrong length leaks nothing.
 */
export function presentsSubgraphSecret(presented: string | undefined, secret: string): boolean {
  if (presented === undefined || secret.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(secret));
}
