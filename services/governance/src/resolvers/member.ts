import { isActiveOn } from '../domain/mandate';
import type { MemberResolvers } from '../generated/schema-types';
import { memberReference } from './member-reference';

export const Member = {
  // Membership owns members: governance takes any id at its word and answers for its mandates.
  __resolveReference: (reference) => memberReference(reference.id),

  async mandates(member, args, context) {
    const mandates = await context.loaders.mandatesByMemberId.load(member.id);
    const activeOn = args.activeOn;
    // A revoked appointment is listed among all of a member's mandates, and is active on no date (G10).
    return activeOn ? mandates.filter((mandate) => isActiveOn(mandate, activeOn) && !('revoked' in mandate && mandate.revoked === true)) : mandates;
  },
} satisfies MemberResolvers;
