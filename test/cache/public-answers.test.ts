import { RESPONSE_CACHE_DEFAULTS } from '@wego/config';
import { testTokens } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';

const MAX_AGE = 42;
const PUBLIC = `public, max-age=${MAX_AGE}`;
const PRIVATE = 'private, no-store';

let graph: GraphUnderTest;
let seoul: string;
let meetingId: string;
beforeAll(async () => {
  graph = await startGraph({ responseCache: { ...RESPONSE_CACHE_DEFAULTS, publicMaxAgeSeconds: MAX_AGE } });
  [{ id: seoul }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Seoul'`);
  const scheduled = await graph.query(
    `mutation($host: ID!) { scheduleMeeting(input: { kind: EXECUTIVE_COMMITTEE, opensOn: "2026-12-10", hostMemberId: $host }) { id } }`,
    { variables: { host: seoul }, token: await testTokens.secretariat() },
  );
  expect(scheduled.errors).toBeUndefined();
  meetingId = scheduled.data.scheduleMeeting.id;
});
afterAll(async () => {
  await graph.stop();
});

async function cacheControlOf(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
  const answer = await graph.query(query, { variables });
  return answer.headers.get('cache-control');
}

describe('Cache-Control of anonymous answers', () => {
  it.each([
    ['the README query (all three subgraphs)', FOUNDING_MEMBERS_AND_OFFICES],
    ['membership: members with their status and joining day', `{ members(first: 5) { totalCount edges { cursor node { id name kind status joinedOn foundingMember } } pageInfo { hasNextPage endCursor } } }`],
    ['governance: meetings, committee, charter and its issues, decisions', `{ meetings { id kind opensOn regular chair { id } candidacies { id } nominations { id } decisions { id } }
        executiveCommittee { position startsOn } charter { executiveCommitteeMaxSeats rules { id title statute reading } }
        charterIssues { rule message } decisions(first: 5) { totalCount edges { node { reference } } } }`],
    ['regional-offices: the offices and their coverage', `{ offices { id kind name region city countryCode coveredCountryCodes } }`],
  ])('%s is public with the configured max-age', async (_, query) => {
    const answer = await graph.query(query);
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe(PUBLIC);
  });

  it.each([
    ['Member.fees (membership)', `query($id: ID!) { member(id: $id) { name fees { year } } }`],
    ['Member.feesFullyPaid (membership)', `query($id: ID!) { member(id: $id) { name feesFullyPaid } }`],
    ['Member.auditTrail (membership)', `query($id: ID!) { member(id: $id) { name auditTrail { at } } }`],
    ['membershipRefusedAttempts (membership)', `{ members(first: 1) { totalCount } membershipRefusedAttempts { at } }`],
    ['Meeting.auditTrail (governance)', `query($meeting: ID!) { meeting(id: $meeting) { opensOn auditTrail { at } } }`],
    ['governanceRefusedAttempts (governance)', `{ charter { executiveCommitteeMaxSeats } governanceRefusedAttempts { at } }`],
    ['Office.auditTrail (regional-offices)', `{ offices { name auditTrail { at } } }`],
    ['regionalOfficesRefusedAttempts (regional-offices)', `{ offices { name } regionalOfficesRefusedAttempts { at } }`],
  ])('a public query asking also for %s is private', async (_, query) => {
    const variables = query.includes('$meeting') ? { meeting: meetingId } : query.includes('$id') ? { id: seoul } : {};
    expect(await cacheControlOf(query, variables)).toBe(PRIVATE);
    const publicPart = query.replace(/ (fees \{ year \}|feesFullyPaid|auditTrail \{ at \}|\w+RefusedAttempts \{ at \})/, '');
    expect(await cacheControlOf(publicPart, variables)).toBe(PUBLIC);
  });

  it('is private for a caller with a token, even for public fields', async () => {
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES, { token: await testTokens.office('east-asia') });
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe(PRIVATE);
    expect(answer.headers.get('x-cache')).toBeNull();
  });

  it('is private for an answer with an error, and for a refused operation', async () => {
    const unknownMember = await graph.query(`{ members(first: 500) { totalCount } }`);
    expect(unknownMember.errors).toBeDefined();
    expect(unknownMember.headers.get('cache-control')).toBe(PRIVATE);
    const invalid = await graph.query(`{ offices { nope } }`);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe(PRIVATE);
  });

  it('is private for a mutation, even a refused anonymous one', async () => {
    const refused = await graph.query(`mutation { registerMember(input: { name: "Ulsan", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();
    expect(refused.headers.get('cache-control')).toBe(PRIVATE);
  });
});
