import { createServer } from 'node:net';
import { jestWorker } from './test-environment';

// Below the kernel's ephemeral range (32768 and up), so no port the kernel hands out, to a
// listen(0) or to an outgoing connection, is ever one of these; each jest worker has its own block,
// so two workers never choose the same port while their processes are still starting.
const FIRST_PORT = 20000;
const BLOCK = 2000;
const OUTSIDE_JEST_BLOCK = 2;

let next: number | null = null;

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** A port for a process a test starts: free now, and handed to no other test while this worker runs. */
export async function testPort(): Promise<number> {
  const block = FIRST_PORT + ((jestWorker() ?? OUTSIDE_JEST_BLOCK + 1) - 1) * BLOCK;
  next ??= Math.floor(Math.random() * BLOCK);
  for (let tried = 0; tried < BLOCK; tried += 1) {
    const port = block + (next % BLOCK);
    next += 1;
    if (await bindable(port)) return port;
  }
  throw new Error(`No free port between ${block} and ${block + BLOCK - 1}.`);
}
