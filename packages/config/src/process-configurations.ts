import { parseGatewayConfig, type GatewayConfig } from './gateway';
import { parseGovernanceConfig, type GovernanceConfig } from './governance';
import { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
import { parseSubgraphSetupConfig, type SubgraphSetupConfig } from './subgraph-setup';

type Environment = Record<string, string | undefined>;

/**
 * The parser each serving process's entry file applies to its environment, by process name: what a
 * container, a compose service or a Deployment must satisfy for that process to start.
 */
export const SERVING_PROCESS_CONFIGURATIONS = {
  gateway: (env: Environment): GatewayConfig => parseGatewayConfig(env),
  membership: (env: Environment): SubgraphConfig => parseSubgraphConfig(env, 'MEMBERSHIP_PORT', 4001, 'membership'),
  governance: (env: Environment): GovernanceConfig => parseGovernanceConfig(env),
  'regional-offices': (env: Environment): SubgraphConfig => parseSubgraphConfig(env, 'REGIONAL_OFFICES_PORT', 4003, 'regional-offices'),
} as const;

export type ServingProcessName = keyof typeof SERVING_PROCESS_CONFIGURATIONS;

/** The parser of each subgraph's database setup (services/<name>/dist/setup-main.js), by subgraph. */
export const SETUP_PROCESS_CONFIGURATIONS = {
  membership: (env: Environment): SubgraphSetupConfig => parseSubgraphSetupConfig(env),
  governance: (env: Environment): SubgraphSetupConfig => parseSubgraphSetupConfig(env),
  'regional-offices': (env: Environment): SubgraphSetupConfig => parseSubgraphSetupConfig(env),
} as const;
