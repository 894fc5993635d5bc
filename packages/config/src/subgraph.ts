import { z } from 'zod';
import { parseHttpEdgeConfig, type HttpEdgeConfig } from './http-edge';
import { parseOperationLimits, type OperationLimits } from './operation-limits';
import { parseSharedConfig, parseWith, type SharedConfig } from './shared';
import { SUBGRAPH_REGISTRY, type SubgraphName } from './subgraph-registry';
import { parseSubgraphSecret } from './subgraph-secrets';

type Environment = Record<string, string | undefined>;

export interface SubgraphConfig extends SharedConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databasePoolSize: number;
  /** What a caller must present in the subgraph secret header to be served: the gateway, or infrastructure this subgraph trusts. */
  subgraphSecret: string;
  /** The same operation limits as the gateway's, for callers that reach the subgraph directly. */
  operationLimits: OperationLimits;
  http: HttpEdgeConfig;
}

const subgraphSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** Port and secret come from `<NAME>_PORT` and `<NAME>_SECRET`, as the registry names them. */
export function parseSubgraphConfig(env: Environment, subgraph: SubgraphName): SubgraphConfig {
  const { portVariable, defaultPort } = SUBGRAPH_REGISTRY[subgraph];
  const shared = parseSharedConfig(env);
  const raw = parseWith(subgraphSchema, env);
  const port = parseWith(z.object({ [portVariable]: z.coerce.number().int().min(0).max(65535).default(defaultPort) }), env)[
    portVariable
  ] as number;
  return {
    ...shared,
    port,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    databasePoolSize: raw.DATABASE_POOL_SIZE,
    subgraphSecret: parseSubgraphSecret(env, subgraph),
    operationLimits: parseOperationLimits(env),
    http: parseHttpEdgeConfig(env),
  };
}
