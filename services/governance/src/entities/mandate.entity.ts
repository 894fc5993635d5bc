import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import type { OfficeArea } from '../domain/office-areas';
import type { RecordedPosition } from '../domain/positions';

/** A recorded mandate: an election result (G3, G7) or a Vice President appointment (G10). EVP mandates are derived, never stored (G9). */
@Entity({ schema: 'governance', name: 'mandate' })
export class MandateRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @Column({ type: 'text' })
  position: RecordedPosition;

  @Column({ type: 'date', name: 'starts_on' })
  startsOn: CalendarDate;

  @Column({ type: 'date', name: 'ends_on' })
  endsOn: CalendarDate;

  /** The General Assembly whose election gave the mandate; null for an appointment. */
  @Column({ type: 'uuid', name: 'source_meeting_id', nullable: true })
  sourceMeetingId: string | null;

  /** The appointee's office area when a Vice President is appointed, kept for G11. */
  @Column({ type: 'text', nullable: true })
  area: OfficeArea | null;

  /** The day the Secretariat ended the mandate early (resignation); `endsOn` never runs past it. */
  @Column({ type: 'date', name: 'ended_early_on', nullable: true })
  endedEarlyOn: CalendarDate | null;

  /** For a Vice President: the Executive Committee mandate it sits beside and ends with (G10). */
  @Column({ type: 'uuid', name: 'beside_mandate_id', nullable: true })
  besideMandateId: string | null;

  /** For a Vice President: the President City that appointed it, the President of its first day (G10). */
  @Column({ type: 'uuid', name: 'appointed_by_member_id', nullable: true })
  appointedByMemberId: string | null;

  /** A revoked Vice President appointment stays on record and counts nowhere (G10). */
  @Column({ type: 'boolean', default: false })
  revoked: boolean;
}
