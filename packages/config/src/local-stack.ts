import { z } from 'zod';
import { parseSharedConfig, parseWith, type SharedConfig } from './shared';

type Environment = Record<string, string | undefined>;

export interface LocalStackConfig extends SharedConfig {
  /** An existing Postgres server; when absent an embedded one is started. */
  databaseUrl: string | null;
  /** Where the embedded Postgres keeps its data. */
  embeddedDataDirectory: string;
  /** The embedded Postgres's port; a free one when not set (never 5432). */
  embeddedPort: number | null;
  ports: { gateway: number; membership: number; governance: number; regionalOffices: number };
}

const localStackSchema = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL').optional(),
  WEGO_DATA_DIR: z.string().min(1).default('.data/postgres'),
  WEGO_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  MEMBERSHIP_PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  GOVERNANCE_PORT: z.coerce.number().int().min(1).max(65535).default(4002),
  REGIONAL_OFFICES_PORT: z.coerce.number().int().min(1).max(65535).default(4003),
});

export function parseLocalStackConfig(env: Environment): LocalStackConfig {
  const shared = parseSharedConfig(env);
  const raw = parseWith(localStackSchema, env);
  return {
    ...shared,
    databaseUrl: raw.DATABASE_URL ?? null,
    embeddedDataDirectory: raw.WEGO_DATA_DIR,
    embeddedPort: raw.WEGO_POSTGRES_PORT ?? null,
    ports: {
      gateway: raw.GATEWAY_PORT,
      membership: raw.MEMBERSHIP_PORT,
      governance: raw.GOVERNANCE_PORT,
      regionalOffices: raw.REGIONAL_OFFICES_PORT,
    },
  };
}
