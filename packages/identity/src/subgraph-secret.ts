import { createHash, timingSafeEqual } from 'node:crypto';

/** Internal: the gateway never forwards a client's value of it. */
export const SUBGRAPH_SECRET_HEADER = 'x-wego-subgraph-secret';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Both are hashed first, so the constant-time comparison covers 32 bytes and a wrong length leaks nothing. */
export function presentsSubgraphSecret(presented: string | undefined, secret: string): boolean {
  if (presented === undefined || secret.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(secret));
}
