import { z } from 'zod';
import { parseWith } from './shared';

type Environment = Record<string, string | undefined>;

/** How the gateway caches anonymous answers made of public fields only. */
export interface ResponseCacheConfig {
  /** `Cache-Control: public, max-age=<this>` on such answers, and how long the gateway keeps them; 0 caches nothing. */
  publicMaxAgeSeconds: number;
  /** The Redis server several gateways share the cache through; each gateway keeps its own in memory when null. */
  redisUrl: string | null;
  /** Prefix of every Redis key the cache writes, so that environments sharing a Redis server stay apart. */
  redisKeyPrefix: string;
  /** How many answers the in-memory cache holds before it drops the least recently used. */
  memoryMaxEntries: number;
}

export const RESPONSE_CACHE_DEFAULTS: ResponseCacheConfig = {
  publicMaxAgeSeconds: 30,
  redisUrl: null,
  redisKeyPrefix: 'wego:response-cache:',
  memoryMaxEntries: 1000,
};

const environmentSchema = z.object({
  PUBLIC_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(RESPONSE_CACHE_DEFAULTS.publicMaxAgeSeconds),
  REDIS_URL: z
    .string()
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default(RESPONSE_CACHE_DEFAULTS.redisKeyPrefix),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(RESPONSE_CACHE_DEFAULTS.memoryMaxEntries),
});

export function parseResponseCacheConfig(env: Environment): ResponseCacheConfig {
  const raw = parseWith(environmentSchema, env);
  return {
    publicMaxAgeSeconds: raw.PUBLIC_CACHE_MAX_AGE_SECONDS,
    redisUrl: raw.REDIS_URL ?? null,
    redisKeyPrefix: raw.REDIS_KEY_PREFIX,
    memoryMaxEntries: raw.RESPONSE_CACHE_MAX_ENTRIES,
  };
}
