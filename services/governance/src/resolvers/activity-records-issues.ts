import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import { lastCommitteeMeetingBy, missingActivityRecords } from '../domain/activity-records-issue';
import type { CharterIssue } from '../domain/charter-issues';

/** G13 on `date`: the last Executive Committee meeting by then, and whether its activity review and plan are on record. */
export async function activityRecordsIssuesOn(context: GovernanceContext, date: CalendarDate): Promise<CharterIssue[]> {
  const meeting = lastCommitteeMeetingBy(date, await context.meetings.listed('EXECUTIVE_COMMITTEE'));
  if (!meeting) return [];
  const issue = missingActivityRecords(date, meeting, await context.loaders.decisionsByMeetingId.load(meeting.id));
  return issue ? [issue] : [];
}
