import type { EntityManager } from 'typeorm';
import type { Actor } from '@wego/audit';
import { addDays } from '@wego/calendar';
import { badUserInput, charterViolation } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { CandidacyRecord, MandateRecord, MeetingRecord } from '../entities';
import { electedTermOf } from '../domain/elected-term';
import type { CandidacyPosition, Position } from '../domain/positions';
import { eligibilityShortfall } from '../domain/standing';
import type { OnBehalfOf } from '../neighbours/entities-request';
import { asCandidacyPosition, RULE_OF_POSITION } from './candidacy-register';
import { knownMembers } from '../neighbours/known-members';
import { meetingOnRecord } from './meeting-on-record';
import { MemberNamingAct } from './member-naming-act';

export interface ElectionResult {
  meetingId: string;
  position: Position;
  electedMemberIds: readonly string[];
}

/** The most members one call may elect: more than the committee could ever seat. */
export const MOST_ELECTED_PER_RESULT = 100;

/** G7: a result recorded this many days or fewer after the Assembly opened is the election itself, and eligibility is asked again. */
export const ELECTION_WINDOW_DAYS = 90;

const CANDIDACY_STATE: Readonly<Record<string, string>> = {
  ELECTED: 'is already elected',
  WITHDRAWN: 'withdrew its candidacy',
};

/** What each position asks of the member it elects, as the refusal says it. */
const ELECTION_REQUIREMENT: Readonly<Record<CandidacyPosition, string>> = {
  PRESIDENT: 'President: a President must be a full, active member with fees fully paid',
  EXECUTIVE_COMMITTEE_MEMBER: 'to the Executive Committee: it must be a full, active member',
};

/** The Assembly and the candidacies a result names, checked against G7. */
interface CheckedResult {
  assembly: MeetingRecord;
  candidacyOf: Map<string, CandidacyRecord>;
}

/** Election results of General Assemblies: G3 terms, G7 results, G4/G5 eligibility at the election, G8 through the guarded write. */
export class ElectionResults extends MemberNamingAct {
  async record(actor: Actor, onBehalfOf: OnBehalfOf, result: ElectionResult): Promise<MandateRecord[]> {
    requireSecretariat(actor.viewer, 'record election results');
    const position = asCandidacyPosition(result.position, 'position');
    const elected = result.electedMemberIds;
    if (elected.length === 0) throw badUserInput('electedMemberIds', 'Name at least one elected member.');
    if (elected.length > MOST_ELECTED_PER_RESULT) throw badUserInput('electedMemberIds', `Record at most ${MOST_ELECTED_PER_RESULT} elected members at a time.`);
    if (new Set(elected).size !== elected.length) throw badUserInput('electedMemberIds', 'Each elected member is named once.');
    const { candidacies } = this.writes.stores;

    // Membership is asked outside the lock: an answer may take seconds, and no other write should wait on it.
    const { assembly } = await this.checked(this.writes.reads, result.meetingId, position, elected);
    if (this.clock.today() <= addDays(assembly.opensOn, ELECTION_WINDOW_DAYS)) await this.assertEligibleToday(onBehalfOf, position, elected);

    return this.writes.run(actor, 'recordElectionResult', async (write) => {
      const { candidacyOf } = await this.checked(write.manager, result.meetingId, position, elected);
      const laterRegular = write.committee.assembliesHeld().filter((other) => other.regular && other.opensOn > assembly.opensOn);
      const term = electedTermOf(assembly.opensOn, laterRegular[0]?.opensOn ?? null);
      if (position === 'PRESIDENT') {
        const sitting = write.committee.recordedMandates().find(
          (mandate) => mandate.position === 'PRESIDENT' && mandate.startsOn <= term.endsOn && term.startsOn <= mandate.endsOn,
        );
        if (sitting) {
          throw charterViolation('G7', `A President already holds office from ${sitting.startsOn} to ${sitting.endsOn}; there is at most one President on any date.`);
        }
      }

      const recorded: MandateRecord[] = [];
      for (const memberId of elected) {
        const mandate = await write.committee.insertMandate(write.manager, {
          memberId,
          position,
          ...term,
          sourceMeetingId: assembly.id,
          besideMandateId: null,
          area: null,
          appointedByMemberId: null,
        });
        const candidacy = candidacyOf.get(memberId);
        if (candidacy) {
          await candidacies.setStatus(write.manager, candidacy.id, 'ELECTED');
          await write.audit({ entityType: 'Candidacy', entityId: candidacy.id, before: { ...candidacy }, after: { ...candidacy, status: 'ELECTED' } });
        }
        await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: null, after: { ...mandate } });
        recorded.push(mandate);
      }
      return recorded;
    });
  }

  /** NOT_FOUND, then G7: an Assembly that has opened, and a valid candidacy of each elected member. */
  private async checked(manager: EntityManager, meetingId: string, position: CandidacyPosition, elected: readonly string[]): Promise<CheckedResult> {
    const { meetings, candidacies } = this.writes.stores;
    const assembly = await meetingOnRecord(meetings, manager, meetingId);
    if (assembly.kind !== 'GENERAL_ASSEMBLY') throw charterViolation('G7', `The meeting of ${assembly.opensOn} is an Executive Committee meeting; only a General Assembly elects.`);
    const today = this.clock.today();
    if (today < assembly.opensOn) {
      throw charterViolation('G7', `Results are recorded on or after the General Assembly opens (${assembly.opensOn}); today is ${today}.`);
    }
    const forPosition = await candidacies.forPosition(manager, assembly.id, position);
    if (position === 'PRESIDENT' && (elected.length > 1 || forPosition.some((candidacy) => candidacy.status === 'ELECTED'))) {
      throw charterViolation('G7', 'A General Assembly elects one President, and this result would make more.');
    }
    const candidacyOf = new Map(forPosition.map((candidacy) => [candidacy.memberId, candidacy]));
    for (const memberId of elected) {
      const candidacy = candidacyOf.get(memberId);
      if (!candidacy) throw charterViolation('G7', `Member ${memberId} has no candidacy for ${position} at the General Assembly of ${assembly.opensOn}.`);
      const state = CANDIDACY_STATE[candidacy.status];
      if (state) throw charterViolation('G7', `Member ${memberId} ${state} for ${position} at the General Assembly of ${assembly.opensOn}.`);
    }
    return { assembly, candidacyOf };
  }

  /** G4/G5 at the election: each member elected still meets its position's eligibility today, as membership answers now. */
  private async assertEligibleToday(onBehalfOf: OnBehalfOf, position: CandidacyPosition, elected: readonly string[]): Promise<void> {
    const requirement = ELECTION_REQUIREMENT[position];
    for (const member of await knownMembers(this.directory, elected, onBehalfOf)) {
      const shortfall = eligibilityShortfall(position, member);
      if (shortfall) throw charterViolation(RULE_OF_POSITION[position], `Member ${member.id} cannot be elected ${requirement} on the day of the election, but ${shortfall}.`);
    }
  }
}
