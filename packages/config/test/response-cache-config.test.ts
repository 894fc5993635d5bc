import { ConfigError, parseResponseCacheConfig, RESPONSE_CACHE_DEFAULTS } from '../src';

describe('the response cache configuration', () => {
  it('defaults to 30 s in memory', () => {
    expect(parseResponseCacheConfig({})).toEqual(RESPONSE_CACHE_DEFAULTS);
    expect(RESPONSE_CACHE_DEFAULTS).toMatchObject({ publicMaxAgeSeconds: 30, redisUrl: null });
  });

  it('reads the max-age, the Redis server and its key prefix', () => {
    expect(
      parseResponseCacheConfig({ PUBLIC_CACHE_MAX_AGE_SECONDS: '0', REDIS_URL: 'redis://cache.internal:6380/2', REDIS_KEY_PREFIX: 'staging:', RESPONSE_CACHE_MAX_ENTRIES: '50' }),
    ).toEqual({ publicMaxAgeSeconds: 0, redisUrl: 'redis://cache.internal:6380/2', redisKeyPrefix: 'staging:', memoryMaxEntries: 50 });
  });

  it.each([
    [{ PUBLIC_CACHE_MAX_AGE_SECONDS: '-1' }, 'PUBLIC_CACHE_MAX_AGE_SECONDS'],
    [{ PUBLIC_CACHE_MAX_AGE_SECONDS: 'thirty' }, 'PUBLIC_CACHE_MAX_AGE_SECONDS'],
    [{ PUBLIC_CACHE_MAX_AGE_SECONDS: '86401' }, 'PUBLIC_CACHE_MAX_AGE_SECONDS'],
    [{ REDIS_URL: 'http://cache.internal:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'cache.internal' }, 'REDIS_URL'],
    [{ REDIS_KEY_PREFIX: '' }, 'REDIS_KEY_PREFIX'],
    [{ RESPONSE_CACHE_MAX_ENTRIES: '0' }, 'RESPONSE_CACHE_MAX_ENTRIES'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => parseResponseCacheConfig(env)).toThrow(ConfigError);
    expect(() => parseResponseCacheConfig(env)).toThrow(variable);
  });
});
