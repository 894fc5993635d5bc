import type { Viewer } from '@wego/identity';

/** What the gateway knows of a request: the verified viewer, the token to forward, the request id. */
export interface GatewayContext {
  viewer: Viewer;
  authorization: string | undefined;
  requestId: string;
  /** For an anonymous query, the response cache's generation read when it began; identical subgraph calls of one generation are shared. */
  readGeneration?: string;
}
