import { latestRefusedAttempts } from '@wego/audit';
import type { QueryResolvers } from '../generated/schema-types';
import { charterIssuesOf } from './charter-issues';
import { executiveCommitteeOn } from './executive-committee';

export const Query = {
  async meetings(_, args, context) {
    const meetings = await context.meetings.listed(args.kind ?? null, undefined, args.includeCancelled === true);
    for (const meeting of meetings) context.loaders.meetingById.prime(meeting.id, meeting);
    return meetings;
  },

  meeting: (_, args, context) => context.loaders.meetingById.load(args.id),

  executiveCommittee: (_, args, context) => executiveCommitteeOn(context, args.on ?? context.clock.today()),

  charterIssues: (_, args, context) => charterIssuesOf(args.on ?? context.clock.today(), context),

  charter: (_, __, context) => context.charter,

  governanceRefusedAttempts: (_, args, context) => latestRefusedAttempts(context, args),
} satisfies QueryResolvers;
