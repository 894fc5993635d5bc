import { startedForThisFile, testTokens } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { GovernanceDesk } from '../support/governance-desk';
import { changedTables, databaseFingerprint } from './database-fingerprint';
import { postRaw, type RawAnswer } from './raw-request';
import {
  aliasedMutations,
  aliases,
  batch,
  conflictingAliases,
  deepIntrospection,
  directivePerField,
  doublingFragments,
  federationHops,
  FRAGMENT_SPREADING_ITSELF,
  FRAGMENTS_SPREADING_EACH_OTHER,
  manyOperations,
  nestedInputVariable,
  nestedListArgument,
  nestedListVariable,
  nestedSelections,
  operation,
  repeatedDirective,
  sameField,
} from './request-shapes';
import { codesOf, problemsOf } from './safe-answer';

const graph = startedForThisFile(startGraph);
let memberToken = '';
let firstMemberId = '';

/** The fee of the first member by name, which every hop of the deep queries reaches: no anonymous answer may carry it. */
const SECRET_FEE = 97531;

beforeAll(async () => {
  const desk = await GovernanceDesk.asSecretariat(graph.query);
  firstMemberId = (await graph.query(`{ members(first: 1) { edges { node { id } } } }`)).data.members.edges[0].node.id;
  const assessed = await desk.send(`mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`, { input: { memberId: firstMemberId, year: 2026, amountDue: SECRET_FEE } });
  expect(assessed.errors).toBeUndefined();
  memberToken = await testTokens.member(firstMemberId);
});

interface HostileShape {
  label: string;
  body: () => string;
  /** A member's token; anonymous otherwise. */
  asMember?: boolean;
  contentType?: string;
  /** The answer must be refused, with these codes alone; when omitted it may be answered. */
  refusedWith?: string[];
}

const VALIDATION = ['GRAPHQL_VALIDATION_FAILED'];
const BAD_REQUEST = ['BAD_REQUEST'];

const SHAPES: HostileShape[] = [
  { label: 'a query 15 federation hops deep, one member wide', body: () => federationHops(15, 1) },
  { label: 'a query 6 federation hops deep, two members wide at each (128 members)', body: () => federationHops(6, 2) },
  { label: 'an introspection query 20 types deep', body: () => deepIntrospection(20) },
  { label: 'selection sets nested 5 000 deep', body: () => nestedSelections(5_000), refusedWith: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] },
  { label: '1 000 aliases of a field', body: () => aliases(1_000, 'charter { executiveCommitteeMaxSeats }') },
  { label: '30 aliases of the offices and their members', body: () => aliases(30, 'offices { id name members(first: 1) { totalCount } }') },
  { label: '10 aliases of 200 members each, with their office', body: () => aliases(10, 'members(first: 200) { totalCount edges { node { name office { name } } } }') },
  { label: 'one field selected 10 000 times', body: () => sameField(10_000, 'id', 'offices'), refusedWith: VALIDATION },
  { label: '__typename selected 20 000 times', body: () => sameField(20_000, '__typename'), refusedWith: VALIDATION },
  { label: 'one response name for 300 fields that cannot merge', body: () => conflictingAliases(300), refusedWith: VALIDATION },
  { label: 'two fragments spreading each other', body: () => FRAGMENTS_SPREADING_EACH_OTHER, refusedWith: VALIDATION },
  { label: 'a fragment spreading itself', body: () => FRAGMENT_SPREADING_ITSELF, refusedWith: VALIDATION },
  { label: '30 fragments each spreading the next twice', body: () => doublingFragments(30) },
  { label: '@include 1 000 times on one field', body: () => repeatedDirective(1_000, '@include(if: true)'), refusedWith: VALIDATION },
  { label: '1 000 unknown directives', body: () => repeatedDirective(1_000, '@wego'), refusedWith: VALIDATION },
  { label: 'two directives on each of 300 fields', body: () => directivePerField(300) },
  { label: 'a batch of two operations (JSON array)', body: () => batch(2, '{ offices { id } }'), refusedWith: BAD_REQUEST },
  { label: 'a batch of 1 000 operations', body: () => batch(1_000, '{ members(first: 200) { totalCount } }'), refusedWith: BAD_REQUEST },
  {
    label: 'a batch of mutations from a member',
    body: () => batch(50, `mutation { setMemberStatus(memberId: "${firstMemberId}", status: WITHDRAWN) { id } }`),
    asMember: true,
    refusedWith: BAD_REQUEST,
  },
  { label: '1 000 operations in one document, one of them named', body: () => manyOperations(1_000, 'Q999') },
  {
    label: '1 000 operations in one document, none named',
    body: () => manyOperations(1_000),
    refusedWith: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    label: 'an operationName the document does not hold',
    body: () => operation('query Offices { offices { id } }', { operationName: 'Members' }),
    refusedWith: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    label: 'a subscription',
    body: () => operation('subscription { offices { id } }'),
    refusedWith: ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE'],
  },
  {
    label: '100 aliased status changes from a member',
    body: () => aliasedMutations(100, () => `setMemberStatus(memberId: "${firstMemberId}", status: WITHDRAWN) { id }`),
    asMember: true,
    refusedWith: ['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    label: '100 aliased registrations without a token',
    body: () => aliasedMutations(100, (index) => `registerMember(input: { name: "Intruder ${index}", category: FULL, kind: CITY, countryCode: "KR" }) { id }`),
    refusedWith: ['UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED'],
  },
  { label: 'a list nested 10 000 deep in an argument', body: () => nestedListArgument(10_000), refusedWith: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] },
  { label: 'a variable nested 100 000 lists deep', body: () => nestedListVariable(100_000), refusedWith: ['BAD_USER_INPUT'] },
  { label: 'an input object nested 5 000 deep', body: () => nestedInputVariable(5_000), refusedWith: ['BAD_USER_INPUT'] },
  { label: 'an empty body', body: () => '', refusedWith: BAD_REQUEST },
  { label: 'a body that is not JSON', body: () => '{"query": ', refusedWith: BAD_REQUEST },
  { label: 'a JSON string for a body', body: () => JSON.stringify('{ offices { id } }'), refusedWith: BAD_REQUEST },
  { label: 'null for a body', body: () => 'null', refusedWith: BAD_REQUEST },
  { label: 'a number for the query', body: () => JSON.stringify({ query: 42 }), refusedWith: BAD_REQUEST },
  { label: 'variables given as a string', body: () => JSON.stringify({ query: '{ offices { id } }', variables: '{}' }), refusedWith: BAD_REQUEST },
  { label: 'a form post (cross-site request)', body: () => 'query=%7B%20offices%20%7B%20id%20%7D%20%7D', contentType: 'application/x-www-form-urlencoded', refusedWith: BAD_REQUEST },
];

/** An ordinary query across two subgraphs, and what it answers. */
const ORDINARY = JSON.stringify({ query: `{ offices { id } members(first: 3) { totalCount edges { node { name office { id } } } } }` });

async function ordinaryQueryAnswered(): Promise<string[]> {
  const answer = await postRaw(graph.gateway.url, ORDINARY);
  const data = answer.data as { offices?: unknown[]; members?: { totalCount: number; edges: Array<{ node: { office: { id: string } | null } }> } } | null | undefined;
  const whole = answer.status === 200 && answer.errors.length === 0 && data?.offices?.length === 5 && data.members?.edges.every((edge) => edge.node.office !== null);
  return whole ? [] : [`the next ordinary query was not answered whole: HTTP ${answer.status} ${answer.text.slice(0, 300)}`];
}

function refusalProblems(shape: HostileShape, answer: RawAnswer): string[] {
  if (!shape.refusedWith) return [];
  const codes = codesOf(answer);
  if (codes.length === 0) return [`answered, but should have been refused: ${answer.text.slice(0, 200)}`];
  const unexpected = codes.filter((code) => !shape.refusedWith!.includes(code));
  return unexpected.length > 0 ? [`refused with ${[...new Set(unexpected)].join(', ')}; expected ${shape.refusedWith.join(' or ')}`] : [];
}

/** Sends the shape, then an ordinary query: what is wrong with either, or with the database. */
async function problemsOfShape(shape: HostileShape): Promise<string[]> {
  const before = await databaseFingerprint(graph);
  const answer = await postRaw(graph.gateway.url, shape.body(), { token: shape.asMember ? memberToken : undefined, contentType: shape.contentType });
  const problems = [...problemsOf(answer), ...refusalProblems(shape, answer)];
  if (answer.text.includes(String(SECRET_FEE))) problems.push('the answer carries a fee its caller may not read');
  // A shape past an operation limit is refused whole, before any subgraph is asked: that is an answer too.
  const refusedByLimits = answer.data == null && answer.errors.length > 0 && codesOf(answer).every((code) => code === 'GRAPHQL_VALIDATION_FAILED');
  const unexpectedErrors =
    shape.refusedWith || refusedByLimits ? [] : answer.errors.filter((error) => error.extensions?.code !== 'FORBIDDEN' || error.path?.at(-1) !== 'fees');
  if (unexpectedErrors.length > 0) problems.push(`answered with errors other than the forbidden fees: ${JSON.stringify(unexpectedErrors.slice(0, 2))}`);
  const changed = changedTables(before, await databaseFingerprint(graph));
  if (changed.length > 0) problems.push(`changed ${changed.join(', ')}`);
  problems.push(...(await ordinaryQueryAnswered()));
  return problems;
}

describe('hostile shapes of request through the gateway: no 5xx, no hang, nothing leaked or written, the gateway answering next', () => {
  for (const shape of SHAPES) {
    it(shape.label, async () => {
      expect(await problemsOfShape(shape)).toEqual([]);
    });
  }

});

// Last, and each followed by a recovery: what they break outlives them on pooled connections.
describe('requests over the 1 MiB body limit, and what follows them', () => {
  afterEach(async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) if ((await ordinaryQueryAnswered().catch(() => ['reset'])).length === 0) return;
  });

  it(
    'a query 12 hops deep and two wide, whose plan would send a subgraph more than 1 MiB: refused by the limits, and the next ordinary query answered',
    async () => {
      expect(await problemsOfShape({ label: 'deep and wide', body: () => federationHops(12, 2) })).toEqual([]);
    },
  );

  it(
    'a body over the limit is answered 413 and its connection closed; ordinary queries after it are answered',
    async () => {
      const problems: string[] = [];
      const oversized = JSON.stringify({ query: '{ offices { id } }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } });
      const answer = await postRaw(graph.gateway.url, oversized).catch((error: Error) => ({ failed: String(error.cause ?? error) }));
      if ('failed' in answer) problems.push(`the body over the limit: ${answer.failed}`);
      else if (answer.status !== 413 || codesOf(answer).join() !== 'BAD_REQUEST') problems.push(`the body over the limit: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      for (let next = 0; next < 2; next += 1) problems.push(...(await ordinaryQueryAnswered().catch((error: Error) => [`the next ordinary query: ${String(error.cause ?? error)}`])));
      expect(problems).toEqual([]);
    },
  );
});
