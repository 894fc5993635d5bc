interface RunningTracing {
  shutdown(): Promise<void>;
}

let running: RunningTracing | undefined;

/** Call before anything loads `http`, `pg` or `fastify`: instrumentation patches modules as they load. */
export function startTracing(serviceName: string, enabled: boolean): void {
  if (!enabled || running) return;
  // Loaded only now, so that a process without tracing pays nothing for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracing-sdk') as typeof import('./tracing-sdk');
  running = sdk.startTracingSdk(serviceName);
}

/** Sends the spans still buffered and stops the SDK; nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  const stopping = running;
  running = undefined;
  await stopping?.shutdown();
}
