import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A real Postgres server that a test may stop and start again on the same data and port. */
export interface PostgresProcess {
  /** A URL of the server's `postgres` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

// Spawned as a plain Node process, so always the compiled entry, also when jest loads this file from its source.
const ENTRY = join(__dirname, '..', 'dist', 'postgres-process-main.js');

/** Starts an embedded Postgres keeping its data in `dataDirectory`, in a child process. */
export function startPostgresProcess(dataDirectory: string, port?: number): Promise<PostgresProcess> {
  const child: ChildProcess = spawn(process.execPath, [ENTRY, dataDirectory, ...(port ? [String(port)] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const failed = (code: number | null): void => reject(new Error(`the Postgres process ended (${code}) before it was ready: ${output}`));
    child.once('exit', failed);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^ready (\S+)$/m.exec(output);
      if (!ready?.[1]) return;
      child.off('exit', failed);
      const url = ready[1];
      resolve({
        url,
        port: Number(new URL(url).port),
        stop: () =>
          new Promise<void>((stopped) => {
            if (child.exitCode !== null) return stopped();
            child.once('exit', () => stopped());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
