import { spawn } from 'node:child_process';

/** A throw-away embedded Postgres served by a child process, so that the test's process ends cleanly whatever happens. */
export interface EmbeddedPostgresProcess {
  /** The server's `postgres` database, as its superuser (password authentication). */
  url: string;
  stop(): Promise<void>;
}

// The module alone: the package's index loads the jest globals, which refuse to load outside jest.
const SERVE = `
const { startThrowAwayPostgres } = require('@wego/testing/dist/throw-away-postgres');
startThrowAwayPostgres(process.argv[1]).then((server) => {
  process.stdout.write(JSON.stringify({ url: server.url }) + '\\n');
  process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
}, (error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

export async function startEmbeddedPostgresProcess(dataDirectory: string): Promise<EmbeddedPostgresProcess> {
  const child = spawn(process.execPath, ['-e', SERVE, dataDirectory], { cwd: __dirname, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the embedded Postgres did not start:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
