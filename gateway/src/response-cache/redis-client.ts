import { Redis, type RedisOptions } from 'ioredis';

const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_PAUSE_MS = 2000;

/** A request never waits for Redis: commands fail at once while disconnected and after a second unanswered. Not connected until `connect()`. */
export function responseCacheRedis(url: string, scripts?: RedisOptions['scripts']): Redis {
  return new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_PAUSE_MS),
    // The default two-second wait would keep a process alive that long after the socket had closed.
    disconnectTimeout: 0,
    ...(scripts ? { scripts } : {}),
  });
}
