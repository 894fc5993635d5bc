import type { FeeAssessmentRecord } from '../entities';

/** A year's fee as clients read it (M4). */
export interface MembershipFee {
  year: number;
  amountDue: number;
  amountPaid: number;
  outstanding: number;
}

export function feeOf(assessment: FeeAssessmentRecord): MembershipFee {
  return {
    year: assessment.year,
    amountDue: assessment.amountDue,
    amountPaid: assessment.amountPaid,
    outstanding: assessment.amountDue - assessment.amountPaid,
  };
}

/** M4: fully paid when no assessed year has anything outstanding (true when nothing was assessed). */
export function feesFullyPaid(fees: readonly MembershipFee[]): boolean {
  return fees.every((fee) => fee.outstanding === 0);
}
