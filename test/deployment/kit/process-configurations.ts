import { bySubgraph, parseSubgraphConfig, parseSubgraphSetupConfig, SUBGRAPHS, type SubgraphConfig, type SubgraphSetupConfig } from '@wego/config';
import { parseGatewayConfig, type GatewayConfig } from '@wego/gateway/dist/config.js';
import { parseGovernanceConfig, type GovernanceConfig } from '@wego/governance/dist/config.js';

type Environment = Record<string, string | undefined>;

/**
 * The parser each serving process's entry file applies to its environment, by process name: what a
 * container, a compose service or a Deployment must satisfy for that process to start.
 */
export const SERVING_PROCESS_CONFIGURATIONS = {
  gateway: (env: Environment): GatewayConfig => parseGatewayConfig(env),
  ...bySubgraph((subgraph) => (env: Environment): SubgraphConfig => parseSubgraphConfig(env, subgraph.name)),
  governance: (env: Environment): GovernanceConfig => parseGovernanceConfig(env),
};

export type ServingProcessName = keyof typeof SERVING_PROCESS_CONFIGURATIONS;

/** The parser of each subgraph's database setup (services/<name>/dist/setup-main.js), by subgraph. */
export const SETUP_PROCESS_CONFIGURATIONS = bySubgraph(() => (env: Environment): SubgraphSetupConfig => parseSubgraphSetupConfig(env));

export const SUBGRAPH_PROCESSES = SUBGRAPHS.map((subgraph) => subgraph.name);
