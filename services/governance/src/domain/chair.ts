import { addDays, type CalendarDate } from '@wego/calendar';
import { holderOn, type Mandate } from './mandate';
import type { MeetingKind } from './meeting-kinds';

/** What G12 needs of a meeting. */
export interface ChairedMeeting {
  kind: MeetingKind;
  opensOn: CalendarDate;
}

/**
 * G12: the day whose President chairs the meeting. A General Assembly is chaired by the President
 * in office the day before it opens (a regular one ends that term the day before), so that an
 * Assembly has its chair before, and whatever, it elects; any other meeting by the President of
 * its opening day.
 */
export function presidingDayOf(meeting: ChairedMeeting): CalendarDate {
  return meeting.kind === 'GENERAL_ASSEMBLY' ? addDays(meeting.opensOn, -1) : meeting.opensOn;
}

/**
 * G12: the President of the presiding day chairs; when there is none (a vacant presidency) or it is
 * recorded absent, the EVP of the opening day; a member recorded absent never chairs, so with both
 * absent or missing the meeting has no chair (null). `mandates` must hold every mandate active on
 * the presiding day and on the opening day, the EVP's included.
 */
export function chairOf(meeting: ChairedMeeting, mandates: readonly Mandate[], absentMemberIds: ReadonlySet<string>): string | null {
  const presidingDay = presidingDayOf(meeting);
  const president = holderOn(mandates, 'PRESIDENT', presidingDay);
  if (president && !absentMemberIds.has(president.memberId)) return president.memberId;
  const evp = holderOn(mandates, 'EXECUTIVE_VICE_PRESIDENT', meeting.opensOn);
  if (evp && !absentMemberIds.has(evp.memberId)) return evp.memberId;
  return null;
}
