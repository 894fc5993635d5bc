import { startedForThisFile, testTokens } from '@wego/testing';
import { startGraph } from './support/graph-under-test';

const graph = startedForThisFile(startGraph);
let secretariat: string;
beforeAll(async () => {
  secretariat = await testTokens.secretariat();
});

const ONE_MIB = 1024 * 1024;
const REGISTER_ULSAN = `mutation { registerMember(input: { name: "Ulsan", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`;

interface RawAnswer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function send(init: { method?: string; search?: string; headers?: Record<string, string>; body?: string }): Promise<RawAnswer> {
  const response = await fetch(`${graph.gateway.url}${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers: { authorization: `Bearer ${secretariat}`, ...init.headers },
    body: init.body,
  });
  return { status: response.status, body: (await response.json()) as RawAnswer['body'] };
}

async function ulsanIsRegistered(): Promise<boolean> {
  const answer = await graph.query(`{ members(filter: { nameContains: "Ulsan" }) { totalCount } }`);
  return answer.data.members.totalCount > 0;
}

/** Nothing reached a subgraph: not one SQL statement, and Ulsan is still unknown. */
async function expectNothingRan(): Promise<void> {
  expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);
  expect(await ulsanIsRegistered()).toBe(false);
}

/** A JSON body of exactly `bytes` bytes that asks for the offices' names. */
function bodyOfSize(bytes: number, query = `{ offices { name } }`): string {
  const empty = JSON.stringify({ query, variables: { padding: '' } });
  const body = JSON.stringify({ query, variables: { padding: 'x'.repeat(bytes - Buffer.byteLength(empty)) } });
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

describe('HTTP batching', () => {
  it('is off: a JSON array of operations is refused with 400 and none of them runs', async () => {
    graph.resetStatementCounts();
    const answer = await send({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: `{ offices { name } }` }, { query: REGISTER_ULSAN }]),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(answer.body.errors![0]!.message).toMatch(/batching/i);
    await expectNothingRan();
  });
});

describe('the request body limit of 1 MiB', () => {
  it('serves a body of exactly 1 MiB', async () => {
    const answer = await send({ headers: { 'content-type': 'application/json' }, body: bodyOfSize(ONE_MIB) });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ offices: expect.arrayContaining([{ name: 'WeGO Secretariat' }]) });
  });

  it('refuses a body one byte larger with 413, and runs nothing of it', async () => {
    graph.resetStatementCounts();
    const answer = await send({ headers: { 'content-type': 'application/json' }, body: bodyOfSize(ONE_MIB + 1, REGISTER_ULSAN) });
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    await expectNothingRan();
  });
});

describe('CSRF prevention', () => {
  const OFFICES = `?query=${encodeURIComponent('{ offices { name } }')}`;

  it('refuses a GET without a preflight header, as a page on another site could send it', async () => {
    graph.resetStatementCounts();
    const answer = await send({ method: 'GET', search: OFFICES });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
    expect(answer.body.data).toBeUndefined();
    await expectNothingRan();
  });

  it('serves a GET that carries apollo-require-preflight or x-apollo-operation-name', async () => {
    const preflights: Array<Record<string, string>> = [{ 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'Offices' }];
    for (const header of preflights) {
      const answer = await send({ method: 'GET', search: OFFICES, headers: header });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toMatchObject({ offices: expect.any(Array) });
    }
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a POST of content type %s without a preflight header, and runs nothing of it',
    async (contentType) => {
      graph.resetStatementCounts();
      const answer = await send({ headers: { 'content-type': contentType }, body: JSON.stringify({ query: REGISTER_ULSAN }) });
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
      await expectNothingRan();
    },
  );
});
