import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import type { MeetingKind } from '../domain/meeting-kinds';

/** A General Assembly or Executive Committee meeting as the Secretariat scheduled it (G1, G2). */
@Entity({ schema: 'governance', name: 'meeting' })
export class MeetingRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: MeetingKind;

  @Column({ type: 'date', name: 'opens_on' })
  opensOn: CalendarDate;

  /** A member of membership's; referenced by id alone, never joined. */
  @Column({ type: 'uuid', name: 'host_member_id' })
  hostMemberId: string;

  /** Set when the Secretariat cancels the meeting; a cancelled meeting is kept, not listed. */
  @Column({ type: 'timestamptz', name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;
}
