import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configuredDatabaseUrl, setTestServerUrl } from './test-environment';
import { startThrowAwayPostgres } from './throw-away-postgres';

/** The Postgres server of one test or benchmark run. */
export interface RunPostgres {
  description: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, else a throw-away embedded Postgres; test databases are made on it. */
export async function providePostgresForRun(): Promise<RunPostgres> {
  const configured = configuredDatabaseUrl();
  if (configured) {
    setTestServerUrl(configured);
    return { description: 'the Postgres server of DATABASE_URL', stop: async () => undefined };
  }
  const folder = mkdtempSync(join(tmpdir(), 'wego-test-pg-'));
  // The server runs as the OS user postgres when the run is root's: it must reach its folder, which
  // holds nothing else (else the data would be placed elsewhere, see @wego/local-stack).
  chmodSync(folder, 0o755);
  const server = await startThrowAwayPostgres(join(folder, 'data'));
  setTestServerUrl(server.url);
  return {
    description: `an embedded Postgres on port ${server.port}`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
