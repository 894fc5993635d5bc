import { testEnvironment, testTokens, postGraphQL, subgraphSecretHeader } from '@wego/testing';
import { signToken } from '@wego/identity';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

function expectNoTransportDetail(answer: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) {
  const text = JSON.stringify(answer.errors);
  expect(text).not.toMatch(/localhost|127\.0\.0\.1|:\d{4,5}\/|serviceName|"response"|stacktrace/i);
}

describe('errors through the gateway', () => {
  it('keep the code, rule and message of a charter violation', async () => {
    const answer = await graph.query(
      `mutation { registerMember(input: { name: "Ulsan", category: INDUSTRY, kind: CITY, countryCode: "KR" }) { id } }`,
      { token: await testTokens.secretariat() },
    );
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]).toMatchObject({
      message: 'A member of kind CITY belongs to category FULL, not INDUSTRY.',
      path: ['registerMember'],
      extensions: { code: 'CHARTER_VIOLATION', rule: 'M1' },
    });
    expectNoTransportDetail(answer);
  });

  it('keep the code and field of malformed input', async () => {
    const answer = await graph.query(`{ members(filter: { countryCode: "ru" }) { totalCount } }`);
    expect(answer.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.countryCode' } });
    expect(answer.errors![0]!.message).toContain('"ru" is not an assigned ISO 3166-1 alpha-2 country code');
    expectNoTransportDetail(answer);
  });

  it('refuse a bad token with 401 before any subgraph is called', async () => {
    graph.resetStatementCounts();
    const forged = await signToken({ ...testEnvironment().shared.identity, jwtSecret: 'x'.repeat(40) }, { role: 'secretariat', sub: 'intruder' });
    const answer = await graph.query(`{ members { totalCount } }`, { token: forged });
    expect(answer.status).toBe(401);
    expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);
  });

  it('carry a request id, the same as the response header', async () => {
    const answer = await graph.query(`mutation { setMemberStatus(memberId: "nobody", status: SUSPENDED) { id } }`, { token: await testTokens.secretariat() });
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: answer.headers.get('x-request-id') });
    const invalid = await graph.query(`{ members { nonsense } }`);
    expect(invalid.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: invalid.headers.get('x-request-id') });
  });
});

describe('a subgraph answering HTTP 4xx', () => {
  let lenient: GraphUnderTest;
  const gatewayIdentity = { ...testEnvironment().shared.identity, jwtSecret: 'a-key-the-gateway-alone-accepts-0123456789' };
  beforeAll(async () => {
    // A gateway that accepts tokens its subgraphs refuse: each subgraph then answers 401 itself.
    lenient = await startGraph({ gatewayIdentity });
  });
  afterAll(() => lenient.stop());

  it('reaches the client with the subgraph’s code and message, and no subgraph URL', async () => {
    const token = await signToken(gatewayIdentity, { role: 'secretariat', sub: 'officer' });
    const direct = await postGraphQL(lenient.subgraphs.membership.host.url, `{ members { totalCount } }`, {
      token,
      headers: subgraphSecretHeader(lenient.secrets.membership),
    });
    expect(direct.status).toBe(401);
    const answer = await lenient.query(`{ members { totalCount } }`, { token });
    expect(answer.errors![0]).toMatchObject({ message: direct.errors![0]!.message, extensions: { code: 'UNAUTHENTICATED' } });
    expectNoTransportDetail(answer);
  });
});
