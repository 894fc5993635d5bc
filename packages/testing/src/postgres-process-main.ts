import { startThrowAwayPostgres } from './throw-away-postgres';

// A Postgres server in a process of its own, so that a test can stop and start it again, or kill it.
async function main(): Promise<void> {
  const [dataDirectory, port] = process.argv.slice(2);
  if (!dataDirectory) throw new Error('usage: postgres-process-main <data directory> [port]');
  const server = await startThrowAwayPostgres(dataDirectory, { persistent: true, ...(port ? { port: Number(port) } : {}) });
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
