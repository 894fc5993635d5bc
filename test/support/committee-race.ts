import { accepted, expectRefused, type GraphQLResponse } from '@wego/testing';
import type { GovernanceDesk } from './governance-desk';

/** A regular General Assembly with part of its Executive Committee elected, and candidates whose results are yet to be recorded. */
export interface CommitteeRace {
  year: number;
  opensOn: string;
  meetingId: string;
  /** Elected before the race. */
  seated: string[];
  /** Candidates of the Assembly whose results the race records at once. */
  racing: string[];
}

/**
 * Schedules the Assembly of round `round` (one every three years from 2040, opening 1 June), has
 * `seatedCount` + `racingCount` of `members` (its host aside) stand for the Executive Committee,
 * and elects the first `seatedCount`. The host of a round after the first is the member the round
 * before seated first, so that scheduling it adds nobody to a committee already full; the rounds
 * alternate between the first two members, so a round needs no other to have run.
 */
export async function prepareCommitteeRace(
  desk: GovernanceDesk,
  options: { round: number; members: readonly string[]; seatedCount: number; racingCount: number },
): Promise<CommitteeRace> {
  const year = 2040 + 3 * options.round;
  const opensOn = `${year}-06-01`;
  const host = options.members[options.round % 2]!;
  const meetingId: string = accepted(await desk.scheduleMeeting('GENERAL_ASSEMBLY', opensOn, host), 'scheduleMeeting').data.scheduleMeeting.id;
  const candidates = options.members.filter((memberId) => memberId !== host).slice(0, options.seatedCount + options.racingCount);
  for (const memberId of candidates) {
    accepted(await desk.submitCandidacy(meetingId, memberId, 'EXECUTIVE_COMMITTEE_MEMBER', `${year}-04-01`), 'submitCandidacy');
  }
  const [seated, racing] = [candidates.slice(0, options.seatedCount), candidates.slice(options.seatedCount)];
  accepted(await desk.recordElectionResult(meetingId, 'EXECUTIVE_COMMITTEE_MEMBER', seated), 'recordElectionResult');
  return { year, opensOn, meetingId, seated, racing };
}

/** The racing results took exactly the seats left; every other was refused under G8. */
export function expectSeatsLeftTaken(answers: readonly GraphQLResponse[], seatsLeft: number): void {
  expect(answers.filter((answer) => !answer.errors)).toHaveLength(seatsLeft);
  for (const refused of answers.filter((answer) => answer.errors)) expectRefused(refused, 'CHARTER_VIOLATION', 'G8');
}
