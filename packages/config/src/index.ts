export { parseSharedConfig, ConfigError, DEVELOPMENT_JWT_SECRET, type SharedConfig, type IdentityConfig } from './shared';
export { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
export { parseGatewayConfig, type GatewayConfig } from './gateway';
export { OPERATION_LIMIT_DEFAULTS, type OperationLimits } from './operation-limits';
export { parseLocalStackConfig, type LocalStackConfig } from './local-stack';
export { parseGovernanceConfig, type GovernanceConfig } from './governance';
