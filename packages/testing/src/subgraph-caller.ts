import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';

/** The header that presents a subgraph's secret, as the gateway sends it. */
export function subgraphSecretHeader(secret: string): Record<string, string> {
  return { [SUBGRAPH_SECRET_HEADER]: secret };
}
