import { addDays, type CalendarDate } from '@wego/calendar';
import type { CharterIssue } from './charter-issues';
import { DECISION_KIND_NAMES, type ActivityRecordKind } from './decision-kinds';
import { decisionsInForce, type MeetingOfDecision, type RecordedDecision } from './decision-rules';

/** G13: how long after it opens an Executive Committee meeting has to record its activity review and plan. */
export const ACTIVITY_RECORDS_DUE_AFTER_DAYS = 30;

const ACTIVITY_RECORDS: readonly ActivityRecordKind[] = ['ACTIVITY_REVIEW', 'ACTIVITY_PLAN'];

/** The last Executive Committee meeting that opened on or before `date`, of those given (none cancelled). */
export function lastCommitteeMeetingBy(date: CalendarDate, meetings: readonly MeetingOfDecision[]): MeetingOfDecision | null {
  return meetings.filter((meeting) => meeting.kind === 'EXECUTIVE_COMMITTEE' && meeting.opensOn <= date).reduce<MeetingOfDecision | null>(
    (last, meeting) => (last === null || meeting.opensOn > last.opensOn ? meeting : last),
    null,
  );
}

/** G13: the last meeting by `date` still lacks its review or plan once the grace period is over. */
export function missingActivityRecords(date: CalendarDate, meeting: MeetingOfDecision | null, decisions: readonly RecordedDecision[]): CharterIssue | null {
  if (!meeting || date < addDays(meeting.opensOn, ACTIVITY_RECORDS_DUE_AFTER_DAYS)) return null;
  const inForce = new Set(decisionsInForce(decisions).map((decision) => decision.kind));
  const missing = ACTIVITY_RECORDS.filter((kind) => !inForce.has(kind));
  if (missing.length === 0) return null;
  const lacking = missing.map((kind) => `no ${DECISION_KIND_NAMES[kind]}`).join(' and ');
  return {
    rule: 'G13',
    message:
      `The Executive Committee meeting of ${meeting.opensOn} has ${lacking} recorded ${ACTIVITY_RECORDS_DUE_AFTER_DAYS} days or more after it opened; ` +
      `the Committee convenes to review the activities of the previous year and plan those of the year ahead.`,
  };
}
