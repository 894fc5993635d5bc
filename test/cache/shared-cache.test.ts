import { randomUUID } from 'node:crypto';
import { RESPONSE_CACHE_DEFAULTS, type ResponseCacheConfig } from '@wego/config';
import { deleteKeysWithPrefix } from '@wego/gateway/src/response-cache/redis-prefix-deletion';
import { createLogger, type GraphQLHost } from '@wego/server';
import { graphQLCaller, testEnvironment, testTokens, type GraphQLCaller } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { redisAnswers, startCachingGateway } from './caching-gateway';

const REDIS_URL = testEnvironment().redisUrl;
const redisIsHere = redisAnswers(REDIS_URL);
if (!redisIsHere) {
  process.stdout.write(`skipped: the shared response cache tests need a Redis server, and none answers at ${REDIS_URL} (set REDIS_URL)\n`);
}
const describeWithRedis = redisIsHere ? describe : describe.skip;

const MEMBERS = `{ members(first: 200) { totalCount edges { node { name } } } }`;
const namesOf = (data: { members: { edges: Array<{ node: { name: string } }> } }) => new Set(data.members.edges.map((edge) => edge.node.name));

describeWithRedis('the response cache shared by two gateways through Redis', () => {
  const prefix = `wego-test:${randomUUID()}:`;
  const shared: ResponseCacheConfig = { ...RESPONSE_CACHE_DEFAULTS, redisUrl: REDIS_URL, redisKeyPrefix: prefix };
  let graph: GraphUnderTest;
  let writer: GraphQLCaller;
  let reader: GraphQLCaller;
  beforeAll(async () => {
    graph = await startGraph({ responseCache: shared });
    writer = graph.query;
    reader = (await graph.anotherGateway(testEnvironment().shared.identity)).query;
  });
  afterAll(async () => {
    await graph?.stop();
    await deleteKeysWithPrefix(REDIS_URL, prefix);
  });

  it('answers through one gateway what the other stored', async () => {
    const query = `{ offices { id name } }`;
    expect((await writer(query)).headers.get('x-cache')).toBe('MISS');
    // The store is not awaited by the answer: give it the moment Redis takes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const other = await reader(query);
    expect(other.headers.get('x-cache')).toBe('HIT');
    expect(other.headers.get('cache-control')).toBe('public, max-age=30');
  });

  it('never lets a read that began after a write\'s acknowledgment miss it, while writes via one gateway and reads via the other run at once', async () => {
    const secretariat = await testTokens.secretariat();
    const written: string[] = [];
    let acknowledged = 0;
    let writing = true;
    let hits = 0;
    let reads = 0;
    const stale: string[] = [];
    const readLoop = async () => {
      while (writing) {
        const mustSee = written.slice(0, acknowledged);
        const answer = await reader(MEMBERS);
        expect(answer.errors).toBeUndefined();
        reads += 1;
        if (answer.headers.get('x-cache') === 'HIT') hits += 1;
        const names = namesOf(answer.data);
        for (const name of mustSee) if (!names.has(name)) stale.push(`${name} (acknowledged before the read began, ${answer.headers.get('x-cache')})`);
      }
    };
    const writeLoop = async () => {
      for (let index = 0; index < 12; index += 1) {
        const name = `Shared City ${index}`;
        written.push(name);
        const answer = await writer(`mutation($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: "KR" }) { id } }`, {
          variables: { name },
          token: secretariat,
        });
        expect(answer.errors).toBeUndefined();
        acknowledged = index + 1;
        // Let readers fill the cache between writes, so that the writes have something to invalidate.
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      writing = false;
    };
    await Promise.all([writeLoop(), readLoop(), readLoop(), readLoop()]);
    expect(stale).toEqual([]);
    expect(reads).toBeGreaterThan(12);
    // The cache was in play: some reads were served from it.
    expect(hits).toBeGreaterThan(0);
    const last = await reader(MEMBERS);
    expect([...namesOf(last.data)].filter((name) => name.startsWith('Shared City'))).toHaveLength(12);
  });

  it('serves uncached, and logs once, while Redis does not answer', async () => {
    const lines: string[] = [];
    const logger = createLogger('gateway', 'info', (line) => lines.push(line));
    let gateway: GraphQLHost | undefined;
    try {
      // Nothing listens on port 1: every connection is refused.
      gateway = await startCachingGateway(graph, { ...shared, redisUrl: 'redis://127.0.0.1:1' }, logger);
      const query = graphQLCaller(gateway.url);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const answer = await query(MEMBERS);
        expect(answer.errors).toBeUndefined();
        expect(answer.headers.get('x-cache')).toBeNull();
        expect(answer.headers.get('cache-control')).toBe('public, max-age=30');
      }
      const written = await query(`mutation { registerMember(input: { name: "Gimhae", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`, {
        token: await testTokens.secretariat(),
      });
      expect(written.errors).toBeUndefined();
      expect(lines.filter((line) => line.includes('Redis does not answer'))).toHaveLength(1);
    } finally {
      await gateway?.stop();
    }
  });
});
