import { minusOneMonthClamped, type CalendarDate } from '@wego/calendar';
import type { MeetingKind } from './meeting-kinds';

/** G4: written candidacies for a General Assembly are on time until one calendar month before it opens. */
export function candidacyDeadlineOf(meeting: { kind: MeetingKind; opensOn: CalendarDate }): CalendarDate | null {
  return meeting.kind === 'GENERAL_ASSEMBLY' ? minusOneMonthClamped(meeting.opensOn) : null;
}
