export { parseSharedConfig, ConfigError, type SharedConfig } from './shared';
export { DEVELOPMENT_JWT_SECRET, TOKEN_ALGORITHMS, type IdentityConfig, type TokenAlgorithm } from './identity';
export { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
export { parseGatewayConfig, type GatewayConfig } from './gateway';
export { OPERATION_LIMIT_DEFAULTS, type OperationLimits } from './operation-limits';
export { HTTP_EDGE_DEFAULTS, parseHttpEdgeConfig, type HttpEdgeConfig } from './http-edge';
export { parseLocalStackConfig, type LocalStackConfig } from './local-stack';
export { parseGovernanceConfig, type GovernanceConfig } from './governance';
export {
  parseSubgraphSecret,
  parseSubgraphSecrets,
  SUBGRAPH_SECRET_VARIABLES,
  SUBGRAPH_NAMES,
  DEVELOPMENT_SUBGRAPH_SECRETS,
  type SubgraphName,
} from './subgraph-secrets';
export { parseSubgraphSetupConfig, type SubgraphSetupConfig } from './subgraph-setup';
export { parseObservabilityConfig, type ObservabilityConfig } from './observability';
export { SERVING_PROCESS_CONFIGURATIONS, SETUP_PROCESS_CONFIGURATIONS, type ServingProcessName } from './process-configurations';
export { parseResponseCacheConfig, RESPONSE_CACHE_DEFAULTS, type ResponseCacheConfig } from './response-cache';
