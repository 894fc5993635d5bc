import { startedForThisFile, testTokens } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { changedTables, databaseFingerprint } from './database-fingerprint';
import { postOperation } from './raw-request';
import { codesOf, problemsOf } from './safe-answer';

const graph = startedForThisFile(startGraph);


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
const DECISIONS_FILTERED = `query($filter: DecisionFilter) { decisions(filter: $filter) { totalCount } }`;
const DECISIONS_AFTER = `query($after: String) { decisions(after: $after) { totalCount edges { node { reference } } } }`;
/** A sort key as decisions' cursors write one: opening day, meeting kind, meeting id, number. */
const decisionSortKey = (day: string, kind: string, number: string): string => `${day}/${kind}/${UUID_OF_NOTHING}/${number}`;

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
  { label: 'textContains of decisions with a NUL byte', query: DECISIONS_FILTERED, variables: { filter: { textContains: 'Decl\u0000aration' } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'textContains of decisions with a BEL', query: DECISIONS_FILTERED, variables: { filter: { textContains: 'Decl\u0007aration' } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'textContains of decisions empty', query: DECISIONS_FILTERED, variables: { filter: { textContains: '' } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'textContains of decisions of 201 characters', query: DECISIONS_FILTERED, variables: { filter: { textContains: 'x'.repeat(201) } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'textContains of decisions of 100 000 characters', query: DECISIONS_FILTERED, variables: { filter: { textContains: 'x'.repeat(100_000) } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'textContains of decisions with a lone surrogate', query: DECISIONS_FILTERED, variables: { filter: { textContains: '\ud800' } } },
  ...['%', '_', '\\', "' OR '1'='1", '%_%', ' ', 'line\nbreak'].map((text) => ({ label: `textContains of decisions ${JSON.stringify(text)}`, query: DECISIONS_FILTERED, variables: { filter: { textContains: text } } })),
  ...[0, -1, 10_000, 2 ** 31 - 1].map((year) => ({ label: `decisions of year ${year}`, query: DECISIONS_FILTERED, variables: { filter: { year } }, refusedWith: 'BAD_USER_INPUT' })),
  ...[1, 9999].map((year) => ({ label: `decisions of year ${year}`, query: DECISIONS_FILTERED, variables: { filter: { year } } })),
  { label: 'decisions of a kind that does not exist', query: DECISIONS_FILTERED, variables: { filter: { kind: 'DECREE' } }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'decisions of a meeting kind that does not exist', query: DECISIONS_FILTERED, variables: { filter: { meetingKind: 'ANNUAL_PARTY' } }, refusedWith: 'BAD_USER_INPUT' },
  ...[0, -1, 201, 2 ** 31 - 1].map((first) => ({ label: `decisions, first: ${first}`, query: `query($first: Int) { decisions(first: $first) { totalCount } }`, variables: { first }, refusedWith: 'BAD_USER_INPUT' })),
  { label: 'decisions after a cursor that is not one', query: DECISIONS_AFTER, variables: { after: '!!!' }, refusedWith: 'BAD_USER_INPUT' },
  { label: "decisions after the members' cursor", query: DECISIONS_AFTER, variables: { after: forgedCursor('Seoul', UUID_OF_NOTHING) }, refusedWith: 'BAD_USER_INPUT' },
  { label: 'decisions after a cursor of a well-formed place no decision holds', query: DECISIONS_AFTER, variables: { after: forgedCursor(decisionSortKey('2027-06-15', 'EXECUTIVE_COMMITTEE', '2'), UUID_OF_NOTHING) } },
  ...[
    ['a date that does not exist', decisionSortKey('2027-02-30', 'GENERAL_ASSEMBLY', '1')],
    ['year 0', decisionSortKey('0000-01-01', 'GENERAL_ASSEMBLY', '1')],
    ['a meeting kind that does not exist', decisionSortKey('2027-06-15', 'ANNUAL_PARTY', '1')],
    ['SQL', decisionSortKey("2027-06-15'; DROP TABLE governance.decision; --", 'GENERAL_ASSEMBLY', '1')],
    ['number 0', decisionSortKey('2027-06-15', 'GENERAL_ASSEMBLY', '0')],
    ['a number past 32 bits', decisionSortKey('2027-06-15', 'GENERAL_ASSEMBLY', '99999999999')],
    ['a meeting id that is not one', '2027-06-15/GENERAL_ASSEMBLY/not-a-uuid/1'],
    ['one part too many', `${decisionSortKey('2027-06-15', 'GENERAL_ASSEMBLY', '1')}/1`],
    ['a NUL byte', `${decisionSortKey('2027-06-15', 'GENERAL_ASSEMBLY', '1')}\u0000`],
  ].map(([what, sortKey]) => ({ label: `decisions after a forged cursor with ${what}`, query: DECISIONS_AFTER, variables: { after: forgedCursor(sortKey, UUID_OF_NOTHING) }, refusedWith: 'BAD_USER_INPUT' })),
  { label: 'decisions after a forged cursor whose id is not one', query: DECISIONS_AFTER, variables: { after: forgedCursor(decisionSortKey('2027-06-15', 'GENERAL_ASSEMBLY', '1'), 'x') }, refusedWith: 'BAD_USER_INPUT' },
  ...['\u0000', '\ud800', 'x'.repeat(10_000), UUID_OF_NOTHING, "'; DROP TABLE governance.decision; --"].map((id) => ({
    label: `decision(id: ${JSON.stringify(id.slice(0, 40))})`,
    query: `query($id: ID!) { decision(id: $id) { id reference } }`,
    variables: { id },
  })),
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
