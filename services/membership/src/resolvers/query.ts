import { latestRefusedAttempts } from '@wego/audit';
import type { MembershipContext } from '../context';
import { parseMemberFilter, type MemberFilterInput } from './member-filter-input';
import { memberPage } from './member-page';

export const Query = {
  member: (_: unknown, args: { id: string }, context: MembershipContext) => context.loaders.memberById.load(args.id),

  members(_: unknown, args: { filter?: MemberFilterInput | null; first?: number | null; after?: string | null }, context: MembershipContext) {
    const criteria = parseMemberFilter(args.filter);
    return memberPage(context, args, (page) => context.members.page(criteria, page));
  },

  membershipRefusedAttempts: (_: unknown, args: { first?: number | null }, context: MembershipContext) => latestRefusedAttempts(context, args),
};
