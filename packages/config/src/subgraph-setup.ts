import { z } from 'zod';
import { ConfigError, parseWith } from './shared';

type Environment = Record<string, string | undefined>;

/** A subgraph's database setup (services/<name>/src/setup-main.ts): migrations, seed, roles. */
export interface SubgraphSetupConfig {
  environment: 'development' | 'test' | 'production';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** An administrator of the database: creates the subgraph's roles and its schema. */
  adminDatabaseUrl: string;
  /** The role it names becomes the runtime role; null outside production: `wego_<schema>` with a derived password. */
  runtimeDatabaseUrl: string | null;
}

// Postgres cuts names at 63 bytes and the owner role adds `_owner`; `pg_` names are reserved.
const RUNTIME_ROLE = /^(?!pg_)[a-z_][a-z0-9_]{0,56}$/;

const setupSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL of an administrator'),
  RUNTIME_DATABASE_URL: z
    .string()
    .url('RUNTIME_DATABASE_URL must be a postgres:// URL')
    .refine(
      (url) => RUNTIME_ROLE.test(decodeURIComponent(new URL(url).username)),
      'RUNTIME_DATABASE_URL must name the runtime role: lower-case letters, digits and _, at most 57 characters, not pg_…',
    )
    .optional(),
});

export function parseSubgraphSetupConfig(env: Environment): SubgraphSetupConfig {
  const raw = parseWith(setupSchema, env);
  if (raw.NODE_ENV === 'production' && !raw.RUNTIME_DATABASE_URL) {
    throw new ConfigError(['RUNTIME_DATABASE_URL: required in production (the role and password each subgraph connects with)']);
  }
  if (raw.RUNTIME_DATABASE_URL && new URL(raw.RUNTIME_DATABASE_URL).username === new URL(raw.DATABASE_URL).username) {
    throw new ConfigError(['RUNTIME_DATABASE_URL: must name a role of its own, not the administrator of DATABASE_URL']);
  }
  return {
    environment: raw.NODE_ENV,
    logLevel: raw.LOG_LEVEL,
    adminDatabaseUrl: raw.DATABASE_URL,
    runtimeDatabaseUrl: raw.RUNTIME_DATABASE_URL ?? null,
  };
}
