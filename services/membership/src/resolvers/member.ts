import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import type { MemberRecord } from '../entities';
import type { MembershipContext } from '../context';
import { assertMayReadFees } from '../domain/fee-access';
import { feesFullyPaid } from '../domain/fee-view';

/** A member as resolved here: its row, plus the serving office when the gateway provided it (@requires). */
type ResolvedMember = MemberRecord & { office?: { id: string } | null };

async function readableFees(member: ResolvedMember, context: MembershipContext) {
  assertMayReadFees(context.viewer, member.id, member.office?.id);
  return context.loaders.feesByMemberId.load(member.id);
}

export const Member = {
  async __resolveReference(reference: { id: string; office?: { id: string } | null }, context: MembershipContext) {
    const member = await context.loaders.memberById.load(reference.id);
    return member ? { ...member, office: reference.office } : null;
  },

  fees: (member: ResolvedMember, _: unknown, context: MembershipContext) => readableFees(member, context),

  feesFullyPaid: async (member: ResolvedMember, _: unknown, context: MembershipContext) => feesFullyPaid(await readableFees(member, context)),

  auditTrail(member: ResolvedMember, _: unknown, context: MembershipContext) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByMemberId.load(member.id);
  },
};
