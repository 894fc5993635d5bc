import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member the Executive Committee nominated for Vice President at one of its meetings (G10). */
@Entity({ schema: 'governance', name: 'nomination' })
export class NominationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId: string;

  /** A member of membership's; referenced by id alone, never joined. */
  @Column({ type: 'uuid', name: 'member_id' })
  memberId: string;

  @Column({ type: 'text', default: 'VICE_PRESIDENT' })
  position: 'VICE_PRESIDENT';

  /** When the Secretariat recorded it: the order a meeting's nominations are listed in. */
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
