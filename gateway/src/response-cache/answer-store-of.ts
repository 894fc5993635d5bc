import type { ResponseCacheConfig } from '@wego/config';
import type { Logger } from '@wego/server';
import type { AnswerStore } from './answer-store';
import { MemoryAnswerStore } from './memory-answer-store';
import { RedisAnswerStore } from './redis-answer-store';

/** Redis when REDIS_URL is set, so that several gateways share one cache; else this gateway's memory; none when the max-age is 0. */
export async function answerStoreOf(config: ResponseCacheConfig, logger: Logger): Promise<AnswerStore | null> {
  if (config.publicMaxAgeSeconds === 0) return null;
  if (config.redisUrl) return RedisAnswerStore.connect(config.redisUrl, config.redisKeyPrefix, logger);
  return new MemoryAnswerStore(config.memoryMaxEntries);
}
