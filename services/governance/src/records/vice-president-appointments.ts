import type { Actor } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import { unavailable } from '@wego/errors';
import type { MandateRecord } from '../entities';
import { OFFICE_AREAS, type OfficeArea } from '../domain/office-areas';
import { assertMayAppoint, committeeSeatOfAppointee } from '../domain/vice-president-appointment';
import type { OnBehalfOf } from '../neighbours/entities-request';
import type { MembershipDirectory } from '../neighbours/membership-directory';
import type { OfficeDirectory } from '../neighbours/office-directory';
import type { GovernanceWrites } from './governance-writes';
import { knownMember } from './member-facts';

export interface Appointment {
  memberId: string;
  startsOn: CalendarDate;
}

function asOfficeArea(officeId: string): OfficeArea {
  const area = OFFICE_AREAS.find((known) => known === officeId);
  if (!area) throw unavailable('Regional offices named an office governance does not know; nothing was recorded.');
  return area;
}

/** Vice President appointments (G10), each kept with the appointee's office area for G11. */
export class VicePresidentAppointments {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly members: MembershipDirectory,
    private readonly offices: OfficeDirectory,
  ) {}

  async appoint(actor: Actor, onBehalfOf: OnBehalfOf, appointment: Appointment): Promise<MandateRecord> {
    assertMayAppoint(actor.viewer);
    const appointee = await knownMember(this.members, appointment.memberId, onBehalfOf);
    // Checked first without the lock, so that a refusal costs no lock and does not ask regional offices.
    committeeSeatOfAppointee(actor.viewer, await this.writes.committeeHistory(this.writes.reads), appointee.id, appointment.startsOn);
    const area = asOfficeArea(await this.offices.servingOfficeOf(appointee, onBehalfOf));

    return this.writes.run(actor, 'appointVicePresident', async (write) => {
      const seat = committeeSeatOfAppointee(actor.viewer, await this.writes.committeeHistory(write.manager), appointment.memberId, appointment.startsOn);
      const mandate = await this.writes.stores.mandates.insert(write.manager, {
        memberId: appointment.memberId,
        position: 'VICE_PRESIDENT',
        startsOn: appointment.startsOn,
        endsOn: seat.endsOn,
        sourceMeetingId: null,
        besideMandateId: seat.id,
        area,
      });
      await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: null, after: { ...mandate } });
      return mandate;
    });
  }
}
