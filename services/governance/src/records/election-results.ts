import type { Actor } from '@wego/audit';
import type { Clock } from '@wego/calendar';
import { badUserInput, charterViolation, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { MandateRecord } from '../entities';
import { electedTermOf } from '../domain/elected-term';
import type { Position } from '../domain/positions';
import { asCandidacyPosition } from './candidacy-register';
import type { GovernanceWrites } from './governance-writes';

export interface ElectionResult {
  meetingId: string;
  position: Position;
  electedMemberIds: readonly string[];
}

/** The most members one call may elect: more than the committee could ever seat. */
export const MOST_ELECTED_PER_RESULT = 100;

const CANDIDACY_STATE: Readonly<Record<string, string>> = {
  ELECTED: 'is already elected',
  WITHDRAWN: 'withdrew its candidacy',
};

/** Election results of General Assemblies: G3 terms, G7 results, G8 through the guarded write. */
export class ElectionResults {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, result: ElectionResult): Promise<MandateRecord[]> {
    requireSecretariat(actor.viewer, 'record election results');
    const position = asCandidacyPosition(result.position, 'position');
    const elected = result.electedMemberIds;
    if (elected.length === 0) throw badUserInput('electedMemberIds', 'Name at least one elected member.');
    if (elected.length > MOST_ELECTED_PER_RESULT) throw badUserInput('electedMemberIds', `Record at most ${MOST_ELECTED_PER_RESULT} elected members at a time.`);
    if (new Set(elected).size !== elected.length) throw badUserInput('electedMemberIds', 'Each elected member is named once.');
    const { meetings, candidacies, mandates } = this.writes.stores;

    return this.writes.run(actor, 'recordElectionResult', async (write) => {
      const assembly = await meetings.findById(write.manager, result.meetingId);
      if (!assembly || assembly.cancelledAt) throw notFound(`No meeting has the id ${result.meetingId}.`);
      if (assembly.kind !== 'GENERAL_ASSEMBLY') throw charterViolation('G7', `The meeting of ${assembly.opensOn} is an Executive Committee meeting; only a General Assembly elects.`);
      const today = this.clock.today();
      if (today < assembly.opensOn) {
        throw charterViolation('G7', `Results are recorded on or after the General Assembly opens (${assembly.opensOn}); today is ${today}.`);
      }
      const forPosition = await candidacies.forPosition(write.manager, assembly.id, position);
      if (position === 'PRESIDENT' && (elected.length > 1 || forPosition.some((candidacy) => candidacy.status === 'ELECTED'))) {
        throw charterViolation('G7', 'A General Assembly elects one President, and this result would make more.');
      }
      const byMember = new Map(forPosition.map((candidacy) => [candidacy.memberId, candidacy]));
      for (const memberId of elected) {
        const candidacy = byMember.get(memberId);
        if (!candidacy) throw charterViolation('G7', `Member ${memberId} has no candidacy for ${position} at the General Assembly of ${assembly.opensOn}.`);
        const state = CANDIDACY_STATE[candidacy.status];
        if (state) throw charterViolation('G7', `Member ${memberId} ${state} for ${position} at the General Assembly of ${assembly.opensOn}.`);
      }

      const later = (await meetings.listed('GENERAL_ASSEMBLY', write.manager)).filter((other) => other.opensOn > assembly.opensOn);
      const term = electedTermOf(assembly.opensOn, later[0]?.opensOn ?? null);
      if (position === 'PRESIDENT') {
        const sitting = (await mandates.all(write.manager)).find(
          (mandate) => mandate.position === 'PRESIDENT' && mandate.startsOn <= term.endsOn && term.startsOn <= mandate.endsOn,
        );
        if (sitting) {
          throw charterViolation('G7', `A President already holds office from ${sitting.startsOn} to ${sitting.endsOn}; there is at most one President on any date.`);
        }
      }

      const recorded: MandateRecord[] = [];
      for (const memberId of elected) {
        const mandate = await mandates.insert(write.manager, {
          memberId,
          position,
          ...term,
          sourceMeetingId: assembly.id,
          besideMandateId: null,
          area: null,
          appointedByMemberId: null,
        });
        const candidacy = byMember.get(memberId);
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
}
