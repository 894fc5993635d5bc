import { afterAll, beforeAll } from '@jest/globals';

/**
 * Starts what `start` starts before the first test of this file and stops it after the last; the
 * answer stands for it, so a test file names it once and reads it as if it were there all along.
 */
export function startedForThisFile<T extends { stop(): Promise<void> }>(start: () => Promise<T>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.stop());
  return new Proxy({} as T, {
    get(_, property) {
      if (!started) throw new Error('read before this file started it: read it inside a test or a hook');
      return Reflect.get(started, property);
    },
  });
}
