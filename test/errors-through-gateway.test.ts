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

describe('a value the schema\'s types refuse, written inline or passed in a variable', () => {
  let seoul: string;
  beforeAll(async () => {
    const found = await graph.query<{ members: { edges: Array<{ node: { id: string } }> } }>(`{ members(filter: { nameContains: "Seoul" }) { edges { node { id } } } }`);
    seoul = found.data!.members.edges[0]!.node.id;
  });

  async function feesOfSeoul(): Promise<unknown> {
    const answer = await graph.query(`query($id: ID!) { member(id: $id) { fees { year } } }`, { variables: { id: seoul }, token: await testTokens.secretariat() });
    return answer.data;
  }

  it('a fee of 10.5 dollars: BAD_USER_INPUT in a variable, and written inline too, naming the field; nothing is assessed', async () => {
    const token = await testTokens.secretariat();
    const before = await feesOfSeoul();
    const asVariable = await graph.query(`mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`, {
      variables: { input: { memberId: seoul, year: 2031, amountDue: 10.5 } },
      token,
    });
    expect(asVariable.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(asVariable.errors![0]!.message).toContain('10.5');

    const inline = await graph.query(`mutation { assessFee(input: { memberId: "${seoul}", year: 2031, amountDue: 10.5 }) { year } }`, { token });
    expect(inline.data).toBeUndefined();
    expect(inline.errors).toHaveLength(1);
    expect(inline.errors![0]).toMatchObject({
      message: 'Argument "input" got invalid value 10.5 at "input.amountDue"; Int cannot represent non-integer value: 10.5',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.amountDue' },
    });
    expect(await feesOfSeoul()).toEqual(before);
    expectNoTransportDetail(inline);
  });

  it('a date that does not exist: BAD_USER_INPUT in a variable and inline, the Date scalar saying why', async () => {
    const asVariable = await graph.query(`query($on: Date) { executiveCommittee(on: $on) { id } }`, { variables: { on: '2027-02-30' } });
    expect(asVariable.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const inline = await graph.query(`{ executiveCommittee(on: "2027-02-30") { id } }`);
    expect(inline.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'on' } });
    expect(inline.errors![0]!.message).toBe('Argument "on" got invalid value "2027-02-30"; "2027-02-30" is not a calendar date (YYYY-MM-DD).');
  });

  it('an enum value that does not exist in an input: BAD_USER_INPUT in a variable and inline; nobody is registered', async () => {
    const token = await testTokens.secretariat();
    const asVariable = await graph.query(`mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`, {
      variables: { input: { name: "Ulsan", category: 'NOBLE', kind: 'CITY', countryCode: 'KR' } },
      token,
    });
    expect(asVariable.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const inline = await graph.query(`mutation { registerMember(input: { name: "Ulsan", category: NOBLE, kind: CITY, countryCode: "KR" }) { id } }`, { token });
    expect(inline.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.category' } });
    expect(inline.errors![0]!.message).toContain('Value "NOBLE" does not exist in "MembershipCategory" enum.');
    const ulsan = await graph.query(`{ members(filter: { nameContains: "Ulsan" }) { totalCount } }`);
    expect(ulsan.data).toEqual({ members: { totalCount: 0 } });
  });

  it('null where a value is required, and a number where a Boolean is: BAD_USER_INPUT inline', async () => {
    const token = await testTokens.secretariat();
    const nullFee = await graph.query(`mutation { assessFee(input: { memberId: "${seoul}", year: 2031, amountDue: null }) { year } }`, { token });
    expect(nullFee.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.amountDue' } });
    const numberForBoolean = await graph.query(`{ members(first: 1) @include(if: 1) { totalCount } }`);
    expect(numberForBoolean.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'if' } });
  });

  it('what is not a value stays GRAPHQL_VALIDATION_FAILED: an unknown input field, a missing one, a number for an input object, an object for a number', async () => {
    const token = await testTokens.secretariat();
    for (const input of [
      `{ memberId: "${seoul}", year: 2031, amountDue: 10, discount: 5 }`,
      `{ memberId: "${seoul}", year: 2031 }`,
      `5`,
      `{ memberId: "${seoul}", year: 2031, amountDue: { dollars: 10 } }`,
    ]) {
      const answer = await graph.query(`mutation { assessFee(input: ${input}) { year } }`, { token });
      expect({ input, code: answer.errors![0]!.extensions!.code }).toEqual({ input, code: 'GRAPHQL_VALIDATION_FAILED' });
    }
    expect(await graph.query(`{ members { nonsense } }`)).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
  });

  it('a fee of 10.5 dollars written inline on the membership subgraph itself: BAD_USER_INPUT there too', async () => {
    const direct = await postGraphQL(graph.subgraphs.membership.host.url, `mutation { assessFee(input: { memberId: "${seoul}", year: 2031, amountDue: 10.5 }) { year } }`, {
      token: await testTokens.secretariat(),
      headers: subgraphSecretHeader(graph.secrets.membership),
    });
    expect(direct.errors![0]).toMatchObject({
      message: 'Argument "input" got invalid value 10.5 at "input.amountDue"; Int cannot represent non-integer value: 10.5',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.amountDue' },
    });
    const unknownField = await postGraphQL(graph.subgraphs.membership.host.url, `{ members { nonsense } }`, { headers: subgraphSecretHeader(graph.secrets.membership) });
    expect(unknownField.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await feesOfSeoul()).toEqual({ member: { fees: [] } });
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
