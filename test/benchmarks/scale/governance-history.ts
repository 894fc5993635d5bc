import type { GraphQLCaller } from '@wego/testing';

/** The day the history is recorded on, after its last meeting: every meeting of it has opened. */
export const HISTORY_RECORDED_ON = '2040-03-01';
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2039;

/** What the history holds once recorded. */
export interface RecordedHistory {
  assemblies: number;
  committeeMeetings: number;
  candidacies: number;
  mandates: number;
  nominations: number;
  decisions: number;
}

/**
 * Thirty years of governance recorded through the public API as the Secretariat records it: ten
 * regular General Assemblies (every third October from 2011), each with its host designated at the
 * one before, its written candidacies, a President and seven Committee members elected and a
 * resolution; a regular Committee meeting every October with its activity review and plan, and
 * after each Assembly five Vice President nominations.
 */
export async function recordGovernanceHistory(query: GraphQLCaller, token: string): Promise<RecordedHistory> {
  const send = async (mutation: string, input: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const answer = await query(mutation, { variables: { input }, token });
    if (answer.errors) throw new Error(`${mutation.slice(0, 60)} ${JSON.stringify(input)} was refused: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, unknown>;
  };
  const schedule = async (input: Record<string, unknown>) =>
    ((await send('mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }', input)).scheduleMeeting as { id: string }).id;
  const decide = (meetingId: string, kind: string, title: string) =>
    send('mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }', { meetingId, kind, title, text: `${title}: adopted as recorded.` });

  const listed = await query('{ members(filter: { foundingMember: true }, first: 200) { edges { node { id } } } }');
  const founders = (listed.data.members.edges as Array<{ node: { id: string } }>).map(({ node }) => node.id);
  if (founders.length < 50) throw new Error(`the history needs the 50 founding members, and ${founders.length} are on record`);
  // Hosts, Presidents and Committee members come from separate founders, so that no one is EVP and Vice President at once (G10).
  const hosts = founders.slice(0, 10);
  const presidents = founders.slice(10, 20);
  const committeePool = founders.slice(20, 50);
  const counts: RecordedHistory = { assemblies: 0, committeeMeetings: 0, candidacies: 0, mandates: 0, nominations: 0, decisions: 0 };

  const assemblyYears = Array.from({ length: 10 }, (_, index) => FIRST_YEAR + 1 + 3 * index);
  const assemblies: Array<{ id: string; year: number; committee: string[] }> = [];
  let designatedOn = `${FIRST_YEAR}-06-01`;
  for (const [index, year] of assemblyYears.entries()) {
    const opensOn = `${year}-10-10`;
    const id = await schedule({ kind: 'GENERAL_ASSEMBLY', opensOn, hostMemberId: hosts[index], hostDesignatedOn: designatedOn });
    designatedOn = opensOn;
    const committee = Array.from({ length: 7 }, (_, seat) => committeePool[(index * 7 + seat) % committeePool.length]!);
    assemblies.push({ id, year, committee });
    counts.assemblies += 1;
  }
  for (const [index, assembly] of assemblies.entries()) {
    const candidacy = (memberId: string, position: string) =>
      send('mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { id } }', {
        meetingId: assembly.id,
        memberId,
        position,
        receivedOn: `${assembly.year}-08-01`,
      });
    await candidacy(presidents[index]!, 'PRESIDENT');
    await candidacy(presidents[(index + 1) % presidents.length]!, 'PRESIDENT');
    for (const memberId of [...assembly.committee, committeePool[(index * 7 + 7) % committeePool.length]!]) await candidacy(memberId, 'EXECUTIVE_COMMITTEE_MEMBER');
    counts.candidacies += 2 + assembly.committee.length + 1;
    const elect = (position: string, electedMemberIds: string[]) =>
      send('mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { id } }', { meetingId: assembly.id, position, electedMemberIds });
    await elect('PRESIDENT', [presidents[index]!]);
    await elect('EXECUTIVE_COMMITTEE_MEMBER', assembly.committee);
    counts.mandates += 1 + assembly.committee.length;
    await decide(assembly.id, 'RESOLUTION', `Strategic direction ${assembly.year}-${assembly.year + 3}`);
    counts.decisions += 1;
  }
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const id = await schedule({ kind: 'EXECUTIVE_COMMITTEE', opensOn: `${year}-10-20`, hostMemberId: founders[year % founders.length] });
    counts.committeeMeetings += 1;
    await decide(id, 'ACTIVITY_REVIEW', `Activities of ${year}`);
    await decide(id, 'ACTIVITY_PLAN', `Plan for ${year + 1}`);
    counts.decisions += 2;
    const elected = assemblies.find((assembly) => assembly.year === year);
    if (elected) {
      await send('mutation($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { id } }', {
        meetingId: id,
        memberIds: elected.committee.slice(0, 5),
      });
      counts.nominations += 5;
    }
  }
  return counts;
}
