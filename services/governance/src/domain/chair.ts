import { addDays, type CalendarDate } from '@wego/calendar';
import { holderOn, type Mandate } from './mandate';
import type { MeetingKind } from './meeting-kinds';

/** What G12 needs of a meeting. */
export interface ChairedMeeting {
  kind: MeetingKind;
  opensOn: CalendarDate;
}

/** G12: an Assembly is chaired by the President of the day before it opens, so it has a chair whatever it elects. */
export function presidingDayOf(meeting: ChairedMeeting): CalendarDate {
  return meeting.kind === 'GENERAL_ASSEMBLY' ? addDays(meeting.opensOn, -1) : meeting.opensOn;
}

/**
 * G12: the President chairs, else the EVP of the opening day; an absent member never chairs.
 * `mandates` must cover the presiding and opening days, the EVP's included.
 */
export function chairOf(meeting: ChairedMeeting, mandates: readonly Mandate[], absentMemberIds: ReadonlySet<string>): string | null {
  const presidingDay = presidingDayOf(meeting);
  const president = holderOn(mandates, 'PRESIDENT', presidingDay);
  if (president && !absentMemberIds.has(president.memberId)) return president.memberId;
  const evp = holderOn(mandates, 'EXECUTIVE_VICE_PRESIDENT', meeting.opensOn);
  if (evp && !absentMemberIds.has(evp.memberId)) return evp.memberId;
  return null;
}
