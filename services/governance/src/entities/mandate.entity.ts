import { Entity } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { DayColumn, FlagColumn, IdColumn, ReferenceColumn, TextColumn } from '@wego/database';
import type { OfficeArea } from '../domain/office-areas';
import type { RecordedPosition } from '../domain/positions';

/** A recorded mandate: an election result (G3, G7) or a Vice President appointment (G10). EVP mandates are derived, never stored (G9). */
@Entity({ schema: 'governance', name: 'mandate' })
export class MandateRecord {
  @IdColumn() id: string;
  @ReferenceColumn('member_id') memberId: string;
  @TextColumn() position: RecordedPosition;
  @DayColumn('starts_on') startsOn: CalendarDate;
  @DayColumn('ends_on') endsOn: CalendarDate;
  /** The General Assembly whose election gave the mandate; null for an appointment. */
  @ReferenceColumn('source_meeting_id', { nullable: true }) sourceMeetingId: string | null;
  /** The appointee's office area when a Vice President is appointed, kept for G11. */
  @TextColumn({ nullable: true }) area: OfficeArea | null;
  /** The day the Secretariat ended the mandate early (resignation); `endsOn` never runs past it. */
  @DayColumn('ended_early_on', { nullable: true }) endedEarlyOn: CalendarDate | null;
  /** For a Vice President: the Executive Committee mandate it sits beside and ends with (G10). */
  @ReferenceColumn('beside_mandate_id', { nullable: true }) besideMandateId: string | null;
  /** For a Vice President: the President City that appointed it, the President of its first day (G10). */
  @ReferenceColumn('appointed_by_member_id', { nullable: true }) appointedByMemberId: string | null;
  /** A revoked Vice President appointment stays on record and counts nowhere (G10). */
  @FlagColumn(false) revoked: boolean;
}
