import { parseAmount, parseYear } from '@wego/input-rules';
import type { MembershipContext } from '../context';

export interface AssessFeeInput {
  memberId: string;
  year: number;
  amountDue: number;
}

export interface RecordFeePaymentInput {
  memberId: string;
  year: number;
  amount: number;
}

export const feeMutations = {
  assessFee: (_: unknown, { input }: { input: AssessFeeInput }, context: MembershipContext) =>
    context.ledger.assess(context.actor, input.memberId, parseYear('year', input.year), parseAmount('amountDue', input.amountDue)),

  recordFeePayment: (_: unknown, { input }: { input: RecordFeePaymentInput }, context: MembershipContext) =>
    context.ledger.recordPayment(context.actor, input.memberId, parseYear('year', input.year), parseAmount('amount', input.amount)),
};
