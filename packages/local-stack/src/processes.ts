import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts `node script` with `env`, prefixing each output line with the process name. */
export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on('data', prefix(process.stdout));
  child.stderr?.on('data', prefix(process.stderr));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, exited };
}

/** Runs `node script` to completion; rejects when it fails. */
export async function runNodeScript(name: string, script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const code = await startNodeProcess(name, script, env).exited;
  if (code !== 0) throw new Error(`${name} exited with code ${code}`);
}

/** Asks every process to stop, then kills whatever is still running after `graceMs`. */
export async function stopProcesses(processes: readonly ManagedProcess[], graceMs: number): Promise<void> {
  const running = processes.filter((managed) => managed.child.exitCode === null && managed.child.signalCode === null);
  for (const managed of running) managed.child.kill('SIGTERM');
  const killer = setTimeout(() => {
    for (const managed of running) if (managed.child.exitCode === null) managed.child.kill('SIGKILL');
  }, graceMs);
  await Promise.all(running.map((managed) => managed.exited));
  clearTimeout(killer);
}

/** Waits until `url` answers 200, or fails after `timeoutMs`. */
export async function waitUntilHealthy(url: string, timeoutMs: number, stillRunning: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error(`the process behind ${url} exited`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}
