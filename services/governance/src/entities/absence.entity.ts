import { Entity } from 'typeorm';
import { ReferenceColumn } from '@wego/database';

/** A member recorded absent from a meeting, before or after it (G12: apologies count). */
@Entity({ schema: 'governance', name: 'absence' })
export class AbsenceRecord {
  @ReferenceColumn('meeting_id', { primary: true }) meetingId: string;
  @ReferenceColumn('member_id', { primary: true }) memberId: string;
}
