import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '@wego/local-stack/dist/embedded-postgres';

/**
 * An embedded Postgres for tests alone: without fsync, for speed (a crash may lose or corrupt its
 * data, which nobody keeps); `persistent` keeps the data across stop() for a test that restarts it.
 */
export function startThrowAwayPostgres(dataDirectory: string, options: { port?: number; persistent?: boolean } = {}): Promise<EmbeddedPostgresServer> {
  return startEmbeddedPostgres({ dataDirectory, durable: false, persistent: options.persistent ?? false, ...(options.port ? { port: options.port } : {}) });
}
