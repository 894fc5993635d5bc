import { Entity } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { DayColumn, IdColumn, ReferenceColumn, TextColumn } from '@wego/database';
import type { CandidacyStatus } from '../domain/candidacy-status';
import type { CandidacyPosition } from '../domain/positions';

/** A written candidacy received by the Secretariat for one General Assembly (G4-G7). */
@Entity({ schema: 'governance', name: 'candidacy' })
export class CandidacyRecord {
  @IdColumn() id: string;
  @ReferenceColumn('meeting_id') meetingId: string;
  @ReferenceColumn('member_id') memberId: string;
  @TextColumn() position: CandidacyPosition;
  @DayColumn('received_on') receivedOn: CalendarDate;
  /** As recorded; NOT_ELECTED is mostly derived when read (G7). */
  @TextColumn({ default: 'SUBMITTED' }) status: CandidacyStatus;
}
