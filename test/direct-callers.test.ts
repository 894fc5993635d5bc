import { pinnedClock } from '@wego/calendar';
import { HTTP_EDGE_DEFAULTS } from '@wego/config';
import { createGateway } from '@wego/gateway/src/server';
import { createLogger, type GraphQLHost } from '@wego/server';
import { createServer as createRegionalOfficesServer } from '@wego/regional-offices/src/server';
import { postGraphQL, startedForThisFile, subgraphSecretHeader, testEnvironment, testSubgraphConfig, testTokens } from '@wego/testing';
import { testGatewayConfig } from './support/test-gateway-config';
import { postRaw, type RawAnswer } from './hostile-input/raw-request';
import {
  aliases,
  batch,
  conflictingAliases,
  FRAGMENT_SPREADING_ITSELF,
  nestedSelections,
  repeatedDirective,
  sameField,
} from './hostile-input/request-shapes';
import { codesOf, problemsOf } from './hostile-input/safe-answer';
import { startGraph, TODAY } from './support/graph-under-test';

/** A regional office calling regional-offices directly, with its own token and no secret. */
const graph = startedForThisFile(startGraph);
let officeToken = '';
beforeAll(async () => {
  officeToken = await testTokens.office('east-asia');
});

const VALIDATION = ['GRAPHQL_VALIDATION_FAILED'];

/** The hostile shapes of test/hostile-input that regional-offices' own schema can be asked, each refused at the gateway. */
const SHAPES: Array<{ label: string; body: () => string; refusedWith: string[] }> = [
  { label: '3 000 aliases of a field', body: () => aliases(3_000, 'offices { id }'), refusedWith: VALIDATION },
  { label: '16 aliases, one past the limit', body: () => aliases(16, 'offices { id }'), refusedWith: VALIDATION },
  { label: 'selection sets nested 5 000 deep', body: () => nestedSelections(5_000), refusedWith: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] },
  { label: 'one field selected 10 000 times', body: () => sameField(10_000, 'id', 'offices'), refusedWith: VALIDATION },
  { label: '__typename selected 20 000 times', body: () => sameField(20_000, '__typename'), refusedWith: VALIDATION },
  { label: 'one response name for 300 fields that cannot merge', body: () => conflictingAliases(300).replaceAll('member(', 'office('), refusedWith: VALIDATION },
  { label: 'a fragment spreading itself', body: () => FRAGMENT_SPREADING_ITSELF.replace('members(first: 1) { edges { node { ...A } } }', 'offices { ...A }').replace('on Member', 'on Office'), refusedWith: VALIDATION },
  { label: '@include 1 000 times on one field', body: () => repeatedDirective(1_000, '@include(if: true)'), refusedWith: VALIDATION },
  { label: '21 directives, one past the limit', body: () => repeatedDirective(21, '@include(if: true)'), refusedWith: VALIDATION },
  { label: 'a batch of two operations (JSON array)', body: () => batch(2, '{ offices { id } }'), refusedWith: ['BAD_REQUEST'] },
  { label: 'a body that is not JSON', body: () => '{"query": ', refusedWith: ['BAD_REQUEST'] },
];

function refusalProblems(answer: RawAnswer, refusedWith: string[]): string[] {
  const codes = codesOf(answer);
  if (answer.data != null || codes.length === 0) return [`answered, but should have been refused: HTTP ${answer.status} ${answer.text.slice(0, 200)}`];
  const unexpected = codes.filter((code) => !refusedWith.includes(code));
  return unexpected.length > 0 ? [`refused with ${unexpected.join(', ')}; expected ${refusedWith.join(' or ')}`] : [];
}

describe('regional-offices, called directly with an office token, meets the gateway’s operation limits', () => {
  it.each(SHAPES)('$label: refused before anything is read', async ({ body, refusedWith }) => {
    graph.resetStatementCounts();
    const answer = await postRaw(graph.subgraphs['regional-offices'].host.url, body(), { token: officeToken });
    expect([...problemsOf(answer), ...refusalProblems(answer, refusedWith)]).toEqual([]);
    expect(answer.status).toBe(400);
    expect(graph.statementCounts()['regional-offices']).toBe(0);
  });

  it('serves the same office the largest operation the limits allow', async () => {
    const answer = await postRaw(graph.subgraphs['regional-offices'].host.url, aliases(15, 'offices { id name }'), { token: officeToken });
    expect(answer.status).toBe(200);
    expect(answer.errors).toEqual([]);
  });

  it('still answers the gateway’s query plans, _entities representations included', async () => {
    const answer = await graph.query(`{ members(first: 200) { edges { node { name office { name city } } } } offices { id name } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.members.edges).toHaveLength(50);
    // A plan's representations are variables: two thousand of them do not count against the limits.
    const entities = await postGraphQL(graph.subgraphs['regional-offices'].host.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Office { id name } } }', {
      variables: { r: Array.from({ length: 2_000 }, () => ({ __typename: 'Office', id: 'east-asia' })) },
      headers: subgraphSecretHeader(graph.secrets['regional-offices']),
    });
    expect(entities.status).toBe(200);
    expect(entities.errors).toBeUndefined();
    expect(entities.data._entities).toHaveLength(2_000);
  });
});

describe('the rate limit of direct callers', () => {
  const BUDGET = 3;
  const WINDOW_MS = 2_000;
  let offices: GraphQLHost;
  let gateway: GraphQLHost;
  beforeAll(async () => {
    offices = await createRegionalOfficesServer({
      dataSource: graph.subgraphs['regional-offices'].dataSource,
      config: {
        ...testSubgraphConfig('regional-offices', pinnedClock(TODAY)),
        http: { ...HTTP_EDGE_DEFAULTS, rateLimitPerMinute: BUDGET, rateLimitWindowMs: WINDOW_MS },
      },
      logger: createLogger('test', 'silent'),
    });
    gateway = await createGateway({
      config: testGatewayConfig({ membership: graph.subgraphs.membership.host.url, governance: graph.subgraphs.governance.host.url, 'regional-offices': offices.url }),
      logger: createLogger('test', 'silent'),
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await offices.stop();
  });

  const ask = (token: string) => postGraphQL(offices.url, `{ office(id: "east-asia") { name } }`, { token });

  it('answers an office 429 with Retry-After past its budget, another office still, and the first again after the window', async () => {
    const eurasia = await testTokens.office('eurasia');
    const eastAsia = await testTokens.office('east-asia');
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    for (let call = 0; call < BUDGET; call += 1) expect((await ask(eastAsia)).status).toBe(200);
    const refused = await ask(eastAsia);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: refused.headers.get('x-request-id') });
    expect((await ask(eurasia)).status).toBe(200);
    expect((await fetch(offices.url.replace(/graphql$/, 'readyz'))).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 200));
    expect((await ask(eastAsia)).status).toBe(200);
  });

  it('never counts the gateway’s calls, which present the secret', async () => {
    const { subgraphSecrets } = testEnvironment();
    for (let call = 0; call < BUDGET * 4; call += 1) {
      const direct = await postGraphQL(offices.url, `{ offices { id } }`, { headers: subgraphSecretHeader(subgraphSecrets['regional-offices']) });
      expect(direct.status).toBe(200);
      const throughGateway = await postGraphQL(gateway.url, `{ offices { name } members(first: 3) { edges { node { office { city } } } } }`);
      expect(throughGateway.errors).toBeUndefined();
    }
  });

  it('never counts the probes', async () => {
    for (let call = 0; call < BUDGET * 4; call += 1) {
      expect((await fetch(offices.url.replace(/graphql$/, 'livez'))).status).toBe(200);
      expect((await fetch(offices.url.replace(/graphql$/, 'readyz'))).status).toBe(200);
    }
  });
});
