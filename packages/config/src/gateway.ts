import { z } from 'zod';
import { parseHttpEdgeConfig, type HttpEdgeConfig } from './http-edge';
import { parseOperationLimits, type OperationLimits } from './operation-limits';
import { parseResponseCacheConfig, type ResponseCacheConfig } from './response-cache';
import { parseSharedConfig, parseWith, type SharedConfig } from './shared';
import { parseSubgraphSecrets, type SubgraphName } from './subgraph-secrets';

type Environment = Record<string, string | undefined>;

export interface GatewayConfig extends SharedConfig {
  port: number;
  host: string;
  /** Subgraph URLs that replace those recorded in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  operationLimits: OperationLimits;
  /** Each subgraph's secret, presented to that subgraph alone on every call. */
  subgraphSecrets: Record<SubgraphName, string>;
  http: HttpEdgeConfig;
  responseCache: ResponseCacheConfig;
}

const gatewaySchema = z.object({
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MEMBERSHIP_URL: z.string().url().optional(),
  GOVERNANCE_URL: z.string().url().optional(),
  REGIONAL_OFFICES_URL: z.string().url().optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
});

export function parseGatewayConfig(env: Environment): GatewayConfig {
  const shared = parseSharedConfig(env);
  const raw = parseWith(gatewaySchema, env);
  const subgraphUrls: Record<string, string> = {};
  if (raw.MEMBERSHIP_URL) subgraphUrls.membership = raw.MEMBERSHIP_URL;
  if (raw.GOVERNANCE_URL) subgraphUrls.governance = raw.GOVERNANCE_URL;
  if (raw.REGIONAL_OFFICES_URL) subgraphUrls['regional-offices'] = raw.REGIONAL_OFFICES_URL;
  return {
    ...shared,
    port: raw.GATEWAY_PORT,
    host: raw.HOST,
    subgraphUrls,
    subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS,
    operationLimits: parseOperationLimits(env),
    subgraphSecrets: parseSubgraphSecrets(env),
    http: parseHttpEdgeConfig(env),
    responseCache: parseResponseCacheConfig(env),
  };
}
