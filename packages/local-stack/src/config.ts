import { z } from 'zod';
import { GRAPH_PROCESSES, parseSharedConfig, parseWith, type GraphProcessName, type SharedConfig } from '@wego/config';

type Environment = Record<string, string | undefined>;

export interface LocalStackConfig extends SharedConfig {
  /** An existing Postgres server; when absent an embedded one is started. */
  databaseUrl: string | null;
  embeddedDataDirectory: string;
  /** The embedded Postgres's port; a free one when not set (never 5432). */
  embeddedPort: number | null;
  ports: Record<GraphProcessName, number>;
}

const localStackSchema = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL').optional(),
  WEGO_DATA_DIR: z.string().min(1).default('.data/postgres'),
  WEGO_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  ...Object.fromEntries(GRAPH_PROCESSES.map((process) => [process.portVariable, z.coerce.number().int().min(1).max(65535).default(process.defaultPort)])),
});

export function parseLocalStackConfig(env: Environment): LocalStackConfig {
  const shared = parseSharedConfig(env);
  const raw = parseWith(localStackSchema, env) as Record<string, string | number | undefined>;
  return {
    ...shared,
    databaseUrl: (raw.DATABASE_URL as string | undefined) ?? null,
    embeddedDataDirectory: raw.WEGO_DATA_DIR as string,
    embeddedPort: (raw.WEGO_POSTGRES_PORT as number | undefined) ?? null,
    ports: Object.fromEntries(GRAPH_PROCESSES.map((process) => [process.name, raw[process.portVariable] as number])) as Record<GraphProcessName, number>,
  };
}
