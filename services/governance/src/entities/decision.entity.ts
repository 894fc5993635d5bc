import { Entity } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { DayColumn, IdColumn, IntegerColumn, ReferenceColumn, TextColumn } from '@wego/database';
import type { DecisionKind } from '../domain/decision-kinds';
import type { MeetingKind } from '../domain/meeting-kinds';

/** What a meeting decided, as the Secretariat recorded it (G13); never edited, corrected by a decision that supersedes it. */
@Entity({ schema: 'governance', name: 'decision' })
export class DecisionRecord {
  @IdColumn() id: string;
  @ReferenceColumn('meeting_id') meetingId: string;
  /** The meeting's kind and opening day, held beside it (and bound to it by a foreign key) so that listings page along one index. */
  @TextColumn({ name: 'meeting_kind' }) meetingKind: MeetingKind;
  @DayColumn('adopted_on') adoptedOn: CalendarDate;
  /** 1, 2, … within the meeting. */
  @IntegerColumn() number: number;
  @TextColumn() kind: DecisionKind;
  @TextColumn() title: string;
  @TextColumn() text: string;
  @ReferenceColumn('supersedes_decision_id', { nullable: true }) supersedesDecisionId: string | null;
}
