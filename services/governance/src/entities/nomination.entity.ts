import { Entity } from 'typeorm';
import { IdColumn, RecordedAtColumn, ReferenceColumn, TextColumn } from '@wego/database';

/** A member the Executive Committee nominated for Vice President at one of its meetings (G10). */
@Entity({ schema: 'governance', name: 'nomination' })
export class NominationRecord {
  @IdColumn() id: string;
  @ReferenceColumn('meeting_id') meetingId: string;
  /** A member of membership's; referenced by id alone, never joined. */
  @ReferenceColumn('member_id') memberId: string;
  @TextColumn({ default: 'VICE_PRESIDENT' }) position: 'VICE_PRESIDENT';
  /** When the Secretariat recorded it: the order a meeting's nominations are listed in. */
  @RecordedAtColumn('clock_timestamp()') recordedAt: Date;
}
