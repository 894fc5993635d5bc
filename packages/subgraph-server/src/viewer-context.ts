import type { IdentityConfig } from '@wego/config';
import type { IncomingRequest } from '@wego/graphql-http';
import { viewerFromAuthorization, type Viewer } from '@wego/identity';

/** What every subgraph knows of a request before its own context is built. */
export interface RequestIdentity {
  viewer: Viewer;
  requestId: string;
}

/** Verifies the caller's token again: a subgraph never trusts an identity it did not verify. */
export async function identifyRequest(identity: IdentityConfig, request: IncomingRequest): Promise<RequestIdentity> {
  const viewer = await viewerFromAuthorization(identity, request.headers.authorization);
  return { viewer, requestId: request.requestId };
}
