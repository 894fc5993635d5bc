import { Redis, type RedisOptions } from 'ioredis';

const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_PAUSE_MS = 2000;

/**
 * A client to the response cache's Redis, made so that a request never waits for Redis: while it is
 * not connected a command fails at once (no offline queue, nothing resent); a command unanswered
 * within a second fails, and a connection silent that long with a command pending is dropped. The
 * connection is then made again in the background, with a growing pause of at most two seconds.
 * Not connected until `connect()`.
 */
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
    // Closing destroys the socket at once, as nothing pending is waited for; the default wait of two seconds
    // would also keep a process alive that long when the socket had already closed.
    disconnectTimeout: 0,
    ...(scripts ? { scripts } : {}),
  });
}
