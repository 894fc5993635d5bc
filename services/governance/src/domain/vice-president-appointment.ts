import type { CalendarDate } from '@wego/calendar';
import { charterViolation, forbidden, unauthenticated } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import { holderOn, isActiveOn, type Mandate } from './mandate';

/** Who may appoint at all: the President City (a member token, checked against the dates) or the Secretariat. */
export function assertMayAppoint(viewer: Viewer): void {
  if (viewer.role === 'anonymous') throw unauthenticated('Sign in to appoint Vice Presidents.');
  if (viewer.role === 'office') throw forbidden('Vice Presidents are appointed by the President City, or recorded by the Secretariat.');
}

export interface AppointmentRecord {
  /** Every mandate in force on record, the derived EVP ones included. */
  history: readonly Mandate[];
  /** The opening days of the Executive Committee meetings that nominated the appointee. */
  nominatedOn: readonly CalendarDate[];
  today: CalendarDate;
}

/** An accepted appointment: the seat the Vice President mandate sits beside and ends with, and the President City that made it. */
export interface AcceptedAppointment {
  seat: Mandate;
  appointerId: string;
}

/**
 * G10: the appointer is the President of the first day, even when the Secretariat records it;
 * the appointee sits on the Committee that day and was nominated by it.
 */
export function acceptedAppointment(viewer: Viewer, record: AppointmentRecord, appointeeId: string, startsOn: CalendarDate): AcceptedAppointment {
  assertMayAppoint(viewer);
  const { history } = record;
  const president = holderOn(history, 'PRESIDENT', startsOn);
  if (!president) throw charterViolation('G10', `No President City holds office on ${startsOn} to appoint a Vice President.`);
  if (viewer.role === 'member') assertSittingPresident(viewer.memberId, president, holderOn(history, 'PRESIDENT', record.today), record.today, startsOn);
  assertDistinctCity(history, appointeeId, startsOn);
  const seat = history.find((mandate) => mandate.memberId === appointeeId && mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER' && isActiveOn(mandate, startsOn));
  if (!seat) throw charterViolation('G10', `A Vice President is appointed from the Executive Committee, and member ${appointeeId} holds no Executive Committee seat on ${startsOn}.`);
  const overlapping = history.find(
    (mandate) => mandate.memberId === appointeeId && mandate.position === 'VICE_PRESIDENT' && mandate.startsOn <= seat.endsOn && startsOn <= mandate.endsOn,
  );
  if (overlapping) {
    throw charterViolation('G10', `Member ${appointeeId} is already a Vice President from ${overlapping.startsOn} to ${overlapping.endsOn}.`);
  }
  assertNominated(history, record.nominatedOn, seat, startsOn);
  return { seat, appointerId: president.memberId };
}

/** A member token appoints while its member is President today and on the appointment's first day. */
function assertSittingPresident(memberId: string, presidentOnStart: Mandate, presidentToday: Mandate | undefined, today: CalendarDate, startsOn: CalendarDate): void {
  if (memberId !== presidentOnStart.memberId) {
    throw charterViolation('G10', `Vice Presidents are appointed by the President City, and on ${startsOn} the President City is another member.`);
  }
  if (presidentToday?.memberId !== memberId) {
    throw charterViolation('G10', `Vice Presidents are appointed by the sitting President City, and today (${today}) this member is not President; the Secretariat may record an appointment it made while in office.`);
  }
}

/** The President and the EVP are Vice President Cities of their own: neither is appointed Vice President. */
function assertDistinctCity(history: readonly Mandate[], appointeeId: string, startsOn: CalendarDate): void {
  const own = history.find(
    (mandate) => mandate.memberId === appointeeId && (mandate.position === 'PRESIDENT' || mandate.position === 'EXECUTIVE_VICE_PRESIDENT') && isActiveOn(mandate, startsOn),
  );
  if (own) {
    const office = own.position === 'PRESIDENT' ? 'the President City' : 'the Executive Vice President City';
    throw charterViolation('G10', `Member ${appointeeId} is ${office} on ${startsOn}; the Vice President Cities are other cities.`);
  }
}

/** A nomination from the seat just before still counts: a re-elected member keeps it. */
function assertNominated(history: readonly Mandate[], nominatedOn: readonly CalendarDate[], seat: Mandate, startsOn: CalendarDate): void {
  const previousSeat = history
    .filter((mandate) => mandate.memberId === seat.memberId && mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER' && mandate.endsOn < seat.startsOn)
    .sort((first, second) => (first.endsOn < second.endsOn ? 1 : first.endsOn > second.endsOn ? -1 : 0))[0];
  const seats = previousSeat ? [seat, previousSeat] : [seat];
  const valid = nominatedOn.some((day) => day <= startsOn && seats.some((held) => isActiveOn(held, day)));
  if (!valid) {
    throw charterViolation(
      'G10',
      `Vice President Cities are nominated by the Executive Committee, and member ${seat.memberId} has no nomination at a Committee meeting held by ${startsOn} during its current or previous seat.`,
    );
  }
}
