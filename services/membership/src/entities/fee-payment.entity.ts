import { Entity } from 'typeorm';
import { IdColumn, IntegerColumn, RecordedAtColumn, ReferenceColumn } from '@wego/database';

/** One payment as the Secretariat recorded it; the assessment keeps the running total. */
@Entity({ schema: 'membership', name: 'fee_payment' })
export class FeePaymentRecord {
  @IdColumn() id: string;
  @ReferenceColumn('member_id') memberId: string;
  @IntegerColumn() year: number;
  @IntegerColumn() amount: number;
  @RecordedAtColumn('now()') recordedAt: Date;
}
