import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initdbOf, postgresOf, type PostgresBinaries } from './postgres-binaries';
import type { ServerAccount } from './server-account';

/**
 * Not the package's own runner: it cannot run binaries from elsewhere (within-reach.ts), leaves a failed
 * spawn unhandled, and installs signal handlers that exit the process.
 */
export interface Cluster {
  binaries: PostgresBinaries;
  account: ServerAccount | null;
  dataDirectory: string;
  onLog: (line: string) => void;
}

function runAs(cluster: Cluster): SpawnOptions {
  // The caller's working folder may be closed to the server's account.
  return { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'], ...(cluster.account ?? {}) };
}

/** Whose failure to start is told in a sentence: spawn errors (EACCES, ENOENT) included. */
function exitOf(child: ChildProcess, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`The embedded Postgres's ${name} could not run (${error.message}); set DATABASE_URL to a Postgres server.`)));
    child.once('exit', (code) => resolve(code));
  });
}

function logLines(child: ChildProcess, onLog: (line: string) => void, collect: (text: string) => void): void {
  const take = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    collect(text);
    for (const line of text.split('\n')) if (line.trim()) onLog(line);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
}

/** Makes a new cluster whose superuser `user` logs in with `password` (SCRAM). */
export async function initialiseCluster(cluster: Cluster, user: string, password: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'wego-pg-password-'));
  const passwordFile = join(folder, 'password');
  try {
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (cluster.account) {
      chownSync(folder, cluster.account.uid, cluster.account.gid);
      chownSync(passwordFile, cluster.account.uid, cluster.account.gid);
    }
    const child = spawn(
      initdbOf(cluster.binaries),
      [`--pgdata=${cluster.dataDirectory}`, '--auth=scram-sha-256', `--username=${user}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
      runAs(cluster),
    );
    let output = '';
    logLines(child, cluster.onLog, (text) => (output += text));
    const code = await exitOf(child, 'initdb');
    if (code !== 0) throw new Error(`The embedded Postgres's initdb failed (exit code ${code}): ${output.trim()}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface RunningCluster {
  /** Resolves once the server has shut down. */
  stop(): Promise<void>;
}

/** Starts the server; resolves once it accepts connections. */
export async function startCluster(cluster: Cluster, settings: readonly string[]): Promise<RunningCluster> {
  const child = spawn(postgresOf(cluster.binaries), ['-D', cluster.dataDirectory, ...settings.flatMap((setting) => ['-c', setting])], runAs(cluster));
  // What the server says is kept until it is ready, to tell why when it is not; then only logged.
  let output: string | null = '';
  let ready: () => void = () => undefined;
  logLines(child, cluster.onLog, (text) => {
    if (output === null) return;
    output += text;
    if (output.includes('database system is ready to accept connections')) ready();
  });
  const exited = exitOf(child, 'server');
  await new Promise<void>((resolve, reject) => {
    ready = resolve;
    exited.then((code) => reject(new Error(`The embedded Postgres stopped before it was ready (exit code ${code}): ${(output ?? '').trim()}`)), reject);
  });
  output = null;
  const gone = exited.then(
    () => undefined,
    () => undefined,
  );
  return {
    stop: async () => {
      // SIGINT: a fast shutdown. Ctrl-C in a terminal may have sent it already (same process group).
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await Promise.race([gone, serverGone(cluster.dataDirectory)]);
    },
  };
}

/** Resolves once the server has shut down: Postgres removes its postmaster.pid last. */
async function serverGone(dataDirectory: string): Promise<void> {
  const pidFile = join(dataDirectory, 'postmaster.pid');
  while (existsSync(pidFile)) await new Promise((done) => setTimeout(done, 50));
}

export function isInitialised(dataDirectory: string): boolean {
  return existsSync(join(dataDirectory, 'PG_VERSION'));
}
