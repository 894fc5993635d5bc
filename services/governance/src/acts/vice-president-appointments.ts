import type { EntityManager } from 'typeorm';
import type { Actor } from '@wego/audit';
import type { CalendarDate, Clock } from '@wego/calendar';
import { charterViolation, notFound, unavailable } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import type { MandateRecord } from '../entities';
import { assertMayRevoke, mustRevoke } from '../domain/appointment-revocation';
import type { Mandate } from '../domain/mandate';
import { OFFICE_AREAS, type OfficeArea } from '../domain/office-areas';
import { acceptedAppointment, assertMayAppoint, type AcceptedAppointment } from '../domain/vice-president-appointment';
import type { OnBehalfOf } from '../neighbours/entities-request';
import type { MembershipDirectory } from '../neighbours/membership-directory';
import type { OfficeDirectory } from '../neighbours/office-directory';
import type { GovernanceWrites } from './governance-writes';
import { knownMember } from '../neighbours/known-members';

export interface Appointment {
  memberId: string;
  startsOn: CalendarDate;
}

function asOfficeArea(officeId: string): OfficeArea {
  const area = OFFICE_AREAS.find((known) => known === officeId);
  if (!area) throw unavailable('Regional offices named an office governance does not know; nothing was recorded.');
  return area;
}

/** Vice President appointments (G10), each kept with its appointer and the appointee's office area for G11, and their revocation. */
export class VicePresidentAppointments {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly members: MembershipDirectory,
    private readonly offices: OfficeDirectory,
    private readonly clock: Clock,
  ) {}

  async appoint(actor: Actor, onBehalfOf: OnBehalfOf, appointment: Appointment): Promise<MandateRecord> {
    assertMayAppoint(actor.viewer);
    const appointee = await knownMember(this.members, appointment.memberId, onBehalfOf);
    // Checked first without the lock, so that a refusal costs no lock and does not ask regional offices.
    await this.accepted(this.writes.reads, actor.viewer, appointment);
    const area = asOfficeArea(await this.offices.servingOfficeOf(appointee, onBehalfOf));

    return this.writes.run(actor, 'appointVicePresident', async (write) => {
      const { seat, appointerId } = await this.accepted(write.manager, actor.viewer, appointment, write.committee.history());
      const mandate = await write.committee.insertMandate(write.manager, {
        memberId: appointment.memberId,
        position: 'VICE_PRESIDENT',
        startsOn: appointment.startsOn,
        endsOn: seat.endsOn,
        sourceMeetingId: null,
        besideMandateId: seat.id,
        area,
        appointedByMemberId: appointerId,
      });
      await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: null, after: { ...mandate } });
      return mandate;
    });
  }

  /** Revokes an appointment not yet begun; revoking it again answers it unchanged. */
  async revoke(actor: Actor, mandateId: string): Promise<MandateRecord> {
    assertMayRevoke(actor.viewer);
    const { mandates } = this.writes.stores;
    return this.writes.run(actor, 'revokeAppointment', async (write) => {
      const history = write.committee.history();
      const mandate = await mandates.findById(write.manager, mandateId);
      if (!mandate) {
        const derived = history.find((held) => held.id === mandateId);
        if (derived) throw charterViolation('G10', `Only a Vice President appointment can be revoked; this mandate is ${derived.position}.`);
        throw notFound(`No mandate has the id ${mandateId}.`);
      }
      if (!mustRevoke(actor.viewer, mandate, history, this.clock.today())) return mandate;
      return this.writes.revoke(write, mandate);
    });
  }

  /** `held` is the history a write read under its lock; without it (a check before the lock) the history is read. */
  private async accepted(manager: EntityManager, viewer: Viewer, appointment: Appointment, held?: Mandate[]): Promise<AcceptedAppointment> {
    const [history, nominatedOn] = await Promise.all([
      held ?? this.writes.committeeHistory(manager),
      this.writes.stores.nominations.openingDaysNominating(manager, appointment.memberId),
    ]);
    return acceptedAppointment(viewer, { history, nominatedOn, today: this.clock.today() }, appointment.memberId, appointment.startsOn);
  }
}
