import { parseAmount, parseYear } from '@wego/input-rules';
import type { MutationResolvers } from '../generated/schema-types';

export const feeMutations = {
  assessFee: (_, { input }, context) =>
    context.ledger.assess(context.actor, input.memberId, parseYear('year', input.year), parseAmount('amountDue', input.amountDue)),

  recordFeePayment: (_, { input }, context) =>
    context.ledger.recordPayment(context.actor, input.memberId, parseYear('year', input.year), parseAmount('amount', input.amount)),
} satisfies MutationResolvers;
