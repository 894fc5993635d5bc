import { resolve } from 'node:path';
import type { LocalStackConfig } from './config';
import { createDatabaseIfMissing, databaseUrlOf } from '@wego/database';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface LocalDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'wego';

/** DATABASE_URL when configured; else an embedded Postgres keeping its data in the project. */
export async function provideDatabase(config: LocalStackConfig, projectRoot: string): Promise<LocalDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, description: 'the Postgres server of DATABASE_URL', stop: async () => undefined };
  }
  const dataDirectory = resolve(projectRoot, config.embeddedDataDirectory);
  const server = await startEmbeddedPostgres({
    dataDirectory,
    durable: true,
    persistent: true,
    ...(config.embeddedPort ? { port: config.embeddedPort } : {}),
  });
  await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  const where = server.dataDirectory === dataDirectory ? config.embeddedDataDirectory : `${server.dataDirectory}, linked from ${config.embeddedDataDirectory}`;
  return {
    url: databaseUrlOf(server.url, EMBEDDED_DATABASE),
    description: `an embedded Postgres on 127.0.0.1:${server.port} (data in ${where})`,
    stop: () => server.stop(),
  };
}
