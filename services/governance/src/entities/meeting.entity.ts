import { Entity } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { DayColumn, FlagColumn, IdColumn, InstantColumn, ReferenceColumn, TextColumn } from '@wego/database';
import type { MeetingKind } from '../domain/meeting-kinds';

/** A General Assembly or Executive Committee meeting as the Secretariat scheduled it (G1, G2). */
@Entity({ schema: 'governance', name: 'meeting' })
export class MeetingRecord {
  @IdColumn() id: string;
  @TextColumn() kind: MeetingKind;
  @DayColumn('opens_on') opensOn: CalendarDate;
  /** A member of membership's; referenced by id alone, never joined. */
  @ReferenceColumn('host_member_id') hostMemberId: string;
  /** False for an extraordinary meeting, which ends no term and seats no EVP (G1, G2, G3, G9). */
  @FlagColumn(true) regular: boolean;
  /** The day a regular General Assembly's host was designated: its EVP days start no earlier (G9). */
  @DayColumn('host_designated_on', { nullable: true }) hostDesignatedOn: CalendarDate | null;
  /** The instant the Secretariat cancelled the meeting; a cancelled meeting is kept, not listed. */
  @InstantColumn('cancelled_at', { nullable: true }) cancelledAt: Date | null;
  /** The Seoul day of that cancellation: the meeting shapes nothing from that day on (G9). */
  @DayColumn('cancelled_on', { nullable: true }) cancelledOn: CalendarDate | null;
}
