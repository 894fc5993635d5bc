import { latestRefusedAttempts } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import type { MeetingKind } from '../domain/meeting-kinds';
import { charterIssuesOf } from './charter-issues';
import { executiveCommitteeOn } from './executive-committee';

export const Query = {
  async meetings(_: unknown, args: { kind?: MeetingKind | null; includeCancelled?: boolean | null }, context: GovernanceContext) {
    const meetings = await context.meetings.listed(args.kind ?? null, undefined, args.includeCancelled === true);
    for (const meeting of meetings) context.loaders.meetingById.prime(meeting.id, meeting);
    return meetings;
  },

  meeting: (_: unknown, args: { id: string }, context: GovernanceContext) => context.loaders.meetingById.load(args.id),

  executiveCommittee: (_: unknown, args: { on?: CalendarDate | null }, context: GovernanceContext) =>
    executiveCommitteeOn(context, args.on ?? context.clock.today()),

  charterIssues: (_: unknown, args: { on?: CalendarDate | null }, context: GovernanceContext) => charterIssuesOf(args.on ?? context.clock.today(), context),

  charter: (_: unknown, __: unknown, context: GovernanceContext) => context.charter,

  governanceRefusedAttempts: (_: unknown, args: { first?: number | null }, context: GovernanceContext) => latestRefusedAttempts(context, args),
};
