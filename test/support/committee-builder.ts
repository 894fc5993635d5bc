import { accepted } from '@wego/testing';
import type { GovernanceDesk } from './governance-desk';
import type { GraphUnderTest } from './graph-under-test';

export interface MandateRead {
  id: string;
  position: string;
  startsOn: string;
  endsOn: string;
}

/** A General Assembly as a test asks for it: who hosts it, who it elects. */
export interface CommitteeToElect {
  opensOn: string;
  hostMemberId: string;
  /** When the host was designated (G9); three years before the Assembly opens when omitted, so that it follows the previous one's host. */
  hostDesignatedOn?: string;
  /** False for an extraordinary Assembly. */
  regular?: boolean;
  presidentId?: string;
  memberIds?: readonly string[];
}

export interface ElectedCommittee {
  meetingId: string;
  /** The mandate each elected member was given, by member id. */
  mandateOf: Map<string, MandateRead>;
}

function threeYearsBefore(date: string): string {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${String(year - 3).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * Records history as the Secretariat would: schedules a General Assembly, receives the written
 * candidacies on its deadline, and records who it elected. The Assembly must open on or before
 * today (results are recorded on or after it opens, G7); a refused step fails the setup loudly.
 */
export async function electCommittee(desk: GovernanceDesk, committee: CommitteeToElect): Promise<ElectedCommittee> {
  const regular = committee.regular ?? true;
  const designation = regular ? { hostDesignatedOn: committee.hostDesignatedOn ?? threeYearsBefore(committee.opensOn) } : { regular };
  const scheduled = accepted(await desk.scheduleMeeting('GENERAL_ASSEMBLY', committee.opensOn, committee.hostMemberId, designation), 'scheduleMeeting');
  const { id: meetingId, candidacyDeadline } = scheduled.data.scheduleMeeting as { id: string; candidacyDeadline: string };
  const mandateOf = new Map<string, MandateRead>();
  const elect = async (position: string, memberIds: readonly string[]): Promise<void> => {
    if (memberIds.length === 0) return;
    for (const memberId of memberIds) accepted(await desk.submitCandidacy(meetingId, memberId, position, candidacyDeadline), 'submitCandidacy');
    const result = accepted(await desk.recordElectionResult(meetingId, position, [...memberIds]), 'recordElectionResult');
    for (const mandate of result.data.recordElectionResult as Array<MandateRead & { member: { id: string } }>) mandateOf.set(mandate.member.id, mandate);
  };
  await elect('PRESIDENT', committee.presidentId ? [committee.presidentId] : []);
  await elect('EXECUTIVE_COMMITTEE_MEMBER', committee.memberIds ?? []);
  return { meetingId, mandateOf };
}

/** A member's mandates as `Member.mandates` lists them (all of them, or those active on a date). */
export async function mandatesOfMember(graph: GraphUnderTest, memberId: string, activeOn?: string): Promise<MandateRead[]> {
  const answer = await graph.query(`query($id: ID!, $on: Date) { member(id: $id) { mandates(activeOn: $on) { id position startsOn endsOn } } }`, {
    variables: { id: memberId, on: activeOn ?? null },
  });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.member.mandates;
}
