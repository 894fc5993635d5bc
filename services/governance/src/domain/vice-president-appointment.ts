import type { CalendarDate } from '@wego/calendar';
import { charterViolation, forbidden, unauthenticated } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import { isActiveOn, type Mandate } from './mandate';

/** Who may appoint at all: the President City (a member token, checked against the date) or the Secretariat. */
export function assertMayAppoint(viewer: Viewer): void {
  if (viewer.role === 'anonymous') throw unauthenticated('Sign in to appoint Vice Presidents.');
  if (viewer.role === 'office') throw forbidden('Vice Presidents are appointed by the President City, or recorded by the Secretariat.');
}

/**
 * G10: the appointer is the member that is President on the appointment's first day (or the
 * Secretariat recording it for the President); the appointee holds an Executive Committee member
 * mandate on that day and is not a Vice President at any time the new mandate would run. Returns
 * the Executive Committee mandate the Vice President mandate sits beside, and ends with.
 * `history` holds every mandate on record.
 */
export function committeeSeatOfAppointee(viewer: Viewer, history: readonly Mandate[], appointeeId: string, startsOn: CalendarDate): Mandate {
  assertMayAppoint(viewer);
  const active = history.filter((mandate) => isActiveOn(mandate, startsOn));
  const president = active.find((mandate) => mandate.position === 'PRESIDENT');
  if (!president) throw charterViolation('G10', `No President City holds office on ${startsOn} to appoint a Vice President.`);
  if (viewer.role === 'member' && viewer.memberId !== president.memberId) {
    throw charterViolation('G10', `Vice Presidents are appointed by the President City, and on ${startsOn} the President City is another member.`);
  }
  const seat = active.find((mandate) => mandate.memberId === appointeeId && mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER');
  if (!seat) throw charterViolation('G10', `A Vice President is appointed from the Executive Committee, and member ${appointeeId} holds no Executive Committee seat on ${startsOn}.`);
  const overlapping = history.find(
    (mandate) => mandate.memberId === appointeeId && mandate.position === 'VICE_PRESIDENT' && mandate.startsOn <= seat.endsOn && startsOn <= mandate.endsOn,
  );
  if (overlapping) {
    throw charterViolation('G10', `Member ${appointeeId} is already a Vice President from ${overlapping.startsOn} to ${overlapping.endsOn}.`);
  }
  return seat;
}
