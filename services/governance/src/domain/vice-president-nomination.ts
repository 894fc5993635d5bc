import type { CalendarDate } from '@wego/calendar';
import { charterViolation } from '@wego/errors';
import { isActiveOn, type Mandate } from './mandate';
import type { MeetingKind } from './meeting-kinds';

/** The most members one call may nominate: more than the Committee could ever seat. */
export const MOST_NOMINATED_PER_CALL = 50;

/** G10: at an opened Committee meeting, from its members of the opening day, each at most once per meeting. */
export function assertNominable(
  meeting: { kind: MeetingKind; opensOn: CalendarDate },
  memberIds: readonly string[],
  history: readonly Mandate[],
  alreadyNominated: ReadonlySet<string>,
  today: CalendarDate,
): void {
  if (meeting.kind !== 'EXECUTIVE_COMMITTEE') {
    throw charterViolation('G10', `Vice Presidents are nominated by the Executive Committee; the meeting of ${meeting.opensOn} is a General Assembly.`);
  }
  if (meeting.opensOn > today) {
    throw charterViolation('G10', `The Executive Committee meeting of ${meeting.opensOn} has not opened yet (today is ${today}); its nominations are recorded once it has.`);
  }
  for (const memberId of memberIds) {
    const seated = history.some((mandate) => mandate.memberId === memberId && mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER' && isActiveOn(mandate, meeting.opensOn));
    if (!seated) {
      throw charterViolation('G10', `The Executive Committee nominates its own members, and member ${memberId} holds no Executive Committee seat on ${meeting.opensOn}.`);
    }
    if (alreadyNominated.has(memberId)) {
      throw charterViolation('G10', `Member ${memberId} is already nominated at the Executive Committee meeting of ${meeting.opensOn}.`);
    }
  }
}
