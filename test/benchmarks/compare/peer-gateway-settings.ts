/** What a Hive Gateway process of the comparison is told at its start. */
export interface PeerGatewaySettings {
  /** 'javascript' is Hive Gateway's own planner; 'rust' the router's (`@graphql-hive/router-runtime`). */
  planner: 'javascript' | 'rust';
  port: number;
  subgraphUrls: Record<string, string>;
  secrets: Record<string, string>;
}
