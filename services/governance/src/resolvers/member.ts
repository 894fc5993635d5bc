import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import { isActiveOn } from '../domain/mandate';

export const Member = {
  // Membership owns members: governance takes any id at its word and answers for its mandates.
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),

  async mandates(member: { id: string }, args: { activeOn?: CalendarDate | null }, context: GovernanceContext) {
    const mandates = await context.loaders.mandatesByMemberId.load(member.id);
    const activeOn = args.activeOn;
    // A revoked appointment is listed among all of a member's mandates, and is active on no date (G10).
    return activeOn ? mandates.filter((mandate) => isActiveOn(mandate, activeOn) && !('revoked' in mandate && mandate.revoked === true)) : mandates;
  },
};
