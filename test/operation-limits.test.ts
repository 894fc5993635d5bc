import { buildClientSchema, getIntrospectionQuery, parse, type IntrospectionQuery } from 'graphql';
import { OPERATION_LIMIT_DEFAULTS } from '@wego/config';
import { operationCosts } from '@wego/operation-limits';
import { testTokens, type GraphQLResponse } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from './support/founding-query';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';
import { OPERATION_AMONG_TOKENS, queryOfCost, queryOfDepth, queryOfTokens, queryWithAliases, queryWithDirectives, tokenCount } from './support/operation-shapes';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

const LIMITS = OPERATION_LIMIT_DEFAULTS;

/** The README's "read it back" query of the election cycle, on a meeting that need not exist. */
const ELECTION_CYCLE_READ_BACK = `{
  executiveCommittee(on: "2028-05-16") { position startsOn endsOn member { name office { name } } }
  meeting(id: "00000000-0000-0000-0000-000000000000") { chair { name } candidacies { position status receivedOn member { name } }
                        auditTrail { at actor role operation entityId before after requestId } }
  governanceRefusedAttempts(first: 10) { at actor operation code rule message }
}`;

/** Posts a document that may hold several operations, naming the one to run. */
async function postDocument(query: string, operationName?: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const response = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName, variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: response.status, headers: response.headers, ...body };
}

function expectServed(answer: GraphQLResponse): void {
  expect(answer.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.data).toBeTruthy();
}

/** Refused before any subgraph is asked: HTTP 400, the limits' code, not one SQL statement. */
async function expectRefused(query: string, message: RegExp, variables: Record<string, unknown> = {}, operationName?: string): Promise<void> {
  graph.resetStatementCounts();
  const answer = await postDocument(query, operationName, variables);
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  expect(answer.errors![0]!.message).toMatch(message);
  expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);
}

async function costOf(query: string): Promise<number> {
  const introspection = await graph.query<IntrospectionQuery>(getIntrospectionQuery());
  return operationCosts(buildClientSchema(introspection.data!), parse(query)).get('')!;
}

describe('the operation limits of the gateway (defaults)', () => {
  it(`serve a query ${LIMITS.maxDepth} fields deep and refuse one a level deeper`, async () => {
    expectServed(await graph.query(queryOfDepth(LIMITS.maxDepth)));
    await expectRefused(queryOfDepth(LIMITS.maxDepth + 1), /nests its fields too deeply.*depth limit of 12 exceeded, found 13/);
  });

  it(`serve ${LIMITS.maxAliases} aliases and refuse one more`, async () => {
    expectServed(await graph.query(queryWithAliases(LIMITS.maxAliases)));
    await expectRefused(queryWithAliases(LIMITS.maxAliases + 1), /too many aliases.*limit of 15 exceeded, found 16/);
  });

  it(`serve ${LIMITS.maxDirectives} directives and refuse one more`, async () => {
    expectServed(await graph.query(queryWithDirectives(LIMITS.maxDirectives)));
    await expectRefused(queryWithDirectives(LIMITS.maxDirectives + 1), /too many directives.*limit of 20 exceeded, found 21/);
  });

  it(`serve a document of ${LIMITS.maxTokens} tokens and refuse one of a token more`, async () => {
    const atLimit = queryOfTokens(LIMITS.maxTokens);
    const pastLimit = queryOfTokens(LIMITS.maxTokens + 1);
    expect([tokenCount(atLimit), tokenCount(pastLimit)]).toEqual([LIMITS.maxTokens, LIMITS.maxTokens + 1]);
    expectServed(await postDocument(atLimit, OPERATION_AMONG_TOKENS));
    await expectRefused(pastLimit, /too long.*more than 2000 tokens/, {}, OPERATION_AMONG_TOKENS);
  });

  it(`serve an operation that costs ${LIMITS.maxCost} and refuse one that costs 1 more`, async () => {
    const atLimit = queryOfCost(LIMITS.maxCost);
    const pastLimit = queryOfCost(LIMITS.maxCost + 1);
    expect([await costOf(atLimit), await costOf(pastLimit)]).toEqual([LIMITS.maxCost, LIMITS.maxCost + 1]);
    expectServed(await graph.query(atLimit));
    await expectRefused(pastLimit, /asks for too much at once.*costs 50001; the limit is 50000/);
  });

  it('price a page asked through a variable as the largest page, so nesting pages by variables does not pass for cheap', async () => {
    const nested = `query($first: Int) { members(first: $first) { edges { node { office { members(first: $first) { totalCount } } } } } }`;
    expect(await costOf(nested)).toBe(712000);
    await expectRefused(nested, /asks for too much at once/, { first: 1 });
    expectServed(await graph.query(`{ members(first: 1) { edges { node { office { members(first: 1) { totalCount } } } } } }`));
  });

  it('price a page without first as the default page of 50', async () => {
    const unpaged = `{ members { edges { node { office { members { edges { node { office { members { totalCount } } } } } } } } } }`;
    expect(await costOf(unpaged)).toBeGreaterThan(LIMITS.maxCost);
    await expectRefused(unpaged, /asks for too much at once/);
  });

  it('let the heaviest queries of the README pass with room', async () => {
    const founding = await costOf(FOUNDING_MEMBERS_AND_OFFICES);
    const readBack = await costOf(ELECTION_CYCLE_READ_BACK);
    expect({ founding, readBack }).toEqual({ founding: 13035.75, readBack: 175.5 });
    expect(Math.max(founding, readBack) * 3).toBeLessThan(LIMITS.maxCost);
    expectServed(await graph.query(FOUNDING_MEMBERS_AND_OFFICES));
    expectServed(await graph.query(ELECTION_CYCLE_READ_BACK, { token: await testTokens.secretariat() }));
  });

  it('let Apollo Sandbox introspect the graph in development', async () => {
    const sandbox = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    expectServed(await graph.query(sandbox));
  });
});

describe('page sizes (first 1-200)', () => {
  const PAGED_FIELDS: Record<string, (first: string) => string> = {
    members: (first) => `{ members(first: ${first}) { totalCount } }`,
    'Office.members': (first) => `{ office(id: "east-asia") { members(first: ${first}) { totalCount } } }`,
    'Office.members in the list of offices': (first) => `{ offices { members(first: ${first}) { totalCount } } }`,
    membershipRefusedAttempts: (first) => `{ membershipRefusedAttempts(first: ${first}) { code } }`,
    governanceRefusedAttempts: (first) => `{ governanceRefusedAttempts(first: ${first}) { code } }`,
    regionalOfficesRefusedAttempts: (first) => `{ regionalOfficesRefusedAttempts(first: ${first}) { code } }`,
  };

  it.each(Object.keys(PAGED_FIELDS))('serve %s with first 1 and 200, and refuse 0, 201 and -1 as BAD_USER_INPUT', async (field) => {
    const token = await testTokens.secretariat();
    const asVariable = (query: string) => `query($first: Int) ${query}`;
    for (const first of [1, 200]) {
      expectServed(await graph.query(PAGED_FIELDS[field]!(String(first)), { token }));
      expectServed(await graph.query(asVariable(PAGED_FIELDS[field]!('$first')), { token, variables: { first } }));
    }
    for (const first of [0, 201, -1]) {
      for (const answer of [
        await graph.query(PAGED_FIELDS[field]!(String(first)), { token }),
        await graph.query(asVariable(PAGED_FIELDS[field]!('$first')), { token, variables: { first } }),
      ]) {
        expect(answer.errors!.length).toBeGreaterThan(0);
        for (const error of answer.errors!) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
        expect(JSON.stringify(answer.data ?? null)).not.toMatch(/totalCount|code/);
      }
    }
  });
});
