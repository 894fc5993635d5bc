import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { processOutput, type OutputSink, type ProcessOutput } from './process-output';

const LAST_LINES_GRACE_MS = 1000;

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Starts `node script` with `env`, writing each line it prints to `output` under the process name. */
export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv, output: ProcessOutput = standardOutput()): ManagedProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const printed = [forwardLines(name, child.stdout, output.stdout, 'info'), forwardLines(name, child.stderr, output.stderr, 'error')];
  // `exit` can come before the last lines: wait for both streams, briefly, should a grandchild hold them open.
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))).then(async (code) => {
    await Promise.race([Promise.all(printed), new Promise((resolve) => setTimeout(resolve, LAST_LINES_GRACE_MS).unref())]);
    return code;
  });
  return { name, child, exited };
}

function standardOutput(): ProcessOutput {
  return processOutput(process.stdout, process.stderr, { colour: true });
}

/** Whole lines, however the pipe cuts them, so that a JSON line is read as one. */
function forwardLines(name: string, from: Readable | null, to: OutputSink, plainLevel: 'info' | 'error'): Promise<void> {
  if (!from) return Promise.resolve();
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => to.line(name, line, plainLevel));
  return new Promise((resolve) => lines.once('close', resolve));
}

/** Runs `node script` to completion; rejects when it fails. */
export async function runNodeScript(name: string, script: string, env: NodeJS.ProcessEnv, output: ProcessOutput = standardOutput()): Promise<void> {
  const code = await startNodeProcess(name, script, env, output).exited;
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
