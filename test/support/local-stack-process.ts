import { spawn, type ChildProcess } from 'node:child_process';
import { childProcessEnvironment, testPort } from '@wego/testing';

// The entry of `pnpm start`: wherever this file runs from (sources under jest, or compiled).
const LOCAL_STACK_MAIN = require.resolve('@wego/local-stack');
const READY = 'Ctrl-C stops everything';

/** `pnpm start`'s process, started as a terminal would: in a process group of its own. */
export interface LocalStackProcess {
  child: ChildProcess;
  ports: { gateway: number; membership: number; governance: number; regionalOffices: number };
  gatewayUrl: string;
  /** Everything it printed so far. */
  output(): string;
  /** What it printed on stderr so far: its processes' log lines. */
  logOutput(): string;
}

/** Starts the local stack on free ports with `env` added, and waits until it says it is ready. */
export async function startLocalStackProcess(env: Record<string, string>): Promise<LocalStackProcess> {
  const ports = { gateway: await testPort(), membership: await testPort(), governance: await testPort(), regionalOffices: await testPort() };
  // The child forgets the tests' own database, but not one the caller hands it on purpose.
  const handed = env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {};
  const child = spawn(process.execPath, [LOCAL_STACK_MAIN], {
    env: {
      ...childProcessEnvironment({
        GATEWAY_PORT: String(ports.gateway),
        MEMBERSHIP_PORT: String(ports.membership),
        GOVERNANCE_PORT: String(ports.governance),
        REGIONAL_OFFICES_PORT: String(ports.regionalOffices),
        LOG_LEVEL: 'warn',
        ...env,
      }),
      ...handed,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let logOutput = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    logOutput += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`${reason}:\n${output}`));
    };
    const timer = setTimeout(() => fail('not ready within 60 s'), 60000);
    child.once('exit', () => fail('the local stack exited'));
    const poll = setInterval(() => {
      if (!output.includes(READY)) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }, 100);
  });
  return { child, ports, gatewayUrl: `http://localhost:${ports.gateway}/graphql`, output: () => output, logOutput: () => logOutput };
}
