import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One payment as the Secretariat recorded it; the assessment keeps the running total. */
@Entity({ schema: 'membership', name: 'fee_payment' })
export class FeePaymentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
