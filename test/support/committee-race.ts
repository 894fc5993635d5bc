import { expectAccepted, type GovernanceDesk } from './governance-desk';

/** A regular General Assembly with part of its Executive Committee elected, and candidates whose results are yet to be recorded. */
export interface CommitteeRace {
  opensOn: string;
  meetingId: string;
  /** Elected before the race. */
  seated: string[];
  /** Candidates of the Assembly whose results the race records at once. */
  racing: string[];
}

/**
 * Schedules the Assembly of `year` (opening 1 June) hosted by `host`, has `seatedCount` + `racingCount`
 * of `members` (the host aside) stand for the Executive Committee, and elects the first `seatedCount`.
 */
export async function prepareCommitteeRace(
  desk: GovernanceDesk,
  options: { year: number; host: string; members: readonly string[]; seatedCount: number; racingCount: number },
): Promise<CommitteeRace> {
  const opensOn = `${options.year}-06-01`;
  const assembly = await desk.scheduleMeeting('GENERAL_ASSEMBLY', opensOn, options.host);
  expectAccepted(assembly);
  const meetingId: string = assembly.data.scheduleMeeting.id;
  const candidates = options.members.filter((memberId) => memberId !== options.host).slice(0, options.seatedCount + options.racingCount);
  for (const memberId of candidates) {
    expectAccepted(await desk.submitCandidacy(meetingId, memberId, 'EXECUTIVE_COMMITTEE_MEMBER', `${options.year}-04-01`));
  }
  const [seated, racing] = [candidates.slice(0, options.seatedCount), candidates.slice(options.seatedCount)];
  expectAccepted(await desk.recordElectionResult(meetingId, 'EXECUTIVE_COMMITTEE_MEMBER', seated));
  return { opensOn, meetingId, seated, racing };
}
