import { Entity, PrimaryColumn } from 'typeorm';

/** A member recorded absent from a meeting, before or after it (G12: apologies count). */
@Entity({ schema: 'governance', name: 'absence' })
export class AbsenceRecord {
  @PrimaryColumn({ type: 'uuid', name: 'meeting_id' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid', name: 'member_id' })
  memberId: string;
}
