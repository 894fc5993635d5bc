import { parseCountryCode, parseDate, parseName } from '@wego/input-rules';
import type { MembershipContext } from '../context';
import type { MemberKind, MembershipCategory, MembershipStatus } from '../domain/member-kinds';

export interface RegisterMemberInput {
  name: string;
  category: MembershipCategory;
  kind: MemberKind;
  countryCode: string;
  joinedOn?: string | null;
}

export const memberMutations = {
  registerMember: (_: unknown, { input }: { input: RegisterMemberInput }, context: MembershipContext) =>
    context.registry.register(context.actor, {
      name: parseName('name', input.name),
      category: input.category,
      kind: input.kind,
      countryCode: parseCountryCode('countryCode', input.countryCode),
      joinedOn: input.joinedOn ? parseDate('joinedOn', input.joinedOn) : null,
    }),

  setMemberStatus: (_: unknown, args: { memberId: string; status: MembershipStatus }, context: MembershipContext) =>
    context.registry.setStatus(context.actor, args.memberId, args.status),
};
