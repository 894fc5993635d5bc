import type { Actor } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import { badUserInput, charterViolation, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { MandateRecord } from '../entities';
import { meetingIdOfEvpMandate } from '../domain/executive-vice-presidents';
import type { GovernanceWrites } from './governance-writes';

/** Ending a recorded mandate early (resignation); the Vice President mandate beside it follows. */
export class MandateCorrections {
  constructor(private readonly writes: GovernanceWrites) {}

  async endEarly(actor: Actor, mandateId: string, endsOn: CalendarDate): Promise<MandateRecord> {
    requireSecretariat(actor.viewer, 'end mandates');
    if (meetingIdOfEvpMandate(mandateId) !== null) {
      throw charterViolation('G9', 'The Executive Vice President is the host of the next General Assembly; that mandate follows the Assembly, so reschedule or cancel the Assembly instead.');
    }
    const { mandates } = this.writes.stores;
    return this.writes.run(actor, 'endMandate', async (write) => {
      const mandate = await mandates.findById(write.manager, mandateId);
      if (!mandate) throw notFound(`No mandate has the id ${mandateId}.`);
      if (mandate.revoked) throw charterViolation('G10', 'This Vice President appointment was revoked; it has no days left to end.');
      if (endsOn < mandate.startsOn) throw badUserInput('endsOn', `A mandate cannot end before it starts (${mandate.startsOn}).`);
      if (endsOn > mandate.endsOn) throw badUserInput('endsOn', `A mandate can only be ended early: its last day is ${mandate.endsOn}.`);
      if (mandate.endedEarlyOn === endsOn) return mandate;
      const ended: MandateRecord = { ...mandate, endsOn, endedEarlyOn: endsOn };
      await write.committee.endEarly(write.manager, mandate.id, endsOn);
      await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: { ...mandate }, after: { ...ended } });
      return ended;
    });
  }
}
