import { addYears, partsOf, type CalendarDate } from '@wego/calendar';
import type { CharterIssue } from './charter-issues';
import type { MeetingKind } from './meeting-kinds';

/** A meeting not cancelled, as the planning warnings need it. */
export interface ScheduledMeeting {
  kind: MeetingKind;
  opensOn: CalendarDate;
  regular: boolean;
}

const regularOf = (meetings: readonly ScheduledMeeting[], kind: MeetingKind) =>
  meetings.filter((meeting) => meeting.kind === kind && meeting.regular).map((meeting) => meeting.opensOn).sort();

/** G1: the Assembly meets every three years; silent before the first regular Assembly on record. */
export function assemblyDueIssue(date: CalendarDate, meetings: readonly ScheduledMeeting[]): CharterIssue | null {
  const assemblies = regularOf(meetings, 'GENERAL_ASSEMBLY');
  const last = assemblies.filter((opensOn) => opensOn <= date).pop();
  if (!last || last === date) return null;
  const due = addYears(last, 3);
  if (assemblies.some((opensOn) => opensOn > last && opensOn <= due)) return null;
  return {
    rule: 'G1',
    message: `The General Assembly meets every three years: the last regular one opened on ${last}, and no regular General Assembly is scheduled to open by ${due}, when the next is due.`,
  };
}

/** G2: the Committee meets annually; silent until an earlier year has a regular meeting on record. */
export function committeeMeetingDueIssue(date: CalendarDate, meetings: readonly ScheduledMeeting[]): CharterIssue | null {
  const year = partsOf(date).year;
  const yearsMet = regularOf(meetings, 'EXECUTIVE_COMMITTEE').map((opensOn) => partsOf(opensOn).year);
  const earlier = yearsMet.filter((met) => met < year);
  if (earlier.length === 0 || yearsMet.includes(year)) return null;
  return {
    rule: 'G2',
    message: `The Executive Committee meets annually, and no regular Executive Committee meeting is scheduled in ${year} (the last before it was in ${Math.max(...earlier)}).`,
  };
}

/** G7 (our reading of "at most one President"): a President held office before `date` and none holds it on it. */
export function vacantPresidencyIssue(date: CalendarDate, presidentHeldOfficeBefore: boolean, presidentSits: boolean): CharterIssue | null {
  if (!presidentHeldOfficeBefore || presidentSits) return null;
  return { rule: 'G7', message: `On ${date} no President City holds office: the presidency is vacant until a General Assembly elects one.` };
}

/** G12: a meeting opening on `date` that nobody chairs, the President and the EVP both absent or missing. */
export function chairlessMeetingIssue(meeting: { kind: MeetingKind; opensOn: CalendarDate }): CharterIssue {
  const what = meeting.kind === 'GENERAL_ASSEMBLY' ? 'General Assembly' : 'Executive Committee meeting';
  return {
    rule: 'G12',
    message: `The ${what} of ${meeting.opensOn} has no chair: neither the President City nor the Executive Vice President City can chair it (absent or not in office).`,
  };
}
