import type { Viewer } from '@wego/identity';

/** What the gateway knows of a request: the verified viewer, the token to forward, the request id. */
export interface GatewayContext {
  viewer: Viewer;
  authorization: string | undefined;
  requestId: string;
}
