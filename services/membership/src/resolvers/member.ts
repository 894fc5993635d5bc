import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import type { MemberRecord } from '../entities';
import type { MembershipContext } from '../context';
import { assertMayReadFees } from '../domain/fee-access';
import { feesFullyPaid } from '../domain/fee-view';
import type { MemberResolvers } from '../generated/schema-types';

/** A member as resolved here: its row, plus the serving office when the gateway provided it (@requires). */
export type ResolvedMember = MemberRecord & { office?: { id: string } | null };

async function readableFees(member: ResolvedMember, context: MembershipContext) {
  assertMayReadFees(context.viewer, member.id, member.office?.id);
  return context.loaders.feesByMemberId.load(member.id);
}

export const Member = {
  async __resolveReference(reference, context) {
    const member = await context.loaders.memberById.load(reference.id);
    return member ? { ...member, office: reference.office } : null;
  },

  fees: (member, _, context) => readableFees(member, context),

  feesFullyPaid: async (member, _, context) => feesFullyPaid(await readableFees(member, context)),

  auditTrail(member, _, context) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByMemberId.load(member.id);
  },
} satisfies MemberResolvers;
