import { createHash } from 'node:crypto';
import { RESPONSE_CACHE_DEFAULTS } from '@wego/config';
import { testTokens } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';

const MEMBER_COUNT = `query MemberCount { members(first: 200) { totalCount edges { node { name } } } }`;

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph({ responseCache: RESPONSE_CACHE_DEFAULTS });
});
afterAll(async () => {
  await graph.stop();
});

function sqlStatements(): number {
  return Object.values(graph.statementCounts()).reduce((sum, count) => sum + count, 0);
}

async function getGraphQL(params: Record<string, unknown>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
  const url = new URL(graph.gateway.url);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
}

describe('the gateway\'s own response cache (in memory)', () => {
  it('answers a repeated anonymous query from the cache, without calling any subgraph', async () => {
    const first = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    expect(first.errors).toBeUndefined();
    expect(first.headers.get('x-cache')).toBe('MISS');
    graph.resetStatementCounts();
    const second = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe('public, max-age=30');
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(second.data).toEqual(first.data);
    expect(sqlStatements()).toBe(0);
  });

  it('keys on the variables and the operation name', async () => {
    const query = `query Office($id: ID!) { office(id: $id) { name } }`;
    expect((await graph.query(query, { variables: { id: 'eurasia' } })).headers.get('x-cache')).toBe('MISS');
    const other = await graph.query(query, { variables: { id: 'east-asia' } });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(other.data).toEqual({ office: { name: expect.stringContaining('East Asia') } });
    expect((await graph.query(query, { variables: { id: 'eurasia' } })).headers.get('x-cache')).toBe('HIT');
  });

  it('never answers a caller with a token from the cache', async () => {
    await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    const withToken = await graph.query(FOUNDING_MEMBERS_AND_OFFICES, { token: await testTokens.office('eurasia') });
    expect(withToken.headers.get('x-cache')).toBeNull();
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
  });

  it('forgets everything once a mutation is accepted, before the mutation\'s answer is sent', async () => {
    const before = await graph.query(MEMBER_COUNT);
    expect((await graph.query(MEMBER_COUNT)).headers.get('x-cache')).toBe('HIT');
    const registered = await graph.query(`mutation { registerMember(input: { name: "Ulsan", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`, {
      token: await testTokens.secretariat(),
    });
    expect(registered.errors).toBeUndefined();
    const after = await graph.query(MEMBER_COUNT);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.data.members.totalCount).toBe(before.data.members.totalCount + 1);
    expect(after.data.members.edges.map((edge: { node: { name: string } }) => edge.node.name)).toContain('Ulsan');
  });

  it('keeps its answers when an anonymous caller\'s mutation is refused', async () => {
    await graph.query(MEMBER_COUNT);
    const refused = await graph.query(`mutation { registerMember(input: { name: "Busan", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`);
    expect(refused.errors).toBeDefined();
    expect((await graph.query(MEMBER_COUNT)).headers.get('x-cache')).toBe('HIT');
  });

  it('serves GET with a persisted query hash, public and cached, as a CDN would ask it', async () => {
    const query = `{ offices { id name city } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await getGraphQL({ extensions });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('private, no-store');
    const registered = await getGraphQL({ query, extensions });
    expect(registered.status).toBe(200);
    expect(registered.headers.get('cache-control')).toBe('public, max-age=30');
    const byHash = await getGraphQL({ extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(registered.body);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=30');
    expect(byHash.headers.get('x-cache')).toBe('HIT');
    // The same operation sent by POST finds the answer the GET left.
    expect((await graph.query(query)).headers.get('x-cache')).toBe('HIT');
  });

  it('refuses a GET without a header a browser could not send across origins unasked (CSRF prevention)', async () => {
    const refused = await getGraphQL({ query: `{ offices { id } }` }, {});
    expect(refused.status).toBe(400);
  });
});
