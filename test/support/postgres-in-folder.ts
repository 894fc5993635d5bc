import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseIfMissing, databaseUrlOf } from '@wego/database';

interface PostgresServer {
  /** The server's `postgres` database, as its superuser. */
  url: string;
  stop(): Promise<void>;
}

/** A throw-away Postgres keeping its data in a folder of its own, with one database made on it. */
export interface PostgresInFolder<Server extends PostgresServer> {
  /** The server running now: a test that restarts it on the same data puts the new one here. */
  server: Server;
  dataDirectory: string;
  /** The database made on it, as the server's superuser. */
  databaseUrl: string;
  /** Stops the server running now and removes its folder. */
  stop(): Promise<void>;
}

/** Starts a server with `start` on a fresh folder named after `purpose`, and makes the database `database` on it. */
export async function startPostgresInFolder<Server extends PostgresServer>(
  purpose: string,
  start: (dataDirectory: string) => Promise<Server>,
  database: string,
): Promise<PostgresInFolder<Server>> {
  const folder = mkdtempSync(join(tmpdir(), `wego-${purpose}-`));
  // The server runs as the OS user postgres when the run is root's: it must reach its folder.
  chmodSync(folder, 0o755);
  const dataDirectory = join(folder, 'data');
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  let server: Server;
  try {
    server = await start(dataDirectory);
  } catch (error) {
    removeFolder();
    throw error;
  }
  await createDatabaseIfMissing(server.url, database);
  const postgres: PostgresInFolder<Server> = {
    server,
    dataDirectory,
    databaseUrl: databaseUrlOf(server.url, database),
    async stop() {
      await postgres.server.stop();
      removeFolder();
    },
  };
  return postgres;
}
