import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import type { DecisionKind } from '../domain/decision-kinds';
import type { MeetingKind } from '../domain/meeting-kinds';

/** What a meeting decided, as the Secretariat recorded it (G13); never edited, corrected by a decision that supersedes it. */
@Entity({ schema: 'governance', name: 'decision' })
export class DecisionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId: string;

  /** The meeting's kind and opening day, held beside it (and bound to it by a foreign key) so that listings page along one index. */
  @Column({ type: 'text', name: 'meeting_kind' })
  meetingKind: MeetingKind;

  @Column({ type: 'date', name: 'adopted_on' })
  adoptedOn: CalendarDate;

  /** 1, 2, … within the meeting. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  kind: DecisionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', name: 'supersedes_decision_id', nullable: true })
  supersedesDecisionId: string | null;
}
