import { Entity } from 'typeorm';
import { IntegerColumn, ReferenceColumn } from '@wego/database';

/** One member's fee for one calendar year, with what has been paid against it (M4). */
@Entity({ schema: 'membership', name: 'fee_assessment' })
export class FeeAssessmentRecord {
  @ReferenceColumn('member_id', { primary: true }) memberId: string;
  @IntegerColumn({ primary: true }) year: number;
  @IntegerColumn({ name: 'amount_due' }) amountDue: number;
  @IntegerColumn({ name: 'amount_paid', default: 0 }) amountPaid: number;
}
