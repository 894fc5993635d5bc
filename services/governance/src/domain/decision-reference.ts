import type { CalendarDate } from '@wego/calendar';
import type { MeetingKind } from './meeting-kinds';

const BODY_ABBREVIATIONS: Readonly<Record<MeetingKind, string>> = {
  GENERAL_ASSEMBLY: 'GA',
  EXECUTIVE_COMMITTEE: 'EXCOM',
};

/** G13: how a decision is cited, e.g. `EXCOM-2027-06-15-2`, the second decision of the Committee meeting that opened on 2027-06-15. */
export function decisionReference(meeting: { kind: MeetingKind; opensOn: CalendarDate }, number: number): string {
  return `${BODY_ABBREVIATIONS[meeting.kind]}-${meeting.opensOn}-${number}`;
}
