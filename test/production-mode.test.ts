import { OPERATION_LIMIT_DEFAULTS } from '@wego/config';
import { postGraphQL, subgraphSecretHeader, testEnvironment, type GraphQLResponse } from '@wego/testing';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';
import { queryOfCost, queryOfDepth, queryWithAliases, queryWithDirectives } from './support/operation-shapes';

let development: GraphUnderTest;
let production: GraphUnderTest;
beforeAll(async () => {
  [development, production] = await Promise.all([startGraph(), startGraph({ environment: 'production' })]);
});
afterAll(() => Promise.all([development?.stop(), production?.stop()]));

type ProcessName = 'gateway' | 'membership' | 'governance' | 'regional-offices';
const PROCESSES: ProcessName[] = ['gateway', 'membership', 'governance', 'regional-offices'];

function urlOf(graph: GraphUnderTest, process: ProcessName): string {
  return process === 'gateway' ? graph.gateway.url : graph.subgraphs[process].host.url;
}

/** Asks a process directly, as the gateway would: a subgraph answers only a caller presenting its secret. */
function ask(graph: GraphUnderTest, process: ProcessName, query: string): Promise<GraphQLResponse> {
  const headers = process === 'gateway' ? {} : subgraphSecretHeader(testEnvironment().subgraphSecrets[process]);
  return postGraphQL(urlOf(graph, process), query, { headers });
}

/** A misspelt field, argument and enum value each process knows how to correct. */
const MISSPELT: Record<ProcessName, string[]> = {
  gateway: [`{ offices { nme } }`, `{ members(frist: 5) { totalCount } }`, `{ members(filter: { category: FUL }) { totalCount } }`],
  membership: [`{ members { totalCont } }`, `{ members(frist: 5) { totalCount } }`, `{ members(filter: { category: FUL }) { totalCount } }`],
  governance: [`{ meetings { opensOnn } }`, `{ meetings(knd: GENERAL_ASSEMBLY) { id } }`, `{ meetings(kind: GENERAL_ASEMBLY) { id } }`],
  'regional-offices': [`{ offices { nme } }`, `{ office(id: "east-asia") { cty } }`, `{ offices { regin } }`],
};

/** A misspelt enum value is a value its type refuses (BAD_USER_INPUT); a misspelt field or argument is no input at all. */
function refusalCodeOf(query: string): string {
  return /: (FUL|GENERAL_ASEMBLY)\b/.test(query) ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED';
}

/** What a suggestion would give away for the misspellings above. */
const SUGGESTED_NAMES = ['name', 'first', 'FULL', 'opensOn', 'kind', 'GENERAL_ASSEMBLY', 'totalCount', 'city', 'region'];

const INTROSPECTION = [`{ __schema { queryType { name } } }`, `{ __type(name: "Query") { name } }`];

function messagesOf(answer: GraphQLResponse): string {
  return (answer.errors ?? []).map((error) => error.message).join('\n');
}

describe('introspection', () => {
  it.each(PROCESSES)('is on in development on %s, where Apollo Sandbox needs it', async (process) => {
    for (const query of INTROSPECTION) {
      const answer = await ask(development, process, query);
      expect(answer.errors).toBeUndefined();
      expect(JSON.stringify(answer.data)).toContain('"name":"Query"');
    }
  });

  it.each(PROCESSES)('is off in production on %s', async (process) => {
    for (const query of INTROSPECTION) {
      const answer = await ask(production, process, query);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(messagesOf(answer)).toMatch(/introspection is not allowed/);
    }
  });
});

describe('field suggestions', () => {
  it.each(PROCESSES)('help a developer in development on %s', async (process) => {
    for (const query of MISSPELT[process]) {
      const answer = await ask(development, process, query);
      expect(messagesOf(answer)).toMatch(/Did you mean/);
    }
  });

  it.each(PROCESSES)('are not echoed in production on %s', async (process) => {
    for (const query of MISSPELT[process]) {
      const answer = await ask(production, process, query);
      expect(answer.status).toBe(400);
      expect(answer.errors![0]!.extensions).toMatchObject({ code: refusalCodeOf(query) });
      expect(messagesOf(answer)).not.toMatch(/Did you mean/);
      // A name the schema holds is a leak only when the caller did not write it.
      const unwritten = SUGGESTED_NAMES.filter((name) => !new RegExp(`\\b${name}\\b`).test(query));
      for (const name of unwritten) expect(messagesOf(answer)).not.toContain(`"${name}"`);
    }
  });

  it('are not echoed in production when a variable carries the misspelt value', async () => {
    const query = `query($category: MembershipCategory) { members(filter: { category: $category }) { totalCount } }`;
    const variables = { category: 'FUL' };
    expect(messagesOf(await development.query(query, { variables }))).toMatch(/Did you mean the enum value "FULL"/);
    const answer = await production.query(query, { variables });
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(messagesOf(answer)).not.toMatch(/Did you mean|FULL/);
  });
});

describe('operation limits in production', () => {
  const LIMITS = OPERATION_LIMIT_DEFAULTS;
  const PAST_EACH_LIMIT: Record<string, string> = {
    depth: queryOfDepth(LIMITS.maxDepth + 1),
    aliases: queryWithAliases(LIMITS.maxAliases + 1),
    directives: queryWithDirectives(LIMITS.maxDirectives + 1),
    tokens: `{ offices { ${'name '.repeat(LIMITS.maxTokens)}} }`,
    cost: queryOfCost(LIMITS.maxCost + 1),
  };

  it.each(Object.keys(PAST_EACH_LIMIT))('refuse an operation past the %s limit without saying the limit', async (limit) => {
    const developer = await development.query(PAST_EACH_LIMIT[limit]!);
    expect(messagesOf(developer)).toMatch(/\d/);

    const answer = await production.query(PAST_EACH_LIMIT[limit]!);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(answer.errors![0]!.message).not.toMatch(/\d|Did you mean|Syntax Error/);
    expect(answer.errors![0]!.message).toMatch(/^The operation (nests its fields too deeply|uses too many aliases|uses too many directives|is too long|asks for too much)/);
  });
});

describe('the explorer at /explorer and the landing page at /graphql', () => {
  const explorerOf = (graph: GraphUnderTest, process: ProcessName) => fetch(new URL('/explorer', urlOf(graph, process)));
  const landingPageOf = (graph: GraphUnderTest, process: ProcessName) => fetch(urlOf(graph, process), { headers: { accept: 'text/html' } });

  it('is served in development by the gateway and by regional-offices (for offices), by no other subgraph', async () => {
    for (const process of PROCESSES) {
      const answer = await explorerOf(development, process);
      const served = process === 'gateway' || process === 'regional-offices';
      expect([process, answer.status]).toEqual([process, served ? 200 : 404]);
      if (served) expect(await answer.text()).toContain('/explorer/graphiql.js');
    }
  });

  it('is off in production on every process, with introspection', async () => {
    for (const process of PROCESSES) expect([process, (await explorerOf(production, process)).status]).toEqual([process, 404]);
  });

  it('is where the gateway’s landing page sends whoever cannot load Apollo Sandbox, in development only', async () => {
    const page = await (await landingPageOf(development, 'gateway')).text();
    expect(page).toMatch(/<div class="fallback">[\s\S]*<a href="\/explorer">\/explorer<\/a>[\s\S]*<\/div>/);
    expect(await (await landingPageOf(production, 'gateway')).text()).not.toContain('href="/explorer"');
  });
});
