interface StoppableLogger {
  info(message: string, fields?: Record<string, unknown>): void;
}

/** What a started process hands back: how to stop it, and where to say so. */
export interface RunningProcess {
  logger: StoppableLogger;
  stop(): Promise<void>;
}

/** Runs a process until SIGTERM or SIGINT, then stops it and exits 0; one that cannot start says why and exits 1. */
export function runUntilSignalled(name: string, start: () => Promise<RunningProcess>): void {
  start()
    .then((running) => {
      let stopping = false;
      const stop = async (signal: string): Promise<void> => {
        if (stopping) return;
        stopping = true;
        running.logger.info('stopping', { signal });
        await running.stop();
        process.exit(0);
      };
      process.once('SIGTERM', (signal) => void stop(signal));
      process.once('SIGINT', (signal) => void stop(signal));
    })
    .catch((error: unknown) => {
      process.stderr.write(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}

/** Runs a one-off job (a database setup) to its end; a job that fails says why and exits 1. */
export function runToCompletion(name: string, job: () => Promise<void>): void {
  job().catch((error: unknown) => {
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
