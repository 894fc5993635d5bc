import type { Logger } from '@wego/server';
import type { Redis, Result } from 'ioredis';
import type { AnswerStore, Lookup, StoredAnswer } from './answer-store';
import { responseCacheRedis } from './redis-client';
import { rememberStoredAnswer } from './serialized-answers';

// The generation is read in the same round trip as the entry, so a lookup never pairs an old generation with a new entry.
const LOOKUP = `
local generation = redis.call('GET', KEYS[1]) or '0'
return { generation, redis.call('GET', ARGV[1] .. generation .. ':' .. ARGV[2]) }`;

// Stored only while its generation is still current: an answer computed before a write is not kept under the write's generation.
const STORE = `
local generation = redis.call('GET', KEYS[1]) or '0'
if generation ~= ARGV[2] then return 0 end
redis.call('SET', ARGV[1] .. generation .. ':' .. ARGV[3], ARGV[4], 'PX', ARGV[5])
return 1`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** LOOKUP: the current generation, and the entry under the key in it (absent when there is none). */
    lookupAnswer(generationKey: string, entryPrefix: string, key: string): Result<[string, string?], Context>;
    /** STORE: 1 when kept, 0 when the generation moved on since the lookup. */
    storeAnswer(generationKey: string, entryPrefix: string, generation: string, key: string, value: string, ttlMs: number): Result<number, Context>;
  }
}

/** An entry is the time it was stored, a newline, and the answer as sent: a hit is sent as read. */
function answerOf(value: string): StoredAnswer {
  const newline = value.indexOf('\n');
  const json = value.slice(newline + 1);
  const result = JSON.parse(json) as StoredAnswer['result'];
  rememberStoredAnswer(result, `${json}\n`);
  return { result, storedAt: Number(value.slice(0, newline)) };
}

/** The generation lives in Redis so a mutation on any gateway hides entries from all; without Redis, serve uncached, never refuse. */
export class RedisAnswerStore implements AnswerStore {
  private readonly redis: Redis;
  private readonly generationKey: string;
  private readonly entryPrefix: string;
  private down = false;
  private closing = false;

  private constructor(url: string, prefix: string, private readonly logger: Logger) {
    this.generationKey = `${prefix}generation`;
    this.entryPrefix = `${prefix}answer:`;
    // Sent as EVALSHA, and as EVAL once when Redis does not know the script yet.
    this.redis = responseCacheRedis(url, {
      lookupAnswer: { lua: LOOKUP, numberOfKeys: 1 },
      storeAnswer: { lua: STORE, numberOfKeys: 1 },
    });
    this.redis.on('error', (error: unknown) => this.failed(error));
    this.redis.on('close', () => {
      if (!this.closing) this.failed(new Error('the connection to Redis closed'));
    });
    this.redis.on('ready', () => this.recovered());
  }

  /** Connects; a Redis that does not answer yet is logged, and the store keeps trying in the background. */
  static async connect(url: string, prefix: string, logger: Logger): Promise<RedisAnswerStore> {
    const store = new RedisAnswerStore(url, prefix, logger);
    // A failure was reported by the 'error' or 'close' event already, and the client retries on its own.
    await store.redis.connect().catch(() => undefined);
    return store;
  }

  async lookup(key: string): Promise<Lookup | null> {
    try {
      const [generation, value] = await this.redis.lookupAnswer(this.generationKey, this.entryPrefix, key);
      return { generation, answer: value ? answerOf(value) : undefined };
    } catch (error) {
      this.failed(error);
      return null;
    }
  }

  async store(generation: string, key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void> {
    try {
      const value = `${answer.storedAt}\n${JSON.stringify({ errors: answer.result.errors, data: answer.result.data, extensions: answer.result.extensions })}`;
      await this.redis.storeAnswer(this.generationKey, this.entryPrefix, generation, key, value, ttlSeconds * 1000);
    } catch (error) {
      this.failed(error);
    }
  }

  async invalidate(): Promise<void> {
    try {
      await this.redis.incr(this.generationKey);
    } catch (error) {
      this.failed(error);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.redis.disconnect();
  }

  private failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn('the response cache\'s Redis does not answer: serving uncached until it does', { error });
  }

  private recovered(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('the response cache\'s Redis answers again');
    // A write accepted while Redis was away could not move the generation: move it now, so no entry from before it is served.
    this.redis.incr(this.generationKey).catch((error: unknown) => this.failed(error));
  }
}
