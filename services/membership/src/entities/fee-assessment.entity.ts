import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One member's fee for one calendar year, with what has been paid against it (M4). */
@Entity({ schema: 'membership', name: 'fee_assessment' })
export class FeeAssessmentRecord {
  @PrimaryColumn({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', name: 'amount_due' })
  amountDue: number;

  @Column({ type: 'integer', name: 'amount_paid', default: 0 })
  amountPaid: number;
}
