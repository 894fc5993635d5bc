import { z } from 'zod';
import {
  GATEWAY_PROCESS,
  parseHttpEdgeConfig,
  parseOperationLimits,
  parseResponseCacheConfig,
  parseSharedConfig,
  parseSubgraphSecrets,
  parseWith,
  SUBGRAPHS,
  type HttpEdgeConfig,
  type OperationLimits,
  type ResponseCacheConfig,
  type SharedConfig,
  type SubgraphName,
} from '@wego/config';

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
  [GATEWAY_PROCESS.portVariable]: z.coerce.number().int().min(0).max(65535).default(GATEWAY_PROCESS.defaultPort),
  HOST: z.string().min(1).default('0.0.0.0'),
  ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, z.string().url().optional()])),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
});

export function parseGatewayConfig(env: Environment): GatewayConfig {
  const shared = parseSharedConfig(env);
  const raw = parseWith(gatewaySchema, env) as Record<string, unknown>;
  const subgraphUrls: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) {
    const url = raw[subgraph.urlVariable] as string | undefined;
    if (url) subgraphUrls[subgraph.name] = url;
  }
  return {
    ...shared,
    port: raw[GATEWAY_PROCESS.portVariable] as number,
    host: raw.HOST as string,
    subgraphUrls,
    subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS as number,
    operationLimits: parseOperationLimits(env),
    subgraphSecrets: parseSubgraphSecrets(env),
    http: parseHttpEdgeConfig(env),
    responseCache: parseResponseCacheConfig(env),
  };
}
