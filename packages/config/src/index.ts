export { parseSharedConfig, ConfigError, DEVELOPMENT_JWT_SECRET, type SharedConfig, type IdentityConfig } from './shared';
export { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
export { parseGatewayConfig, type GatewayConfig } from './gateway';
export { parseLocalStackConfig, type LocalStackConfig } from './local-stack';
export { parseGovernanceConfig, type GovernanceConfig } from './governance';
export { parseSubgraphSetupConfig, type SubgraphSetupConfig } from './subgraph-setup';
