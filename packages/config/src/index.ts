export { parseSharedConfig, parseWith, ConfigError, type SharedConfig } from './shared';
export { DEVELOPMENT_JWT_SECRET, TOKEN_ALGORITHMS, type IdentityConfig, type TokenAlgorithm } from './identity';
export {
  bySubgraph,
  GATEWAY_PROCESS,
  GRAPH_PROCESSES,
  SUBGRAPH_NAMES,
  SUBGRAPH_REGISTRY,
  SUBGRAPHS,
  type GraphProcess,
  type GraphProcessName,
  type RegisteredSubgraph,
  type SubgraphName,
} from './subgraph-registry';
export { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
export { OPERATION_LIMIT_DEFAULTS, parseOperationLimits, type OperationLimits } from './operation-limits';
export { HTTP_EDGE_DEFAULTS, parseHttpEdgeConfig, type HttpEdgeConfig } from './http-edge';
export { parseSubgraphSecret, parseSubgraphSecrets, DEVELOPMENT_SUBGRAPH_SECRETS } from './subgraph-secrets';
export { parseSubgraphSetupConfig, type SubgraphSetupConfig } from './subgraph-setup';
export { parseObservabilityConfig, type ObservabilityConfig } from './observability';
// The gateway's alone, but @wego/testing reads REDIS_URL through it too, and cannot depend on the gateway.
export { parseResponseCacheConfig, RESPONSE_CACHE_DEFAULTS, type ResponseCacheConfig } from './response-cache';
