import { responseCacheRedis } from './redis-client';

/** Whether a Redis server at the URL connects and answers PING within the client's timeouts; never throws. */
export async function redisAnswersPing(url: string): Promise<boolean> {
  const redis = responseCacheRedis(url);
  // A refused connection is the answer here, not an error to report.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
