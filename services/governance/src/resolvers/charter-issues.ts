import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import { charterIssuesOn, type CharterIssue } from '../domain/charter-issues';
import { assemblyDueIssue, chairlessMeetingIssue, committeeMeetingDueIssue, vacantPresidencyIssue } from '../domain/meeting-issues';
import { activityRecordsIssuesOn } from './activity-records-issues';
import { chairIdOf } from './meeting-chair';

const RULE_ORDER = (rule: string): number => Number(rule.slice(1));

/** Every open charter issue on `date`, by rule: planning warnings (G1, G2), a vacant presidency (G7), the Vice Presidents (G10, G11), meetings without a chair (G12), a Committee meeting's missing activity review or plan (G13). */
export async function charterIssuesOf(date: CalendarDate, context: GovernanceContext): Promise<CharterIssue[]> {
  const [mandates, meetings, presidentBefore] = await Promise.all([
    context.loaders.mandatesActiveOn.load(date),
    context.meetings.listed(null),
    context.mandates.anyPresidentBefore(date),
  ]);
  const activityRecords = await activityRecordsIssuesOn(context, date, meetings);
  const presidentSits = mandates.some((mandate) => mandate.position === 'PRESIDENT');
  const openingToday = meetings.filter((meeting) => meeting.opensOn === date);
  const chairless = [];
  for (const meeting of openingToday) if ((await chairIdOf(meeting, context)) === null) chairless.push(chairlessMeetingIssue(meeting));
  const issues = [
    assemblyDueIssue(date, meetings),
    committeeMeetingDueIssue(date, meetings),
    vacantPresidencyIssue(date, presidentBefore, presidentSits),
    ...charterIssuesOn(date, mandates),
    ...chairless,
    ...activityRecords,
  ].filter((issue): issue is CharterIssue => issue !== null);
  return issues.sort((first, second) => RULE_ORDER(first.rule) - RULE_ORDER(second.rule));
}
