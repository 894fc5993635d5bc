import { parseCountryCode, parseDate, parseName } from '@wego/input-rules';
import type { MutationResolvers } from '../generated/schema-types';

export const memberMutations = {
  registerMember: (_, { input }, context) =>
    context.registry.register(context.actor, {
      name: parseName('name', input.name),
      category: input.category,
      kind: input.kind,
      countryCode: parseCountryCode('countryCode', input.countryCode),
      joinedOn: input.joinedOn ? parseDate('joinedOn', input.joinedOn) : null,
    }),

  setMemberStatus: (_, args, context) => context.registry.setStatus(context.actor, args.memberId, args.status),
} satisfies MutationResolvers;
