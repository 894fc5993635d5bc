import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '@wego/database';
import { configuredDatabaseUrl, setTestServerUrl } from './test-environment';

declare global {
  var wegoEmbeddedPostgres: EmbeddedPostgresServer | undefined;
}

/** Jest global setup: DATABASE_URL when set, else a throw-away embedded Postgres for the run. */
export default async function globalSetup(): Promise<void> {
  const configured = configuredDatabaseUrl();
  if (configured) {
    setTestServerUrl(configured);
    process.stdout.write(`\ntests use the Postgres server of DATABASE_URL\n`);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'wego-test-pg-'));
  // The server runs as the OS user postgres when the tests run as root: it must reach its folder.
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ dataDirectory: join(folder, 'data'), persistent: false });
  globalThis.wegoEmbeddedPostgres = server;
  setTestServerUrl(server.url);
  process.stdout.write(`\ntests use an embedded Postgres on port ${server.port}\n`);
}
