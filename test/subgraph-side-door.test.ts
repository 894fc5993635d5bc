import type { SubgraphName } from '@wego/config';
import { signToken } from '@wego/identity';
import { postGraphQL, subgraphSecretHeader, testEnvironment, testTokens, type GraphQLResponse } from '@wego/testing';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

/** Subgraphs are not a side door: without the gateway's secret (or, on regional-offices, an office token) nothing answers. */
let graph: GraphUnderTest;
let memberId: string;
beforeAll(async () => {
  graph = await startGraph();
  [{ id: memberId }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Chengdu'`);
});
afterAll(() => graph.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;

/** Per subgraph: an ordinary query of its own, its SDL, and `_entities` with a key it can resolve. */
const OPERATIONS: Record<SubgraphName, Array<{ name: string; query: string; variables?: () => Record<string, unknown> }>> = {
  membership: [
    { name: 'a query', query: `{ members { totalCount } }` },
    { name: '_service { sdl }', query: `{ _service { sdl } }` },
    { name: '_entities', query: ENTITIES, variables: () => ({ representations: [{ __typename: 'Member', id: memberId }] }) },
  ],
  governance: [
    { name: 'a query', query: `{ charter { executiveCommitteeMaxSeats } }` },
    { name: '_service { sdl }', query: `{ _service { sdl } }` },
    { name: '_entities', query: ENTITIES, variables: () => ({ representations: [{ __typename: 'Member', id: memberId }] }) },
  ],
  'regional-offices': [
    { name: 'a query', query: `{ offices { id } }` },
    { name: '_service { sdl }', query: `{ _service { sdl } }` },
    { name: '_entities', query: ENTITIES, variables: () => ({ representations: [{ __typename: 'Office', id: 'east-asia' }] }) },
  ],
};

const SUBGRAPHS = Object.keys(OPERATIONS) as SubgraphName[];
const CASES = SUBGRAPHS.flatMap((subgraph) => OPERATIONS[subgraph].map((operation) => ({ subgraph, ...operation })));

function send(subgraph: SubgraphName, operation: { query: string; variables?: () => Record<string, unknown> }, options: { secret?: string; token?: string } = {}) {
  return postGraphQL(graph.subgraphs[subgraph].host.url, operation.query, {
    ...(operation.variables ? { variables: operation.variables() } : {}),
    ...(options.token ? { token: options.token } : {}),
    headers: options.secret === undefined ? {} : subgraphSecretHeader(options.secret),
  });
}

function expectRefused(answer: GraphQLResponse): void {
  expect(answer.status).toBe(401);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: answer.headers.get('x-request-id') });
}

/** The right secret with its last character changed: the same length, a different value. */
function sameLengthForgery(secret: string): string {
  return secret.slice(0, -1) + (secret.endsWith('x') ? 'y' : 'x');
}

describe.each(CASES)('$subgraph, asked $name', ({ subgraph, ...operation }) => {
  it('answers the gateway, which presents the secret', async () => {
    const answer = await send(subgraph, operation, { secret: graph.secrets[subgraph] });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toBeTruthy();
  });

  it('refuses a caller without the secret, before reading anything', async () => {
    graph.resetStatementCounts();
    expectRefused(await send(subgraph, operation));
    expect(graph.statementCounts()[subgraph]).toBe(0);
  });

  it('refuses a wrong secret of the same length, and of other lengths', async () => {
    const secret = graph.secrets[subgraph];
    for (const forged of [sameLengthForgery(secret), secret.slice(0, -1), `${secret}x`, 'x', '']) {
      expectRefused(await send(subgraph, operation, { secret: forged }));
    }
  });

  it('refuses another subgraph’s secret', async () => {
    const other = SUBGRAPHS.find((name) => name !== subgraph)!;
    expectRefused(await send(subgraph, operation, { secret: graph.secrets[other] }));
  });

  it('refuses a valid Secretariat token without the secret: a token is not enough', async () => {
    const token = await testTokens.secretariat();
    expectRefused(await send(subgraph, operation, { token }));
    expectRefused(await send(subgraph, operation, { token, secret: sameLengthForgery(graph.secrets[subgraph]) }));
  });

  it('refuses a valid member token without the secret', async () => {
    expectRefused(await send(subgraph, operation, { token: await testTokens.member(memberId) }));
  });
});

describe('membership and governance', () => {
  it.each(['membership', 'governance'] as const)('%s refuses an office token without the secret', async (subgraph) => {
    expectRefused(await send(subgraph, OPERATIONS[subgraph][0]!, { token: await testTokens.office('east-asia') }));
  });
});

describe('regional-offices, called directly by a regional office', () => {
  const offices = OPERATIONS['regional-offices'];

  it('answers an office token without the secret, for the fields it owns', async () => {
    const token = await testTokens.office('east-asia');
    const answer = await postGraphQL(graph.subgraphs['regional-offices'].host.url, `{ office(id: "east-asia") { id name coveredCountryCodes } }`, { token });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.office).toMatchObject({ id: 'east-asia', name: 'WeGO Regional Office for East Asia' });
    for (const operation of offices) expect((await send('regional-offices', operation, { token })).status).toBe(200);
  });

  it('lets an office token in, but not to the Secretariat’s mutation', async () => {
    const answer = await send(
      'regional-offices',
      { query: `mutation { setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN"]) { id } }` },
      { token: await testTokens.office('east-asia') },
    );
    expect(answer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const coverage = await send('regional-offices', { query: `{ office(id: "east-asia") { coveredCountryCodes } }` }, { secret: graph.secrets['regional-offices'] });
    expect(coverage.data.office.coveredCountryCodes).toContain('JP');
  });

  it('refuses a Secretariat or member token without the secret', async () => {
    for (const token of [await testTokens.secretariat(), await testTokens.member(memberId)]) {
      for (const operation of offices) expectRefused(await send('regional-offices', operation, { token }));
    }
  });

  it('refuses an office token it cannot verify', async () => {
    const forged = await signToken({ ...testEnvironment().shared.identity, jwtSecret: 'y'.repeat(40) }, { role: 'office', officeId: 'east-asia', sub: 'intruder' });
    expectRefused(await send('regional-offices', offices[0]!, { token: forged }));
  });
});

describe('what stays open', () => {
  it('answers /health on every subgraph without the secret', async () => {
    for (const subgraph of SUBGRAPHS) {
      const response = await fetch(graph.subgraphs[subgraph].host.url.replace('/graphql', '/health'));
      expect(response.status).toBe(200);
    }
  });

  it('refuses a GET query without the secret as well', async () => {
    for (const subgraph of SUBGRAPHS) {
      const url = `${graph.subgraphs[subgraph].host.url}?query=${encodeURIComponent('{ _service { sdl } }')}`;
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(401);
      expect(await response.json()).not.toHaveProperty('data');
    }
  });
});
