import { testTokens } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { changedTables, databaseFingerprint } from './database-fingerprint';
import { postOperation } from './raw-request';
import { codesOf, problemsOf } from './safe-answer';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

/** A cursor as this API writes one, holding whatever sort key and id a forger chose. */
const forgedCursor = (sortKey: unknown, id: unknown): string => Buffer.from(`wego:v1:${JSON.stringify([sortKey, id])}`, 'utf8').toString('base64url');

interface HostileRead {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The answer must be refused with this code; otherwise it may be answered (an unknown id answers null). */
  refusedWith?: string;
  asSecretariat?: boolean;
}

const MEMBERS_NAMED = `query($text: String) { members(filter: { nameContains: $text }) { totalCount } }`;
const MEMBERS_AFTER = `query($after: String) { members(after: $after) { totalCount edges { node { name } } } }`;
const OFFICE_MEMBERS_AFTER = `query($after: String) { offices { members(after: $after) { totalCount } } }`;
const UUID_OF_NOTHING = '00000000-0000-4000-8000-00000000beef';

const READS: HostileRead[] = [
  { label: 'nameContains with a NUL byte', query: MEMBERS_NAMED, variables: { text: 'Seo\u0000ul' }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'nameContains with a lone surrogate', query: MEMBERS_NAMED, variables: { text: '\ud800' } },
  ...['%', '_', '\\', "' OR '1'='1", '%_%'].map((text) => ({ label: `nameContains ${text}`, query: MEMBERS_NAMED, variables: { text } })),
  { label: 'nameContains of 201 characters', query: MEMBERS_NAMED, variables: { text: 'x'.repeat(201) }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'nameContains of 100 000 characters', query: MEMBERS_NAMED, variables: { text: 'x'.repeat(100_000) }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a country code with a NUL byte', query: `query($code: String) { members(filter: { countryCode: $code }) { totalCount } }`, variables: { code: 'K\u0000' }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a cursor that is not one', query: MEMBERS_AFTER, variables: { after: '!!!' }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a forged cursor whose sort key holds a NUL byte', query: MEMBERS_AFTER, variables: { after: forgedCursor('Seo\u0000ul', UUID_OF_NOTHING) }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a forged cursor whose id holds a NUL byte', query: MEMBERS_AFTER, variables: { after: forgedCursor('Seoul', '\u0000') }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a forged cursor with a lone surrogate', query: MEMBERS_AFTER, variables: { after: forgedCursor('\ud800', UUID_OF_NOTHING) } },
  { label: 'a forged cursor with SQL', query: MEMBERS_AFTER, variables: { after: forgedCursor("'; DROP TABLE membership.member; --", "' OR '1'='1") } },
  { label: 'a forged cursor with numbers', query: MEMBERS_AFTER, variables: { after: forgedCursor(1, 2) }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'a forged cursor of 500 000 characters', query: MEMBERS_AFTER, variables: { after: forgedCursor('x'.repeat(500_000), UUID_OF_NOTHING) } },
  { label: "a forged cursor with a NUL byte for an office's members", query: OFFICE_MEMBERS_AFTER, variables: { after: forgedCursor('Seo\u0000ul', UUID_OF_NOTHING) }, refusedWith: 'BAD_USER_INPUT' },
  ...[0, -1, 201, 2 ** 31 - 1].map((first) => ({ label: `first: ${first}`, query: `query($first: Int) { members(first: $first) { totalCount } }`, variables: { first }, refusedWith: 'BAD_USER_INPUT' })),
  {
    label: 'first: 0 for the refused attempts',
    query: `query($first: Int) { governanceRefusedAttempts(first: $first) { actor } }`,
    variables: { first: 0 },
    refusedWith: 'BAD_USER_INPUT',
    asSecretariat: true,
  },
  ...['\u0000', '\ud800', 'x'.repeat(10_000), "east-asia'; DROP TABLE regional_offices.office; --", 'EAST-ASIA', ' east-asia'].map((id) => ({
    label: `office(id: ${JSON.stringify(id.slice(0, 40))})`,
    query: `query($id: ID!) { office(id: $id) { id name } }`,
    variables: { id },
  })),
  ...['\u0000', '\ud800', 'x'.repeat(10_000), UUID_OF_NOTHING, "'; DROP TABLE membership.member; --"].map((id) => ({
    label: `member(id: ${JSON.stringify(id.slice(0, 40))}) and meeting(id: …)`,
    query: `query($id: ID!) { member(id: $id) { id name } meeting(id: $id) { id } }`,
    variables: { id },
  })),
  ...['0001-01-01', '9999-12-31'].map((on) => ({
    label: `the committee and charter issues on ${on}`,
    query: `query($on: Date) { executiveCommittee(on: $on) { id } charterIssues(on: $on) { rule } }`,
    variables: { on },
  })),
  ...['2027-02-30', '0000-01-01', ' 2027-01-01', '2027-01-01\u0000'].map((on) => ({
    label: `the committee on ${JSON.stringify(on)}`,
    query: `query($on: Date) { executiveCommittee(on: $on) { id } }`,
    variables: { on },
    refusedWith: 'BAD_USER_INPUT',
  })),
  { label: 'mandates active on 2027-13-01', query: `query($on: Date) { members(first: 1) { edges { node { mandates(activeOn: $on) { id } } } } }`, variables: { on: '2027-13-01' }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'meetings of a kind that does not exist', query: `query($kind: MeetingKind) { meetings(kind: $kind) { id } }`, variables: { kind: 'ANNUAL_PARTY' }, refusedWith: 'BAD_USER_INPUT' },
];

describe('hostile arguments of reads through the gateway', () => {
  it.each(READS.map((read) => [read.label, read] as const))('%s: no 5xx, no internals, a coded refusal where the input is malformed', async (_, read) => {
    const before = await databaseFingerprint(graph);
    const token = read.asSecretariat ? await testTokens.secretariat() : undefined;
    const answer = await postOperation(graph.gateway.url, read.query, JSON.stringify(read.variables), { token });
    const problems = problemsOf(answer);
    if (read.refusedWith && !codesOf(answer).includes(read.refusedWith)) problems.push(`expected ${read.refusedWith}, got ${answer.text.slice(0, 300)}`);
    if (!read.refusedWith && answer.errors.length > 0) problems.push(`expected an answer, got ${answer.text.slice(0, 300)}`);
    expect(problems).toEqual([]);
    expect(changedTables(before, await databaseFingerprint(graph))).toEqual([]);
  });
});
