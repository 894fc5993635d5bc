import { z } from 'zod';
import { parseSharedConfig, parseWith, type SharedConfig } from './shared';

type Environment = Record<string, string | undefined>;

export interface SubgraphConfig extends SharedConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databasePoolSize: number;
}

const subgraphSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** A subgraph's configuration; its port is `<NAME>_PORT` (e.g. MEMBERSHIP_PORT), else its default. */
export function parseSubgraphConfig(env: Environment, portVariable: string, defaultPort: number): SubgraphConfig {
  const shared = parseSharedConfig(env);
  const raw = parseWith(subgraphSchema, env);
  const port = parseWith(z.object({ [portVariable]: z.coerce.number().int().min(0).max(65535).default(defaultPort) }), env)[
    portVariable
  ] as number;
  return { ...shared, port, host: raw.HOST, databaseUrl: raw.DATABASE_URL, databasePoolSize: raw.DATABASE_POOL_SIZE };
}
