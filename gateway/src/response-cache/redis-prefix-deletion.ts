import { responseCacheRedis } from './redis-client';

const SCAN_BATCH = 500;

/** The prefix as a SCAN pattern that matches it literally: its own *, ?, [ ] and \ are escaped. */
function patternUnder(prefix: string): string {
  return `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
}

/** Deletes every key that starts with the prefix, and only those; returns how many were deleted. */
export async function deleteKeysWithPrefix(url: string, prefix: string): Promise<number> {
  if (prefix === '') throw new Error('refusing to delete every key of the Redis server: the prefix is empty');
  const redis = responseCacheRedis(url);
  // The socket's own error says why a connection failed; connect() only says that it closed.
  let connectionError: unknown;
  redis.on('error', (error: unknown) => {
    connectionError ??= error;
  });
  try {
    await redis.connect().catch((error: unknown) => {
      const cause = connectionError ?? error;
      // Read as a shape, not by instanceof: a socket's error may come from another realm (a test's sandbox).
      const reason = String((cause as { message?: unknown } | undefined)?.message ?? cause);
      throw new Error(`cannot delete the keys under ${JSON.stringify(prefix)}: Redis could not be reached (${reason})`, { cause });
    });
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', patternUnder(prefix), 'COUNT', SCAN_BATCH);
      if (keys.length > 0) deleted += await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
