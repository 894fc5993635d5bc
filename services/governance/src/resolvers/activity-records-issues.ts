import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import type { MeetingRecord } from '../entities';
import { lastCommitteeMeetingBy, missingActivityRecords } from '../domain/activity-records-issue';
import type { CharterIssue } from '../domain/charter-issues';

/** G13 on `date`: the last Executive Committee meeting by then, of the meetings not cancelled, and whether its activity review and plan are on record. */
export async function activityRecordsIssuesOn(context: GovernanceContext, date: CalendarDate, meetings: readonly MeetingRecord[]): Promise<CharterIssue[]> {
  const meeting = lastCommitteeMeetingBy(date, meetings);
  if (!meeting) return [];
  const issue = missingActivityRecords(date, meeting, await context.loaders.decisionsByMeetingId.load(meeting.id));
  return issue ? [issue] : [];
}
