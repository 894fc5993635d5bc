import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import type { CandidacyStatus } from '../domain/candidacy-status';
import type { CandidacyPosition } from '../domain/positions';

/** A written candidacy received by the Secretariat for one General Assembly (G4-G7). */
@Entity({ schema: 'governance', name: 'candidacy' })
export class CandidacyRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId: string;

  @Column({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @Column({ type: 'text' })
  position: CandidacyPosition;

  @Column({ type: 'date', name: 'received_on' })
  receivedOn: CalendarDate;

  /** As recorded; NOT_ELECTED is mostly derived when read (G7). */
  @Column({ type: 'text', default: 'SUBMITTED' })
  status: CandidacyStatus;
}
