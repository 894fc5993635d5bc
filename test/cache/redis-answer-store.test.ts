import { randomUUID } from 'node:crypto';
import { RedisAnswerStore } from '@wego/gateway/src/response-cache/redis-answer-store';
import { redisAnswersPing } from '@wego/gateway/src/response-cache/redis-ping';
import { deleteKeysWithPrefix } from '@wego/gateway/src/response-cache/redis-prefix-deletion';
import { createLogger } from '@wego/server';
import { testEnvironment } from '@wego/testing';
import { redisAnswers } from './caching-gateway';
import { RedisRelay } from './redis-relay';

const REDIS_URL = testEnvironment().redisUrl;
const redisIsHere = redisAnswers(REDIS_URL);
if (!redisIsHere) {
  process.stdout.write(`skipped: the Redis answer store tests need a Redis server, and none answers at ${REDIS_URL} (set REDIS_URL)\n`);
}
const describeWithRedis = redisIsHere ? describe : describe.skip;

const WARNING = 'Redis does not answer';
const RECOVERY = 'Redis answers again';
const answer = (name: string) => ({ result: { data: { offices: [{ name }] } }, storedAt: 1767225600000 });

/** A store through its own relay, with the lines it logs. */
async function storeThrough(relay: RedisRelay, prefix: string) {
  const lines: string[] = [];
  const store = await RedisAnswerStore.connect(relay.url, prefix, createLogger('gateway', 'info', (line) => lines.push(line)));
  return { store, lines, count: (text: string) => lines.filter((line) => line.includes(text)).length };
}

/** Waits until the line is logged; the client reconnects with a pause of at most two seconds. */
async function logged(lines: string[], text: string): Promise<void> {
  for (let waited = 0; !lines.some((line) => line.includes(text)); waited += 50) {
    if (waited > 10000) throw new Error(`"${text}" was not logged; the lines were:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithRedis('the Redis answer store', () => {
  const prefix = `wego-test:${randomUUID()}:`;
  const relays: RedisRelay[] = [];
  const stores: RedisAnswerStore[] = [];
  const relay = async () => {
    const started = await RedisRelay.start(REDIS_URL);
    relays.push(started);
    return started;
  };
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all(relays.map((started) => started.stop()));
    await deleteKeysWithPrefix(REDIS_URL, prefix);
  });

  it('finds what it stored until a new generation starts, and keeps nothing computed under an old generation', async () => {
    const { store, lines } = await storeThrough(await relay(), `${prefix}generations:`);
    stores.push(store);
    const first = await store.lookup('offices');
    expect(first).toEqual({ generation: '0', answer: undefined });
    await store.store(first!.generation, 'offices', answer('Seoul'), 30);
    expect(await store.lookup('offices')).toEqual({ generation: '0', answer: answer('Seoul') });

    await store.invalidate();
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: undefined });
    // Computed before the write: its lookup read generation 0, which is no longer current.
    await store.store('0', 'offices', answer('Seoul'), 30);
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: undefined });
    expect(lines).toEqual([]);
  });

  it('serves uncached while Redis refuses connections, warns once, and starts a new generation when Redis is back', async () => {
    const through = await relay();
    const { store, lines, count } = await storeThrough(through, `${prefix}refused:`);
    stores.push(store);
    await store.store('0', 'offices', answer('Busan'), 30);
    expect(await store.lookup('offices')).toEqual({ generation: '0', answer: answer('Busan') });

    await through.cut();
    expect(await store.lookup('offices')).toBeNull();
    await expect(store.store('0', 'offices', answer('Daegu'), 30)).resolves.toBeUndefined();
    await expect(store.invalidate()).resolves.toBeUndefined();
    expect(await store.lookup('offices')).toBeNull();
    expect(count(WARNING)).toBe(1);

    await through.restore();
    await logged(lines, RECOVERY);
    // The invalidation sent while Redis was away was lost: recovery moved the generation instead.
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: undefined });
    expect(count(WARNING)).toBe(1);
  });

  it('gives up on a command Redis does not answer, drops that connection and makes a new one', async () => {
    const through = await relay();
    const { store, lines, count } = await storeThrough(through, `${prefix}silent:`);
    stores.push(store);
    expect(await store.lookup('offices')).toEqual({ generation: '0', answer: undefined });

    through.silence();
    // Without the client's command timeout this lookup would wait for ever (and fail the test by jest's timeout).
    expect(await store.lookup('offices')).toBeNull();
    expect(count(WARNING)).toBe(1);

    await through.restore();
    await logged(lines, RECOVERY);
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: undefined });
  });

  it('starts while Redis is unreachable, serving uncached, and uses Redis once it answers', async () => {
    const through = await relay();
    await through.cut();
    const { store, lines, count } = await storeThrough(through, `${prefix}late:`);
    stores.push(store);
    expect(await store.lookup('offices')).toBeNull();
    expect(count(WARNING)).toBe(1);

    await through.restore();
    await logged(lines, RECOVERY);
    const lookup = await store.lookup('offices');
    expect(lookup).toEqual({ generation: '1', answer: undefined });
    await store.store(lookup!.generation, 'offices', answer('Gwangju'), 30);
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: answer('Gwangju') });
    expect(count(WARNING)).toBe(1);
  });
});

describeWithRedis('deleting the keys under a prefix', () => {
  const base = `wego-test:${randomUUID()}:`;
  // As a SCAN pattern, unescaped, "[x]*" would also match the neighbour's "xyz".
  const prefix = `${base}[x]*:`;
  const quiet = () => createLogger('gateway', 'error', () => undefined);
  let store: RedisAnswerStore;
  beforeAll(async () => {
    store = await RedisAnswerStore.connect(REDIS_URL, prefix, quiet());
    await store.store('0', 'offices', answer('Ulsan'), 30);
    await store.store('0', 'members', answer('Suwon'), 30);
    await store.invalidate();
    const neighbourStore = await RedisAnswerStore.connect(REDIS_URL, `${base}xyz:`, quiet());
    await neighbourStore.store('0', 'kept', answer('Jeju'), 30);
    await neighbourStore.close();
  });
  afterAll(async () => {
    await store?.close();
    await deleteKeysWithPrefix(REDIS_URL, base);
  });

  it('refuses an empty prefix, which would delete every key of the server, and deletes nothing', async () => {
    await expect(deleteKeysWithPrefix(REDIS_URL, '')).rejects.toThrow('the prefix is empty');
    expect(await store.lookup('offices')).toEqual({ generation: '1', answer: undefined });
    expect(await store.lookup('members')).toEqual({ generation: '1', answer: undefined });
  });

  it('deletes the prefix\'s keys, read literally, and only those', async () => {
    // The two answers and the generation.
    expect(await deleteKeysWithPrefix(REDIS_URL, prefix)).toBe(3);
    expect(await store.lookup('offices')).toEqual({ generation: '0', answer: undefined });
    const neighbourStore = await RedisAnswerStore.connect(REDIS_URL, `${base}xyz:`, quiet());
    try {
      expect(await neighbourStore.lookup('kept')).toEqual({ generation: '0', answer: answer('Jeju') });
    } finally {
      await neighbourStore.close();
    }
  });

  it('fails with the connection\'s error when Redis cannot be reached', async () => {
    await expect(deleteKeysWithPrefix('redis://127.0.0.1:1', prefix)).rejects.toThrow(/Redis could not be reached \(connect ECONNREFUSED/);
  });
});

describe('asking whether Redis answers', () => {
  it('is false where nothing listens', async () => {
    expect(await redisAnswersPing('redis://127.0.0.1:1')).toBe(false);
  });

  (redisIsHere ? it : it.skip)('is true for the Redis server under test', async () => {
    expect(await redisAnswersPing(REDIS_URL)).toBe(true);
  });
});
