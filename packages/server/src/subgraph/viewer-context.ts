import type { IncomingRequest } from '../http';
import type { TokenVerifier, Viewer } from '@wego/identity';

/** What every subgraph knows of a request before its own context is built. */
export interface RequestIdentity {
  viewer: Viewer;
  requestId: string;
  /** The caller's Authorization header as received, for a subgraph that asks another on the caller's behalf. */
  authorization: string | undefined;
}

/** Verifies the caller's token again: a subgraph never trusts an identity it did not verify. */
export async function identifyRequest(tokens: TokenVerifier, request: IncomingRequest): Promise<RequestIdentity> {
  const viewer = await tokens.viewerOf(request.headers.authorization);
  return { viewer, requestId: request.requestId, authorization: request.headers.authorization };
}
