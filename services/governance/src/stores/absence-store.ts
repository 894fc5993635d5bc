import type { DataSource, EntityManager } from 'typeorm';
import { rowsWhereAny } from '@wego/database';
import { AbsenceRecord } from '../entities';
import { isRecordId } from './record-ids';

/** SQL of recorded absences (G12). */
export class AbsenceStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The absences recorded for each meeting, in one statement. */
  async ofMeetings(meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AbsenceRecord[]> {
    return rowsWhereAny(manager, AbsenceRecord, meetingIds, { column: 'meetingId', valid: isRecordId });
  }

  /** Replaces the meeting's absentees. */
  async replace(manager: EntityManager, meetingId: string, memberIds: readonly string[]): Promise<void> {
    await manager.getRepository(AbsenceRecord).delete({ meetingId });
    if (memberIds.length > 0) await manager.getRepository(AbsenceRecord).insert(memberIds.map((memberId) => ({ meetingId, memberId })));
  }
}
