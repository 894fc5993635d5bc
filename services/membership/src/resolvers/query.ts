import { latestRefusedAttempts } from '@wego/audit';
import type { QueryResolvers } from '../generated/schema-types';
import { parseMemberFilter } from './member-filter-input';
import { memberPage } from './member-page';

export const Query = {
  member: (_, args, context) => context.loaders.memberById.load(args.id),

  members(_, args, context) {
    const criteria = parseMemberFilter(args.filter);
    return memberPage(context, args, (page) => context.members.page(criteria, page));
  },

  membershipRefusedAttempts: (_, args, context) => latestRefusedAttempts(context, args),
} satisfies QueryResolvers;
