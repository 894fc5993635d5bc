import type { Actor } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import { badUserInput, charterViolation, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { RuleId } from '@wego/rulebook';
import type { CandidacyRecord, MeetingRecord } from '../entities';
import { candidacyDeadlineOf } from '../domain/candidacy-deadline';
import { CANDIDACY_POSITIONS, type CandidacyPosition, type Position } from '../domain/positions';
import { eligibilityShortfall } from '../domain/standing';
import type { OnBehalfOf } from '../neighbours/entities-request';
import { knownMember } from '../neighbours/known-members';
import { meetingOnRecord } from './meeting-on-record';
import { MemberNamingAct } from './member-naming-act';

export interface ReceivedCandidacy {
  meetingId: string;
  memberId: string;
  position: Position;
  receivedOn: CalendarDate;
}

/** G4 governs President candidacies, G5 Executive Committee ones. */
export const RULE_OF_POSITION: Readonly<Record<CandidacyPosition, RuleId>> = { PRESIDENT: 'G4', EXECUTIVE_COMMITTEE_MEMBER: 'G5' };

export function asCandidacyPosition(position: Position, field: string): CandidacyPosition {
  const found = CANDIDACY_POSITIONS.find((candidacyPosition) => candidacyPosition === position);
  if (!found) throw badUserInput(field, `A General Assembly elects a PRESIDENT or EXECUTIVE_COMMITTEE_MEMBER; ${position} is not elected.`);
  return found;
}

/** Written candidacies as the Secretariat receives and withdraws them: G4-G7. */
export class CandidacyRegister extends MemberNamingAct {
  async submit(actor: Actor, onBehalfOf: OnBehalfOf, received: ReceivedCandidacy): Promise<CandidacyRecord> {
    requireSecretariat(actor.viewer, 'record candidacies');
    const position = asCandidacyPosition(received.position, 'position');
    const rule = RULE_OF_POSITION[position];
    const { meetings, candidacies } = this.writes.stores;
    const assembly = await meetingOnRecord(meetings, this.writes.reads, received.meetingId);
    this.assertOnTime(rule, assembly, received.receivedOn);
    if (await candidacies.findOne(this.writes.reads, assembly.id, received.memberId, position)) throw duplicate();

    const member = await knownMember(this.directory, received.memberId, onBehalfOf);
    if (member.joinedOn > received.receivedOn) {
      throw charterViolation(rule, `A candidacy is received from a member, and this one joined WeGO on ${member.joinedOn}, after ${received.receivedOn}.`);
    }
    const shortfall = eligibilityShortfall(position, member);
    if (shortfall) {
      const who = position === 'PRESIDENT' ? 'A President candidate must be a full, active member with fees fully paid' : 'An Executive Committee candidate must be a full, active member';
      throw charterViolation(rule, `${who}, but ${shortfall}.`);
    }

    return this.writes.run(actor, 'submitCandidacy', async (write) => {
      await meetingOnRecord(meetings, write.manager, assembly.id);
      const candidacy = await candidacies.insert(write.manager, { meetingId: assembly.id, memberId: member.id, position, receivedOn: received.receivedOn });
      await write.audit({ entityType: 'Candidacy', entityId: candidacy.id, before: null, after: { ...candidacy } });
      return candidacy;
    });
  }

  /** Withdraws a candidacy before it is elected; withdrawing it again changes nothing. */
  async withdraw(actor: Actor, candidacyId: string): Promise<CandidacyRecord> {
    requireSecretariat(actor.viewer, 'withdraw candidacies');
    const { candidacies } = this.writes.stores;
    return this.writes.run(actor, 'withdrawCandidacy', async (write) => {
      const candidacy = await candidacies.findById(write.manager, candidacyId);
      if (!candidacy) throw notFound(`No candidacy has the id ${candidacyId}.`);
      if (candidacy.status === 'WITHDRAWN') return candidacy;
      // One that reads NOT_ELECTED may still be elected by a later call for the same position (G7), so it may still be withdrawn.
      if (candidacy.status === 'ELECTED') throw charterViolation('G7', 'This candidate has been elected; an elected candidacy cannot be withdrawn (end the mandate instead).');
      const withdrawn: CandidacyRecord = { ...candidacy, status: 'WITHDRAWN' };
      await candidacies.setStatus(write.manager, candidacy.id, 'WITHDRAWN');
      await write.audit({ entityType: 'Candidacy', entityId: candidacy.id, before: { ...candidacy }, after: { ...withdrawn } });
      return withdrawn;
    });
  }

  /** G4/G5: a General Assembly's candidacy, received by its deadline and not after today. */
  private assertOnTime(rule: RuleId, meeting: MeetingRecord, receivedOn: CalendarDate): void {
    const deadline = candidacyDeadlineOf(meeting);
    if (!deadline) {
      throw charterViolation(rule, `Candidacies are received for General Assemblies; the meeting of ${meeting.opensOn} is an Executive Committee meeting.`);
    }
    const today = this.clock.today();
    if (receivedOn > today) throw charterViolation(rule, `A candidacy cannot be recorded as received on ${receivedOn}, after today (${today}).`);
    if (receivedOn > deadline) {
      throw charterViolation(
        rule,
        `The candidacy was received on ${receivedOn}, after the deadline of ${deadline}: one month before the General Assembly opens on ${meeting.opensOn}.`,
      );
    }
  }
}

function duplicate(): Error {
  return charterViolation('G6', 'This member already has a candidacy for this position at this General Assembly.');
}
