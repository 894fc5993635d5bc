import { latestRefusedAttempts } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import { charterIssuesOn } from '../domain/charter-issues';
import type { MeetingKind } from '../domain/meeting-kinds';
import { activityRecordsIssuesOn } from './activity-records-issues';
import { executiveCommitteeOn } from './executive-committee';

export const Query = {
  async meetings(_: unknown, args: { kind?: MeetingKind | null }, context: GovernanceContext) {
    const meetings = await context.meetings.listed(args.kind ?? null);
    for (const meeting of meetings) context.loaders.meetingById.prime(meeting.id, meeting);
    return meetings;
  },

  meeting: (_: unknown, args: { id: string }, context: GovernanceContext) => context.loaders.meetingById.load(args.id),

  executiveCommittee: (_: unknown, args: { on?: CalendarDate | null }, context: GovernanceContext) =>
    executiveCommitteeOn(context, args.on ?? context.clock.today()),

  async charterIssues(_: unknown, args: { on?: CalendarDate | null }, context: GovernanceContext) {
    const date = args.on ?? context.clock.today();
    const [mandates, activityRecords] = await Promise.all([context.loaders.mandatesActiveOn.load(date), activityRecordsIssuesOn(context, date)]);
    return [...charterIssuesOn(date, mandates), ...activityRecords];
  },

  charter: (_: unknown, __: unknown, context: GovernanceContext) => context.charter,

  governanceRefusedAttempts: (_: unknown, args: { first?: number | null }, context: GovernanceContext) => latestRefusedAttempts(context, args),
};
