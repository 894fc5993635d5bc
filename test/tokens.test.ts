import { createServer } from 'node:net';
import { SignJWT } from 'jose';
import type { IdentityConfig } from '@wego/config';
import { signToken, type TokenClaims } from '@wego/identity';
import { testEnvironment, type GraphQLCaller, type GraphQLResponse } from '@wego/testing';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';
import { startTokenIssuer, type TokenIssuer } from './support/token-issuer';

// Every subgraph answers part of it, and only the Secretariat may read all of it.
const EVERY_SUBGRAPH = `{
  members(first: 1) { totalCount }
  offices { id }
  membershipRefusedAttempts(first: 1) { at }
  governanceRefusedAttempts(first: 1) { at }
  regionalOfficesRefusedAttempts(first: 1) { at }
}`;
const SECRETARIAT: TokenClaims = { role: 'secretariat', sub: 'officer@wego.test' };

/** Counts the HTTP requests that reach each subgraph, whatever they ask. */
function countSubgraphRequests(graph: GraphUnderTest) {
  const counts: Record<string, number> = {};
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    counts[name] = 0;
    subgraph.host.server.on('request', () => (counts[name] = (counts[name] ?? 0) + 1));
  }
  return {
    reset: () => Object.keys(counts).forEach((name) => (counts[name] = 0)),
    counts: () => ({ ...counts }),
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function unsignedToken(alg: string, claims: TokenClaims, issuer: string, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${base64url({ alg, typ: 'JWT' })}.${base64url({ ...claims, iss: issuer, aud: audience, iat: now, exp: now + 3600 })}.`;
}

function withPayload(token: string, payload: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${base64url(payload)}.${signature}`;
}

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let issuer: TokenIssuer;
let keySetGraph: GraphUnderTest;
let keySetRequests: ReturnType<typeof countSubgraphRequests>;
let localGraph: GraphUnderTest;
let localRequests: ReturnType<typeof countSubgraphRequests>;

beforeAll(async () => {
  issuer = await startTokenIssuer();
  keySetGraph = await startGraph({ identity: issuer.identity });
  keySetRequests = countSubgraphRequests(keySetGraph);
  localGraph = await startGraph();
  localRequests = countSubgraphRequests(localGraph);
});
afterAll(async () => {
  await keySetGraph?.stop();
  await localGraph?.stop();
  await issuer?.stop();
});

/** Sends EVERY_SUBGRAPH and expects a refusal that no subgraph saw: no request, no SQL statement. */
async function expectRefusedAtTheGateway(
  graph: GraphUnderTest,
  requests: ReturnType<typeof countSubgraphRequests>,
  send: (query: string) => Promise<GraphQLResponse>,
  expected: { status: number; code: string } = { status: 401, code: 'UNAUTHENTICATED' },
): Promise<GraphQLResponse> {
  graph.resetStatementCounts();
  requests.reset();
  const answer = await send(EVERY_SUBGRAPH);
  expect(answer.status).toBe(expected.status);
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0]!.extensions).toMatchObject({ code: expected.code });
  expect(requests.counts()).toEqual({ membership: 0, governance: 0, 'regional-offices': 0 });
  expect(graph.statementCounts()).toEqual({ membership: 0, governance: 0, 'regional-offices': 0 });
  return answer;
}

async function expectServedByEverySubgraph(graph: GraphUnderTest, requests: ReturnType<typeof countSubgraphRequests>, query: GraphQLCaller, token: string) {
  graph.resetStatementCounts();
  requests.reset();
  const answer = await query(EVERY_SUBGRAPH, { token });
  expect(answer.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.data).toMatchObject({ membershipRefusedAttempts: [], governanceRefusedAttempts: [], regionalOfficesRefusedAttempts: [] });
  for (const count of [...Object.values(requests.counts()), ...Object.values(graph.statementCounts())]) expect(count).toBeGreaterThan(0);
}

describe('production tokens: RS256 and ES256 against the issuer’s JWKS', () => {
  it.each(['RS256', 'ES256'] as const)('a Secretariat %s token signed by a published key reads everything, every subgraph verifying it again', async (algorithm) => {
    const token = await issuer.sign(SECRETARIAT, issuer.keys[algorithm]);
    await expectServedByEverySubgraph(keySetGraph, keySetRequests, keySetGraph.query, token);
  });

  it('an anonymous caller still reads the public fields', async () => {
    const answer = await keySetGraph.query(`{ offices { id } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offices.length).toBeGreaterThan(0);
  });

  it(`a token that expired 2 s ago is still taken: clocks may drift 5 s`, async () => {
    const token = await issuer.sign(SECRETARIAT, issuer.keys.RS256, { expiresIn: -2 });
    await expectServedByEverySubgraph(keySetGraph, keySetRequests, keySetGraph.query, token);
  });

  const forgeries: Array<[string, () => Promise<string>]> = [
    ['alg "none"', async () => unsignedToken('none', SECRETARIAT, issuer.issuer, issuer.audience)],
    ['alg "None"', async () => unsignedToken('None', SECRETARIAT, issuer.issuer, issuer.audience)],
    ['alg "NONE"', async () => unsignedToken('NONE', SECRETARIAT, issuer.issuer, issuer.audience)],
    ['RS256 signed by a key the JWKS does not hold, naming a published kid', async () => issuer.sign(SECRETARIAT, await issuer.stranger('RS256'))],
    ['ES256 signed by a key the JWKS does not hold, naming a published kid', async () => issuer.sign(SECRETARIAT, await issuer.stranger('ES256'))],
    ['RS256 signed by a key the JWKS does not hold, naming no kid', async () => issuer.sign(SECRETARIAT, await issuer.stranger('RS256'), { kid: null })],
    ['RS256 naming a kid the JWKS does not hold', async () => issuer.sign(SECRETARIAT, await issuer.stranger('RS256'), { kid: 'rsa-1999' })],
    [
      'HS256 keyed with the published RSA public key (key confusion)',
      async () =>
        new SignJWT({ ...SECRETARIAT })
          .setProtectedHeader({ alg: 'HS256', kid: issuer.keys.RS256.kid })
          .setIssuer(issuer.issuer)
          .setAudience(issuer.audience)
          .setSubject(SECRETARIAT.sub)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(await issuer.publicPem(issuer.keys.RS256))),
    ],
    ['HS256 signed with the development secret', async () => signToken({ ...testEnvironment().shared.identity, issuer: issuer.issuer, audience: issuer.audience }, SECRETARIAT)],
    ['RS512 signed by the published RSA key (not in the allow-list)', async () => issuer.sign(SECRETARIAT, issuer.keys.RS256, { algorithm: 'RS512' })],
    ['for another audience', async () => issuer.sign(SECRETARIAT, issuer.keys.RS256, { audience: 'another-graph' })],
    ['from another issuer', async () => issuer.sign(SECRETARIAT, issuer.keys.ES256, { issuer: 'https://login.elsewhere.test/' })],
    ['expired a minute ago', async () => issuer.sign(SECRETARIAT, issuer.keys.RS256, { expiresIn: -60 })],
    ['without an expiry', async () => issuer.sign(SECRETARIAT, issuer.keys.RS256, { expiresIn: null })],
    ['not valid for another minute', async () => issuer.sign(SECRETARIAT, issuer.keys.ES256, { notBefore: 60 })],
    [
      'a member token whose payload was rewritten to the Secretariat',
      async () => {
        const token = await issuer.sign({ role: 'member', memberId: 'm-1', sub: 'member@wego.test' }, issuer.keys.RS256);
        const now = Math.floor(Date.now() / 1000);
        return withPayload(token, { ...SECRETARIAT, iss: issuer.issuer, aud: issuer.audience, iat: now, exp: now + 3600 });
      },
    ],
    ['well signed, naming a role this graph does not know', async () => issuer.sign({ role: 'administrator', sub: 'root' } as unknown as TokenClaims, issuer.keys.RS256)],
    ['malformed: one segment', async () => 'not-a-token'],
    ['malformed: segments that are not JSON', async () => 'abc.def.ghi'],
    ['malformed: a signature cut short', async () => (await issuer.sign(SECRETARIAT, issuer.keys.RS256)).slice(0, -10)],
  ];

  it.each(forgeries)('a token %s: 401 UNAUTHENTICATED before any subgraph is called', async (_name, forge) => {
    const token = await forge();
    await expectRefusedAtTheGateway(keySetGraph, keySetRequests, (query) => keySetGraph.query(query, { token }));
  });

  it.each([
    ['a Basic credential', 'Basic b2ZmaWNlcjpwYXNzd29yZA=='],
    ['two tokens', 'Bearer abc.def.ghi abc.def.ghi'],
    ['an empty bearer', 'Bearer '],
  ])('an Authorization header with %s: 401 before any subgraph is called', async (_name, authorization) => {
    await expectRefusedAtTheGateway(keySetGraph, keySetRequests, (query) => keySetGraph.query(query, { headers: { authorization } }));
  });

  it('an algorithm the issuer may use but this graph does not allow: 401 before any subgraph is called', async () => {
    const ecdsaOnly = await keySetGraph.anotherGateway({ ...issuer.identity, algorithms: ['ES256'] });
    const rsa = await issuer.sign(SECRETARIAT, issuer.keys.RS256);
    await expectRefusedAtTheGateway(keySetGraph, keySetRequests, (query) => ecdsaOnly.query(query, { token: rsa }));
    const ecdsa = await issuer.sign(SECRETARIAT, issuer.keys.ES256);
    expect((await ecdsaOnly.query(`{ members(first: 1) { totalCount } }`, { token: ecdsa })).errors).toBeUndefined();
  });

  it('when the JWKS cannot be fetched: 503 UNAVAILABLE before any subgraph is called, never a pass', async () => {
    const unreachable: IdentityConfig = { ...issuer.identity, jwksUrl: `http://127.0.0.1:${await unusedPort()}/.well-known/jwks.json` };
    const blind = await keySetGraph.anotherGateway(unreachable);
    const token = await issuer.sign(SECRETARIAT, issuer.keys.RS256);
    const answer = await expectRefusedAtTheGateway(keySetGraph, keySetRequests, (query) => blind.query(query, { token }), { status: 503, code: 'UNAVAILABLE' });
    expect(answer.errors![0]!.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|jwks/i);
  });

  it('each subgraph verifies against the JWKS too: an HS256 token let through by a lenient gateway is refused by them', async () => {
    const lenient = await keySetGraph.anotherGateway(testEnvironment().shared.identity);
    const token = await signToken(testEnvironment().shared.identity, SECRETARIAT);
    keySetGraph.resetStatementCounts();
    const answer = await lenient.query(EVERY_SUBGRAPH, { token });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors!.length).toBeGreaterThan(0);
    for (const error of answer.errors!) expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(keySetGraph.statementCounts()).toEqual({ membership: 0, governance: 0, 'regional-offices': 0 });
  });
});

describe('local tokens: HS256 with JWT_SECRET', () => {
  const local = () => testEnvironment().shared.identity;

  it('a Secretariat token of the token command reads everything', async () => {
    await expectServedByEverySubgraph(localGraph, localRequests, localGraph.query, await signToken(local(), SECRETARIAT));
  });

  const forgeries: Array<[string, () => Promise<string>]> = [
    ['alg "none"', async () => unsignedToken('none', SECRETARIAT, local().issuer, local().audience)],
    ['HS256 signed with another secret', async () => signToken({ ...local(), jwtSecret: 'a-secret-this-graph-has-never-heard-of-0123' }, SECRETARIAT)],
    ['RS256 signed by a real issuer’s key', async () => issuer.sign(SECRETARIAT, issuer.keys.RS256, { issuer: local().issuer, audience: local().audience })],
    ['for another audience', async () => signToken({ ...local(), audience: 'another-graph' }, SECRETARIAT)],
    ['from another issuer', async () => signToken({ ...local(), issuer: 'someone-else' }, SECRETARIAT)],
    ['expired a minute ago', async () => signToken(local(), SECRETARIAT, '-60s')],
    ['malformed', async () => 'abc.def.ghi'],
  ];

  it.each(forgeries)('a token %s: 401 UNAUTHENTICATED before any subgraph is called', async (_name, forge) => {
    const token = await forge();
    await expectRefusedAtTheGateway(localGraph, localRequests, (query) => localGraph.query(query, { token }));
  });
});
